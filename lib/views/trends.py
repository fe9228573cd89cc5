"""What the Trends page shows for one view: KASN's yearly series, running totals within an election, elections
side by side, and what is violated at each Pilkada stage."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.formats import format_date
from lib.model.dataset import Dataset
from lib.model.figures import CONTEXT_MEASURES, FUNNELS, latest
from lib.model.filters import DEFAULT_ELECTION, Filters
from lib.model.series import partial
from lib.views.cards import headline_region
from lib.views.charts import bar_breakdown, grouped_columns, snapshot_lines, source_line
from lib.views.parts import Chart, chart
from lib.words import say

FUNNEL_PUBLISHERS = ("KASN", "BKN")
LINE_UNITS = ("asn", "cases", "persons")
MAX_LINES = 6
COMPARE_MEASURES = {"asn": "reported", "cases": "violations"}


@dataclass(frozen=True)
class StageArea:
    stage: str  # its label
    items: tuple[str, ...]  # what is violated then, as published


@dataclass(frozen=True)
class Trends:
    yearly: tuple[Chart, ...]
    snapshots: tuple[Chart, ...]
    compare: tuple[Chart | None, ...]  # persons, then cases; None where nothing is published
    stages: tuple[Chart, ...]
    stage_areas: tuple[StageArea, ...]
    stage_sources: str


def build(dataset: Dataset, filters: Filters, lang: str) -> Trends:
    rows = filters.replace(category=()).apply(dataset.figures)
    every_election = filters.replace(election=(), category=()).apply(dataset.figures)
    return Trends(
        yearly=_yearly(every_election, dataset, lang),
        snapshots=tuple(
            c
            for election in filters.election or DEFAULT_ELECTION
            for c in running_total_charts(
                rows, election, filters.publisher, dataset, lang, headline_region(filters.region)
            )
        ),
        compare=tuple(_compare(every_election, unit, dataset, lang) for unit in ("asn", "cases")),
        stages=stage_charts(rows, dataset, lang),
        stage_areas=_stage_areas(dataset, lang),
        stage_sources=source_line(_areas(dataset), dataset.sources, lang),
    )


def yearly(figures: pd.DataFrame) -> pd.DataFrame:
    """Counts per year (the yearly series KASN publishes), national, in persons."""
    rows = figures[(figures["dimension"] == "year") & (figures["unit"] == "asn") & (figures["region_code"] == "ID")]
    return rows.sort_values(["category", "as_of"])


def running_totals(figures: pd.DataFrame, election: str, publisher: str, unit: str, region: str = "ID") -> pd.DataFrame:
    """One publisher's dated totals for one election, place and unit (running totals and final figures, never
    counts of a period or context figures), with a `line` per measure and scope: a narrower scope is a line of its
    own."""
    rows = figures[
        (figures["election"] == election)
        & (figures["publisher"] == publisher)
        & (figures["dimension"] == "none")
        & (figures["unit"] == unit)
        & (figures["region_code"] == region)
        & (figures["status"] != "period")
        & ~figures["measure"].isin(CONTEXT_MEASURES)
        & figures["as_of"].notna()
    ]
    return rows.assign(line=rows["measure"].astype(str) + "|" + rows["scope"].astype(str)).sort_values("as_of")


def election_comparison(figures: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The newest national total of one measure per election and publisher (never summed)."""
    measure = COMPARE_MEASURES[unit]
    rows = figures[
        (figures["dimension"] == "none")
        & (figures["unit"] == unit)
        & (figures["measure"] == measure)
        & (figures["region_code"] == "ID")
        & (figures["election"] != "Tahunan")
        & (figures["scope"] == "")
    ]
    newest = latest(rows)
    # One bar per election and publisher: where sources of the same date differ, the first stays and the chart notes it.
    return newest.sort_values(["as_of"]).drop_duplicates(["election", "publisher"], keep="last")


