"""The import engine: a file's bytes and what the user said about it in, tidy figures and findings out.

It recognises three kinds of file: Netra's own tidy layout (its exports), case lists (one row per ASN or
case, aggregated by lib.importing.cases) and printed tables (lib.importing.layout). Whatever detection guessed is in
`Analysis.mapping`, so a person (the Impor page) or a script (`python -m lib.cli parse`) can correct it
and analyse again. Nothing here raises on bad input, and nothing here writes anywhere (see lib.importing.store).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace

import pandas as pd

from lib.importing import cases, layout
from lib.importing.grid import Sheet, read_sheets
from lib.model.dataset import Dataset
from lib.model.dates import precision_of
from lib.model.findings import Finding
from lib.model.gazetteer import NATIONAL_CODE, Gazetteer, level_of
from lib.model.names import fold
from lib.model.numbers import printed_number as parse_number
from lib.model.schema import FIGURE_COLUMNS, OPTIONAL_COLUMNS, empty_figures, typed_figures
from lib.model.vocabulary import Vocabulary

TIDY = [c for c in FIGURE_COLUMNS if c not in OPTIONAL_COLUMNS]
# Dimensions a table's row labels or column headings may be categories of, tried in this order.
LABEL_DIMENSIONS = (
    "violation_type",
    "position_level",
    "agency",
    "stage",
    "sanction",
    "violation_kind",
    "cause",
    "influencer",
)


@dataclass(frozen=True)
class Mapping:
    """What the file means. Empty fields are detected; anything set here wins over detection."""

    sheet: str = ""
    header_rows: tuple[int, int] | None = None
    roles: dict[int, str] = field(default_factory=dict)  # column index -> role (see lib.layout.ROLES)
    dimension: str = ""  # what row labels (or value-column headings) are categories of; 'none' for totals
    measure: str = "reported"
    unit: str = "asn"  # the unit of count columns; percentage columns are always 'percent'
    region: str = NATIONAL_CODE  # the region a table without a region column is about
    regions: dict[str, str] = field(default_factory=dict)  # a region spelling -> the code the user chose
    # The source, required before anything is stored.
    source_id: str = "import"
    publisher: str = ""
    election: str = ""
    as_of: str = ""
    status: str = "running"


@dataclass
class Analysis:
    kind: str  # tidy | cases | table | none
    mapping: Mapping
    figures: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    table: layout.Layout | None = None
    regions: list[dict] = field(default_factory=list)  # spelling, row, status, code, name, options
    dropped: list[str] = field(default_factory=list)  # personal-data columns never read
    rows: int = 0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]


def analyse(data: bytes, name: str, mapping: Mapping | None, dataset: Dataset) -> Analysis:
    """What a file holds and the figures it would add, read with the dataset's vocabulary and gazetteer (a tidy file
    may cite the dataset's sources)."""
    mapping = mapping or Mapping()
    vocabulary, gazetteer = dataset.vocabulary, dataset.gazetteer
    if _is_case_list(_csv_header(data)):  # a CSV case list is read in bulk, never cell by cell
        return _case_list(data, name, mapping, dataset)
    sheets, findings = read_sheets(data, name)
    if not sheets:  # a workbook can open and still list no sheet (found by the fuzz test): say so
        return Analysis("none", mapping, empty_figures(), findings or [Finding("error", "no_numbers", name)])
    names = [s.name for s in sheets]
    if mapping.sheet and mapping.sheet not in names:
        return Analysis(
            "none",
            mapping,
            empty_figures(),
            findings
            + [Finding("error", "no_sheet", name, params={"value": mapping.sheet, "expected": ", ".join(names)})],
            names,
        )
    sheet = next(s for s in sheets if s.name == mapping.sheet) if mapping.sheet else _fullest(sheets)
    first_row = next((r for r in sheet.rows if any(str(c).strip() for c in r)), [])
    if sheet is sheets[0] and _is_case_list(first_row):
        return _case_list(data, name, mapping, dataset)
    if _tidy_header(sheet) is not None:
        from lib.importing.tidy import parse_bytes

        parsed = parse_bytes(data, name, dataset, sheet=sheet.name if len(names) > 1 else None)
        return Analysis(
            "tidy",
            replace(mapping, sheet=sheet.name),
            parsed.figures,
            findings + parsed.findings,
            names,
            rows=len(parsed.figures),
        )
    found = layout.find_layout(sheet, mapping.header_rows, mapping.roles)
    if found is None or not found.values:
        code = "no_numbers" if layout.count_numbers(sheet) == 0 else "no_table"
        return Analysis(
            "none", mapping, empty_figures(), findings + [Finding("error", code, name, sheet=sheet.name)], names
        )
    mapping = replace(
        mapping,
        sheet=sheet.name,
        header_rows=found.header_rows,
        roles={c.index: c.role for c in found.columns},
        dimension=mapping.dimension or _guess_dimension(found, vocabulary),
    )
    result = Analysis("table", mapping, empty_figures(), findings, names, found)
    _table_figures(result, name, vocabulary, gazetteer)
    return result


