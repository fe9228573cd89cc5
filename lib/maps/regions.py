"""What a map shows: one published series (lib.model.series) at one level, a value per region.

Regions keep their own newest date (regional figures are published piecemeal), and the map says so; where sources of
that date disagree, the map colours the first and every other value travels with it to the hover and the table.
Rates per 1,000 ASN exist only where a headcount of the region's ASN is published; they are computed, and say from
what.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.model.figures import latest
from lib.model.series import SERIES

HEADCOUNT = "headcount"
PER = 1000


@dataclass(frozen=True)
class Series:
    publisher: str
    measure: str
    unit: str
    scope: str
    election: str
    status: str
    regions: int

    @property
    def key(self) -> str:
        return "|".join(getattr(self, column) for column in SERIES)


def regional_totals(figures: pd.DataFrame, level: str) -> pd.DataFrame:
    """Totals (no breakdown) of regions of one level, in counts: what a choropleth can colour."""
    return figures[
        (figures["region_level"] == level)
        & (figures["dimension"] == "none")
        & (figures["unit"] != "percent")
        & (figures["measure"] != HEADCOUNT)
    ]


def series_options(figures: pd.DataFrame, level: str) -> list[Series]:
    """Every series with figures at this level, the one covering most regions first (whole-area scopes before
    narrower ones at equal coverage)."""
    rows = regional_totals(figures, level)
    if rows.empty:
        return []
    counts = rows.groupby(list(SERIES), observed=True)["region_code"].nunique().reset_index(name="regions")
    counts = counts.assign(narrow=counts["scope"].astype(str) != "")
    counts = counts.sort_values(["regions", "narrow", *SERIES], ascending=[False, True, *[True] * len(SERIES)])
    return [Series(*(str(r[k]) for k in SERIES), int(r["regions"])) for _, r in counts.iterrows()]


def pick_series(options: list[Series], wanted: str) -> Series | None:
    return next((s for s in options if s.key == wanted), options[0] if options else None)


def region_values(figures: pd.DataFrame, level: str, series: Series) -> pd.DataFrame:
    """One row per region: the newest figure of the series, the values other sources gave that day, and
    the rate per 1,000 ASN where a headcount exists (with the headcount's source and whether it is approximate)."""
    rows = regional_totals(figures, level)
    for column in SERIES:
        rows = rows[rows[column].astype(str) == getattr(series, column)]
    rows = latest(rows).sort_values(["region_code", "source_id"])
    if rows.empty:
        return rows.assign(
            others="",
            headcount=pd.Series(dtype=float),
            headcount_source="",
            headcount_approximate=False,
            rate=pd.Series(dtype=float),
        )
    codes = rows["region_code"].astype(str)
    others = {code: sorted(set(values) - {values.iloc[0]}) for code, values in rows["value"].groupby(codes)}
    shown = rows.drop_duplicates("region_code").copy()
    codes = shown["region_code"].astype(str)
    shown["others"] = codes.map(others)
    heads = headcounts(figures)
    shown["headcount"] = codes.map(heads["value"])
    sources, approximate = dict(zip(heads.index, heads["source_id"])), dict(zip(heads.index, heads["approximate"]))
    shown["headcount_source"] = [sources.get(c, "") for c in codes]
    shown["headcount_approximate"] = [bool(approximate.get(c, False)) for c in codes]
    shown["rate"] = shown["value"] / shown["headcount"] * PER if series.unit == "asn" else float("nan")
    return shown.reset_index(drop=True)


def headcounts(figures: pd.DataFrame) -> pd.DataFrame:
    """The newest published ASN headcount of each region (the denominator of a rate), by region code."""
    rows = figures[(figures["measure"] == HEADCOUNT) & (figures["unit"] == "asn") & (figures["dimension"] == "none")]
    rows = rows.sort_values("as_of_end").drop_duplicates("region_code", keep="last")
    return rows.set_index(rows["region_code"].astype(str))[["value", "source_id", "approximate"]]


def map_province(region_filter: tuple[str, ...], regency_rows: pd.DataFrame, default: str = "32") -> str:
    """The province whose kabupaten/kota a regency map shows: the filtered one, else West Java (the seed
    documents' province) when it has figures, else the one with the most."""
    chosen = [code[:2] for code in region_filter if code != "ID"]
    if chosen:
        return chosen[0]
    counts = regency_rows["region_code"].astype(str).str[:2].value_counts()
    if default in counts.index or counts.empty:
        return default
    return str(counts.index[0])
