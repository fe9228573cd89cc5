"""What each number of a table means, read from its header cells and its row's label the way an analyst reads
them: the measure, the unit, the breakdown (dimension and category), whether it is a total, and whose it is.

Header cells are read from the lowest up (the nearest heading decides; a merged parent fills in what its children
leave unsaid: 'Dugaan Pelanggaran (kasus)' gives the unit to 'Temuan | Laporan' and the measure to their 'Jumlah').
Rows are regions, measures (a handling-status recap) or categories of one dimension; which, is read from the label
column's heading, else from what most labels name. What cannot be read is left None: the engine then holds the
import and asks (never a default such as 'reported' or 'violation_type').
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lib.importing.table import Column, Row, Table
from lib.model.lexicon import Lexicon, words, year_of

UNIT_ORDER = ("percent", "persons", "cases", "asn")  # one heading naming two units: the more specific wins
NOT_ASN = "persons"  # the unit of people counted who are not (only) civil servants


@dataclass(frozen=True)
class ColumnMeaning:
    index: int
    title: str
    measure: str | None = None
    unit: str | None = None
    dimension: str | None = None  # a wide table: this column is one category of a dimension
    category: str | None = None
    total: bool = False  # the row total of the sibling columns in `parts`
    parts: tuple[int, ...] = ()
    publisher: str | None = None
    ambiguous: dict = field(default_factory=dict)  # attribute -> the keys the heading names equally well


@dataclass(frozen=True)
class RowsMeaning:
    """What a table's row labels are: 'region', 'measure', a dimension, 'none' (labels say nothing), or None."""

    kind: str | None
    column: Column | None  # the label column read
    said_by: str = ""  # 'heading' | 'labels' | 'answer'
    children: str | None = None  # the dimension of a./b. sub-rows under measure rows (a status recap)


def category_dimensions(lexicon: Lexicon) -> list[str]:
    """The dimensions whose categories a heading or label may name: every dimension with categories in the
    vocabulary (years are read as years)."""
    vocab = lexicon.vocabulary
    return [d for d in vocab.keys("dimension") if d not in ("none", "year") and vocab.keys(d)]


def unit_of(text: str, lexicon: Lexicon) -> str | None:
    """The unit a heading or label names: percent, persons (people who are not civil servants: 'Kepala Desa'),
    cases, asn ('orang', 'ASN', 'pegawai')."""
    found = {lexicon.exactly("unit", w) for w in words(text)} - {None}
    actor = own_word("actor", text, lexicon)
    if actor and actor != "asn":
        found.add(NOT_ASN)
    return next((u for u in UNIT_ORDER if u in found), None)


def own_word(group: str, text: str, lexicon: Lexicon) -> str | None:
    """The key of `group` a text names by a word of its own, units aside: 'ASN' in 'ASN Dilaporkan (orang)' is the
    unit, not the actor 'ASN'; 'TNI' names the actor."""
    rest = [w for w in words(text) if not lexicon.exactly("unit", w)]
    return lexicon.key(group, " ".join(rest)) if rest else None


def read_columns(table: Table, lexicon: Lexicon) -> dict[int, ColumnMeaning]:
    """Each value column's meaning from its header cells, lowest first."""
    values = table.values
    read = {}
    for column in values:
        read[column.index] = _column(column, lexicon)
    for before, column in zip(values, values[1:]):
        # A bare '%' beside a count under the same heading is the share of that count: 'Dilaporkan | %'.
        mine, theirs = read[column.index], read[before.index]
        if mine.unit == "percent" and mine.measure is None and column.header[:-1] == before.header[:-1]:
            read[column.index] = replace(mine, measure=theirs.measure)
    return {index: _with_total(meaning, table, read, lexicon) for index, meaning in read.items()}


def _column(column: Column, lexicon: Lexicon) -> ColumnMeaning:
    measure = unit = dimension = category = publisher = None
    ambiguous = {}
    for cell in reversed(column.header):  # the nearest heading first
        year = year_of(cell)
        if year and dimension is None:
            dimension, category = "year", year
            continue
        if measure is None:
            reading = lexicon.read("measure", cell)
            if reading.key:
                measure = reading.key
            elif reading.ambiguous:
                ambiguous.setdefault("measure", reading.rivals)
        if unit is None:
            unit = unit_of(cell, lexicon)
        if dimension is None:
            dimension, category, rivals = _category(cell, lexicon)
            if rivals:
                ambiguous.setdefault("dimension", rivals)
        if publisher is None:
            publisher = _publisher_in(cell, lexicon)
    return ColumnMeaning(
        column.index, column.title, measure, unit, dimension, category, publisher=publisher, ambiguous=ambiguous
    )


