"""Peta / Map: figures by province under the shared filters (the choropleth comes with the maps work)."""
import streamlit as st

from lib.breakdowns import breakdown_rows
from lib.numbers import format_number
from lib.ui_text import t
from lib.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("page_map", lang))
st.caption(t("map_intro", lang))
rows = breakdown_rows(common.filtered(dataset, dimension=(), category=()), "region", "count")
if rows.empty:
    common.empty_notice(lang)
else:
    table = rows.assign(
        measure=[vocab.label("measure", m, lang) for m in rows["measure"].astype(str)],
        unit=[vocab.label("unit", u, lang) for u in rows["unit"].astype(str)],
        value=[format_number(x, lang) for x in rows["value"]],
        as_of=[common.when(r, lang) for r in rows.itertuples()],
    )[["region_code", "region_name", "election", "publisher", "measure", "unit", "value", "as_of", "source_id"]]
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "region_name": t("region", lang), "measure": t("measure", lang), "unit": t("unit", lang),
        "value": t("value", lang), "as_of": t("as_of", lang), "publisher": t("publisher", lang), "election": t("election", lang)})
    st.caption(common.caption_sources(rows, dataset, lang))
