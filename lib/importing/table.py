"""Reading a sheet as a printed table, the way a person does: title rows, a header of one or more rows (merged
parents over their children), a column-number row, row labels (a `No` column, a./b. sub-rows, totals rows, residual
'Lainnya' rows), footnotes, and the legend that says what '-' and '...' mean.

Input is a lib.importing.grid Sheet; output is a Table that says what each column and row is, with each value
column's header cells from top to bottom, as unpivotr's behead() leaves them. What the words mean is read later
(lib.importing.meaning). Every guess can be overridden (header rows, column roles) by the caller.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from lib.importing.grid import Sheet, is_date
from lib.model.gazetteer import Gazetteer, level_named
from lib.model.lexicon import Lexicon, year_of
from lib.model.names import fold
from lib.model.numbers import printed_number

ROLES = ("ignore", "no", "code", "region", "label", "value", "year", "unit", "note", "date", "personal")
# What '-' and '...' mean when a table's legend does not say (BPS's own convention).
DEFAULT_SENTINELS = {"-": 0.0, "–": 0.0, "—": 0.0, "nihil": 0.0, "...": None, "…": None, "..": None, "x": None}
_CHILD = re.compile(r"^\s*([a-z]|[ivx]+)[.)]\s*", re.IGNORECASE)
_PARENT = re.compile(r"^\s*\d+[.)]?\s*$")
_MARKER = re.compile(r"^(\d{1,6}|[a-z]|[ivx]+)[.)]?$", re.IGNORECASE)  # what a No column holds: 1, 2., a., iv)
_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,2})\s*\)?$")
_LEGEND = re.compile(r"(?:^|[\s:;,(])(-|–|—|\.\.\.|…|\.\.|x)\s*[=:]\s*([^;,()]+)", re.IGNORECASE)
HEADER_SEARCH = 80  # rows searched for a header: title blocks are never longer


@dataclass
class Column:
    index: int
    header: tuple[str, ...]  # its header cells from top to bottom, merged parents included
    role: str

    @property
    def title(self) -> str:
        return " · ".join(self.header) or f"kolom {self.index + 1}"


@dataclass
class Row:
    number: int  # as the spreadsheet shows it (1-based)
    kind: str  # data | child | group (a parent heading without values) | total | other (a residual 'Lainnya')
    label: str
    cells: list  # by column; personal columns are blanked before anything reads them
    parent: int | None = None  # the parent's row number, for a child row
    marker: str = ""  # what the No column says


@dataclass
class Table:
    sheet: str
    header_rows: tuple[int, int]  # first and last header row, 1-based
    columns: list[Column]
    rows: list[Row]
    captions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sentinels: dict[str, float | None] = field(default_factory=lambda: dict(DEFAULT_SENTINELS))
    legend: str = ""  # the line that defined the sentinels, if any
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row number, column) -> '#DIV/0!'

    def role(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    def all(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    @property
    def values(self) -> list[Column]:
        return self.all("value")

    def parent_label(self, row: Row) -> str:
        return next((r.label for r in self.rows if r.number == row.parent), "")


def text(cell) -> str:
    if isinstance(cell, str):
        return cell.strip()
    if cell == "" or cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def is_number(cell) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float)):
        return True
    return printed_number(cell) is not None and text(cell) not in DEFAULT_SENTINELS


def _numberish(cell, sentinels) -> bool:
    """A number, or a mark that stands for one (or for its absence) in a value column."""
    said = text(cell)
    return bool(said) and (is_number(cell) or said in sentinels or said.lower() in sentinels)


def find_table(
    sheet: Sheet,
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    header_rows: tuple[int, int] | None = None,
    roles: dict[int, str] | None = None,
) -> Table | None:
    """The sheet's table, or None when it holds none (no header followed by numbers)."""
    rows, width = sheet.rows, sheet.width
    if header_rows is None:
        header_rows = find_header(sheet) or find_list_header(sheet, lexicon)
        if header_rows is None:
            return None
    first, last = header_rows
    headers = [_header_path(sheet, first - 1, last - 1, c) for c in range(width)]
    captions = [" ".join(_distinct(r)) for r in rows[: first - 1] if _distinct(r)]
    body_start = last
    if body_start < len(rows) and _is_column_numbers(rows[body_start]):
        body_start += 1  # BPS numbers its columns (1) (2) (3) under the header: not data
    body = rows[body_start:]
    # What each column is, and what the legend says, read from a sample: a case list's 100,000 rows say no more
    # about it than a few thousand, and reading each cell of each cost seconds.
    sample = _sample(body)
    columns = _columns(headers, sample, lexicon, gazetteer, roles or {})
    sentinels, legend = _sentinels(captions, sample, lexicon)
    table_rows, notes = _rows(sheet, body_start, columns, lexicon, sentinels)
    errors = {(r + 1, c): value for (r, c), value in sheet.errors.items() if r >= body_start}
    return Table(sheet.name, header_rows, columns, table_rows, captions, notes, sentinels, legend, errors)


