"""Ringkasan / Overview: headline cards per election, what changed, where sources disagree, the top two charts."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import overview
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, first_paint, shell


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(overview.build, dataset, view.filters, lang)
    st.title(say("app_title", lang))
    st.caption(say("app_tagline", lang))
    if not view.filters.election:
        st.info(say("pick_election", lang), icon=":material/arrow_back:")
    for cards in shown.elections:
        blocks.cards(cards)
        with st.expander(say("what_changed", lang), expanded=False):
            if cards.changes.empty:
                st.write(say("no_previous", lang))
            else:  # a plain table: a few rows, and no data-grid code to load before the cards show
                st.table(cards.changes, hide_index=True)
    if not shown.elections:
        blocks.empty(lang)
    if len(shown.conflicts):
        with st.expander(f"⚠ {say('disagree', lang)} ({len(shown.conflicts)})"):
            st.write(say("disagree_overview", lang))
            st.table(shown.conflicts, hide_index=True)
    _charts(shown.charts, dataset, view)


@st.fragment
def _charts(charts, dataset: Dataset, view: View) -> None:
    """The two charts, after the cards: in a session's first run, their room and the browser's signal; its answer
    reruns only this part (pages/ui/first_paint)."""
    painted = first_paint.painted()
    for column, top in zip(st.columns(2), charts):
        with column:
            if top.chart is None:
                st.subheader(top.title)
                blocks.empty(view.lang)
            elif painted:
                blocks.chart(top.chart, dataset, view)
            else:
                first_paint.room(top.chart.figure.layout.height + blocks.UNDER_CHART)
    if not painted:
        first_paint.ask()


shell.page(render)
