"""Tren / Trends: the yearly series, running totals within an election, elections compared, Pilkada stages."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import trends
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, shell


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(trends.build, dataset, view.filters, lang)
    st.title(say("page_trends", lang))

    st.header(say("yearly", lang))
    _charts(shown.yearly, dataset, view)

    st.header(say("snapshots", lang))
    st.caption(say("snapshots_note", lang))
    _charts(shown.snapshots, dataset, view)

    st.header(say("compare_elections", lang))
    for column, chart in zip(st.columns(2), shown.compare):
        with column:
            _charts((chart,) if chart else (), dataset, view)

    st.header(say("stages", lang))
    left, right = st.columns(2)
    with left:
        _charts(shown.stages, dataset, view)
    with right:
        for area in shown.stage_areas:
            st.markdown(f"**{blocks.literal(area.stage)}**")
            st.markdown(blocks.bullets(area.items))
        st.caption(blocks.literal(shown.stage_sources))


def _charts(charts, dataset: Dataset, view: View) -> None:
    for chart in charts:
        blocks.chart(chart, dataset, view)
    if not charts:
        blocks.empty(view.lang)


shell.page(render)