# --- Which kind of file ---------------------------------------------------------------------------


def _csv_header(data: bytes) -> list[str]:
    if data[:4] == b"PK\x03\x04" or data[:8] == bytes.fromhex("d0cf11e0a1b11ae1"):
        return []
    first = data[:4096].decode("utf-8-sig", errors="replace").splitlines()[:1]
    return [h.strip().strip('"') for h in re.split(r"[;,\t]", first[0])] if first else []


def _is_case_list(header: list[str]) -> bool:
    """A header naming case-list columns (date, region, violation...) and no tally columns (jumlah, %)."""
    header = [str(h).strip() for h in header]
    roles = cases.detect_roles(header)
    tally = any(re.search(r"\b(jumlah|total|persen|count)\b", fold(h)) or h == "%" for h in header)
    return len(roles) >= 2 and not tally and not set(TIDY) <= {h.lower() for h in header}


def _case_list(data: bytes, name: str, mapping: Mapping, dataset: Dataset) -> Analysis:
    meta = dict(
        source_id=mapping.source_id,
        publisher=mapping.publisher or "Bawaslu",
        election=mapping.election or "Pilkada 2020",
        as_of=mapping.as_of or "",
        unit=mapping.unit,
    )
    result = cases.import_cases(data, name, dataset, **meta)
    return Analysis(
        "cases",
        mapping,
        result.figures,
        result.findings + _missing_meta(mapping, name),
        [name],
        None,
        [],
        result.dropped,
        result.rows,
    )


def _fullest(sheets: list[Sheet]) -> Sheet:
    """The sheet with the most numbers: notes and cover sheets have few or none."""
    return max(sheets, key=layout.count_numbers)


def _tidy_header(sheet: Sheet) -> list[str] | None:
    header = [str(c).strip().lower() for c in (sheet.rows[0] if sheet.rows else [])]
    return header if set(TIDY) <= set(header) else None


def _guess_dimension(found: layout.Layout, vocabulary: Vocabulary) -> str:
    """The dimension most row labels (or value headings) belong to; 'none' for a table of totals."""
    labels = [r.label for r in found.rows if r.kind != "total"] if found.role("label") else []
    if not labels and not found.role("region"):
        labels = [c.header for c in found.values]
    best, hits = "", 0
    for dimension in LABEL_DIMENSIONS:
        count = sum(vocabulary.key_for(dimension, label) is not None for label in labels)
        if count > hits:
            best, hits = dimension, count
    if best:
        return best
    return "none" if found.role("region") and not found.role("label") else "violation_type"


def _missing_meta(mapping: Mapping, name: str) -> list[Finding]:
    return [
        Finding("error", "source_required", name, params={"field": f})
        for f in ("publisher", "election")
        if not getattr(mapping, f)
    ]


# --- A printed table into figures -----------------------------------------------------------------