def find_header(sheet: Sheet) -> tuple[int, int] | None:
    """The first row with two or more headings followed by numbers, with the sub-header rows under its merges."""
    rows = sheet.rows
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        names = _distinct(row)
        if len(names) < 2 or any(is_number(c) and not year_of(c) for c in row):
            continue
        below = [r for r in rows[i + 1 : i + 7] if _distinct(r)]
        if not any(any(is_number(c) for c in r) for r in below):
            continue
        last = i
        while last + 1 < len(rows) and _is_subheader(sheet, last, last + 1):
            last += 1
        return i + 1, last + 1
    return None


def find_list_header(sheet: Sheet, lexicon: Lexicon) -> tuple[int, int] | None:
    """A list with no numbers at all (a case list of texts): the first row naming two or more regions or
    breakdowns ('Kabupaten/Kota', 'Jenis Pelanggaran') with rows below it."""
    rows = sheet.rows
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        named = sum(
            1 for cell in _distinct(row) if lexicon.key("dimension", cell) or lexicon.key("column", cell) == "region"
        )
        if named >= 2 and any(_distinct(r) for r in rows[i + 1 : i + 3]):
            return i + 1, i + 1
    return None


def _is_subheader(sheet: Sheet, above: int, below: int) -> bool:
    """A header row continues under merged (or blank) headings, with text or years only."""
    cells = sheet.rows[below]
    if not _distinct(cells) or _is_column_numbers(cells) or any(is_number(c) and not year_of(c) for c in cells):
        return False
    under_merge = False
    for column, cell in enumerate(cells):
        if not text(cell):
            continue
        merge = sheet.merge_at(above, column)
        spans_across = merge is not None and merge[3] > merge[1]
        if spans_across or not text(sheet.cell(above, column)):
            under_merge = True
        elif merge is None or merge[2] < below:
            return False  # a heading sits right above it, not merged over it: this is data, or a second table
    return under_merge


def _header_path(sheet: Sheet, first: int, last: int, column: int) -> tuple[str, ...]:
    """A column's header cells from top to bottom as a person reads them: a merged parent counts for every column
    under it, a cell merged down counts once."""
    path = []
    for row in range(first, last + 1):
        cell = text(sheet.cell(row, column))
        if cell and cell not in path:
            path.append(cell)
    return tuple(path)


SAMPLE_HEAD, SAMPLE_SPREAD, SAMPLE_TAIL = 2_000, 1_000, 500