def _category(cell: str, lexicon: Lexicon) -> tuple[str | None, str | None, tuple]:
    """The dimension and category a heading names, if it names one with a word of its own."""
    found = {}
    for dimension in category_dimensions(lexicon):
        reading = lexicon.read(dimension, cell)
        if reading.key and reading.key != "other" and own_word(dimension, cell, lexicon) == reading.key:
            found[dimension] = (reading.score, reading.key)
    if not found:
        return None, None, ()
    best = max(score for score, _ in found.values())
    top = [(d, key) for d, (score, key) in found.items() if score == best]
    if len(top) > 1:
        return None, None, tuple(f"{d}:{k}" for d, k in top)
    return top[0][0], top[0][1], ()


def _publisher_in(cell: str, lexicon: Lexicon) -> str | None:
    """A heading that is a publisher and its unit, 'Bawaslu (kasus)', puts its columns in that publisher's name
    ('Diteruskan ke KASN' does not: it says where cases went)."""
    rest = [w for w in words(cell) if not lexicon.exactly("unit", w)]
    return lexicon.exactly("publisher", " ".join(rest)) if rest else None


def _with_total(
    meaning: ColumnMeaning, table: Table, read: dict[int, ColumnMeaning], lexicon: Lexicon
) -> ColumnMeaning:
    """A 'Jumlah'/'Total' column beside other counts under the same heading is their row total: it takes its
    parent's measure and is checked against them; alone ('Jumlah (orang)' beside a '%') it is just the count."""
    column = next(c for c in table.values if c.index == meaning.index)
    if not column.header or not _just_total(column.header[-1], lexicon):
        return meaning
    parent = column.header[:-1]
    siblings = [
        c.index
        for c in table.values
        if c.index != column.index
        and c.header[:-1] == parent
        and read[c.index].unit != "percent"
        and not _just_total(c.header[-1] if c.header else "", lexicon)
    ]
    if not siblings:
        return meaning
    measure = meaning.measure
    if measure is None:
        for cell in reversed(parent):
            measure = lexicon.key("measure", cell) or measure
    units = {read[i].unit for i in siblings}
    # Civil servants and other people together are people; cases and people together are nothing to add up.
    unit = units.pop() if len(units) == 1 else (NOT_ASN if units <= {"asn", NOT_ASN} else None)
    return ColumnMeaning(
        meaning.index,
        meaning.title,
        measure,
        unit,
        "none",
        "total",
        True,
        tuple(siblings),
        meaning.publisher,
        meaning.ambiguous,
    )


def _just_total(cell: str, lexicon: Lexicon) -> bool:
    """'Jumlah', 'Total', 'Jumlah (kasus)': a total word and nothing but units."""
    rest = [w for w in words(cell) if not lexicon.exactly("unit", w)]
    return bool(rest) and all(lexicon.exactly("row", w) == "total" for w in rest)


def read_rows(table: Table, lexicon: Lexicon, answer: str = "") -> RowsMeaning:
    """What the row labels are (see RowsMeaning)."""
    label = table.role("label")
    region = table.role("region")
    if answer:
        return RowsMeaning(
            answer, label or region, "answer", _children(table, lexicon) if answer == "measure" else None
        )
    if label is None:
        return RowsMeaning("region" if region else "none", region)
    heading = lexicon.read("dimension", " ".join(label.header)).key
    labels = [r.label for r in table.rows if r.kind in ("data", "group", "other") and r.label]
    if heading and heading != "year":
        kind = heading
        said_by = "heading"
    else:
        kind, said_by = _by_labels(labels, lexicon), "labels"
    if kind is None and not labels:
        kind = "none"
    return RowsMeaning(kind, label, said_by, _children(table, lexicon) if kind == "measure" else None)


def _by_labels(labels: list[str], lexicon: Lexicon) -> str | None:
    """The group most labels name (measures, or a dimension's categories), if it is most of them."""
    if not labels:
        return None
    counts = {"measure": sum(lexicon.key("measure", label) is not None for label in labels)}
    for dimension in category_dimensions(lexicon):
        counts[dimension] = sum(lexicon.key(dimension, label) not in (None, "other") for label in labels)
    best = max(counts.values())
    leaders = [k for k, v in counts.items() if v == best]
    if best * 2 <= len(labels) or len(leaders) > 1:
        return None
    return leaders[0]


def _children(table: Table, lexicon: Lexicon) -> str | None:
    """Under measure rows, a./b. sub-rows break their parent down (the sanctions of 'Direkomendasikan sanksi')."""
    labels = [r.label for r in table.rows if r.kind == "child"]
    return _by_labels(labels, lexicon) if labels else None


def row_category(row: Row, rows: RowsMeaning, lexicon: Lexicon) -> tuple[str | None, bool]:
    """A category row's key, and whether the vocabulary knows it (an unknown one is kept as written)."""
    if row.kind == "other":
        return "other", True
    key = lexicon.key(rows.kind, row.label)
    return (key, True) if key else (row.label.strip(), False)
