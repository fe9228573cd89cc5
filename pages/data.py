"""Data: the filtered tidy table with labels and source links, downloads of the extract and of everything."""
import streamlit as st

from lib.export import build_extract, citation, to_csv_bytes, to_xlsx_bytes
from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("page_data", lang))
rows = common.filtered(dataset)
description = v.filters.describe(lang)
st.caption(f"{description} · {len(rows)} {t('rows', lang)}")

extract = build_extract(rows, dataset.sources, vocab, lang)
everything = build_extract(dataset.figures, dataset.sources, vocab, lang)
columns = st.columns(4)
downloads = (
    ("download_filtered_csv", to_csv_bytes(extract, description), "netra-extract.csv", "text/csv"),
    ("download_filtered_xlsx", lambda: to_xlsx_bytes(extract, dataset.sources, description, lang), "netra-extract.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("download_all_csv", lambda: to_csv_bytes(everything, t("all", lang)), "netra-all.csv", "text/csv"),
    ("download_all_xlsx", lambda: to_xlsx_bytes(everything, dataset.sources, t("all", lang), lang), "netra-all.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
)
for column, (label, make, name, mime) in zip(columns, downloads):
    with column:
        # XLSX (≈0.4 s) and the full CSV are built only when their button is clicked, not on every rerun. A click
        # must not rerun the page either: the rerun replaces the button's file generator while the browser asks for it.
        st.download_button(t(label, lang), make, file_name=name, mime=mime, icon=":material/download:", key=label,
                           width="stretch", on_click="ignore")

st.markdown(f"**{t('citation', lang)}**")
st.code(citation(description, lang), language=None, wrap_lines=True)

if rows.empty:
    common.empty_notice(lang)
else:
    shown = extract[["figure_id", "election", "publisher", "as_of", "region_name", "measure_label", "category_label",
                     "value", "unit_label", "scope", "note", "reliability", "disputed", "source_title", "source_url"]]
    st.dataframe(shown, hide_index=True, width="stretch", height=560, column_config={
        "figure_id": "ID", "election": t("election", lang), "publisher": t("publisher", lang), "as_of": t("as_of", lang),
        "region_name": t("region", lang), "measure_label": t("measure", lang), "category_label": t("category", lang),
        "value": st.column_config.NumberColumn(t("value", lang), format="localized"), "unit_label": t("unit", lang),
        "scope": t("scope", lang), "note": t("note", lang), "reliability": t("reliability", lang), "disputed": "⚠",
        "source_title": t("source", lang), "source_url": st.column_config.LinkColumn("URL"),
    })
