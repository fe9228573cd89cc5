"""Peta / Map: a choropleth of one published series by province or by kabupaten/kota; a click filters the app."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import map as map_view
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, session, shell


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(map_view.build, dataset, view.filters, lang, view.level, view.series, view.per_1000)
    st.title(say("page_map", lang))
    st.caption(say("map_intro", lang))
    # Each control as wide as its words need, so none is cut short on a laptop or a phone.
    top = st.columns([2, 3])
    levels = dict(shown.levels)
    with top[0]:
        st.segmented_control(
            say("map_level", lang),
            list(levels),
            key=session.bind("level", shown.level),
            required=True,
            format_func=levels.get,
            on_change=lambda: session.replace(level=session.widget("level") or "province"),
        )
    if shown.province:
        provinces = dict(shown.provinces)
        with top[1]:
            st.selectbox(
                say("map_province", lang),
                list(provinces),
                key=session.bind("map_province", shown.province),
                format_func=provinces.get,
                on_change=lambda: session.filter_by(region=(session.widget("map_province"),)),
            )
    blocks.series_picker(shown.series, shown.picked, lang)
    if shown.chart is None:
        st.info(shown.none_message, icon=":material/map:")
        return
    if shown.can_rate:
        st.segmented_control(
            say("map_scale", lang),
            ["count", "rate"],
            required=True,
            key=session.bind("per", "rate" if shown.per_1000 else "count"),
            format_func=lambda k: say("map_counts" if k == "count" else "map_per_1000", lang),
            on_change=lambda: session.replace(per_1000=session.widget("per") == "rate"),
        )
    if shown.rate_note:
        st.caption(shown.rate_note)
    left, right = (st.container(), st.container()) if shown.wide else st.columns([3, 2])
    with left:
        blocks.chart(shown.chart, dataset, view)
        st.caption(say("map_boundaries", lang))
    with right:
        st.dataframe(shown.table, hide_index=True, width="stretch")


shell.page(render)
