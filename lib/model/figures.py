"""Questions asked of the tidy figures: filter, the latest snapshot, safe totals.

The rules that keep numbers honest live here: persons and cases are never added together,
cumulative snapshots are never added across dates, and two sources that disagree are both kept.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from lib.model.findings import NetraError

# The handling funnel in each unit, in the order a case moves through it.
FUNNELS = {
    "asn": ("reported", "proven", "recommended", "followed_up"),
    "cases": ("suspected", "findings", "forwarded", "violations"),
    "persons": ("reported",),
}
# Figures that give context (denominators, surveys), never a headline count of violations.
CONTEXT_MEASURES = ("headcount", "respondents", "survey_share")
# What makes two rows statements about the same thing (source and date aside).
SUBJECT = ["election", "region_code", "scope", "measure", "unit", "dimension", "category"]


def _as_set(value) -> set[str] | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


def filter_figures(
    figures: pd.DataFrame,
    *,
    election=None,
    publisher=None,
    region=None,
    region_level=None,
    dimension=None,
    measure=None,
    unit=None,
    year=None,
    category=None,
) -> pd.DataFrame:
    """Rows that match every given filter; each filter takes one value or several.

    region takes region codes; a province code also keeps that province's kabupaten/kota.
    year filters on the year of as_of.
    """
    mask = pd.Series(True, index=figures.index)
    for column, wanted in (
        ("election", election),
        ("publisher", publisher),
        ("region_level", region_level),
        ("dimension", dimension),
        ("measure", measure),
        ("unit", unit),
        ("category", category),
    ):
        values = _as_set(wanted)
        if values is not None:
            mask &= figures[column].isin(values)
    regions = _as_set(region)
    if regions is not None:
        codes = figures["region_code"].astype(str)
        mask &= codes.isin(regions) | codes.str[:2].isin({r for r in regions if len(r) == 2}) & (codes.str.len() == 5)
    years = _as_set(year)
    if years is not None:
        mask &= figures["as_of"].dt.year.astype("Int64").astype(str).isin(years)
    return figures[mask]


def latest(figures: pd.DataFrame) -> pd.DataFrame:
    """For each publisher and subject, the rows of the newest date (all sources of that date are kept)."""
    if figures.empty:
        return figures
    key = ["publisher", *SUBJECT]
    newest = figures.groupby(key, observed=True)["as_of_end"].transform("max")
    undated = figures["as_of_end"].isna() & newest.isna()
    return figures[(figures["as_of_end"] == newest) | undated]


def safe_total(figures: pd.DataFrame) -> float:
    """The sum of parts of one published breakdown; refuses sums that would mislead.

    Allowed: one unit (not percent), one measure, one source, one date. Anything else raises a
    NetraError whose message says which rule the sum broke.
    """
    if figures.empty:
        return 0.0
    units = sorted(figures["unit"].astype(str).unique())
    if len(units) > 1:
        raise NetraError("mixed_units", units=", ".join(units))
    if units == ["percent"]:
        raise NetraError("percent_sum")
    measures = sorted(figures["measure"].astype(str).unique())
    if len(measures) > 1:
        raise NetraError("measure_sum", measures=", ".join(measures))
    dates = sorted({d.date().isoformat() if pd.notna(d) else "?" for d in figures["as_of"]})
    if len(dates) > 1:
        raise NetraError("snapshot_sum", dates=", ".join(dates))
    sources = sorted(figures["source_id"].unique())
    if len(sources) > 1:
        raise NetraError("source_sum", sources=", ".join(sources))
    return float(figures["value"].sum())


def comparison_key(figures: pd.DataFrame) -> pd.Series:
    """A label per row that is equal for rows stating the same thing: final figures whenever said,
    running totals only at the same date."""
    subject = figures[SUBJECT[0]].astype(str).str.cat([figures[c].astype(str) for c in SUBJECT[1:]], sep="|")
    when = figures["as_of"].dt.strftime("%Y-%m-%d").fillna("?")
    return subject + "|" + figures["status"].astype(str).where(figures["status"] == "final", when)


def breakdown(figures: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Rows of one dimension (e.g. position_level), newest snapshot per publisher and unit."""
    return latest(figures[figures["dimension"] == dimension])


def distinct(figures: pd.DataFrame, column: str) -> list[str]:
    """The values a column takes in these rows, in category order, for filter choices."""
    series = figures[column]
    present = set(series.astype(str).unique())
    order: Iterable = series.cat.categories if hasattr(series, "cat") else sorted(present)
    return [str(v) for v in order if str(v) in present]


def latest_breakdown(
    figures: pd.DataFrame, dimension: str, units: tuple[str, ...] = ("percent", "asn", "cases")
) -> pd.DataFrame:
    """The newest published breakdown of one dimension per publisher, in the first unit that has one.

    Every source of that newest date is kept, so disagreeing sources still sit side by side.
    """
    rows = figures[figures["dimension"] == dimension]
    for unit in units:
        in_unit = rows[rows["unit"] == unit]
        if len(in_unit):
            newest = in_unit.groupby("publisher", observed=True)["as_of_end"].transform("max")
            return in_unit[(in_unit["as_of_end"] == newest) | newest.isna()]
    return rows.iloc[:0]
