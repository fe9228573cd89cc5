"""What the Breakdowns page shows for one view: one dimension at a time, counts or shares, one chart per unit, every
source as its own series; the provinces one published series at a time (as the map draws them); a click on a bar
filters the app."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.maps.regions import pick_series, region_values, series_options
from lib.model.dataset import Dataset
from lib.model.filters import Filters
from lib.views.cards import headline_region
from lib.views.charts import bar_breakdown, series_label
from lib.views.parts import Chart, chart, series_choices
from lib.words import say

REGION = "region"  # the provinces' own totals, a breakdown of the nation by place
SHOW = ("count", "share")
MIN_BARS = 2  # a breakdown of one bar is no breakdown: the other form is shown where it has more


@dataclass(frozen=True)
class Breakdowns:
    options: tuple[tuple[str, str], ...]  # (dimension, label), in the vocabulary's order
    by: str
    show: str
    notice: str | None  # said when the other form (shares for counts) is shown instead
    charts: tuple[Chart, ...]
    series: tuple[tuple[str, str], ...] = ()  # by province: (series key, label), the fullest first
    picked: str = ""  # by province: the series drawn


def dimensions(dataset: Dataset) -> tuple[str, ...]:
    """What the page can break figures down by: every dimension with published figures, in the vocabulary's order,
    the provinces third (after position level and violation type, the two analysts reach for first)."""
    present = set(dataset.figures["dimension"].astype(str)) - {"none", "year"}
    listed = [d for d in dataset.vocabulary.keys("dimension") if d in present]
    return tuple(listed[:2] + [REGION] + listed[2:])


def rows_of(figures: pd.DataFrame, by: str, show: str) -> pd.DataFrame:
    """Rows of one dimension; shares or counts only."""
    rows = figures[figures["dimension"] == by]
    in_percent = rows["unit"] == "percent"
    return rows[in_percent] if show == "share" else rows[~in_percent]


def label_of(dimension: str, dataset: Dataset, lang: str) -> str:
    return say("by_province", lang) if dimension == REGION else dataset.vocabulary.label("dimension", dimension, lang)


def build(dataset: Dataset, filters: Filters, lang: str, by: str, show: str, series_key: str = "") -> Breakdowns:
    options = dimensions(dataset)
    by = by if by in options else options[0]
    labelled = tuple((d, label_of(d, dataset, lang)) for d in options)
    scoped = filters.replace(dimension=(), category=()).apply(dataset.figures)
    if by == REGION:
        return _provinces(dataset, scoped, labelled, lang, series_key)
    # A breakdown of one place: the region chosen, else the nation (places are never mixed).
    scoped = scoped[scoped["region_code"].astype(str) == headline_region(filters.region)]
    rows = rows_of(scoped, by, show)
    notice = None
    other = "share" if show == "count" else "count"
    alternative = rows_of(scoped, by, other)
    if _bars(rows) < MIN_BARS and _bars(alternative) > _bars(rows):
        # Most breakdowns are published as shares: show the form that has a breakdown and say so.
        rows, show = alternative, other
        notice = say("shown_instead", lang, shown=say("shares" if other == "share" else "counts", lang))
    return Breakdowns(labelled, by, show, notice, unit_charts(rows, by, dataset, lang))


def _bars(rows: pd.DataFrame) -> int:
    """The most categories any one unit's chart of these rows would have."""
    return int(rows.groupby("unit", observed=True)["category"].nunique().max()) if len(rows) else 0


def _provinces(dataset: Dataset, scoped: pd.DataFrame, labelled, lang: str, series_key: str) -> Breakdowns:
    """Provinces by one published series: the newest figure of each, one colour, largest first."""
    vocab = dataset.vocabulary
    options = series_options(scoped, "province")
    series = pick_series(options, series_key)
    labels = series_choices(options, vocab, lang)
    if series is None:
        return Breakdowns(labelled, REGION, "count", None, (), labels, "")
    rows = region_values(scoped, "province", series)
    title = " · ".join(
        [
            say("by_province", lang),
            vocab.label("measure", series.measure, lang),
            vocab.label("publisher", series.publisher, lang),
            vocab.label("election", series.election, lang),
        ]
    )
    figure = bar_breakdown(
        rows,
        vocabulary=vocab,
        sources=dataset.sources,
        title=title,
        unit_label=vocab.label("unit", series.unit, lang),
        lang=lang,
        label_of=lambda r: str(r["region_name"]),
        key_column="region_code",
        series_of=lambda r: vocab.label("measure", r["measure"], lang),
    )
    made = chart(f"breakdown_{REGION}_{series.unit}", figure, rows, dataset, lang, select=REGION)
    return Breakdowns(labelled, REGION, "count", None, (made,), labels, series.key)


def unit_charts(rows: pd.DataFrame, by: str, dataset: Dataset, lang: str) -> tuple[Chart, ...]:
    """One chart per unit of these rows (persons and cases never share an axis)."""
    vocab = dataset.vocabulary
    made = []
    for unit, part in rows.groupby("unit", observed=True):
        unit = str(unit)
        elections = ", ".join(sorted(set(part["election"].astype(str))))
        where = ", ".join(sorted(set(part["region_name"].astype(str))))
        title = " · ".join([label_of(by, dataset, lang), elections] + ([where] if where and len(where) < 60 else []))
        figure = bar_breakdown(
            part,
            vocabulary=vocab,
            sources=dataset.sources,
            title=title,
            unit_label=vocab.label("unit", unit, lang),
            lang=lang,
            series_of=lambda r: (
                f"{vocab.label('measure', r['measure'], lang)} · {series_label(r, dataset.outlets, vocab, lang)}"
            ),
        )
        named = ("publisher", "measure", "as_of")  # each legend entry: measure, publisher, date and outlet
        made.append(chart(f"breakdown_{by}_{unit}", figure, part, dataset, lang, select=by, named=named))
    return tuple(made)
