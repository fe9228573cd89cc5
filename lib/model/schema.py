"""The tidy figure table: its columns, and the checks that turn raw text rows into typed figures.

One row is one published number. The checks say which file, row and column is wrong and what was
expected, in the user's language; rows with errors are left out, the rest load.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.model.dates import parse_partial_date, period_ends
from lib.model.figures import comparison_key
from lib.model.findings import Finding
from lib.model.gazetteer import Gazetteer, level_of
from lib.model.numbers import plain_number
from lib.model.vocabulary import Vocabulary

FIGURE_COLUMNS = [
    "figure_id",
    "source_id",
    "publisher",
    "election",
    "as_of",
    "status",
    "region_level",
    "region_code",
    "region_name",
    "scope",
    "measure",
    "unit",
    "dimension",
    "category",
    "value",
    "approximate",
    "note",
    "note_en",
    "reliability",
    "disputed",
]
OPTIONAL_COLUMNS = {
    "region_level",
    "region_name",
    "scope",
    "note",
    "note_en",
    "status",
    "approximate",
    "disputed",
    "reliability",
}
FLAGS = ("approximate", "disputed")  # yes/no columns, booleans once typed
# disputed: a figure a stored import marks itself; shipped figures are disputed through data/contradictions.csv.
DEFAULTS = {
    "status": "running",
    "approximate": "no",
    "disputed": "no",
    "reliability": "B",
    "scope": "",
    "note": "",
    "note_en": "",
}
CATEGORICAL = [
    "publisher",
    "election",
    "status",
    "region_level",
    "region_code",
    "region_name",
    "measure",
    "unit",
    "dimension",
    "category",
    "reliability",
    "as_of_precision",
]
SOURCE_COLUMNS = ["source_id", "publisher", "outlet", "title", "published", "url", "quoted", "document", "fact_refs"]

_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?(/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*)?$")


def valid_url(url: str) -> bool:
    """A plain web address: http(s), a host, an optional path; no spaces, brackets, quotes or markup (it is drawn
    as a link, and a link must never carry anything else)."""
    return len(url) <= 500 and bool(_URL.match(url)) and not re.search(r"[()\[\]<>\"`\s\\]", url)


class _Collector:
    """Gathers findings and the set of rows that carry an error."""

    def __init__(self, file: str, row_offset: int, sheet: str = ""):
        self.file, self.row_offset, self.sheet = file, row_offset, sheet
        self.findings: list[Finding] = []
        self.bad_rows: set[int] = set()

    def error(self, index: int, column: str, code: str, **params) -> None:
        self.bad_rows.add(index)
        self.findings.append(Finding("error", code, self.file, index + self.row_offset, column, self.sheet, params))

    def warn(self, index: int | None, column: str, code: str, **params) -> None:
        row = None if index is None else index + self.row_offset
        self.findings.append(Finding("warning", code, self.file, row, column, self.sheet, params))


def validate_figures(
    raw: pd.DataFrame,
    *,
    file: str,
    vocabulary: Vocabulary,
    gazetteer: Gazetteer,
    source_ids: set[str],
    row_offset: int = 2,
    sheet: str = "",
    strict_categories: bool = True,
) -> tuple[pd.DataFrame, list[Finding]]:
    """Check raw text rows (all str) and return the typed figures that passed, with every finding.

    row_offset turns a frame index into the row number a spreadsheet shows (2 for a CSV with a header).
    strict_categories: a category the vocabulary does not know is an error (shipped data), else a warning (an
    import keeps such categories as written, and reads them back so).
    """
    found = _Collector(file, row_offset, sheet)
    missing = [c for c in FIGURE_COLUMNS if c not in raw.columns and c not in OPTIONAL_COLUMNS]
    for column in missing:
        found.findings.append(Finding("error", "missing_column", file, None, column, sheet, {"column": column}))
    if missing:
        return empty_figures(), found.findings
    raw = raw.copy()
    for column in FIGURE_COLUMNS:
        if column not in raw.columns:
            raw[column] = DEFAULTS.get(column, "")
        raw[column] = raw[column].fillna("").astype(str).str.strip()
        if column in DEFAULTS:
            raw.loc[raw[column] == "", column] = DEFAULTS[column]

    seen_ids: dict[str, int] = {}
    values, dates, precisions = [], [], []
    unknown: dict[str, int] = {}
    for index, row in zip(raw.index, raw.itertuples(index=False)):
        _check_row(
            row, index, found, vocabulary, gazetteer, source_ids, seen_ids, unknown if not strict_categories else None
        )
        value = plain_number(row.value)
        when, precision = parse_partial_date(row.as_of)
        values.append(value)
        dates.append(when if when is not None else pd.NaT)
        precisions.append(precision or "unknown")

    raw["value"] = pd.array(values, dtype="Float64").astype("float64")
    raw["as_of"] = pd.to_datetime(pd.Series(dates, index=raw.index, dtype="datetime64[ns]"))
    raw["as_of_precision"] = precisions
    for index in raw.index:
        if not raw.at[index, "region_name"] and raw.at[index, "region_code"] in gazetteer:
            raw.at[index, "region_name"] = gazetteer.get(raw.at[index, "region_code"]).name
        if not raw.at[index, "region_level"] and raw.at[index, "region_code"] in gazetteer:
            raw.at[index, "region_level"] = level_of(raw.at[index, "region_code"])
    if unknown:
        found.warn(
            min(unknown.values()),
            "category",
            "category_unknown",
            count=len(unknown),
            values=", ".join(list(unknown)[:8]) + (" …" if len(unknown) > 8 else ""),
        )
    good = raw.drop(index=sorted(found.bad_rows))
    if found.bad_rows:
        found.warn(None, "", "rows_skipped", count=len(found.bad_rows))
    return typed_figures(good[FIGURE_COLUMNS + ["as_of_precision"]]), found.findings


def _check_row(row, index, found: _Collector, vocabulary, gazetteer, source_ids, seen_ids, unknown=None) -> None:
    """Every check of one row; each failure names its column and what was expected. Given `unknown`, a category
    the vocabulary does not know is collected there instead of failing the row."""
    if not row.figure_id:
        found.error(index, "figure_id", "empty_value", expected="a unique id")
    elif not _ID.match(row.figure_id):
        found.error(
            index, "figure_id", "bad_value", value=row.figure_id, expected="letters, digits, '-', '_', '.' or ':'"
        )
    elif row.figure_id in seen_ids:
        found.error(
            index, "figure_id", "duplicate_id", value=row.figure_id, other=seen_ids[row.figure_id] + found.row_offset
        )
    else:
        seen_ids[row.figure_id] = index
    if row.source_id not in source_ids:
        found.error(index, "source_id", "bad_value", value=row.source_id, expected="a source_id from sources.csv")
    for column, group in (
        ("publisher", "publisher"),
        ("election", "election"),
        ("status", "status"),
        ("measure", "measure"),
        ("unit", "unit"),
        ("dimension", "dimension"),
        ("reliability", "reliability"),
    ):
        value = getattr(row, column)
        if not vocabulary.knows(group, value):
            found.error(index, column, "bad_value", value=value, expected=_one_of(vocabulary.keys(group)))
    if vocabulary.knows("dimension", row.dimension) and not vocabulary.knows(row.dimension, row.category):
        if unknown is not None and row.dimension != "year" and row.category:
            unknown.setdefault(row.category, index)
        else:
            expected = "a four-digit year" if row.dimension == "year" else _one_of(vocabulary.keys(row.dimension))
            found.error(index, "category", "bad_value", value=row.category, expected=expected)
    _check_rest(row, index, found, gazetteer)


def _check_rest(row, index, found: _Collector, gazetteer) -> None:
    for column in FLAGS:
        if getattr(row, column) not in ("yes", "no"):
            found.error(index, column, "bad_value", value=getattr(row, column), expected="yes or no")
    when, _ = parse_partial_date(row.as_of)
    if when is None:
        found.error(
            index, "as_of", "bad_value", value=row.as_of, expected="a date YYYY-MM-DD, YYYY-MM or YYYY, or empty"
        )
    value = plain_number(row.value)
    if value is None:
        found.error(index, "value", "bad_value", value=row.value, expected="a number such as 1305 or 78.5")
    elif value < 0 or (row.unit == "percent" and value > 100):
        found.error(
            index, "value", "bad_value", value=row.value, expected="0–100" if row.unit == "percent" else "a number ≥ 0"
        )
    _check_region(row, index, found, gazetteer)


def _check_region(row, index, found: _Collector, gazetteer: Gazetteer) -> None:
    if row.region_code not in gazetteer:
        found.error(
            index,
            "region_code",
            "bad_value",
            value=row.region_code,
            expected="a Kemendagri code such as 32 or 32.04, or ID for national",
        )
        return
    region = gazetteer.get(row.region_code)
    if row.region_level and row.region_level != region.level:
        found.error(
            index,
            "region_level",
            "level_mismatch",
            value=row.region_level,
            region=row.region_code,
            expected=region.level,
        )
    if row.region_name and row.region_name != region.name:
        found.error(
            index, "region_name", "name_mismatch", value=row.region_name, region=row.region_code, expected=region.name
        )


def _one_of(keys: list[str]) -> str:
    shown = ", ".join(keys[:12])
    return f"one of: {shown}" + (", …" if len(keys) > 12 else "")


def typed_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """Give checked rows their dtypes: categoricals where few values, floats, dates, booleans."""
    frame = frame.copy()
    for column in CATEGORICAL:
        frame[column] = frame[column].astype("category")
    for column in FLAGS:
        frame[column] = frame[column].map({"yes": True, "no": False, True: True, False: False}).astype(bool)
    frame["value"] = frame["value"].astype("float64")
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    # Dates are ordered by the last day they cover: 'Apr 2019' comes after '15 Apr 2019'.
    frame["as_of_end"] = period_ends(frame["as_of"], frame["as_of_precision"])
    for column in ("figure_id", "source_id", "scope", "note", "note_en"):
        frame[column] = frame[column].astype(str)
    # Once per data change: which rows state something another row states differently (lib.figures.disagreements).
    frame["conflict"] = comparison_key(frame).astype("category")
    frame["contested"] = frame.groupby("conflict", observed=True)["value"].transform("nunique").gt(1)
    frame["disputed"] |= frame["contested"]
    return frame.reset_index(drop=True)


def flags_as_text(table: pd.DataFrame) -> pd.DataFrame:
    """The yes/no columns written back as a data file holds them."""
    table = table.copy()
    for column in FLAGS:
        if column in table and table[column].dtype == bool:
            table[column] = table[column].map({True: "yes", False: "no"})
    return table


def empty_figures() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=str) for c in FIGURE_COLUMNS + ["as_of_precision"]})
    frame["value"] = frame["value"].astype("float64")
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    for column in FLAGS:
        frame[column] = frame[column].astype(bool)
    return typed_figures(frame)
