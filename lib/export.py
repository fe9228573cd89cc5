"""Extracts for download: the filtered figures with their sources, as CSV or XLSX.

Every row carries its source's title and URL, every file says which filter produced it, and no
cell can run as a spreadsheet formula (OWASP CSV injection guidance): text starting with = + - @,
a tab or a carriage return is prefixed with an apostrophe, while numbers stay numbers.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone

import pandas as pd

from lib.model.schema import FIGURE_COLUMNS
from lib.model.vocabulary import Vocabulary

SOURCE_FIELDS = {"title": "source_title", "outlet": "source_outlet", "published": "source_published", "url": "source_url"}
LABELLED = {"measure": "measure", "unit": "unit", "dimension": "dimension"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEETS = {
    "id": {"data": "Data", "sources": "Sumber", "about": "Tentang"},
    "en": {"data": "Data", "sources": "Sources", "about": "About"},
}
_ABOUT = {
    "id": [
        ("Judul", "Netra: statistik pelanggaran netralitas ASN"),
        ("Filter", "{filter}"),
        ("Jumlah baris", "{rows}"),
        ("Dibuat", "{created}"),
        ("Kutipan", "{citation}"),
        ("Catatan", "Satu baris adalah satu angka yang dipublikasikan. ASN (orang) dan kasus tidak boleh dijumlahkan; "
                    "angka berjalan (running) berlaku pada tanggalnya dan tidak boleh dijumlahkan antar tanggal."),
    ],
    "en": [
        ("Title", "Netra: statistics on civil-servant neutrality violations"),
        ("Filter", "{filter}"),
        ("Rows", "{rows}"),
        ("Created", "{created}"),
        ("Citation", "{citation}"),
        ("Note", "One row is one published number. Civil servants (persons) and cases must not be added together; "
                 "running figures hold at their date and must not be summed across dates."),
    ],
}


def as_of_text(figures: pd.DataFrame) -> pd.Series:
    """as_of written as precisely as the source gave it: 2020-12-21, 2022-08, 2022 or empty."""
    width = figures["as_of_precision"].astype(str).map({"day": 10, "month": 7, "year": 4}).fillna(0).astype(int)
    full = figures["as_of"].dt.strftime("%Y-%m-%d").fillna("")
    return pd.Series([text[:n] for text, n in zip(full, width)], index=figures.index, dtype=object)


def whole_numbers(values: pd.Series) -> pd.Series:
    """Whole numbers stay whole (1305, not 1305.0) in CSV and are numbers in XLSX: object dtype keeps
    ints and floats apart, where a float column would turn every 1305 into 1305.0."""
    return pd.Series([int(v) if float(v).is_integer() else float(v) for v in values], index=values.index, dtype=object)


def build_extract(figures: pd.DataFrame, sources: pd.DataFrame, vocabulary: Vocabulary, lang: str = "id") -> pd.DataFrame:
    """The tidy columns, a label for each key in the chosen language, and the source on every row."""
    table = figures[FIGURE_COLUMNS].copy()
    for column in FIGURE_COLUMNS:
        if column != "value":
            table[column] = table[column].astype(object)
    table["as_of"] = as_of_text(figures)
    table["value"] = whole_numbers(figures["value"])
    table["disputed"] = figures["disputed"].map({True: "yes", False: "no"})
    for column, group in LABELLED.items():
        table[f"{column}_label"] = [vocabulary.label(group, key, lang) for key in figures[column].astype(str)]
    table["category_label"] = [
        vocabulary.label(dim, cat, lang) for dim, cat in zip(figures["dimension"].astype(str), figures["category"].astype(str))
    ]
    source_info = sources.set_index("source_id")[list(SOURCE_FIELDS)].rename(columns=SOURCE_FIELDS)
    table = table.join(source_info, on="source_id")
    return table.reset_index(drop=True)


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """Make every text cell inert in a spreadsheet; numeric columns are left as numbers."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_numeric_dtype(safe[column]):
            continue
        # object dtype, so a column of whole and decimal numbers is not re-read as floats (1305 -> 1305.0)
        safe[column] = pd.Series(["'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v
                                  for v in safe[column].astype(object)], index=safe.index, dtype=object)
    return safe


def citation(filter_text: str, lang: str = "id", today: datetime | None = None) -> str:
    """A ready citation line for an extract."""
    when = (today or datetime.now(timezone.utc)).strftime("%Y-%m-%d")
    if lang == "en":
        return f"Netra, ASN neutrality violation statistics ({filter_text}), extracted {when}; original sources listed per row."
    return f"Netra, statistik pelanggaran netralitas ASN ({filter_text}), diunduh {when}; sumber asli tercantum di tiap baris."


def to_csv_bytes(extract: pd.DataFrame, filter_text: str) -> bytes:
    """UTF-8 CSV with a byte-order mark so Excel reads Indonesian text right; the filter on every row."""
    table = neutralise(extract.assign(extract_filter=filter_text))
    return table.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(extract: pd.DataFrame, sources: pd.DataFrame, filter_text: str, lang: str = "id") -> bytes:
    """An XLSX workbook: the data, the sources it cites, and an about sheet with filter and citation."""
    sheets = _SHEETS["en" if lang == "en" else "id"]
    cited = sources[sources["source_id"].isin(set(extract["source_id"]))]
    about = pd.DataFrame(
        [(k, v.format(filter=filter_text, rows=len(extract), created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                      citation=citation(filter_text, lang)))
         for k, v in _ABOUT["en" if lang == "en" else "id"]],
        columns=["field", "value"],
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise(extract).to_excel(writer, sheet_name=sheets["data"], index=False)
        neutralise(cited).to_excel(writer, sheet_name=sheets["sources"], index=False)
        neutralise(about).to_excel(writer, sheet_name=sheets["about"], index=False)
        for sheet in writer.sheets.values():
            sheet.freeze_panes = "A2"
    return buffer.getvalue()
