"""Case lists (one row per reported ASN or per case) aggregated into tidy figures.

A case list is a table whose columns name regions and breakdowns (Kabupaten/Kota, Jabatan, Jenis Pelanggaran,
Instansi…) and hold no tallies. Personal columns (names, NIP, phone, e-mail, address; UU 27/2022) are recognised by
their headers wherever the header row is and blanked before anything reads them (lib.importing.table). Region names
are resolved once per distinct spelling (never per row), narrowed by a Provinsi column where there is one, and
counting runs on categoricals, so a million rows take seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.importing.grid import Sheet
from lib.importing.meaning import category_dimensions
from lib.importing.table import Table, text
from lib.model.dataset import Dataset
from lib.model.findings import Finding
from lib.model.gazetteer import NATIONAL_CODE, Gazetteer, level_of
from lib.model.lexicon import Lexicon
from lib.model.schema import typed_figures

REGION_ROLES = ("region", "province")


@dataclass(frozen=True)
class Roles:
    """Which column holds what in a case list: the finest region, the province beside it, the breakdowns."""

    region: int | None
    province: int | None
    dimensions: dict[str, int]  # dimension -> column index

    def __bool__(self) -> bool:
        return bool(self.dimensions) or self.region is not None


def roles_of(table: Table, lexicon: Lexicon) -> Roles:
    dimensions = {}
    allowed = category_dimensions(lexicon)
    for column in table.columns:
        if column.role != "label":
            continue
        named = lexicon.read("dimension", " ".join(column.header)).key
        if named in allowed and named not in dimensions:
            dimensions[named] = column.index
    region, province = table.role("region"), table.role("province")
    return Roles(region.index if region else None, province.index if province else None, dimensions)


def is_case_list(table: Table, lexicon: Lexicon) -> bool:
    """Breakdown and region columns, and no column of tallies."""
    if table.values:
        return False
    roles = roles_of(table, lexicon)
    return len(roles.dimensions) + (roles.region is not None) >= 2


def _column(table: Table, index: int | None) -> pd.Series:
    values = [text(r.cells[index]) if index is not None and index < len(r.cells) else "" for r in _cases(table)]
    return pd.Series(pd.Categorical(values))


def _cases(table: Table):
    return [r for r in table.rows if r.kind != "total"]


def aggregate(
    table: Table,
    sheet: Sheet,
    dataset: Dataset,
    *,
    name: str,
    source_id: str,
    publisher: str,
    election: str,
    as_of: str,
    unit: str,
) -> tuple[pd.DataFrame, list[Finding], int]:
    """Counts of rows nationally, per province and per kabupaten/kota, in total and per category of each
    dimension found; the number of cases read. Rows whose region is not resolved count nationally only, and each
    spelling is reported with the row it first appears on."""
    roles = roles_of(table, dataset.lexicon)
    rows = _cases(table)
    regency, findings = resolve(
        _column(table, roles.region), _column(table, roles.province), rows, dataset.gazetteer, name, table, roles
    )
    frame = {d: _column(table, i) for d, i in roles.dimensions.items()}
    canonical = {}
    for dimension, values in frame.items():
        canonical[dimension], unknown = _categories(values, dimension, dataset.lexicon)
        if unknown:
            column = next(c for c in table.columns if c.index == roles.dimensions[dimension])
            findings.append(
                Finding(
                    "warning",
                    "category_unknown",
                    name,
                    None,
                    column.title,
                    table.sheet,
                    {"values": ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else ""), "count": len(unknown)},
                )
            )
    found = regency.cat.categories
    places = (
        pd.Series(pd.Categorical([NATIONAL_CODE] * len(rows))),
        _recode(regency, {c: c[:2] for c in found if c}),
        _recode(regency, {c: c for c in found if len(c) == 5}),
    )
    parts = []
    for where in places:
        parts.append(_count(where, "none", None))
        for dimension, categories in canonical.items():
            parts.append(_count(where, dimension, categories))
    counts = pd.concat(parts, ignore_index=True)
    counts = counts[counts["region_code"] != ""].reset_index(drop=True)
    figures = counts.assign(
        figure_id="",
        source_id=source_id,
        publisher=publisher,
        election=election,
        as_of=as_of,
        status="final",
        region_level=counts["region_code"].map(level_of),
        region_name=counts["region_code"].map(lambda c: dataset.gazetteer.get(c).name),
        scope="",
        measure="reported",
        unit=unit,
        note="",
        note_en="",
        reliability="B",
        approximate="no",
        disputed="no",
        as_of_precision="day",
    )
    return typed_figures(figures), findings, len(rows)


def resolve(
    regencies: pd.Series, provinces: pd.Series, rows, gazetteer: Gazetteer, name: str, table: Table, roles: Roles
) -> tuple[pd.Series, list[Finding]]:
    """A region code per case: its kabupaten/kota, narrowed by its province; its province where the kabupaten/kota
    is empty (a provincial civil servant). Each distinct pair of spellings is resolved once."""
    pairs = pd.Series(pd.Categorical(list(zip(regencies.astype(str), provinces.astype(str)))))
    codes, findings, seen = {}, [], set()
    first_row = {}
    for position, pair in enumerate(pairs):
        first_row.setdefault(pair, rows[position].number)
    for regency, province in pairs.cat.categories:
        within = gazetteer.resolve(province, level="province").region if province else None
        if regency:
            match = gazetteer.resolve(regency, province=within.code if within else None)
            column = roles.region
        elif province:
            match = gazetteer.resolve(province, level="province")
            column = roles.province
        else:
            continue
        if match.status == "found":
            codes[(regency, province)] = match.region.code
            continue
        spelling = regency or province
        if spelling in seen:
            continue
        seen.add(spelling)
        options = match.candidates if match.status == "ambiguous" else match.suggestions
        title = next(c.title for c in table.columns if c.index == column)
        findings.append(
            Finding(
                "warning",
                f"region_{match.status}",
                name,
                first_row[(regency, province)],
                title,
                table.sheet,
                {"value": spelling, "options": ", ".join(f"{r.name} ({r.code})" for r in options) or "-"},
            )
        )
    return _recode(pairs, codes), findings


def _recode(values: pd.Series, mapping: dict) -> pd.Series:
    """A categorical with each category replaced through mapping (several may merge; unmapped and missing -> '')."""
    targets = sorted(set(mapping.values()) | {""})
    position = {t: i for i, t in enumerate(targets)}
    lookup = np.array([position[mapping.get(c, "")] for c in values.cat.categories] + [position[""]])
    # Missing values have code -1, which picks the last entry of lookup: ''.
    return pd.Series(pd.Categorical.from_codes(lookup[values.cat.codes.to_numpy()], targets), index=values.index)


def _categories(values: pd.Series, dimension: str, lexicon: Lexicon) -> tuple[pd.Series, list[str]]:
    """Typed categories as vocabulary keys ('JF Guru Ahli Pertama' -> 'fungsional'); the unknown kept as typed."""
    keys, unknown = {}, []
    for typed in values.cat.categories:
        written = str(typed).strip()
        key = lexicon.key(dimension, written)
        keys[typed] = key or written
        if key is None and written:
            unknown.append(written)
    return _recode(values, keys), unknown


def _count(where: pd.Series, dimension: str, categories: pd.Series | None) -> pd.DataFrame:
    """Cases per region (and per category), as figures' dimension, category and value columns."""
    columns = {"region_code": where}
    if categories is not None:
        columns["category"] = categories
    frame = pd.DataFrame(columns)
    counted = frame.groupby(list(columns), observed=True).size().reset_index(name="value")
    counted["region_code"] = counted["region_code"].astype(str)
    counted["dimension"] = dimension
    if categories is None:
        counted["category"] = "total"
    counted["category"] = counted["category"].astype(str)
    return counted[(counted["value"] > 0) & (counted["category"] != "")]
