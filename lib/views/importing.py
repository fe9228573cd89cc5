"""What the Impor page shows of an analysed file: per sheet, what was read and what can be corrected (header rows,
each column's role and meaning, what the row labels are, a region per unresolved spelling), the findings by level,
and a preview of the figures, every text in the view's language."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.export import build_extract
from lib.importing.engine import Analysis, SheetReading
from lib.importing.meaning import category_dimensions
from lib.importing.table import ROLES
from lib.model.dataset import Dataset
from lib.words import say

ROW_KINDS = ("", "region", "measure", "none")  # besides the dimensions; '' = as read
PREVIEW_ROWS = 500


@dataclass(frozen=True)
class ColumnChoice:
    index: int
    title: str
    role: str
    measure: str  # as read or answered; '' = not read
    unit: str
    dimension: str
    category: str
    held: bool  # its measure or unit could not be read


@dataclass(frozen=True)
class RegionChoice:
    spelling: str
    row: int
    status: str  # unknown | ambiguous
    options: tuple[str, ...]  # codes, the likely first


@dataclass(frozen=True)
class SheetView:
    name: str
    kind: str  # table | cases | tidy | notes
    kind_label: str
    header_rows: tuple[int, int] | None
    columns: tuple[ColumnChoice, ...]
    rows: str  # what the row labels were read as ('' = nothing to say)
    rows_label: str
    regions: tuple[RegionChoice, ...]
    found_regions: pd.DataFrame
    captions: tuple[str, ...]


@dataclass(frozen=True)
class ImportView:
    sheets: tuple[SheetView, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    preview: pd.DataFrame
    figures: int
    roles: tuple[str, ...] = ROLES
    row_kinds: tuple[str, ...] = ()


def build(analysis: Analysis, dataset: Dataset, source: dict, lang: str) -> ImportView:
    row_kinds = (*ROW_KINDS, *category_dimensions(dataset.lexicon))
    sheets = tuple(_sheet(r, dataset, lang) for r in analysis.readings)
    texts = {
        level: tuple(f.text(lang) for f in analysis.findings if f.level == level)
        for level in ("error", "warning", "note")
    }
    return ImportView(
        sheets,
        texts["error"],
        texts["warning"],
        texts["note"],
        _preview(analysis, dataset, source, lang),
        len(analysis.figures),
        ROLES,
        row_kinds,
    )


def _sheet(reading: SheetReading, dataset: Dataset, lang: str) -> SheetView:
    what = say(f"import_kind_{reading.kind}", lang, rows=reading.cases, dropped=", ".join(reading.dropped) or "-")
    table = reading.table
    columns = []
    if table is not None and reading.kind == "table":
        for column in table.columns:
            read = reading.columns.get(column.index)
            held = read is not None and (read.measure is None and reading.rows.kind != "measure" or read.unit is None)
            columns.append(
                ColumnChoice(
                    column.index,
                    column.title,
                    column.role,
                    (read.measure or "") if read else "",
                    (read.unit or "") if read else "",
                    (read.dimension or "") if read else "",
                    (read.category or "") if read else "",
                    held,
                )
            )
    rows = reading.rows.kind or "" if reading.rows else ""
    rows_label = kind_label(rows, dataset, lang)
    problems = tuple(
        RegionChoice(r["spelling"], r["row"], r["status"], tuple(code for code, _ in r["options"]))
        for r in reading.regions
        if r["status"] in ("unknown", "ambiguous")
    )
    found = pd.DataFrame(
        [
            {
                say("import_written", lang): r["spelling"],
                say("import_row", lang): r["row"],
                say("region", lang): f"{r['name']} ({r['code']})",
            }
            for r in reading.regions
            if r["code"]
        ]
    )
    captions = tuple((table.captions + table.notes) if table is not None else [])
    return SheetView(
        reading.name,
        reading.kind,
        what,
        table.header_rows if table is not None else None,
        tuple(columns),
        rows,
        rows_label,
        problems,
        found,
        captions,
    )


def kind_label(kind: str, dataset: Dataset, lang: str) -> str:
    """How a choice of 'what the row labels are' is named."""
    if kind in ("", None):
        return say("import_rows_auto", lang)
    if kind in ("region", "measure", "none"):
        return say(f"import_rows_{kind}", lang)
    return dataset.vocabulary.label("dimension", kind, lang)


def _preview(analysis: Analysis, dataset: Dataset, source: dict, lang: str) -> pd.DataFrame:
    if analysis.figures.empty:
        return pd.DataFrame()
    sources = pd.concat([dataset.sources, pd.DataFrame([source])], ignore_index=True)
    shown = analysis.figures.head(PREVIEW_ROWS)
    extract = build_extract(shown, sources, dataset.vocabulary, lang)
    table = pd.DataFrame(
        {
            say("import_sheet", lang): shown["sheet"].to_numpy() if "sheet" in shown else "",
            say("region", lang): extract["region_name"],
            say("measure", lang): extract["measure_label"],
            say("category", lang): extract["category_label"],
            say("value", lang): extract["value"],
            say("unit", lang): extract["unit_label"],
            say("as_of", lang): extract["as_of"],
            say("scope", lang): extract["scope"],
            say("note", lang): extract["note"],
        }
    )
    return table