def _yearly(figures: pd.DataFrame, dataset: Dataset, lang: str) -> tuple[Chart, ...]:
    series = yearly(figures)
    if series.empty:
        return ()
    vocab = dataset.vocabulary
    # One colour per measure and election it was stated for (a yearly series, or one election's years).
    named = series.assign(series=series["measure"].astype(str) + "|" + series["election"].astype(str))
    labels = {
        key: f"{vocab.label('measure', m, lang)} ({p}, {vocab.label('election', e, lang)})"
        for key, m, p, e in zip(
            named["series"], series["measure"].astype(str), series["publisher"].astype(str), series["election"]
        )
    }
    # Every year between the first and the last, so a gap shows as one; a year counted in part says to when.
    years = sorted(set(series["category"].astype(str)))
    every_year = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]
    cut = series[partial(series)]
    until = {
        str(year): f"{year} ({say('until_date', lang, date=format_date(when, precision, lang, short=True))})"
        for year, when, precision in zip(cut["category"], cut["as_of"], cut["as_of_precision"].astype(str))
    }
    figure = grouped_columns(
        named,
        x="category",
        color="series",
        x_labels=until,
        color_labels=labels,
        sources=dataset.sources,
        title=say("yearly", lang),
        unit_label=vocab.label("unit", "asn", lang),
        lang=lang,
        x_order=every_year,
        hatched=frozenset(until),
    )
    return (chart("trend_yearly", figure, series, dataset, lang, named=("measure", "publisher"), over_time=True),)


def running_total_charts(
    rows: pd.DataFrame,
    election: str,
    publishers: tuple[str, ...],
    dataset: Dataset,
    lang: str,
    region: str = "ID",
    funnel: bool = True,
) -> tuple[Chart, ...]:
    """Per publisher and unit with a line of two or more dates: its totals as lines (KASN and BKN first), and for
    the nation's ASN (funnel) the handling funnel as columns per date."""
    vocab = dataset.vocabulary
    present = [str(p) for p in dict.fromkeys(rows.loc[rows["election"] == election, "publisher"])]
    order = [p for p in FUNNEL_PUBLISHERS if p in present] + sorted(p for p in present if p not in FUNNEL_PUBLISHERS)
    place = dataset.gazetteer.get(region).name if region in dataset.gazetteer else region
    made = []
    for publisher in order:
        if publishers and publisher not in publishers:
            continue
        for unit in LINE_UNITS:
            line = running_totals(rows, election, publisher, unit, region)
            # A line is a series published at two dates or more; the funnel's steps first, a few lines at most.
            dated = line.groupby("line")["as_of_end"].nunique()
            steps = FUNNELS.get(unit, ())
            keys = sorted((k for k in dated.index if dated[k] >= 2), key=lambda k: (_step(k, steps), k))[:MAX_LINES]
            if not keys:
                continue
            every = line
            line = line[line["line"].isin(keys)]
            several_scopes = line["scope"].nunique() > 1  # one scope is said once, in the caveat
            names = {}
            for key in keys:
                measure, scope = key.split("|", 1)
                scoped = f" · {vocab.label('scope', scope, lang)}" if scope and several_scopes else ""
                names[key] = vocab.label("measure", measure, lang) + scoped
            day = dataset.voting_days.get(election)
            days = [(day, say("voting_day", lang))] if day is not None else []
            made.append(
                chart(
                    f"trend_lines_{publisher}_{unit}_{election}_{region}",
                    snapshot_lines(
                        line,
                        names=names,
                        sources=dataset.sources,
                        title=f"{publisher}: {vocab.label('election', election, lang)} · {place}",
                        unit_label=vocab.label("unit", unit, lang),
                        lang=lang,
                        days=days,
                    ),
                    line,
                    dataset,
                    lang,
                    named=("measure", "scope") if several_scopes else ("measure",),
                    over_time=True,
                )
            )
            steps = every[every["measure"].isin(FUNNELS["asn"]) & (every["scope"] == "")]
            if funnel and unit == "asn" and publisher in FUNNEL_PUBLISHERS and len(steps):
                made.append(_funnel(steps, publisher, dataset, lang))
    return tuple(made)