def _sample(body: list[list]) -> list[list]:
    """All rows of a printed table; of a long list, its first rows, rows spread evenly through it and its last
    rows (where footnotes and legends are), in order."""
    if len(body) <= SAMPLE_HEAD + SAMPLE_SPREAD + SAMPLE_TAIL:
        return body
    middle = body[SAMPLE_HEAD:-SAMPLE_TAIL]
    step = max(1, len(middle) // SAMPLE_SPREAD)
    return body[:SAMPLE_HEAD] + middle[::step] + body[-SAMPLE_TAIL:]


def _distinct(row: list, most: int | None = None) -> list[str]:
    """The row's texts, each once, in order; the first `most` of them only, if given (reading stops there)."""
    found: dict[str, None] = {}
    for cell in row:
        said = text(cell)
        if said and said not in found:
            found[said] = None
            if most is not None and len(found) >= most:
                break
    return list(found)


def _is_column_numbers(row: list) -> bool:
    found = [_COLUMN_NUMBER.match(text(c)) for c in row if text(c)]
    numbers = [int(m.group(1)) for m in found if m]
    return (
        len(numbers) >= 2
        and len(numbers) == len(found)
        and numbers == sorted(numbers)
        and any(text(c).startswith("(") for c in row if text(c))
    )


def _columns(
    headers: list[tuple[str, ...]], body: list[list], lexicon: Lexicon, gazetteer: Gazetteer, roles: dict[int, str]
) -> list[Column]:
    filled = [r for r in body if len(_distinct(r)) >= 2]
    columns = []
    for i, header in enumerate(headers):
        cells = [r[i] for r in filled if i < len(r) and text(r[i])]
        role = roles.get(i) or _guess_role(header, cells, lexicon, gazetteer)
        columns.append(Column(i, header, role))
    _one_region(columns, roles)
    return columns


def personal(header: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A heading naming personal data (nama, NIP, HP…), unless it names something else as clearly ('Nama
    Provinsi' is a region, 'Nama Instansi' an agency)."""
    said = " ".join(header)
    mine = lexicon.read("personal", said).score
    if not mine:
        return False
    others = max(lexicon.read(group, said).score for group in ("column", "dimension"))
    return mine > others


def _guess_role(header: tuple[str, ...], cells: list, lexicon: Lexicon, gazetteer: Gazetteer) -> str:
    said = " ".join(header)
    if personal(header, lexicon):
        return "personal"
    if not cells:
        return "value" if header and year_of(header[-1]) else "ignore"
    numeric = sum(is_number(c) or text(c) in DEFAULT_SENTINELS for c in cells) / len(cells)
    role = lexicon.read("column", said).key
    if role == "year" and sum(year_of(c) is not None for c in cells) * 2 >= len(cells):
        return "year"  # a stray non-year (44197, a date typed as a number) is named later, not a new meaning
    if role == "code" and numeric > 0.5:
        return role
    if role == "no" and sum(bool(_MARKER.match(text(c))) for c in cells) > len(cells) / 2:
        return role
    if role == "date" or sum(is_date(c) for c in cells) > len(cells) / 2:
        return "date"
    if role in ("unit", "note"):  # a 'Keterangan' column is remarks even where a remark is '+1'
        return role
    if numeric >= 0.5:
        return "value"
    if role == "region" or _mostly_regions(cells, gazetteer):
        return "region"
    return "label"


def _mostly_regions(cells: list, gazetteer: Gazetteer) -> bool:
    sample = [text(c) for c in cells[:40]]
    return bool(sample) and sum(gazetteer.resolve(s).status != "unknown" for s in sample) > len(sample) * 0.7


def _one_region(columns: list[Column], chosen: dict[int, str]) -> None:
    """The finest region column names the region (Open Data layout: provinsi beside kabupaten/kota); the coarser
    one helps resolve it."""
    regions = [c for c in columns if c.role == "region"]
    if len(regions) > 1:
        finest = next((c for c in regions if level_named(c.title) == "regency"), regions[-1])
        for column in regions:
            if column is not finest and column.index not in chosen:
                column.role = "province"


def _sentinels(captions: list[str], body: list[list], lexicon: Lexicon) -> tuple[dict, str]:
    """What '-' and '...' stand for: as the table's legend says (isolate_sentinels), else BPS's convention."""
    sentinels = dict(DEFAULT_SENTINELS)
    legend = ""
    lines = captions + [" ".join(_distinct(r)) for r in body if len(_distinct(r)) == 1]
    for line in lines:
        for mark, meaning in _LEGEND.findall(line):
            said = lexicon.read("sentinel", meaning).key
            if said:
                sentinels[mark] = 0.0 if said == "nil" else None
                if mark in "-–—":
                    sentinels.update({m: sentinels[mark] for m in "-–—"})
                legend = line
    return sentinels, legend


def _rows(
    sheet: Sheet, start: int, columns: list[Column], lexicon: Lexicon, sentinels: dict
) -> tuple[list[Row], list[str]]:
    """Each body row's kind; footnotes, source lines and legends below the table become notes."""
    label_column = next((c for c in columns if c.role == "label"), None) or next(
        (c for c in columns if c.role == "region"), None
    )
    no_column = next((c for c in columns if c.role == "no"), None)
    values = [c for c in columns if c.role == "value"]
    blanked = {c.index for c in columns if c.role == "personal"}
    rows: list[Row] = []
    notes: list[str] = []
    parent: Row | None = None
    # A long list repeats a few labels: each is read once.
    exact = functools.cache(lambda word: lexicon.exactly("row", word))
    read = functools.cache(lambda label: lexicon.read("row", label).key)
    for offset, raw in enumerate(sheet.rows[start:]):
        number = start + offset + 1
        cells = ["" if i in blanked else cell for i, cell in enumerate(raw)] if blanked else raw
        texts = _distinct(cells, most=2)  # whether it is empty, a single line, and its first word
        if not texts:
            continue
        has_values = any(
            _numberish(cells[c.index], sentinels) or (number - 1, c.index) in sheet.errors
            for c in values
            if c.index < len(cells)
        )
        filled = has_values or any(text(cells[c.index]) for c in values if c.index < len(cells))
        first_word = (fold(texts[0]).split() or [""])[0]
        note_word = exact(first_word) == "note" or texts[0].startswith("*")
        if not has_values and (len(texts) == 1 or note_word) and (rows or note_word):
            notes.append(" ".join(_distinct(cells)))
            continue
        label = text(sheet.cell(number - 1, label_column.index)) if label_column else ""
        marker = text(sheet.cell(number - 1, no_column.index)) if no_column else ""
        if exact(label) == "total" or (not label and exact(marker) == "total"):
            rows.append(Row(number, "total", label or marker, cells, marker=marker))
            parent = None
            continue
        child = _CHILD.match(label) or (marker and (_CHILD.fullmatch(marker) or _CHILD.fullmatch(marker + ".")))
        if child and parent is not None and not _PARENT.match(marker or "x"):
            rows.append(Row(number, "child", _CHILD.sub("", label).strip() or label, cells, parent.number, marker))
            continue
        kind = "other" if read(label) == "other" else ("data" if filled else "group")
        row = Row(number, kind, label, cells, marker=marker)
        rows.append(row)
        parent = row
    return rows, notes
