"""The import engine: a file's bytes and what a person said about it in, tidy figures and findings out.

Every sheet of a workbook is read (lib.importing.grid), found to be Netra's own tidy layout (lib.importing.tidy), a
case list (lib.importing.cases), a printed table (lib.importing.table, read for meaning by lib.importing.meaning) or
notes only. What was read, and what could not be, is in the Analysis: where the measure, unit or breakdown of a
column cannot be read the import is held with a finding that names the column and offers the choices, and a
person (the Impor page) or a script (`python -m lib.cli parse`) answers in the Mapping and analyses again. Nothing
here raises on bad input, and nothing here writes anywhere (see lib.importing.store).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace

import pandas as pd

from lib.importing import cases, meaning
from lib.importing.budget import BUDGET, over
from lib.importing.grid import Sheet, read_workbook
from lib.importing.meaning import ColumnMeaning, RowsMeaning, unit_of
from lib.importing.table import Row, Table, find_table, text
from lib.importing.tidy import is_tidy, parse_sheet
from lib.model.dataset import Dataset
from lib.model.dates import dates_in, precision_of
from lib.model.findings import Finding
from lib.model.gazetteer import NATIONAL_CODE, level_named, level_of
from lib.model.lexicon import year_of
from lib.model.numbers import printed_number
from lib.model.schema import FIGURE_COLUMNS, empty_figures, flags_as_text, typed_figures

KEY = ["source_id", "election", "as_of", "region_code", "scope", "measure", "unit", "dimension", "category"]
ROWS = ("measure", "none")  # what row labels may be besides a dimension's categories and regions


@dataclass(frozen=True)
class Answers:
    """What a person said about one sheet's table, over what was read: header rows, column roles, what the row
    labels are, a column's meaning, a region for a spelling."""

    header_rows: tuple[int, int] | None = None
    roles: dict[int, str] = field(default_factory=dict)  # column index -> role (lib.importing.table.ROLES)
    rows: str = ""  # what row labels are: a dimension, 'measure', 'none'; '' = read them
    columns: dict[int, dict[str, str]] = field(default_factory=dict)  # column -> {measure, unit, dimension, category}
    regions: dict[str, str] = field(default_factory=dict)  # a region spelling -> the code chosen

    def to_json(self) -> dict:
        return {
            "header_rows": list(self.header_rows) if self.header_rows else None,
            "roles": self.roles,
            "rows": self.rows,
            "columns": self.columns,
            "regions": self.regions,
        }

    @classmethod
    def from_json(cls, data: dict) -> Answers:
        rows = data.get("header_rows")
        return cls(
            tuple(int(r) for r in rows) if rows else None,
            {int(k): str(v) for k, v in (data.get("roles") or {}).items()},
            str(data.get("rows") or ""),
            {int(k): {str(a): str(b) for a, b in v.items()} for k, v in (data.get("columns") or {}).items()},
            {str(k): str(v) for k, v in (data.get("regions") or {}).items()},
        )


@dataclass(frozen=True)
class Mapping:
    """What the file means. Empty fields are read from the file; anything set here wins over what was read."""

    source_id: str = "import"
    publisher: str = ""
    election: str = ""
    as_of: str = ""
    status: str = "running"
    sheet: str = ""  # only this sheet; '' = every sheet that holds a table
    measure: str = ""  # table-wide answers for what no heading or label says
    unit: str = ""
    region: str = NATIONAL_CODE  # the region a table without a region column is about
    sheets: dict[str, Answers] = field(default_factory=dict)  # per sheet name; '' applies to every sheet

    def answers(self, sheet: str) -> Answers:
        return self.sheets.get(sheet) or self.sheets.get("") or Answers()

    def answer(self, sheet: str, **changes) -> Mapping:
        return replace(self, sheets={**self.sheets, sheet: replace(self.answers(sheet), **changes)})


def merge_answers(mapping: Mapping, sheet: str, answers: Answers) -> Mapping:
    """New answers over those the mapping has for a sheet ('' for every sheet)."""
    base = mapping.sheets.get(sheet, Answers())
    merged = Answers(
        answers.header_rows or base.header_rows,
        {**base.roles, **answers.roles},
        answers.rows or base.rows,
        {**base.columns, **answers.columns},
        {**base.regions, **answers.regions},
    )
    return replace(mapping, sheets={**mapping.sheets, sheet: merged})


