"""Any spreadsheet file as sheets of cells, exactly as a person sees them: XLSX, XLS or CSV in.

Nothing is interpreted here (see lib.importing.layout); this only reads safely. A merged cell's value is copied
into every cell it covers, as the eye reads it. Every failure is a Finding, never an exception.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass

from lib.model.findings import Finding

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # XLS, and every password-protected Office file
# An XLSX unpacks to a few times its size; far more is a zip bomb, refused before anything is unpacked.
MAX_UNPACKED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_CELL = 32_767  # Excel's own limit on characters in a cell


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list]  # cell values: str, float, int, or a date; '' for empty; row 0 is spreadsheet row 1


def read_sheets(data: bytes, name: str) -> tuple[list[Sheet], list[Finding]]:
    """Every sheet of the file, or none and a finding that says why (empty, encrypted, not a spreadsheet...)."""
    if not data.strip():
        return [], [Finding("error", "empty_file", name)]
    if data.startswith(ZIP):
        problem = _zip_problem(data, name)
        return ([], [problem]) if problem else _read_workbook(data, name)
    if data.startswith(OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            return [], [Finding("error", "encrypted_file", name)]
        return _read_workbook(data, name)  # an old .xls
    if b"\x00" in data[:4096]:
        return [], [Finding("error", "unsupported_format", name, params={"value": name.rsplit(".", 1)[-1]})]
    return _read_csv(data, name)


def _zip_problem(data: bytes, name: str) -> Finding | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a corrupted header can claim a zip version or method Python does not read.
        return Finding("error", "not_spreadsheet", name, params={"detail": str(exc)[:120] or "zip"})
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        return Finding(
            "error", "zip_bomb", name, params={"size": unpacked // (1024 * 1024), "ratio": round(unpacked / packed)}
        )
    if not any(m.filename.startswith("xl/") for m in members):
        return Finding("error", "not_spreadsheet", name, params={"detail": "no xl/ part (not an Excel workbook)"})
    return None


def _read_workbook(data: bytes, name: str) -> tuple[list[Sheet], list[Finding]]:
    import python_calamine  # fast Rust reader, loaded when a workbook arrives

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [_sheet(book.get_sheet_by_name(sheet_name), sheet_name) for sheet_name in book.sheet_names]
    except Exception as exc:  # calamine raises its own types for every kind of broken workbook
        detail = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        return [], [Finding("error", "not_spreadsheet", name, params={"detail": detail})]
    return sheets, []


def _sheet(sheet, name: str) -> Sheet:
    rows = [list(row) for row in sheet.to_python(skip_empty_area=False)]
    for (top, left), (bottom, right) in sheet.merged_cell_ranges or []:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([""] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                row[c] = value
    return Sheet(name, [[_cell(v) for v in row] for row in rows])


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value[:MAX_CELL]
    return value


def _read_csv(data: bytes, name: str) -> tuple[list[Sheet], list[Finding]]:
    findings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows still saves 'CSV' in Windows-1252; say so, and read it that way.
        text = data.decode("cp1252", errors="replace")
        findings.append(Finding("warning", "not_utf8", name))
    head = text[:8192]
    delimiter = max(";,\t", key=lambda d: sum(line.count(d) for line in head.splitlines()[:20]))
    try:
        rows = [
            [cell[:MAX_CELL] for cell in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        return [], findings + [Finding("error", "unreadable_file", name, params={"detail": str(exc)[:120]})]
    return [Sheet(name.rsplit("/", 1)[-1], rows)], findings
