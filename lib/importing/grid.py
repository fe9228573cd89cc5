"""Any spreadsheet file as sheets of cells, exactly as they stand: XLSX, XLS or CSV in. The one reader of
uploaded and given files: tables, case lists and Netra's own tidy files all come through here, once per file.

Nothing is interpreted here (see lib.importing.table); this only reads, safely. Every file is measured before it
is expanded (lib.importing.budget): a workbook's zip, its shared strings times the cells that use them, its cells,
columns and merged area; a CSV's encoding, columns and longest field. Merged cells stay ranges (a merge over a
whole sheet costs nothing), and error cells (#DIV/0!) are kept so that the engine can name them. Every failure is
a Finding, never an exception.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime

from lib.importing.budget import BUDGET, Budget, over
from lib.model.findings import Finding

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # XLS, and every password-protected Office file
# What other files start with, to say what an upload really is (a PNG renamed .csv is not a table).
MAGIC = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
    b"\x1f\x8b": "gzip",
    b"Rar!": "RAR",
    b"7z\xbc\xaf": "7-Zip",
    b"MZ": "Windows program",
    b"\x7fELF": "program",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Sheet:
    """One sheet's cells. rows[0] is spreadsheet row 1; a cell is str, float, int, a date, or '' when empty.

    A merged range keeps its value in its top-left cell only; `cell` reads a covered cell as the eye does."""

    name: str
    rows: list[list]
    merges: tuple[tuple[int, int, int, int], ...] = ()  # (top, left, bottom, right), 0-based, inclusive
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> '#DIV/0!'

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, column: int):
        """The value a person sees at (row, column): its own, or the value of the merge covering it."""
        value = self.raw(row, column)
        if value != "":
            return value
        for top, left, bottom, right in self.merges:
            if top <= row <= bottom and left <= column <= right:
                return self.raw(top, left)
        return ""

    def raw(self, row: int, column: int):
        if row >= len(self.rows) or column >= len(self.rows[row]):
            return ""
        return self.rows[row][column]

    def merge_at(self, row: int, column: int) -> tuple[int, int, int, int] | None:
        return next((m for m in self.merges if m[0] <= row <= m[2] and m[1] <= column <= m[3]), None)


@dataclass(frozen=True)
class Workbook:
    name: str  # the file's name as uploaded: a label, never a path
    kind: str  # xlsx | xls | csv
    sheets: list[Sheet]
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]


def read_workbook(data: bytes, name: str, budget: Budget = BUDGET) -> Workbook:
    """Every sheet of the file, or none and findings that say why (empty, encrypted, too large, not a table…)."""
    name = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    if not data.strip():
        return Workbook(name, "", [], [Finding("error", "empty_file", name)])
    if len(data) > budget.file_bytes:
        return Workbook(name, "", [], [over(name, "file_bytes", len(data), budget)])
    if data.startswith(ZIP):
        return _read_xlsx(data, name, budget)
    if data.startswith(OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            return Workbook(name, "xls", [], [Finding("error", "encrypted_file", name)])
        return _read_calamine(data, name, "xls", budget, {})
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return Workbook(name, "", [], [Finding("error", "not_a_table_file", name, params={"what": what})])
    return _read_csv(data, name, budget)


# --- Workbooks ----------------------------------------------------------------------------------------------

_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_MERGE = re.compile(rb'<mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_STRING_ITEM = re.compile(rb"<si\b.*?</si>", re.S)


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _read_xlsx(data: bytes, name: str, budget: Budget) -> Workbook:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            problem = _zip_problem(members, name, budget)
            if problem:
                return Workbook(name, "xlsx", [], [problem])
            scans, problem = _scan_sheets(archive, members, name, budget)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        # NotImplementedError: a corrupted header can claim a zip version or method Python does not read.
        return Workbook(
            name, "xlsx", [], [Finding("error", "not_spreadsheet", name, params={"detail": str(exc)[:120] or "zip"})]
        )
    if problem:
        return Workbook(name, "xlsx", [], [problem])
    return _read_calamine(data, name, "xlsx", budget, scans)


def _zip_problem(members, name: str, budget: Budget) -> Finding | None:
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > budget.unpacked_bytes or unpacked / packed > budget.zip_ratio:
        return Finding(
            "error", "zip_bomb", name, params={"size": unpacked // (1024 * 1024), "ratio": round(unpacked / packed)}
        )
    if not any(m.filename.startswith("xl/") for m in members):
        return Finding("error", "not_spreadsheet", name, params={"detail": "no xl/ part (not an Excel workbook)"})
    return None


@dataclass
class _Scan:
    """What a worksheet's XML holds, counted before anything is expanded."""

    cells: int = 0
    width: int = 0
    height: int = 0
    merged_area: int = 0
    merges: list = field(default_factory=list)
    errors: dict = field(default_factory=dict)
    string_refs: list = field(default_factory=list)