def replay(recipe: dict, mapping: Mapping) -> Mapping:
    """A stored mapping (Analysis.recipe) over a fresh one: its answers per sheet, and its table-wide measure and
    unit where the fresh mapping leaves them open."""
    sheets = {str(name): Answers.from_json(said) for name, said in (recipe.get("sheets") or {}).items()}
    return replace(
        mapping,
        measure=mapping.measure or str(recipe.get("measure") or ""),
        unit=mapping.unit or str(recipe.get("unit") or ""),
        sheets={**sheets, **mapping.sheets},
    )


@dataclass
class SheetReading:
    """What one sheet holds and the figures it gives."""

    name: str
    kind: str  # table | cases | tidy | notes
    table: Table | None = None
    columns: dict[int, ColumnMeaning] = field(default_factory=dict)
    rows: RowsMeaning | None = None
    regions: list[dict] = field(default_factory=list)  # spelling, row, status, code, name, options
    figures: pd.DataFrame = field(default_factory=empty_figures)
    findings: list[Finding] = field(default_factory=list)
    cases: int = 0
    layout: str = ""  # what its headers say, to know next month's file of the same layout
    records: list[dict] = field(default_factory=list)  # a table's figures before typing, with the cell of each

    @property
    def dropped(self) -> list[str]:
        """Personal columns never read."""
        return [c.title for c in self.table.columns if c.role == "personal"] if self.table else []


@dataclass
class Analysis:
    kind: str  # table | cases | tidy | none: what the file's first table sheet is
    mapping: Mapping
    figures: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # every sheet's name
    readings: list[SheetReading] = field(default_factory=list)
    digest: str = ""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def dropped(self) -> list[str]:
        return list(dict.fromkeys(c for r in self.readings for c in r.dropped))

    def recipe(self) -> dict:
        """The mapping to replay on next month's file of the same layout (store it with the import)."""
        return {
            "layouts": {r.name: r.layout for r in self.readings if r.layout},
            "measure": self.mapping.measure,
            "unit": self.mapping.unit,
            "sheets": {name: answers.to_json() for name, answers in self.mapping.sheets.items()},
        }


def analyse(data: bytes, name: str, mapping: Mapping | None, dataset: Dataset) -> Analysis:
    """What a file holds and the figures it would add, read with the dataset's vocabulary and gazetteer."""
    mapping = mapping or Mapping()
    workbook = read_workbook(data, name)
    digest = hashlib.sha256(data).hexdigest()
    names = [s.name for s in workbook.sheets]
    findings = list(workbook.findings)
    if not workbook.sheets:
        return Analysis("none", mapping, empty_figures(), findings, names, digest=digest)
    if mapping.sheet and mapping.sheet not in names:
        findings.append(
            Finding("error", "no_sheet", workbook.name, params={"value": mapping.sheet, "expected": ", ".join(names)})
        )
        return Analysis("none", mapping, empty_figures(), findings, names, digest=digest)
    chosen = [s for s in workbook.sheets if s.name == mapping.sheet] if mapping.sheet else workbook.sheets
    if not mapping.sheet and any(is_tidy(s) for s in chosen):
        chosen = [s for s in chosen if is_tidy(s)]  # a Netra export: its Sources and About sheets go with it
    readings = [read_sheet(sheet, workbook.name, mapping, dataset) for sheet in chosen]
    for reading in readings:
        findings += reading.findings
    figured = [r for r in readings if r.kind != "notes"]
    if not figured:
        code = "no_numbers" if not any(_any_number(s) for s in chosen) else "no_table"
        findings.append(Finding("error", code, workbook.name, sheet=chosen[0].name if len(chosen) == 1 else ""))
    read_here = [r for r in figured if r.kind != "tidy"]  # Netra's own rows carry their source
    if read_here:
        findings += [
            Finding("error", "source_required", workbook.name, params={"field": f})
            for f in ("publisher", "election")
            if not getattr(mapping, f) and not _said_per_sheet(f, read_here)
        ]
    figures = _combine(figured, mapping, workbook.name, findings)
    return Analysis(figured[0].kind if figured else "none", mapping, figures, findings, names, readings, digest)


