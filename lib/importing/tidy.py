"""Reading a CSV or XLSX file back into tidy figures, with findings instead of exceptions.

Here it understands Netra's own tidy layout (its exports included); the import engine builds on it
for the messy layouts government tables come in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import pandas as pd

from lib.export import FORMULA_START, SOURCE_FIELDS
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


def read_table(data: bytes, name: str, sheet: str | None = None) -> tuple[pd.DataFrame | None, str, list[Finding]]:
    """The first sheet (or the named one) of an XLSX, or a CSV, as text cells."""
    if not data.strip():
        return None, "", [Finding("error", "empty_file", name)]
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, name, sheet)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, "", [Finding("error", "unreadable_file", name, params={"detail": str(exc)[:120]})]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=delimiter)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        return None, "", [Finding("error", "unreadable_file", name, params={"detail": str(exc).splitlines()[0][:120]})]
    return frame, "", []


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> tuple[pd.DataFrame | None, str, list[Finding]]:
    try:
        book = pd.ExcelFile(io.BytesIO(data), engine="calamine")
    except Exception as exc:  # zipfile and calamine raise many types; each means 'not a usable workbook'
        detail = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        return None, "", [Finding("error", "not_spreadsheet", name, params={"detail": detail})]
    names = book.sheet_names
    if sheet is not None and sheet not in names:
        return None, "", [Finding("error", "no_sheet", name, params={"value": sheet, "expected": ", ".join(names)})]
    chosen = sheet if sheet is not None else names[0]
    frame = pd.read_excel(book, sheet_name=chosen, dtype=str, keep_default_na=False)
    frame = frame.map(lambda v: "" if v is None else str(v))
    return frame, chosen, []


def _unprotect(frame: pd.DataFrame) -> pd.DataFrame:
    """Undo the apostrophe Netra's export puts before text that could run as a formula."""
    return frame.map(
        lambda v: v[1:] if isinstance(v, str) and v[:1] == "'" and v[1:2] in FORMULA_START and v[1:2] else v
    )


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


def parse_bytes(data: bytes, name: str, dataset: Dataset, *, sheet: str | None = None) -> ParseResult:
    """Tidy figures from a file's bytes, checked against the dataset's vocabulary and gazetteer (rows may cite the
    dataset's sources or those the file describes); every problem is a finding, nothing raises."""
    frame, sheet_name, findings = read_table(data, name, sheet)
    if frame is None:
        return ParseResult(empty_figures(), pd.DataFrame(columns=SOURCE_COLUMNS), findings)
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        findings.append(Finding("error", "not_a_table", name, sheet=sheet_name, params={"columns": ", ".join(missing)}))
        return ParseResult(empty_figures(), pd.DataFrame(columns=SOURCE_COLUMNS), findings)
    frame = _unprotect(frame)
    sources = _sources_in(frame)
    source_ids = set(dataset.sources["source_id"]) | set(sources["source_id"])
    figures, checked = validate_figures(
        frame,
        file=name,
        sheet=sheet_name,
        vocabulary=dataset.vocabulary,
        gazetteer=dataset.gazetteer,
        source_ids=source_ids,
    )
    return ParseResult(figures, sources, findings + checked)
