"""Tren / Trends: the yearly series, running totals within an election, elections compared, Pilkada stages."""
import streamlit as st

from lib.views.charts import bar_breakdown, grouped_columns, snapshot_lines
from lib.views.cards import FUNNELS
from lib.formats import format_date
from lib.views.trends import FUNNEL_PUBLISHERS, election_comparison, running_totals, stage_rows, yearly
from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()


def content() -> dict:
    """Every chart of the page as (rows, figure) by key, in drawing order (a section without data is empty), and
    the published list of what happens at each Pilkada stage."""
    rows = common.filtered(dataset, category=())
    elections = common.filtered(dataset, election=(), category=())
    asn = vocab.label("unit", "asn", lang)
    made = {"yearly": {}, "snapshots": {}, "compare": {}, "stages": {}}

    series = yearly(elections)
    if len(series):
        labels = {m: f"{vocab.label('measure', m, lang)} ({p})" for m, p in zip(series["measure"].astype(str), series["publisher"].astype(str))}
        made["yearly"]["trend_yearly"] = series, grouped_columns(
            series.assign(series=series["measure"].astype(str)), x="category", color="series", x_labels={},
            color_labels=labels, sources=dataset.sources, title=t("yearly", lang), unit_label=asn, lang=lang,
            x_order=sorted(set(series["category"].astype(str))))

    for election in v.filters.election or ("Pilkada 2020",):
        for publisher in FUNNEL_PUBLISHERS:
            if v.filters.publisher and publisher not in v.filters.publisher:
                continue
            line = running_totals(rows, election, publisher)
            if line["as_of"].nunique() < 2:
                continue
            made["snapshots"][f"trend_lines_{publisher}_{election}"] = line, snapshot_lines(
                line, vocabulary=vocab, sources=dataset.sources, title=f"{publisher}: {vocab.label('election', election, lang)}",
                unit_label=asn, lang=lang, measures=FUNNELS["asn"])
            dates = {str(d.date()): format_date(d, p, lang) for d, p in zip(line["as_of"], line["as_of_precision"].astype(str))}
            made["snapshots"][f"trend_funnel_{publisher}_{election}"] = line, grouped_columns(
                line.assign(day=line["as_of"].dt.date.astype(str)), x="day", color="measure", x_labels=dates,
                color_labels={m: vocab.label("measure", m, lang) for m in FUNNELS["asn"]}, sources=dataset.sources,
                title=f"{t('funnel', lang)} · {publisher}", unit_label=asn, lang=lang, x_order=sorted(dates),
                color_order=FUNNELS["asn"])

    for unit in ("asn", "cases"):
        compared = election_comparison(elections, unit)
        if compared.empty:
            made["compare"][f"trend_compare_{unit}"] = compared, None
            continue
        order = [e for e in vocab.keys("election") if e in set(compared["election"].astype(str))]
        measure = vocab.label("measure", str(compared["measure"].iloc[0]), lang)
        made["compare"][f"trend_compare_{unit}"] = compared, grouped_columns(
            compared, x="election", color="publisher", x_labels={}, color_labels={}, sources=dataset.sources,
            title=f"{t('compare_elections', lang)}: {measure}", unit_label=vocab.label("unit", unit, lang), lang=lang,
            x_order=order)

    stages = stage_rows(rows)
    for unit in ("cases", "percent"):
        part = stages[stages["unit"] == unit]
        if len(part):
            made["stages"][f"trend_stage_{unit}"] = part, bar_breakdown(
                part, vocabulary=vocab, sources=dataset.sources, title=t("stages_counts", lang),
                unit_label=vocab.label("unit", unit, lang), lang=lang)

    # What each stage's violations are: published lists, drawn beside the stage chart.
    areas = dataset.reference[dataset.reference["section"] == "stage_area"]
    text = areas["text_en" if lang == "en" else "text_id"].astype(str)
    made["stage_areas"] = [(vocab.label("stage", stage, lang), "\n".join(f"- {x}" for x in text[areas["topic"] == stage]))
                           for stage in vocab.keys("stage") if (areas["topic"] == stage).any()]
    made["stage_sources"] = common.caption_sources(areas, dataset, lang)
    return made


def draw(section: dict, selectable: str | None = None) -> None:
    for key, (rows, fig) in section.items():
        common.chart_block(fig, rows, dataset, key=key, selectable=selectable)
    if not section:
        common.empty_notice(lang)


made = common.shared(dataset, "trends", content)
st.title(t("page_trends", lang))

st.header(t("yearly", lang))
draw(made["yearly"])

st.header(t("snapshots", lang))
st.caption(t("snapshots_note", lang))
draw(made["snapshots"])

st.header(t("compare_elections", lang))
for column, (key, (compared, fig)) in zip(st.columns(2), made["compare"].items()):
    with column:
        if fig is None:
            common.empty_notice(lang)
        else:
            common.chart_block(fig, compared, dataset, key=key)

st.header(t("stages", lang))
left, right = st.columns(2)
with left:
    draw(made["stages"], selectable="stage")
with right:
    for stage, items in made["stage_areas"]:
        st.markdown(f"**{stage}**")
        st.markdown(items)
    st.caption(made["stage_sources"])