def _said_per_sheet(field_name: str, readings: list[SheetReading]) -> bool:
    """Every figure already has it from its sheet (an election named in each sheet's title)."""
    return all(len(r.figures) and (r.figures[field_name].astype(str) != "").all() for r in readings)


def _any_number(sheet: Sheet) -> bool:
    from lib.importing.table import is_number

    return any(is_number(c) for row in sheet.rows for c in row)


def read_sheet(sheet: Sheet, name: str, mapping: Mapping, dataset: Dataset) -> SheetReading:
    if is_tidy(sheet):
        parsed = parse_sheet(sheet, name, dataset)
        figures = parsed.figures.assign(sheet=sheet.name)
        return SheetReading(sheet.name, "tidy", figures=figures, findings=parsed.findings)
    answers = mapping.answers(sheet.name)
    table = find_table(sheet, dataset.lexicon, dataset.gazetteer, answers.header_rows, answers.roles)
    if table is None:
        return SheetReading(sheet.name, "notes", findings=[Finding("note", "sheet_skipped", name, sheet=sheet.name)])
    layout = _layout(table)
    if cases.is_case_list(table, dataset.lexicon):
        return _case_list(table, sheet, name, mapping, dataset, layout)
    if not table.values:
        return SheetReading(
            sheet.name, "notes", table, findings=[Finding("note", "sheet_skipped", name, sheet=sheet.name)]
        )
    reading = SheetReading(sheet.name, "table", table, layout=layout)
    _read_table(reading, name, mapping, answers, dataset)
    return reading


def _layout(table: Table) -> str:
    """A table's headers as words: the same for next month's release of the same table."""
    from lib.model.names import fold

    return "|".join(fold(" ".join(c.header)) for c in table.columns)


# --- Context: what the title rows say -------------------------------------------------------------------


def _election(table: Table, mapping: Mapping, dataset: Dataset, name: str, findings: list[Finding]) -> str:
    """The election: as the import says; a sheet whose title or name names another one is that one (a workbook
    with a sheet per election), and says so."""
    said = " ".join([table.sheet, *table.captions])
    named = {
        e
        for e in dataset.vocabulary.keys("election")
        if dataset.lexicon.exactly("election", e)
        and set(dataset.lexicon.read("election", said).rivals or [dataset.lexicon.key("election", said)]) == {e}
    }
    if len(named) == 1 and (found := named.pop()) != mapping.election:
        if mapping.election:
            findings.append(
                Finding(
                    "warning",
                    "election_from_sheet",
                    name,
                    sheet=table.sheet,
                    params={"value": found, "given": mapping.election},
                )
            )
        else:
            findings.append(Finding("note", "election_from_title", name, sheet=table.sheet, params={"value": found}))
        return found
    return mapping.election


def _as_of(table: Table, mapping: Mapping, name: str, findings: list[Finding]) -> str:
    if mapping.as_of:
        return mapping.as_of
    found = sorted({d for line in table.captions for d in dates_in(line)})
    if len(found) == 1:
        findings.append(Finding("note", "as_of_from_title", name, sheet=table.sheet, params={"value": found[0]}))
        return found[0]
    return ""


# --- A case list ------------------------------------------------------------------------------------------


def _case_list(table: Table, sheet: Sheet, name: str, mapping: Mapping, dataset: Dataset, layout: str) -> SheetReading:
    findings: list[Finding] = []
    lexicon = dataset.lexicon
    title = " ".join(table.captions)
    unit = mapping.unit or unit_of(title, lexicon)
    measure = mapping.measure or lexicon.key("measure", title) or "reported"
    if not unit:
        findings.append(
            Finding("error", "unit_unread_cases", name, sheet=table.sheet, params={"choices": "asn, cases, persons"})
        )
        unit = "asn"
    election = _election(table, mapping, dataset, name, findings)
    figures, found, count = cases.aggregate(
        table,
        sheet,
        dataset,
        name=name,
        source_id=mapping.source_id,
        publisher=mapping.publisher,
        election=election,
        as_of=_as_of(table, mapping, name, findings),
        unit=unit,
    )
    figures = typed_figures(figures.assign(measure=measure)).assign(sheet=table.sheet)
    reading = SheetReading(
        sheet.name, "cases", table, figures=figures, findings=findings + found, cases=count, layout=layout
    )
    if reading.dropped:
        reading.findings.append(
            Finding("note", "personal_dropped", name, sheet=table.sheet, params={"columns": ", ".join(reading.dropped)})
        )
    return reading


