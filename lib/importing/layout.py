"""Reading a printed table the way a person does: title rows, a one- or two-row header, a `No` column,
labelled rows (some of them a./b. sub-rows of a numbered parent), totals rows and footnotes.

Input is a lib.importing.grid Sheet; output is a Layout that says what each column and row is. Every guess can be
overridden (header rows, column roles) by the caller, which is how the Impor page corrects a detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lib.importing.grid import Sheet
from lib.model.names import fold
from lib.model.numbers import printed_number as parse_number

TOTAL_WORDS = {
    "jumlah",
    "total",
    "jumlah total",
    "total keseluruhan",
    "grand total",
    "indonesia",
    "nasional",
    "total nasional",
    "jumlah nasional",
    "seluruh indonesia",
    "jumlah keseluruhan",
}
NOTE_START = ("sumber", "source", "keterangan", "ket", "catatan", "note", "*")
REGION_WORDS = (
    "kabupaten kota",
    "kab kota",
    "kabupaten",
    "kota",
    "provinsi",
    "propinsi",
    "wilayah",
    "daerah",
    "region",
    "province",
    "regency",
)
ROLE_PATTERNS = {
    "no": r"^(no|nomor|no urut|nr)$",
    "code": r"^(kode|kd|code|id)\b",
    "year": r"^(tahun|year|thn)$",
    "unit": r"^(satuan|unit)$",
}
ROLES = ("ignore", "no", "code", "region", "label", "value", "year", "unit")
_CHILD = re.compile(r"^\s*([a-z]|[ivx]+)[.)]\s*", re.IGNORECASE)
_PARENT = re.compile(r"^\s*\d+[.)]?\s*$")


@dataclass
class Column:
    index: int
    header: str
    role: str
    percent: bool = False

    @property
    def year(self) -> str:
        """A value column headed by a year (a wide table with one column per year)."""
        match = re.search(r"\b(19[89]\d|20\d\d)\b", self.header)
        return match.group(1) if match else ""


@dataclass
class Row:
    number: int  # as the spreadsheet shows it (1-based)
    kind: str  # data | child | group (a parent heading without values) | total
    label: str
    cells: list
    parent: int | None = None  # the parent's row number, for a child row


@dataclass
class Layout:
    sheet: str
    header_rows: tuple[int, int]  # first and last header row, 1-based
    columns: list[Column]
    rows: list[Row]
    captions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def role(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    @property
    def values(self) -> list[Column]:
        return [c for c in self.columns if c.role == "value"]


def _text(cell) -> str:
    return cell.strip() if isinstance(cell, str) else ("" if cell == "" else _number_text(cell))


def _number_text(cell) -> str:
    return str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell)


def _distinct(row: list) -> list[str]:
    return list(dict.fromkeys(t for t in (_text(c) for c in row) if t))


def _is_number(cell) -> bool:
    return (
        parse_number(cell) is not None
        and _text(cell) not in ("", "-")
        or isinstance(cell, (int, float))
        and not isinstance(cell, bool)
    )


def _is_year(cell) -> bool:
    parsed = parse_number(cell)
    return parsed is not None and parsed[0].is_integer() and 1980 <= parsed[0] <= 2100


def count_numbers(sheet: Sheet) -> int:
    """How many numeric cells a sheet has: a notes-only sheet has none."""
    return sum(1 for row in sheet.rows for cell in row if _is_number(cell))


def find_layout(
    sheet: Sheet, header_rows: tuple[int, int] | None = None, roles: dict[int, str] | None = None
) -> Layout | None:
    """The sheet's table, or None when it holds no table (no header followed by numbers)."""
    rows = sheet.rows
    width = max((len(r) for r in rows), default=0)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    if header_rows is None:
        header_rows = _find_header(rows)
        if header_rows is None:
            return None
    first, last = header_rows
    captions = [" ".join(_distinct(r)) for r in rows[: first - 1] if _distinct(r)]
    headers = _combine([rows[i] for i in range(first - 1, last)], width)
    body = rows[last:]
    columns = _columns(headers, body, roles or {})
    table_rows, notes = _rows(body, last + 1, columns)
    return Layout(sheet.name, header_rows, columns, table_rows, captions, notes)


def _find_header(rows: list[list]) -> tuple[int, int] | None:
    """The first row with two or more headings that is followed by numbers, plus a sub-header row if any."""
    for i, row in enumerate(rows):
        names = _distinct(row)
        if len(names) < 2 or sum(_is_number(c) and not _is_year(c) for c in row) > 0:
            continue
        below = [r for r in rows[i + 1 : i + 6] if _distinct(r)]
        if not any(any(_is_number(c) for c in r) for r in below):
            continue
        if i + 1 < len(rows) and _is_subheader(row, rows[i + 1]) and i + 2 < len(rows):
            return i + 1, i + 2
        return i + 1, i + 1
    return None


