"""Ringkasan / Overview: headline cards per election, what changed, where sources disagree, the top two charts."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import overview
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, shell


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
            else:
                st.dataframe(cards.changes, hide_index=True, width="stretch")
    if not shown.elections:
        blocks.empty(lang)
    if len(shown.conflicts):
        with st.expander(f"⚠ {say('disagree', lang)} ({len(shown.conflicts)})"):
            st.write(say("disagree_overview", lang))
            st.dataframe(shown.conflicts, hide_index=True, width="stretch")
    for column, top in zip(st.columns(2), shown.charts):
        with column:
            if top.chart is None:
                st.subheader(top.title)
                blocks.empty(lang)
            else:
                blocks.chart(top.chart, dataset, view)


shell.page(render)