# --- A printed table into records ----------------------------------------------------------------------------


def _read_table(reading: SheetReading, name: str, mapping: Mapping, answers: Answers, dataset: Dataset) -> None:
    table, lexicon, findings = reading.table, dataset.lexicon, reading.findings
    reading.columns = _answered(meaning.read_columns(table, lexicon), answers, mapping)
    reading.rows = meaning.read_rows(table, lexicon, answers.rows)
    if reading.dropped:
        findings.append(
            Finding("note", "personal_dropped", name, sheet=table.sheet, params={"columns": ", ".join(reading.dropped)})
        )
    codes = (
        _resolve_regions(reading, name, answers, dataset)
        if reading.rows.kind == "region" or table.role("region")
        else {}
    )
    _held(reading, name, dataset, findings)
    election = _election(table, mapping, dataset, name, findings)
    # A sheet of another election than the import's (its title says so) takes its date from its title too.
    as_of = _as_of(table, mapping if election == mapping.election else replace(mapping, as_of=""), name, findings)
    records, unknown = [], {}
    for row in table.rows:
        if row.kind == "group":
            continue
        where = _row_region(row, table, codes, mapping)
        if where is None:
            continue
        for column in table.values:
            records += _cell_records(reading, row, column, where, election, as_of, mapping, dataset, unknown, name)
    if unknown:
        findings.append(
            Finding(
                "warning",
                "category_unknown",
                name,
                min(unknown.values()),
                "",
                table.sheet,
                {"values": ", ".join(list(unknown)[:8]) + (" …" if len(unknown) > 8 else ""), "count": len(unknown)},
            )
        )
    _check_totals(reading, name)
    _check_row_totals(reading, name)
    if table.legend:
        findings.append(Finding("note", "legend_read", name, sheet=table.sheet, params={"legend": table.legend[:120]}))
    reading.records = records
    reading.figures = _to_figures(records, mapping, dataset).assign(sheet=table.sheet) if records else empty_figures()


def _answered(columns: dict[int, ColumnMeaning], answers: Answers, mapping: Mapping) -> dict[int, ColumnMeaning]:
    """What was read, with a person's answers over it: per column, then table-wide (mapping.measure, .unit)."""
    done = {}
    for index, read in columns.items():
        said = answers.columns.get(index, {})
        done[index] = replace(
            read,
            measure=said.get("measure") or read.measure or mapping.measure or None,
            unit=said.get("unit") or read.unit or mapping.unit or None,
            dimension=said.get("dimension") or read.dimension,
            category=said.get("category") or read.category,
        )
    return done


def _held(reading: SheetReading, name: str, dataset: Dataset, findings: list[Finding]) -> None:
    """A column or the row labels whose meaning could not be read: an error that names it and offers the choices."""
    table, vocab = reading.table, dataset.vocabulary
    rows_give = reading.rows.kind == "measure"
    for column in table.values:
        read = reading.columns[column.index]
        if read.measure is None and not rows_give:
            # What the title names comes first among the choices: a reading to confirm, never taken unasked.
            titled = [dataset.lexicon.key("measure", line) for line in table.captions]
            offered = dict.fromkeys(
                [*(m for m in titled if m), *(read.ambiguous.get("measure") or vocab.keys("measure"))]
            )
            findings.append(
                Finding(
                    "error",
                    "measure_unread",
                    name,
                    None,
                    column.title,
                    table.sheet,
                    {"index": column.index, "choices": _choices(offered)},
                )
            )
        if read.unit is None and not (rows_give and _rows_say_units(table, dataset)):
            findings.append(
                Finding(
                    "error",
                    "unit_unread",
                    name,
                    None,
                    column.title,
                    table.sheet,
                    {"index": column.index, "choices": ", ".join(vocab.keys("unit"))},
                )
            )
        if read.ambiguous.get("dimension") and read.dimension is None:
            findings.append(
                Finding(
                    "error",
                    "category_ambiguous",
                    name,
                    None,
                    column.title,
                    table.sheet,
                    {"index": column.index, "choices": ", ".join(read.ambiguous["dimension"])},
                )
            )
    if reading.rows.kind is None:
        label = reading.rows.column
        findings.append(
            Finding(
                "error",
                "rows_unread",
                name,
                None,
                label.title if label else "",
                table.sheet,
                {"choices": ", ".join([*meaning.category_dimensions(dataset.lexicon), *ROWS])},
            )
        )


