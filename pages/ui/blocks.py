"""Blocks pages draw from their models: a chart with its notes and CSV, a row of cards, an empty notice, text."""

from __future__ import annotations

import streamlit as st

from lib import images
from lib.export import build_extract, to_csv_bytes
from lib.images import FORMATS
from lib.model.dataset import Dataset
from lib.views import sharing
from lib.views.charts import EMPTY_TOPOLOGY
from lib.views.literal import markdown as literal
from lib.views.overview import ElectionCards
from lib.views.parts import Chart, table_of
from lib.views.state import View, apply_selection
from lib.words import say
from pages.ui import session

# About what a chart carries under its figure (sources, one warning, the toggle and downloads), in pixels.
UNDER_CHART = 110
PLOTLY_CONFIG = {
    "displaylogo": False,
    # Plotly's toolbar speaks English only; the page offers its images (PNG, SVG) and data in the reader's language.
    "displayModeBar": False,
    "topojsonURL": EMPTY_TOPOLOGY,  # maps draw Netra's own boundaries and fetch nothing
}


def empty(lang: str) -> None:
    st.info(say("empty", lang), icon=":material/search_off:")


def series_picker(series: tuple[tuple[str, str], ...], picked: str, lang: str) -> None:
    """Which one published series a map or a province chart shows (one series at a time: one scale)."""
    if not series:
        return
    labels = dict(series)
    st.selectbox(
        say("map_series", lang),
        list(labels),
        key=session.bind("series", picked),
        format_func=labels.get,
        on_change=lambda: session.replace(series=session.widget("series") or ""),
    )


def bullets(items) -> str:
    return "\n".join(f"- {literal(item)}" for item in items)


def sources(found, lang: str) -> None:
    """Each source's title as a link Streamlit draws to its checked address (lib.importing.store.valid_url), never
    an address spliced into Markdown; a source without one as text."""
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        st.caption(f"{say('sources', lang)}:")
        for source in found:
            if source.url:
                st.link_button(literal(source.title), source.url, type="tertiary", icon=":material/open_in_new:")
            else:
                st.caption(literal(source.title))


def chart(block: Chart, dataset: Dataset, view: View) -> None:
    """A chart (or its numbers as a table), its sources and warnings under it, and its data as CSV and image as PNG
    or SVG; a click on a bar filters the app."""
    lang = view.lang
    as_table = st.session_state.get(f"as_table_{block.key}", False)
    if as_table:
        st.dataframe(table_of(block.rows, dataset, lang), hide_index=True, width="stretch")
    else:
        event = st.plotly_chart(
            block.figure,
            key=block.key,
            config=PLOTLY_CONFIG,
            on_select="rerun" if block.select else "ignore",
            selection_mode=("points",),
        )
        if block.select and event:
            _apply_click(block.key, block.select, event)
    if block.caveat and as_table:
        st.caption(literal(block.caveat))
    if block.sources:
        sources(block.sources, lang)
    for warning in block.warnings:
        st.caption(literal(warning))
    description = view.filters.describe(lang)
    stem = sharing.file_stem(dataset, view.filters, what=sharing.slug(block.key))

    def chart_csv() -> bytes:  # built only when clicked: charts rerun often, downloads are rare
        return to_csv_bytes(
            build_extract(block.rows, dataset.sources, dataset.vocabulary, lang, dataset.contradictions), description
        )

    with st.container(horizontal=True, gap="small"):
        st.toggle(say("show_table", lang), key=f"as_table_{block.key}")
        # A rerun would replace a file's generator while the browser asks for it: downloads never rerun.
        st.download_button(
            say("download_chart_data", lang),
            chart_csv,
            file_name=f"{stem}.csv",
            mime="text/csv",
            key=f"dl_{block.key}",
            icon=":material/download:",
            type="tertiary",
            on_click="ignore",
        )
        for fmt, mime in FORMATS.items() if images.available() else ():
            st.download_button(
                say(f"download_{fmt}", lang),
                lambda fmt=fmt: _image(block, fmt, lang),
                file_name=f"{stem}.{fmt}",
                mime=mime,
                key=f"img_{fmt}_{block.key}",
                icon=":material/image:",
                type="tertiary",
                on_click="ignore",
            )


def _image(block: Chart, fmt: str, lang: str) -> bytes:
    try:
        return images.chart_image(block.figure, fmt, lang)
    except images.ImageUnavailable:  # the browser failed after all: an empty file, never an error on the page
        return b""


def _apply_click(key: str, dimension: str, event) -> None:
    points = (event.get("selection") or {}).get("points") or []
    picked = sorted(
        {
            str(p["customdata"][0] if isinstance(p["customdata"], list) else p["customdata"])
            for p in points
            if p.get("customdata") is not None
        }
    )
    memo = f"clicked_{key}"
    if picked and st.session_state.get(memo) != picked:
        st.session_state[memo] = picked
        session.click_to(apply_selection(session.view(), dimension, picked))
        st.rerun()


def cards(shown: ElectionCards, limit: int | None = None) -> None:
    """An election's funnel cards: value, date and outlet under each, other sources flagged ⚠."""
    st.header(literal(shown.heading))
    for row in shown.rows[:limit]:
        st.subheader(literal(row.heading))
        for column, card in zip(st.columns(len(row.cards)), row.cards):
            with column:
                st.metric(
                    card.label,
                    card.value,
                    card.delta,
                    help=card.help,
                    border=True,
                    delta_color="off",
                    delta_description=card.since,
                )
                for caption in card.captions:
                    st.caption(literal(caption))
