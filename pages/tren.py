"""Tren / Trends: the yearly series, running totals within an election, elections compared, Pilkada stages."""
import streamlit as st

from lib.charts import bar_breakdown, grouped_columns, snapshot_lines
from lib.headline import FUNNELS
from lib.numbers import format_date
from lib.trends import FUNNEL_PUBLISHERS, election_comparison, running_totals, stage_rows, yearly
from lib.ui_text import t
from lib.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("page_trends", lang))
rows = common.filtered(dataset, category=())
elections = common.filtered(dataset, election=(), category=())

st.header(t("yearly", lang))
series = yearly(elections)
if series.empty:
    common.empty_notice(lang)
else:
    labels = {m: f"{vocab.label('measure', m, lang)} ({p})" for m, p in zip(series["measure"].astype(str), series["publisher"].astype(str))}
    fig = grouped_columns(series.assign(series=series["measure"].astype(str)), x="category", color="series", x_labels={},
                          color_labels=labels, sources=dataset.sources, title=t("yearly", lang),
                          unit_label=vocab.label("unit", "asn", lang), lang=lang, x_order=sorted(set(series["category"].astype(str))))
    common.chart_block(fig, series, dataset, key="trend_yearly")

st.header(t("snapshots", lang))
st.caption(t("snapshots_note", lang))
drawn = False
for election in v.filters.election or ("Pilkada 2020",):
    for publisher in FUNNEL_PUBLISHERS:
        if v.filters.publisher and publisher not in v.filters.publisher:
            continue
        line = running_totals(rows, election, publisher)
        if line["as_of"].nunique() < 2:
            continue
        drawn = True
        title = f"{publisher}: {vocab.label('election', election, lang)}"
        fig = snapshot_lines(line, vocabulary=vocab, sources=dataset.sources, title=title,
                             unit_label=vocab.label("unit", "asn", lang), lang=lang, measures=FUNNELS["asn"])
        common.chart_block(fig, line, dataset, key=f"trend_lines_{publisher}_{election}")
        dates = {str(d.date()): format_date(d, p, lang) for d, p in zip(line["as_of"], line["as_of_precision"].astype(str))}
        funnel = grouped_columns(line.assign(day=line["as_of"].dt.date.astype(str)), x="day", color="measure", x_labels=dates,
                                 color_labels={m: vocab.label("measure", m, lang) for m in FUNNELS["asn"]},
                                 sources=dataset.sources, title=f"{t('funnel', lang)} · {publisher}",
                                 unit_label=vocab.label("unit", "asn", lang), lang=lang, x_order=sorted(dates),
                                 color_order=FUNNELS["asn"])
        common.chart_block(funnel, line, dataset, key=f"trend_funnel_{publisher}_{election}")
if not drawn:
    common.empty_notice(lang)

st.header(t("compare_elections", lang))
columns = st.columns(2)
for column, unit in zip(columns, ("asn", "cases")):
    compared = election_comparison(elections, unit)
    with column:
        if compared.empty:
            common.empty_notice(lang)
            continue
        order = [e for e in vocab.keys("election") if e in set(compared["election"].astype(str))]
        measure = vocab.label("measure", str(compared["measure"].iloc[0]), lang)
        fig = grouped_columns(compared, x="election", color="publisher", x_labels={}, color_labels={},
                              sources=dataset.sources, title=f"{t('compare_elections', lang)}: {measure}",
                              unit_label=vocab.label("unit", unit, lang), lang=lang, x_order=order)
        common.chart_block(fig, compared, dataset, key=f"trend_compare_{unit}")

st.header(t("stages", lang))
stages = stage_rows(rows)
left, right = st.columns(2)
with left:
    for unit in ("cases", "percent"):
        part = stages[stages["unit"] == unit]
        if part.empty:
            continue
        fig = bar_breakdown(part, vocabulary=vocab, sources=dataset.sources, title=t("stages_counts", lang),
                            unit_label=vocab.label("unit", unit, lang), lang=lang)
        common.chart_block(fig, part, dataset, key=f"trend_stage_{unit}", selectable="stage")
    if stages.empty:
        common.empty_notice(lang)
with right:
    areas = dataset.reference[dataset.reference["section"] == "stage_area"]
    for stage in vocab.keys("stage"):
        items = areas[areas["topic"] == stage]
        if len(items):
            st.markdown(f"**{vocab.label('stage', stage, lang)}**")
            st.markdown("\n".join(f"- {text}" for text in items["text_en" if lang == "en" else "text_id"]))
    st.caption(common.caption_sources(areas, dataset, lang))