def _rows_say_units(table: Table, dataset: Dataset) -> bool:
    """Every measure row that carries values names its unit ('(orang)', '(%)')."""
    rows = [r for r in table.rows if r.kind in ("data", "other")]
    return bool(rows) and all(unit_of(r.label, dataset.lexicon) for r in rows)


def _choices(keys) -> str:
    keys = list(keys)
    return ", ".join(keys[:14]) + (", …" if len(keys) > 14 else "")


def _resolve_regions(reading: SheetReading, name: str, answers: Answers, dataset: Dataset) -> dict[str, str]:
    """Each distinct spelling resolved once, narrowed by the column's heading; the unresolved and ambiguous listed
    with suggestions, and too many unknown spellings said once (the file is probably not of this layout)."""
    table, gazetteer = reading.table, dataset.gazetteer
    column = table.role("region")
    if column is None:
        return {}
    level = level_named(column.title)
    codes: dict[str, str] = {}
    unknown = 0
    for row in table.rows:
        if row.kind in ("total", "other"):
            continue
        spelling = text(row.cells[column.index]) if column.index < len(row.cells) else ""
        if not spelling or spelling in codes or any(r["spelling"] == spelling for r in reading.regions):
            continue
        if spelling in answers.regions and answers.regions[spelling] in gazetteer:
            region = gazetteer.get(answers.regions[spelling])
            codes[spelling] = region.code
            reading.regions.append(
                {
                    "spelling": spelling,
                    "row": row.number,
                    "status": "chosen",
                    "code": region.code,
                    "name": region.name,
                    "options": [],
                }
            )
            continue
        if unknown >= BUDGET.unknown_labels:
            reading.findings.append(over(name, "unknown_labels", unknown + 1))
            break
        match = gazetteer.resolve(spelling, level=level)
        if match.status == "found":
            codes[spelling] = match.region.code
            reading.regions.append(
                {
                    "spelling": spelling,
                    "row": row.number,
                    "status": "found",
                    "code": match.region.code,
                    "name": match.region.name,
                    "options": [],
                }
            )
            continue
        unknown += 1
        options = match.candidates if match.status == "ambiguous" else match.suggestions
        reading.regions.append(
            {
                "spelling": spelling,
                "row": row.number,
                "status": match.status,
                "code": "",
                "name": "",
                "options": [(r.code, r.name) for r in options],
            }
        )
        reading.findings.append(
            Finding(
                "error",
                f"region_{match.status}_table",
                name,
                row.number,
                column.title,
                table.sheet,
                {"value": spelling, "options": ", ".join(f"{r.name} ({r.code})" for r in options) or "-"},
            )
        )
    return codes


def _row_region(row: Row, table: Table, codes: dict, mapping: Mapping) -> str | None:
    """The region a row is about. A totals row, and a residual 'Lainnya' row, stand for the whole the table's
    regions belong to: the province when every row is one of its kabupaten/kota, else the nation."""
    column = table.role("region")
    if column is None:
        return mapping.region
    if row.kind in ("total", "other"):
        provinces = {c[:2] for c in codes.values()}
        regencies_of_one = len(provinces) == 1 and all(len(c) == 5 for c in codes.values())
        return next(iter(provinces)) if regencies_of_one else NATIONAL_CODE
    return codes.get(text(row.cells[column.index]) if column.index < len(row.cells) else "")


