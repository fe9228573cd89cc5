"""Netra's own tidy layout (its CSV and XLSX exports, and `parse` output) read back into figures, exactly.

The sheet comes from lib.importing.grid like every other file; here its first row must name the tidy columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from lib.export import FORMULA_START, SOURCE_FIELDS
from lib.importing.grid import Sheet
from lib.importing.table import text
from lib.model.dataset import Dataset
from lib.model.findings import Finding
from lib.model.schema import FIGURE_COLUMNS, OPTIONAL_COLUMNS, SOURCE_COLUMNS, empty_figures, validate_figures

REQUIRED = [c for c in FIGURE_COLUMNS if c not in OPTIONAL_COLUMNS]


@dataclass
class ParseResult:
    figures: pd.DataFrame
    sources: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.level == "error" for f in self.findings)


def is_tidy(sheet: Sheet) -> bool:
    header = {text(c).lower() for c in (sheet.rows[0] if sheet.rows else [])}
    return set(REQUIRED) <= header


def _cell_text(cell) -> str:
    return cell.isoformat() if hasattr(cell, "isoformat") else text(cell)


def _unprotect(value: str) -> str:
    """Undo the apostrophe Netra's export puts before text that could run as a formula (output is made safe again
    where it is written: lib.export, lib.cli)."""
    return value[1:] if value[:1] == "'" and value[1:2] and value[1:2] in FORMULA_START else value


def _sources_in(frame: pd.DataFrame) -> pd.DataFrame:
    """Sources described by an export's source_* columns, one row per source_id."""
    present = {k: v for k, v in SOURCE_FIELDS.items() if v in frame.columns}
    if "url" not in present and "title" not in present:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    table = frame[["source_id", "publisher", *present.values()]].rename(columns={v: k for k, v in present.items()})
    table = table.drop_duplicates("source_id")
    for column in SOURCE_COLUMNS:
        if column not in table.columns:
            table[column] = ""
    return table[SOURCE_COLUMNS].reset_index(drop=True)


def parse_sheet(sheet: Sheet, name: str, dataset: Dataset) -> ParseResult:
    """Tidy figures from a sheet in Netra's layout, checked against the dataset's vocabulary and gazetteer (rows may
    cite the dataset's sources or those the file describes; categories an import kept as written are kept)."""
    header = [text(c).lower() for c in sheet.rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return ParseResult(
            empty_figures(),
            pd.DataFrame(columns=SOURCE_COLUMNS),
            [Finding("error", "not_a_table", name, sheet=sheet.name, params={"columns": ", ".join(missing)})],
        )
    body = [[_unprotect(_cell_text(c)) for c in row] + [""] * (len(header) - len(row)) for row in sheet.rows[1:]]
    frame = pd.DataFrame([row[: len(header)] for row in body if any(row)], columns=header)
    frame = frame.loc[:, ~frame.columns.duplicated()]
    sources = _sources_in(frame)
    figures, checked = validate_figures(
        frame,
        file=name,
        sheet=sheet.name,
        vocabulary=dataset.vocabulary,
        gazetteer=dataset.gazetteer,
        source_ids=set(dataset.sources["source_id"]) | set(sources["source_id"]),
        strict_categories=False,
    )
    return ParseResult(figures, sources, checked)
