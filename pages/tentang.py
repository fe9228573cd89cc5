"""Tentang / About: how to read the figures, the law, the principles, what is violated at each stage, every source."""

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import about
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, shell


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(about.build, dataset, lang)
    st.title(say("page_about", lang))
    st.caption(say("app_tagline", lang))
    st.header(say("about_meaning", lang))
    st.markdown(say("about_meaning_body", lang))  # Netra's own words, with their emphasis
    for items in (shown.law, shown.principles, shown.meaning, shown.values):
        st.header(items.heading)
        _items(items)
    st.header(say("about_stages", lang))
    for column, stage in zip(st.columns(4), shown.stages):
        with column:
            st.markdown(f"**{blocks.literal(stage.heading)}**")
            st.markdown(blocks.bullets(stage.items))
    st.caption(blocks.literal(shown.stages_source))
    st.header(say("about_reasons", lang))
    for column, reasons in zip(st.columns(3), shown.reasons):
        with column:
            st.markdown(f"**{blocks.literal(reasons.heading)}**")
            _items(reasons)
    st.header(shown.trends.heading)
    _items(shown.trends)
    for items in (shown.enforcers, shown.decree, shown.recommendations):
        st.header(items.heading)
        _items(items)
    if lang == "en":
        st.caption(say("translation_note", lang))
    st.header(say("about_definitions", lang))
    for table in shown.definitions:
        st.dataframe(table, hide_index=True, width="stretch")
    st.header(f"⚠ {say('about_disagreements', lang)}")
    st.write(say("about_disagreements_body", lang))
    st.dataframe(shown.disagreements, hide_index=True, width="stretch")
    st.header(say("about_sources", lang))
    headings = {
        "source_id": "ID",
        "publisher": say("publisher", lang),
        "outlet": say("source_outlet", lang),
        "title": say("source_title", lang),
        "published": say("source_published", lang),
        "url": st.column_config.LinkColumn("URL"),
        "quoted": say("source_quoted", lang),
        "document": say("source_document", lang),
        "figures": say("source_figures", lang),
    }
    st.dataframe(shown.sources, hide_index=True, width="stretch", column_config=headings)


def _items(items) -> None:
    st.markdown(blocks.bullets(items.items))
    st.caption(blocks.literal(items.source))


shell.page(render)