def _cell_records(
    reading: SheetReading,
    row: Row,
    column,
    where: str,
    election: str,
    as_of: str,
    mapping: Mapping,
    dataset: Dataset,
    unknown: dict,
    name: str,
) -> list[dict]:
    """The figure one cell gives (none for an empty cell, a sentinel meaning 'not available', or a bad one)."""
    table, lexicon = reading.table, dataset.lexicon
    cell = row.cells[column.index] if column.index < len(row.cells) else ""
    value, percent_cell = _value(cell, table, row, column, reading.findings, name)
    if value is None:
        return []
    read = reading.columns[column.index]
    rows = reading.rows.kind
    measure, unit = read.measure, read.unit
    dimension, category = (read.dimension, read.category) if read.dimension else ("none", "total")
    scope, note = "", ""
    if rows == "measure":
        parent = next((r for r in table.rows if r.number == row.parent), None) if row.kind == "child" else None
        measure = lexicon.key("measure", (parent or row).label) or measure
        unit = read.unit if read.unit == "percent" else (unit_of(row.label, lexicon) or read.unit)
        if parent is not None and reading.rows.children:
            dimension = reading.rows.children
            category = lexicon.key(dimension, row.label) or row.label.strip()
    elif rows not in (None, "none", "region") and row.kind != "total" and not read.total:
        if read.dimension and read.dimension != "none":
            reading.findings.append(
                Finding(
                    "error",
                    "two_breakdowns",
                    name,
                    row.number,
                    column.title,
                    table.sheet,
                    {"rows": rows, "columns": read.dimension},
                )
            )
            return []
        dimension = rows
        category, known = meaning.row_category(row, reading.rows, lexicon)
        if not known:
            unknown.setdefault(category, row.number)
        if row.kind == "child":
            scope = f"bagian dari: {table.parent_label(row)}"
    elif rows == "region" and row.kind == "other" and not read.dimension:
        category = "other"
    if row.kind == "total" and not read.dimension:
        dimension, category = "none", "total"
    percent = percent_cell or unit == "percent"
    if percent and row.kind == "total" and abs(value - 100) < 0.05:
        return []  # a totals row's 100 % is the base of the shares, not a figure
    unit = "percent" if percent else unit
    if percent and not 0 <= value <= 100 or value < 0:
        reading.findings.append(
            Finding(
                "error",
                "bad_value",
                name,
                row.number,
                column.title,
                table.sheet,
                {"value": value, "expected": "0–100" if percent else "≥ 0"},
            )
        )
        return []
    year = _row_year(row, table, reading.findings, name)
    unit_cell = table.role("unit")
    if unit_cell is not None and not percent:
        unit = unit_of(text(row.cells[unit_cell.index]), lexicon) or unit
    note_column = table.role("note")
    if note_column is not None and note_column.index < len(row.cells):
        note = text(row.cells[note_column.index])
    return [
        {
            "region_code": where,
            "dimension": dimension,
            "category": category,
            "value": value,
            "unit": unit,
            "measure": measure,
            "scope": scope,
            "note": note,
            "publisher": read.publisher or mapping.publisher,
            "election": election,
            "as_of": year if year and not as_of.startswith(year) else as_of,
            "cell": (table.sheet, row.number, column.title),
        }
    ]


def _value(cell, table: Table, row: Row, column, findings: list[Finding], name: str) -> tuple[float | None, bool]:
    said = text(cell)
    if (row.number, column.index) in table.errors:
        findings.append(
            Finding(
                "error",
                "error_cell",
                name,
                row.number,
                column.title,
                table.sheet,
                {"value": table.errors[(row.number, column.index)]},
            )
        )
        return None, False
    if not said:
        return None, False
    if said in table.sentinels:
        return table.sentinels[said], False
    parsed = printed_number(cell)
    if parsed is None:
        findings.append(
            Finding("error", "bad_number", name, row.number, column.title, table.sheet, {"value": said[:60]})
        )
        return None, False
    return parsed


def _row_year(row: Row, table: Table, findings: list[Finding], name: str) -> str:
    column = table.role("year")
    if column is None or column.index >= len(row.cells) or not text(row.cells[column.index]):
        return ""
    year = year_of(row.cells[column.index])
    if year is None:
        findings.append(
            Finding(
                "error",
                "bad_year",
                name,
                row.number,
                column.title,
                table.sheet,
                {"value": text(row.cells[column.index])[:20]},
            )
        )
        return ""
    return year


# --- Checks --------------------------------------------------------------------------------------------------