def _scan_sheets(archive: zipfile.ZipFile, members, name: str, budget: Budget):
    """Count every worksheet's cells, width, merges, error cells and shared-string uses; the first limit a file
    goes over is its finding. Reads the XML as bytes with patterns (no XML parser, so no entity to expand)."""
    lengths = []
    if "xl/sharedStrings.xml" in archive.namelist():
        lengths = [len(item) for item in _STRING_ITEM.findall(archive.read("xl/sharedStrings.xml"))]
    scans, expanded = {}, 0
    for member in (m for m in members if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", m.filename)):
        scan = _Scan()
        xml = archive.read(member.filename)
        for attributes, body in _CELL.findall(xml):
            ref = _REF.search(attributes)
            kind = _TYPE.search(attributes)
            value = _VALUE.search(body or b"")
            if ref is None:
                continue
            scan.cells += 1
            column, row = _column_index(ref.group(1)), int(ref.group(2)) - 1
            scan.width, scan.height = max(scan.width, column + 1), max(scan.height, row + 1)
            if kind and value and kind.group(1) == b"s" and value.group(1).isdigit():
                index = int(value.group(1))
                expanded += lengths[index] if index < len(lengths) else 0
            elif kind and value and kind.group(1) == b"e":
                scan.errors[(row, column)] = value.group(1).decode("ascii", "replace")[:20]
        for left, top, right, bottom in _MERGE.findall(xml):
            box = (int(top) - 1, _column_index(left), int(bottom or top) - 1, _column_index(right or left))
            scan.merges.append(box)
            scan.merged_area += (box[2] - box[0] + 1) * (box[3] - box[1] + 1)
        scans[member.filename] = scan
        for limit, value in (
            ("cells", scan.cells),
            ("columns", scan.width),
            ("rows", scan.height),
            ("merged_area", scan.merged_area),
            ("expanded_text", expanded),
        ):
            if value > getattr(budget, limit):
                return scans, over(name, limit, value, budget)
    return scans, None


def _read_calamine(data: bytes, name: str, kind: str, budget: Budget, scans: dict) -> Workbook:
    import python_calamine  # fast Rust reader, loaded when a workbook arrives

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for position, sheet_name in enumerate(book.sheet_names):
            sheet = book.get_sheet_by_name(sheet_name)
            scan = scans.get(f"xl/worksheets/sheet{position + 1}.xml", _Scan())
            if kind == "xls" and sheet.total_height * sheet.total_width > budget.cells:
                return Workbook(name, kind, [], [over(name, "cells", sheet.total_height * sheet.total_width, budget)])
            rows = [[_cell(v, budget) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merges = tuple(scan.merges) or tuple(
                (t, left, b, r) for (t, left), (b, r) in sheet.merged_cell_ranges or []
            )
            sheets.append(Sheet(sheet_name, rows, merges, scan.errors))
    except MemoryError:
        return Workbook(name, kind, [], [over(name, "memory", 0, budget)])
    except Exception as exc:  # calamine raises its own types for every kind of broken workbook
        detail = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        return Workbook(name, kind, [], [Finding("error", "not_spreadsheet", name, params={"detail": detail})])
    if not sheets:  # a workbook can open and still list no sheet (found by the fuzz test): say so
        return Workbook(name, kind, [], [Finding("error", "no_numbers", name)])
    return Workbook(name, kind, sheets)


def _cell(value, budget: Budget):
    if value is None:
        return ""
    if isinstance(value, str):
        return value[: budget.cell_chars]
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    return value


# --- CSV ---------------------------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str | None, list[Finding]]:
    """The text of a CSV: by its byte-order mark, else UTF-16 by its zero bytes, else UTF-8, else Windows-1252
    (Excel on Windows still saves 'CSV' that way), said in a warning."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                return None, [Finding("error", "bad_encoding", name, params={"encoding": encoding.upper()})]
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:  # UTF-16 without a mark: every other byte is zero
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError:
            pass
    if b"\x00" in head:
        return None, [Finding("error", "not_a_table_file", name, params={"what": "binary"})]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [Finding("warning", "not_utf8", name)]


def _read_csv(data: bytes, name: str, budget: Budget) -> Workbook:
    text, findings = decode(data, name)
    if text is None:
        return Workbook(name, "csv", [], findings)
    head = text[:8192]
    lines = head.splitlines()[:20]
    delimiter = max(";,\t", key=lambda d: sum(line.count(d) for line in lines))
    widest = max((line.count(delimiter) + 1 for line in text[: 4 * 1024 * 1024].splitlines()[:20]), default=0)
    if widest > budget.columns:
        return Workbook(name, "csv", [], findings + [over(name, "columns", widest, budget)])
    csv.field_size_limit(budget.cell_chars + 1)
    rows = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if len(row) > budget.columns:
                return Workbook(name, "csv", [], findings + [over(name, "columns", len(row), budget, row=number)])
            if number > budget.rows:
                return Workbook(name, "csv", [], findings + [over(name, "rows", number, budget)])
            rows.append(row)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            return Workbook(
                name, "csv", [], findings + [over(name, "cell_chars", budget.cell_chars + 1, budget, row=len(rows) + 1)]
            )
        return Workbook(
            name, "csv", [], findings + [Finding("error", "unreadable_file", name, params={"detail": str(exc)[:120]})]
        )
    return Workbook(name, "csv", [Sheet(name, rows)], findings)


def is_date(value) -> bool:
    return isinstance(value, (date, datetime))
