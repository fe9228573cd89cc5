"""Data: the filtered tidy table with labels and source links, downloads of the extract and of everything."""

import streamlit as st

from lib import cached
from lib.export import build_extract, citation, to_csv_bytes, to_xlsx_bytes
from lib.model.dataset import Dataset
from lib.views import data, sharing
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, shell, sidebar

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    shown = cached.view(data.build, dataset, view.filters, lang)
    st.title(say("page_data", lang))
    st.caption(shown.caption)

    def everything():
        return build_extract(dataset.figures, dataset.sources, dataset.vocabulary, lang, dataset.contradictions)

    address = sharing.link(view, sidebar.page_url())
    cite = citation(shown.description, lang, address)
    stem = sharing.file_stem(dataset, view.filters)
    every = sharing.file_stem(
        dataset,
        view.filters.replace(election=(), publisher=(), region=(), year=(), category=()),
        what=sharing.slug(say("all", lang)),  # "semua" / "all"
    )
    downloads = (
        (
            "download_filtered_csv",
            lambda: to_csv_bytes(shown.extract, shown.description),
            f"{stem}.csv",
            "text/csv",
        ),
        (
            "download_filtered_xlsx",
            lambda: to_xlsx_bytes(shown.extract, dataset.sources, shown.description, lang, cite),
            f"{stem}.xlsx",
            XLSX,
        ),
        ("download_all_csv", lambda: to_csv_bytes(everything(), say("all", lang)), f"{every}.csv", "text/csv"),
        (
            "download_all_xlsx",
            lambda: to_xlsx_bytes(everything(), dataset.sources, say("all", lang), lang),
            f"{every}.xlsx",
            XLSX,
        ),
    )
    for column, (label, make, name, mime) in zip(st.columns(4), downloads):
        with column:
            # Files are built only when their button is clicked, not on every rerun. A click must not rerun the page
            # either: the rerun replaces the button's file generator while the browser asks for it.
            st.download_button(
                say(label, lang),
                make,
                file_name=name,
                mime=mime,
                icon=":material/download:",
                key=label,
                width="stretch",
                on_click="ignore",
            )

    st.markdown(f"**{say('citation', lang)}**")
    st.code(cite, language=None, wrap_lines=True)
    if shown.extract.empty:
        blocks.empty(lang)
        return
    config = {column: heading for column, heading in shown.headers.items()}
    config["source_url"] = st.column_config.LinkColumn("URL")
    st.dataframe(shown.table, hide_index=True, width="stretch", height=560, column_config=config)


shell.page(render)