def _number(row: Row, column, table: Table) -> float | None:
    cell = row.cells[column.index] if column.index < len(row.cells) else ""
    said = text(cell)
    if said in table.sentinels:
        return table.sentinels[said]
    parsed = printed_number(cell)
    return parsed[0] if parsed else None


def _check_totals(reading: SheetReading, name: str) -> None:
    """A totals row must equal the sum of the rows it totals (a parent's sub-rows counted once, via the parent); a
    parent with a value must equal the sum of its sub-rows. A mismatch shows both numbers; a match is said too."""
    table = reading.table
    if reading.rows.kind == "measure":
        parents = {r.parent for r in table.rows if r.kind == "child"}
        for column in (c for c in table.values if reading.columns[c.index].unit != "percent"):
            for parent in (r for r in table.rows if r.number in parents):
                _compare_parts(
                    reading,
                    name,
                    parent,
                    [r for r in table.rows if r.parent == parent.number],
                    column,
                    "parent_mismatch",
                    "parent_matches",
                )
        return
    for column in (c for c in table.values if reading.columns[c.index].unit != "percent"):
        children: dict[int, list[Row]] = {}
        for row in table.rows:
            if row.kind == "child":
                children.setdefault(row.parent, []).append(row)
        top: list[Row] = []
        for row in table.rows:
            if row.kind == "total":
                parts = [_counted(r, children, column, table) for r in top]
                stated = _number(row, column, table)
                parts = [p for p in parts if p is not None]
                if stated is not None and parts:
                    code = "total_matches" if abs(stated - sum(parts)) <= 0.5 else "total_mismatch"
                    level = "note" if code == "total_matches" else "warning"
                    reading.findings.append(
                        Finding(
                            level,
                            code,
                            name,
                            row.number,
                            column.title,
                            table.sheet,
                            {"stated": _plain(stated), "summed": _plain(sum(parts))},
                        )
                    )
                top = []
            elif row.kind in ("data", "group", "other"):
                top.append(row)
                if children.get(row.number):
                    _compare_parts(reading, name, row, children[row.number], column, "parent_mismatch", None)


def _compare_parts(reading, name, parent: Row, parts: list[Row], column, mismatch: str, match: str | None) -> None:
    table = reading.table
    own = _number(parent, column, table)
    values = [v for v in (_number(r, column, table) for r in parts) if v is not None]
    if own is None or not values:
        return
    if abs(own - sum(values)) > 0.5:
        reading.findings.append(
            Finding(
                "warning",
                mismatch,
                name,
                parent.number,
                column.title,
                table.sheet,
                {"stated": _plain(own), "summed": _plain(sum(values))},
            )
        )
    elif match:
        reading.findings.append(
            Finding(
                "note",
                match,
                name,
                parent.number,
                column.title,
                table.sheet,
                {"stated": _plain(own), "summed": _plain(sum(values))},
            )
        )


def _check_row_totals(reading: SheetReading, name: str) -> None:
    """A total column must equal the sum of its sibling columns on every row (Temuan + Laporan = Jumlah)."""
    table = reading.table
    for column in table.values:
        read = reading.columns[column.index]
        if not read.total:
            continue
        parts = [c for c in table.values if c.index in read.parts]
        wrong = []
        for row in table.rows:
            stated = _number(row, column, table)
            values = [_number(row, c, table) for c in parts]
            if stated is not None and all(v is not None for v in values) and abs(stated - sum(values)) > 0.5:
                wrong.append((row, stated, sum(values)))
        for row, stated, summed in wrong[:10]:
            reading.findings.append(
                Finding(
                    "warning",
                    "row_total_mismatch",
                    name,
                    row.number,
                    column.title,
                    table.sheet,
                    {"stated": _plain(stated), "summed": _plain(summed)},
                )
            )
        if not wrong:
            reading.findings.append(
                Finding(
                    "note",
                    "row_totals_match",
                    name,
                    None,
                    column.title,
                    table.sheet,
                    {"parts": ", ".join(c.title for c in parts)},
                )
            )


def _counted(row: Row, children: dict, column, table: Table) -> float | None:
    """A parent's own value where it has one; else the sum of its sub-rows (never both)."""
    own = _number(row, column, table)
    if own is not None:
        return own
    values = [v for v in (_number(c, column, table) for c in children.get(row.number, [])) if v is not None]
    return sum(values) if values else None


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