def _table_figures(result: Analysis, name: str, vocabulary: Vocabulary, gazetteer: Gazetteer) -> None:
    table, mapping = result.table, result.mapping
    region_column = table.role("region")
    label_column = table.role("label")
    year_column, unit_column = table.role("year"), table.role("unit")
    codes = _resolve_regions(result, name, gazetteer) if region_column else {}
    wide = (
        mapping.dimension != "none"
        and not label_column
        and len(table.values) > 1
        and not all(c.year for c in table.values)
    )
    records, unknown = [], {}
    for row in table.rows:
        if row.kind == "group":
            continue
        where = _row_region(row, region_column, codes, mapping, result)
        if where is None:
            continue
        for column in table.values:
            parsed = parse_number(row.cells[column.index])
            if parsed is None:
                if layout._text(row.cells[column.index]):
                    result.findings.append(
                        Finding(
                            "error",
                            "bad_number",
                            name,
                            row.number,
                            column.header,
                            table.sheet,
                            {"value": layout._text(row.cells[column.index])},
                        )
                    )
                continue
            value, percent_cell = parsed
            percent = column.percent or percent_cell
            unit = "percent" if percent else _unit(row, unit_column, mapping, vocabulary)
            if percent and not 0 <= value <= 100 or value < 0:
                result.findings.append(
                    Finding(
                        "error",
                        "bad_value",
                        name,
                        row.number,
                        column.header,
                        table.sheet,
                        {"value": value, "expected": "0–100" if percent else "≥ 0"},
                    )
                )
                continue
            dimension, category = _category(row, column, label_column, wide, mapping)
            if dimension != "none":
                key = vocabulary.key_for(dimension, category)
                if key is None:
                    unknown.setdefault(category, row.number)
                category = key or category
            year = layout._text(row.cells[year_column.index]) if year_column else column.year
            records.append(
                {
                    "region_code": where,
                    "dimension": dimension,
                    "category": category,
                    "value": value,
                    "unit": unit,
                    "as_of": year
                    if year and (not mapping.as_of or not mapping.as_of.startswith(year))
                    else mapping.as_of,
                    "note": f"bagian dari: {_parent_label(table, row)}" if row.kind == "child" else "",
                    "row": row.number,
                }
            )
    if unknown:
        result.findings.append(
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
    _check_totals(result, name)
    result.findings += _missing_meta(mapping, name)
    result.rows = len(table.rows)
    result.figures = _to_figures(records, mapping, gazetteer)


def _resolve_regions(result: Analysis, name: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Each distinct spelling resolved once; unresolved and ambiguous ones listed with suggestions."""
    table, mapping = result.table, result.mapping
    column = table.role("region")
    level = _level_of(column.header)
    codes: dict[str, str] = {}
    for row in table.rows:
        if row.kind == "total":
            continue
        spelling = layout._text(row.cells[column.index])
        if not spelling or spelling in codes or any(r["spelling"] == spelling for r in result.regions):
            continue
        if spelling in mapping.regions and mapping.regions[spelling] in gazetteer:
            region = gazetteer.get(mapping.regions[spelling])
            codes[spelling] = region.code
            result.regions.append(
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
        match = gazetteer.resolve(spelling, level=level)
        if match.status == "found":
            region = match.region
            codes[spelling] = region.code
            result.regions.append(
                {
                    "spelling": spelling,
                    "row": row.number,
                    "status": "found",
                    "code": region.code,
                    "name": region.name,
                    "options": [],
                }
            )
            continue
        options = match.candidates if match.status == "ambiguous" else match.suggestions
        result.regions.append(
            {
                "spelling": spelling,
                "row": row.number,
                "status": match.status,
                "code": "",
                "name": "",
                "options": [(r.code, r.name) for r in options],
            }
        )
        result.findings.append(
            Finding(
                "error",
                f"region_{match.status}_table",
                name,
                row.number,
                column.header,
                table.sheet,
                {"value": spelling, "options": ", ".join(f"{r.name} ({r.code})" for r in options) or "-"},
            )
        )
    return codes


def _level_of(header: str) -> str | None:
    folded = fold(header)
    if re.search(r"\b(kab|kabupaten|kota|regency)\b", folded):
        return "regency"
    if re.search(r"\b(provinsi|propinsi|province)\b", folded):
        return "province"
    return None


def _row_region(
    row: layout.Row, column: layout.Column | None, codes: dict, mapping: Mapping, result: Analysis
) -> str | None:
    """The region a row is about; a totals row stands for the whole the table's regions belong to."""
    if column is None:
        return mapping.region
    if row.kind == "total":
        provinces = {c[:2] for c in codes.values()}
        regencies_of_one = len(provinces) == 1 and all(len(c) == 5 for c in codes.values())
        return next(iter(provinces)) if regencies_of_one else NATIONAL_CODE
    return codes.get(layout._text(row.cells[column.index]))


def _unit(row: layout.Row, unit_column: layout.Column | None, mapping: Mapping, vocabulary: Vocabulary) -> str:
    if unit_column is not None:
        key = vocabulary.key_for("unit", layout._text(row.cells[unit_column.index]))
        if key:
            return key
    return mapping.unit


def _category(row: layout.Row, column: layout.Column, label_column, wide: bool, mapping: Mapping) -> tuple[str, str]:
    if row.kind == "total" or mapping.dimension == "none":
        return "none", "total"
    if label_column is not None:
        return mapping.dimension, row.label
    if wide:
        return mapping.dimension, column.header
    return "none", "total"


def _parent_label(table: layout.Layout, row: layout.Row) -> str:
    return next((r.label for r in table.rows if r.number == row.parent), "")


def _check_totals(result: Analysis, name: str) -> None:
    """A totals row must equal the sum of the rows it totals (a parent's sub-rows counted once, via the
    parent); a parent with a value must equal the sum of its sub-rows. A mismatch shows both numbers."""
    table = result.table
    for column in (c for c in table.values if not c.percent):

        def value(row, column=column):
            parsed = parse_number(row.cells[column.index])
            return parsed[0] if parsed else None

        top, children = [], {}
        for row in table.rows:
            if row.kind == "child":
                children.setdefault(row.parent, []).append(row)
        for row in table.rows:
            if row.kind == "total":
                parts = [_counted(r, children, value) for r in top]
                stated = value(row)
                if stated is not None and parts and abs(stated - sum(parts)) > 0.5:
                    result.findings.append(
                        Finding(
                            "warning",
                            "total_mismatch",
                            name,
                            row.number,
                            column.header,
                            table.sheet,
                            {"stated": _plain(stated), "summed": _plain(sum(parts))},
                        )
                    )
                top = []
            elif row.kind in ("data", "group"):
                top.append(row)
                own, subs = value(row), [value(c) for c in children.get(row.number, []) if value(c) is not None]
                if own is not None and subs and abs(own - sum(subs)) > 0.5:
                    result.findings.append(
                        Finding(
                            "warning",
                            "parent_mismatch",
                            name,
                            row.number,
                            column.header,
                            table.sheet,
                            {"stated": _plain(own), "summed": _plain(sum(subs))},
                        )
                    )


def _counted(row, children: dict, value) -> float:
    """A parent's own value where it has one; else the sum of its sub-rows (never both)."""
    own = value(row)
    if own is not None:
        return own
    return sum(v for v in (value(c) for c in children.get(row.number, [])) if v is not None)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _to_figures(records: list[dict], mapping: Mapping, gazetteer: Gazetteer) -> pd.DataFrame:
    if not records:
        return empty_figures()
    frame = pd.DataFrame(records)
    frame["as_of"] = frame["as_of"].astype(str)
    precision = frame["as_of"].map(precision_of)
    frame = frame.assign(
        figure_id=[f"{mapping.source_id}-{i + 1:05d}" for i in range(len(frame))],
        source_id=mapping.source_id,
        publisher=mapping.publisher,
        election=mapping.election,
        status=mapping.status,
        measure=mapping.measure,
        region_level=[level_of(c) for c in frame["region_code"]],
        region_name=[gazetteer.get(c).name for c in frame["region_code"]],
        scope="",
        reliability="B",
        disputed="no",
        as_of_precision=precision,
        as_of=pd.to_datetime([_full_date(t) for t in frame["as_of"]], errors="coerce"),
    )
    return typed_figures(frame[FIGURE_COLUMNS + ["as_of_precision"]])


def _full_date(text: str) -> str | None:
    if not text:
        return None
    return text if len(text) == 10 else (f"{text}-01" if len(text) == 7 else f"{text}-01-01")


def tidy_csv(figures: pd.DataFrame) -> bytes:
    """Figures as Netra's tidy CSV (the layout `parse` reads back)."""
    from lib.export import as_of_text, whole_numbers

    table = figures[FIGURE_COLUMNS].astype({c: object for c in FIGURE_COLUMNS if c != "value"}).copy()
    table["as_of"] = as_of_text(figures)
    table["disputed"] = figures["disputed"].map({True: "yes", False: "no"})
    table["value"] = whole_numbers(figures["value"])
    buffer = io.StringIO()
    table.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8")
