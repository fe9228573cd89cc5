"""What the Breakdowns page shows for one view: one dimension at a time, counts or shares, one chart per unit, every
source as its own series; a click on a bar filters the app."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.model.dataset import Dataset
from lib.model.filters import Filters
from lib.views.cards import headline_region
from lib.views.charts import bar_breakdown, series_label
from lib.views.parts import Chart, chart
from lib.words import say

REGION = "region"  # the provinces' own totals, a breakdown of the nation by place
SHOW = ("count", "share")


@dataclass(frozen=True)
class Breakdowns:
    options: tuple[tuple[str, str], ...]  # (dimension, label), in the vocabulary's order
    by: str
    show: str
    notice: str | None  # said when the other form (shares for counts) is shown instead
    charts: tuple[Chart, ...]


def dimensions(dataset: Dataset) -> tuple[str, ...]:
    """What the page can break figures down by: every dimension with published figures, in the vocabulary's order,
    the provinces third (after position level and violation type, the two analysts reach for first)."""
    present = set(dataset.figures["dimension"].astype(str)) - {"none", "year"}
    listed = [d for d in dataset.vocabulary.keys("dimension") if d in present]
    return tuple(listed[:2] + [REGION] + listed[2:])


def rows_of(figures: pd.DataFrame, by: str, show: str) -> pd.DataFrame:
    """Rows of one dimension (REGION means the totals of each province); shares or counts only."""
    if by == REGION:
        rows = figures[(figures["dimension"] == "none") & (figures["region_level"] == "province")]
    else:
        rows = figures[figures["dimension"] == by]
    in_percent = rows["unit"] == "percent"
    return rows[in_percent] if show == "share" else rows[~in_percent]


def label_of(dimension: str, dataset: Dataset, lang: str) -> str:
    return say("by_province", lang) if dimension == REGION else dataset.vocabulary.label("dimension", dimension, lang)


def build(dataset: Dataset, filters: Filters, lang: str, by: str, show: str) -> Breakdowns:
    options = dimensions(dataset)
    by = by if by in options else options[0]
    scoped = filters.replace(dimension=(), category=()).apply(dataset.figures)
    if by != REGION:  # a breakdown of one place: the region chosen, else the nation (places are never mixed)
        scoped = scoped[scoped["region_code"].astype(str) == headline_region(filters.region)]
    rows = rows_of(scoped, by, show)
    notice = None
    other = "share" if show == "count" else "count"
    if rows.empty and not rows_of(scoped, by, other).empty:
        # Most breakdowns are published as shares, provinces as counts: show what exists and say so.
        rows = rows_of(scoped, by, other)
        notice = say("shown_instead", lang, shown=say("shares" if other == "share" else "counts", lang))
    return Breakdowns(
        tuple((d, label_of(d, dataset, lang)) for d in options), by, show, notice, unit_charts(rows, by, dataset, lang)
    )


def unit_charts(rows: pd.DataFrame, by: str, dataset: Dataset, lang: str) -> tuple[Chart, ...]:
    """One chart per unit of these rows (persons and cases never share an axis)."""
    vocab = dataset.vocabulary
    is_region = by == REGION
    made = []
    for unit, part in rows.groupby("unit", observed=True):
        unit = str(unit)
        elections = ", ".join(sorted(set(part["election"].astype(str))))
        where = "" if is_region else ", ".join(sorted(set(part["region_name"].astype(str))))
        title = " · ".join([label_of(by, dataset, lang), elections] + ([where] if where and len(where) < 60 else []))
        figure = bar_breakdown(
            part,
            vocabulary=vocab,
            sources=dataset.sources,
            title=title,
            unit_label=vocab.label("unit", unit, lang),
            lang=lang,
            label_of=(lambda r: str(r["region_name"])) if is_region else None,
            key_column="region_code" if is_region else "category",
            series_of=lambda r: (
                f"{vocab.label('measure', r['measure'], lang)} · {series_label(r, dataset.outlets, lang)}"
            ),
        )
        named = ("publisher", "measure", "as_of")  # each legend entry: measure, publisher, date and outlet
        made.append(chart(f"breakdown_{by}_{unit}", figure, part, dataset, lang, select=by, named=named))
    return tuple(made)
