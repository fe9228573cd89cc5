"""Tentang / About: how to read the figures, the law, the principles, what is violated at each stage, every source."""
import streamlit as st

from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
reference = dataset.reference
text_column = "text_en" if lang == "en" else "text_id"
st.title(t("page_about", lang))
st.caption(t("app_tagline", lang))

st.header(t("about_meaning", lang))
st.markdown(t("about_meaning_body", lang))


def bullet_list(rows) -> None:
    st.markdown("\n".join(f"- {common.md_text(text)}" for text in rows[text_column]))
    st.caption(common.caption_sources(rows, dataset, lang))


st.header(t("about_law", lang))
bullet_list(reference[reference["section"] == "legal_basis"])
st.header(t("about_principles", lang))
bullet_list(reference[reference["section"] == "principle"])

st.header(t("about_stages", lang))
areas = reference[reference["section"] == "stage_area"]
for column, stage in zip(st.columns(4), [s for s in vocab.keys("stage") if s in set(areas["topic"])]):
    with column:
        st.markdown(f"**{vocab.label('stage', stage, lang)}**")
        st.markdown("\n".join(f"- {common.md_text(x)}" for x in areas[areas["topic"] == stage][text_column]))
st.caption(common.caption_sources(areas, dataset, lang))

st.header(t("about_reasons", lang))
reasons = reference[reference["section"] == "reason"]
for column, (topic, key) in zip(st.columns(3), (("mindset", "about_reasons_mindset"), ("why_not_neutral", "about_reasons_why"), ("tirbn", "about_reasons_tirbn"))):
    with column:
        st.markdown(f"**{t(key, lang)}**")
        bullet_list(reasons[reasons["topic"] == topic])
st.header(t("about_trends", lang))
bullet_list(reference[reference["section"] == "trend"])
if lang == "en":
    st.caption(t("translation_note", lang))

st.header(t("about_definitions", lang))
for group in ("unit", "measure", "status"):
    table = vocab.table[vocab.table["group"] == group]
    st.dataframe(
        table.assign(label=table["label_en" if lang == "en" else "label_id"],
                     description=table["description_en" if lang == "en" else "description_id"])[["key", "label", "description"]],
        hide_index=True, width="stretch")

st.header(t("about_sources", lang))
sources = dataset.sources.assign(figures=dataset.sources["source_id"].map(dataset.figures["source_id"].value_counts()).fillna(0).astype(int))
st.dataframe(sources[["source_id", "publisher", "outlet", "title", "published", "url", "quoted", "document", "figures"]],
             hide_index=True, width="stretch", column_config={"url": st.column_config.LinkColumn("URL")})