def _is_subheader(top: list, below: list) -> bool:
    """A second header row sits under merged (repeated) or empty headings and holds text or years only."""
    if not _distinct(below) or any(_is_number(c) and not _is_year(c) for c in below):
        return False
    under_merge = False
    for i, cell in enumerate(below):
        if not _text(cell):
            continue
        above = _text(top[i])
        repeated = (i > 0 and _text(top[i - 1]) == above) or (i + 1 < len(top) and _text(top[i + 1]) == above)
        if above == _text(cell):
            continue  # a heading merged down over both rows
        if not above or repeated:
            under_merge = True
        else:
            return False
    return under_merge


def _combine(header_rows: list[list], width: int) -> list[str]:
    names = []
    for i in range(width):
        parts = list(dict.fromkeys(_text(r[i]) for r in header_rows if _text(r[i])))
        names.append(" ".join(parts) or f"kolom {i + 1}")
    return names


def _columns(headers: list[str], body: list[list], roles: dict[int, str]) -> list[Column]:
    columns = []
    filled = [r for r in body if len(_distinct(r)) >= 2]
    for i, header in enumerate(headers):
        cells = [r[i] for r in filled if _text(r[i])]
        numeric = sum(_is_number(c) for c in cells)
        percent = (
            "%" in header
            or "persen" in fold(header)
            or any(isinstance(c, str) and c.strip().endswith("%") for c in cells)
        )
        role = roles.get(i) or _guess_role(header, cells, numeric)
        columns.append(Column(i, header, role, percent))
    _one_region(columns)
    if not any(c.role == "label" for c in columns) and not any(c.role == "region" for c in columns):
        text = next((c for c in columns if c.role == "ignore" and c.index not in roles), None)
        if text is not None:
            text.role = "label"
    return columns


def _guess_role(header: str, cells: list, numeric: int) -> str:
    folded = fold(header)
    for role, pattern in ROLE_PATTERNS.items():
        if re.search(pattern, folded):
            return role
    if any(re.search(rf"\b{w}\b", folded) for w in REGION_WORDS) and numeric < len(cells) / 2:
        return "region"
    if cells and numeric >= len(cells) / 2:
        return "value"
    return "label" if cells else "ignore"


def _one_region(columns: list[Column]) -> None:
    """With a province and a kabupaten/kota column (Open Data layout), the finer one names the region."""
    regions = [c for c in columns if c.role == "region"]
    if len(regions) > 1:
        finest = next(
            (c for c in regions if re.search(r"\b(kab|kabupaten|kota|regency)\b", fold(c.header))), regions[-1]
        )
        for column in regions:
            if column is not finest:
                column.role = "ignore"
    labels = [c for c in columns if c.role == "label"]
    for extra in labels[1:]:
        extra.role = "ignore"


def _rows(body: list[list], first_number: int, columns: list[Column]) -> tuple[list[Row], list[str]]:
    """Each body row's kind; footnotes and source lines below the table become notes."""
    label_column = next((c for c in columns if c.role in ("label", "region")), None)
    no_column = next((c for c in columns if c.role == "no"), None)
    value_columns = [c for c in columns if c.role == "value"]
    rows: list[Row] = []
    notes: list[str] = []
    parent: Row | None = None
    for offset, cells in enumerate(body):
        number = first_number + offset
        texts = _distinct(cells)
        if not texts:
            continue
        has_values = any(_text(cells[c.index]) and _is_number(cells[c.index]) for c in value_columns)
        # A row with text where numbers belong is data with a bad number (reported), not a heading.
        filled = any(_text(cells[c.index]) for c in value_columns)
        if (
            not has_values
            and (len(texts) == 1 or fold(texts[0]).startswith(NOTE_START))
            and (rows or fold(texts[0]).startswith(NOTE_START))
        ):
            notes.append(" ".join(texts))
            continue
        label = _text(cells[label_column.index]) if label_column else ""
        marker = _text(cells[no_column.index]) if no_column else ""
        if fold(label) in TOTAL_WORDS or (not label and fold(marker) in TOTAL_WORDS):
            rows.append(Row(number, "total", label or marker, cells))
            parent = None
            continue
        child = _CHILD.match(label) or (marker and (_CHILD.fullmatch(marker) or _CHILD.fullmatch(marker + ".")))
        if child and parent is not None and not _PARENT.match(marker or "x"):
            rows.append(Row(number, "child", _CHILD.sub("", label).strip() or label, cells, parent.number))
            continue
        row = Row(number, "data" if filled else "group", label, cells)
        rows.append(row)
        parent = row
    return rows, notes