# --- Into figures --------------------------------------------------------------------------------------------


def _combine(readings: list[SheetReading], mapping: Mapping, name: str, findings: list[Finding]) -> pd.DataFrame:
    """Every sheet's figures, numbered, with the invariant that no key holds two different values."""
    frames = [r.figures for r in readings if len(r.figures)]
    if not frames:
        return empty_figures()
    figures = pd.concat(
        [f.astype({c: object for c in f.columns if str(f[c].dtype) == "category"}) for f in frames], ignore_index=True
    )
    if not all(r.kind == "tidy" for r in readings):  # Netra's own rows keep their ids and sources
        figures["figure_id"] = [f"{mapping.source_id}-{i + 1:05d}" for i in range(len(figures))]
        figures["source_id"] = mapping.source_id
    sheet = figures.pop("sheet") if "sheet" in figures else None
    typed = typed_figures(figures[FIGURE_COLUMNS + ["as_of_precision"]])
    if sheet is not None:
        typed["sheet"] = sheet.to_numpy()
    findings += key_conflicts([record for r in readings for record in r.records], name)
    return typed


def key_conflicts(records: list[dict], name: str) -> list[Finding]:
    """Two different values under one key mean a meaning was lost (a category, a measure, a unit): an error naming
    both cells. A table's cells are checked; case lists are counted into distinct keys by construction."""
    seen: dict[tuple, dict] = {}
    found = []
    for record in records:
        key = tuple(str(record.get(k, "")) for k in KEY if k != "source_id")
        first = seen.setdefault(key, record)
        if first is not record and first["value"] != record["value"] and len(found) < 10:
            (sheet_1, row_1, column_1), (sheet_2, row_2, column_2) = first["cell"], record["cell"]
            found.append(
                Finding(
                    "error",
                    "same_key_two_values",
                    name,
                    params={
                        "key": " · ".join(
                            str(record[c]) for c in ("region_code", "measure", "unit", "dimension", "category")
                        ),
                        "sheet_1": sheet_1,
                        "row_1": row_1,
                        "column_1": column_1,
                        "value_1": _plain(first["value"]),
                        "sheet_2": sheet_2,
                        "row_2": row_2,
                        "column_2": column_2,
                        "value_2": _plain(record["value"]),
                    },
                )
            )
    return found


def _to_figures(records: list[dict], mapping: Mapping, dataset: Dataset) -> pd.DataFrame:
    frame = pd.DataFrame(records)
    frame["as_of"] = frame["as_of"].astype(str)
    frame = frame.assign(
        figure_id="",
        source_id=mapping.source_id,
        status=mapping.status,
        region_level=[level_of(c) for c in frame["region_code"]],
        region_name=[dataset.gazetteer.get(c).name for c in frame["region_code"]],
        reliability="B",
        approximate="no",
        disputed="no",
        note_en="",
        as_of_precision=frame["as_of"].map(precision_of),
        as_of_date=pd.to_datetime([_full_date(t) for t in frame["as_of"]], errors="coerce"),
    )
    frame["as_of"] = frame.pop("as_of_date")
    return frame[FIGURE_COLUMNS + ["as_of_precision"]]


def _full_date(text: str) -> str | None:
    if not text:
        return None
    return text if len(text) == 10 else (f"{text}-01" if len(text) == 7 else f"{text}-01-01")


def tidy_csv(figures: pd.DataFrame, raw: bool = False) -> bytes:
    """Figures as Netra's tidy CSV (the layout `parse` reads back), with the sheet each came from where there are
    several; formula-safe unless `raw`."""
    from lib.export import as_of_text, neutralise, whole_numbers

    table = flags_as_text(figures[FIGURE_COLUMNS]).astype({c: object for c in FIGURE_COLUMNS if c != "value"})
    table["as_of"] = as_of_text(figures)
    table["value"] = whole_numbers(figures["value"])
    if "sheet" in figures and figures["sheet"].nunique() > 1:
        table["sheet"] = figures["sheet"].to_numpy()
    buffer = io.StringIO()
    (table if raw else neutralise(table)).to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8")
