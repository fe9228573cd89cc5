"""What may share one axis, one colour scale or one delta: a series.

A series is one publisher's one measure, in one unit, over one scope, at one election, dated one way (a running
total, a final figure, or the count of a period: the statuses of data/vocabulary.csv). Numbers of one series still
differ in when they were true: a chart that is not drawn over time says so, and so does one that mixes series.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

SERIES = ("publisher", "measure", "unit", "scope", "election", "status")


def keys(rows: pd.DataFrame) -> pd.Series:
    """The series of each row, as one text."""
    first, *rest = SERIES
    return rows[first].astype(str).str.cat([rows[c].astype(str) for c in rest], sep="|")


def partial(rows: pd.DataFrame) -> pd.Series:
    """Counts of a year stated before that year ended (2024 to 12 June): drawn and labelled as part of a year."""
    yearly = (rows["status"].astype(str) == "period") & (rows["dimension"].astype(str) == "year")
    year_end = pd.to_datetime(rows["category"].astype(str).where(yearly) + "-12-31", errors="coerce")
    return yearly & rows["as_of_end"].notna() & (rows["as_of_end"] < year_end)


@dataclass(frozen=True)
class Mix:
    """What the rows of one chart differ in, beyond what its legend or axis names."""

    differ: tuple[tuple[str, tuple[str, ...]], ...] = ()  # series columns that differ, with their values
    dates: tuple[tuple[pd.Timestamp, str], ...] = ()  # (date, precision), first and last, where several
    sources: tuple[str, ...] = ()  # source ids, where several
    approximate: bool = False  # some values are a source's 'about'
    partial: tuple[str, ...] = ()  # year categories counted only in part
    scope: str = ""  # the one scope all rows share, when it is not the whole region or election

    @property
    def one_series(self) -> bool:
        return not self.differ

    @property
    def said(self) -> bool:
        """Whether anything here must be written on the chart."""
        return bool(self.differ or self.dates or self.approximate or self.partial or self.scope)


def mix(rows: pd.DataFrame, named: tuple[str, ...] = (), over_time: bool = False) -> Mix:
    """How these rows differ. `named`: the series columns the chart shows apart (a colour or bar each; 'as_of' when
    its legend names each series' date), which need no further word; `over_time`: the chart's axis is the date."""
    if rows.empty:
        return Mix()
    differ = []
    for column in SERIES:
        values = tuple(dict.fromkeys(rows[column].astype(str)))
        if len(values) > 1 and column not in named:
            differ.append((column, values))
    dates: tuple = ()
    if not over_time and "as_of" not in named:
        dated = rows.dropna(subset=["as_of_end"]).sort_values("as_of_end")
        if dated["as_of_end"].nunique() > 1:
            ends = dated.iloc[[0, -1]]
            dates = tuple(zip(ends["as_of"], ends["as_of_precision"].astype(str)))
    sources = tuple(dict.fromkeys(rows["source_id"])) if not over_time else ()
    cut = partial(rows)
    scopes = set(rows["scope"].astype(str))
    return Mix(
        tuple(differ),
        dates,
        sources if len(sources) > 1 and dates else (),
        bool(rows["approximate"].any()),
        tuple(dict.fromkeys(rows.loc[cut, "category"].astype(str))),
        scopes.pop() if len(scopes) == 1 else "",
    )
