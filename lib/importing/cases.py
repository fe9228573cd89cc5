"""Case lists (one row per reported ASN or per case) aggregated into tidy figures.

Personal data columns (names, NIP, phone, e-mail, address; UU 27/2022) are recognised by their headers and
never read. The other columns are found by their headers, region names are resolved once per distinct
spelling (never per row), and counting runs on categoricals, so a million rows take seconds.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from lib.model.dataset import Dataset
from lib.model.findings import Finding
from lib.model.gazetteer import NATIONAL_CODE, Gazetteer, level_of
from lib.model.names import fold
from lib.model.schema import empty_figures, typed_figures
from lib.model.vocabulary import Vocabulary

# Header words that mark personal data: such a column is dropped before anything else is read.
PERSONAL = re.compile(
    r"\b(nama|name|nip|nik|nrp|telepon|telp|phone|hp|wa|whatsapp|e ?mail|surel|alamat|address|"
    r"tanggal lahir|tgl lahir|tempat lahir|ttl|birth)\b"
)
# What each column means, by the words its header uses (first match wins, in this order).
ROLES = {
    "region": (
        "kabupaten kota",
        "kab kota",
        "kabupaten",
        "kota",
        "wilayah",
        "daerah",
        "provinsi",
        "region",
        "regency",
        "province",
    ),
    "violation_type": ("jenis pelanggaran", "bentuk pelanggaran", "pelanggaran", "violation"),
    "position_level": ("jabatan", "position", "eselon"),
    "agency": ("instansi", "agency", "opd", "satuan kerja"),
    "stage": ("tahapan", "tahap", "stage"),
    "sanction": ("sanksi", "sanction", "hukuman"),
    "date": ("tanggal", "tgl", "date", "waktu"),
}
DIMENSIONS = ("violation_type", "position_level", "agency", "stage", "sanction")


@dataclass
class CaseImport:
    figures: pd.DataFrame
    rows: int
    roles: dict[str, str]
    dropped: list[str]
    findings: list[Finding] = field(default_factory=list)


def personal_columns(columns) -> list[str]:
    return [c for c in columns if PERSONAL.search(fold(c))]


def detect_roles(columns) -> dict[str, str]:
    """Which column holds what: {'region': 'Kabupaten/Kota', 'violation_type': 'Jenis Pelanggaran', ...}."""
    roles: dict[str, str] = {}
    for role, words in ROLES.items():
        found = next(
            (c for w in words for c in columns if c not in roles.values() and re.search(rf"\b{w}\b", fold(c))), None
        )
        if found is not None:
            roles[role] = found
    return roles


def read_cases(data: bytes, name: str) -> tuple[pd.DataFrame | None, list[str], list[Finding]]:
    """The non-personal columns of a case list as categoricals; personal columns are never parsed."""
    if data[:4] == b"PK\x03\x04":
        import python_calamine  # fast XLSX reading, only when an XLSX arrives

        try:
            sheet = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
            rows = sheet.to_python(skip_empty_area=True)
        except Exception as exc:  # calamine raises its own types for every kind of broken workbook
            return None, [], [Finding("error", "not_spreadsheet", name, params={"detail": str(exc)[:120]})]
        if not rows:
            return None, [], [Finding("error", "empty_file", name)]
        header = [str(h).strip() for h in rows[0]]
        keep = [i for i, h in enumerate(header) if h not in personal_columns(header)]
        frame = pd.DataFrame({header[i]: pd.Categorical([r[i] if i < len(r) else "" for r in rows[1:]]) for i in keep})
        return frame, personal_columns(header), []
    text_head = data[:65536].decode("utf-8-sig", errors="replace")
    first_line = text_head.splitlines()[0] if text_head.strip() else ""
    if not first_line:
        return None, [], [Finding("error", "empty_file", name)]
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    header = [h.strip().strip('"') for h in first_line.split(separator)]
    dropped = personal_columns(header)
    try:
        frame = pd.read_csv(
            io.BytesIO(data),
            sep=separator,
            dtype="category",
            encoding="utf-8-sig",
            engine="pyarrow",
            usecols=[h for h in header if h not in dropped],
        )
    except Exception as exc:  # pyarrow's CSV errors have no common base worth naming
        return (
            None,
            dropped,
            [Finding("error", "unreadable_file", name, params={"detail": str(exc).splitlines()[0][:120]})],
        )
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, dropped, []


def resolve_regions(values: pd.Series, gazetteer: Gazetteer, name: str, column: str) -> tuple[pd.Series, list[Finding]]:
    """Region codes for a categorical of names: each distinct spelling resolved once; the unresolved named."""
    categories = values.cat.categories
    codes, findings = {}, []
    first_row = {}
    if len(categories):
        positions = pd.Series(range(len(values)), index=values.cat.codes.to_numpy()).groupby(level=0).first()
        first_row = {categories[i]: int(p) + 2 for i, p in positions.items() if i >= 0}  # +2: header and 1-based
    for spelling in categories:
        match = gazetteer.resolve(str(spelling))
        if match.status == "found":
            codes[spelling] = match.region.code
            continue
        options = match.candidates if match.status == "ambiguous" else match.suggestions
        findings.append(
            Finding(
                "warning",
                f"region_{match.status}",
                name,
                first_row.get(spelling),
                column,
                params={"value": str(spelling), "options": ", ".join(f"{r.name} ({r.code})" for r in options) or "-"},
            )
        )
    return _recode(values, codes), findings


def _recode(values: pd.Series, mapping: dict) -> pd.Series:
    """A categorical with each category replaced through mapping (several may merge; unmapped and missing -> '')."""
    targets = sorted(set(mapping.values()) | {""})
    position = {t: i for i, t in enumerate(targets)}
    lookup = np.array([position[mapping.get(c, "")] for c in values.cat.categories] + [position[""]])
    # Missing values have code -1, which picks the last entry of lookup: ''.
    return pd.Series(pd.Categorical.from_codes(lookup[values.cat.codes.to_numpy()], targets), index=values.index)


def aggregate_cases(
    frame: pd.DataFrame,
    roles: dict[str, str],
    dataset: Dataset,
    *,
    name: str,
    source_id: str,
    publisher: str,
    election: str,
    as_of: str,
    unit: str = "asn",
) -> tuple[pd.DataFrame, list[Finding]]:
    """Counts of rows nationally, per province and per kabupaten/kota, in total and per category of each
    dimension found. Rows whose region is not resolved count nationally only, and each spelling is reported."""
    gazetteer, vocabulary = dataset.gazetteer, dataset.vocabulary
    findings: list[Finding] = []
    if "region" in roles:
        regency, findings = resolve_regions(frame[roles["region"]].astype("category"), gazetteer, name, roles["region"])
    else:
        regency = pd.Series(pd.Categorical([""] * len(frame)), index=frame.index)
    found = regency.cat.categories
    canonical = {}
    for dimension in (d for d in DIMENSIONS if d in roles):
        canonical[dimension], unknown = _categories(frame[roles[dimension]].astype("category"), dimension, vocabulary)
        if unknown:
            findings.append(
                Finding(
                    "warning",
                    "category_unknown",
                    name,
                    None,
                    roles[dimension],
                    params={
                        "values": ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else ""),
                        "count": len(unknown),
                    },
                )
            )
    parts = []
    places = {
        NATIONAL_CODE: pd.Series(pd.Categorical([NATIONAL_CODE] * len(frame)), index=frame.index),
        "province": _recode(regency, {c: c[:2] for c in found}),
        "regency": _recode(regency, {c: c for c in found if len(c) == 5}),
    }
    for where in places.values():
        keys = {"region_code": where}
        parts.append(_count(keys, "none", None))
        for dimension in DIMENSIONS:
            if dimension in roles:
                parts.append(_count(keys, dimension, canonical[dimension]))
    counts = pd.concat(parts, ignore_index=True)
    counts = counts[counts["region_code"] != ""]
    figures = counts.assign(
        figure_id=[f"{source_id}-{i + 1:05d}" for i in range(len(counts))],
        source_id=source_id,
        publisher=publisher,
        election=election,
        as_of=as_of,
        status="final",
        region_level=counts["region_code"].map(level_of),
        region_name=counts["region_code"].map(lambda c: gazetteer.get(c).name),
        scope="",
        measure="reported",
        unit=unit,
        note="",
        reliability="B",
        disputed="no",
        as_of_precision="day",
    )
    return typed_figures(figures), findings


def _categories(values: pd.Series, dimension: str, vocabulary: Vocabulary) -> tuple[pd.Series, list[str]]:
    """Typed categories as vocabulary keys ('Jabatan fungsional' -> 'fungsional'); the unknown listed, kept as typed."""
    keys, unknown = {}, []
    for text in values.cat.categories:
        key = vocabulary.key_for(dimension, str(text))
        keys[text] = key if key else str(text).strip()
        if key is None and str(text).strip():
            unknown.append(str(text).strip())
    return _recode(values, keys), unknown


def _count(keys: dict[str, pd.Series], dimension: str, categories: pd.Series | None) -> pd.DataFrame:
    """Rows per key (and per category), as figures' dimension, category and value columns."""
    columns = dict(keys)
    if categories is not None:
        columns["category"] = categories.astype("category")
    frame = pd.DataFrame(columns)
    counted = frame.groupby(list(columns), observed=True).size().reset_index(name="value")
    counted["region_code"] = counted["region_code"].astype(str)
    counted["dimension"] = dimension
    if categories is None:
        counted["category"] = "total"
    counted["category"] = counted["category"].astype(str)
    return counted[counted["value"] > 0]


def import_cases(data: bytes, name: str, dataset: Dataset, **meta) -> CaseImport:
    """Read, detect, aggregate: the whole case-list import, with findings instead of exceptions."""
    frame, dropped, findings = read_cases(data, name)
    if frame is None:
        return CaseImport(empty_figures(), 0, {}, dropped, findings)
    roles = detect_roles(frame.columns)
    figures, found = aggregate_cases(frame, roles, dataset, name=name, **meta)
    return CaseImport(figures, len(frame), roles, dropped, findings + found)
