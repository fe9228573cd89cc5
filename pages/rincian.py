"""Rincian / Breakdowns: one dimension at a time, counts or shares, one chart per unit; a click filters the app."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import breakdowns
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, session, shell


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(breakdowns.build, dataset, view.filters, lang, view.by, view.show, view.series)
    st.title(say("page_breakdowns", lang))
    labels = dict(shown.options)
    left, right = st.columns([3, 1])
    with left:
        st.pills(
            say("breakdown_by", lang),
            list(labels),
            key=session.bind("by", shown.by),
            required=True,
            on_change=lambda: session.replace(by=session.widget("by") or shown.by),
            format_func=labels.get,
        )
    with right:
        st.segmented_control(
            " ",
            list(breakdowns.SHOW),
            key=session.bind("show", view.show),
            required=True,
            on_change=lambda: session.replace(show=session.widget("show") or "count"),
            format_func=lambda s: say("counts" if s == "count" else "shares", lang),
        )
    blocks.series_picker(shown.series, shown.picked, lang)
    if shown.notice:
        st.caption(shown.notice)
    if not shown.charts:
        blocks.empty(lang)
        return
    st.caption(say("click_to_filter", lang))
    for chart in shown.charts:
        blocks.chart(chart, dataset, view)


shell.page(render)