def _step(key: str, steps: tuple[str, ...]) -> int:
    measure = key.split("|")[0]
    return steps.index(measure) if measure in steps else len(steps)


def _funnel(line: pd.DataFrame, publisher: str, dataset: Dataset, lang: str) -> Chart:
    """The handling funnel of one publisher as columns per published date."""
    vocab = dataset.vocabulary
    dates = {
        str(d.date()): format_date(d, p, lang, short=True)
        for d, p in zip(line["as_of"], line["as_of_precision"].astype(str))
    }
    figure = grouped_columns(
        line.assign(day=line["as_of"].dt.date.astype(str)),
        x="day",
        color="measure",
        x_labels=dates,
        color_labels={m: vocab.label("measure", m, lang) for m in FUNNELS["asn"]},
        sources=dataset.sources,
        title=f"{say('funnel', lang)} · {publisher}",
        unit_label=vocab.label("unit", "asn", lang),
        lang=lang,
        x_order=sorted(dates),
        color_order=FUNNELS["asn"],
    )
    return chart(
        f"trend_funnel_{publisher}_{line['election'].iloc[0]}",
        figure,
        line,
        dataset,
        lang,
        named=("measure",),
        over_time=True,
    )


def _compare(figures: pd.DataFrame, unit: str, dataset: Dataset, lang: str) -> Chart | None:
    compared = election_comparison(figures, unit)
    if compared.empty:
        return None
    vocab = dataset.vocabulary
    order = [e for e in vocab.keys("election") if e in set(compared["election"].astype(str))]
    measure = vocab.label("measure", str(compared["measure"].iloc[0]), lang)
    figure = grouped_columns(
        compared,
        x="election",
        color="publisher",
        x_labels={},
        color_labels={},
        sources=dataset.sources,
        title=f"{say('compare_elections', lang)}: {measure}",
        unit_label=vocab.label("unit", unit, lang),
        lang=lang,
        x_order=order,
    )
    return chart(f"trend_compare_{unit}", figure, compared, dataset, lang, named=("election", "publisher"))


def stage_charts(rows: pd.DataFrame, dataset: Dataset, lang: str) -> tuple[Chart, ...]:
    """Violations by Pilkada stage, one chart per unit (counts of cases, shares)."""
    stages = rows[rows["dimension"] == "stage"]
    vocab = dataset.vocabulary
    made = []
    for unit in ("cases", "percent"):
        part = stages[stages["unit"] == unit]
        if len(part):
            # Stages are published for a few places only: the title names them.
            places = ", ".join(dict.fromkeys(part["region_name"].astype(str)))
            figure = bar_breakdown(
                part,
                vocabulary=vocab,
                sources=dataset.sources,
                title=f"{say('stages_counts', lang)} · {places}",
                unit_label=vocab.label("unit", unit, lang),
                lang=lang,
            )
            made.append(
                chart(f"trend_stage_{unit}", figure, part, dataset, lang, select="stage", named=("publisher", "as_of"))
            )
    return tuple(made)


def _areas(dataset: Dataset) -> pd.DataFrame:
    return (
        dataset.reference[dataset.reference["section"] == "stage_area"] if len(dataset.reference) else dataset.reference
    )


def _stage_areas(dataset: Dataset, lang: str) -> tuple[StageArea, ...]:
    """What each stage's violations are: published lists, drawn beside the stage chart."""
    areas = _areas(dataset)
    if areas.empty:
        return ()
    text = areas[f"text_{lang}"].astype(str)
    return tuple(
        StageArea(dataset.vocabulary.label("stage", stage, lang), tuple(text[areas["topic"] == stage]))
        for stage in dataset.vocabulary.keys("stage")
        if (areas["topic"] == stage).any()
    )
