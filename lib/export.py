"""Extracts for download: the filtered figures with their sources, as CSV or XLSX.

Every row carries its source's title and URL, every file says which filter produced it, and no
cell can run as a spreadsheet formula (OWASP CSV injection guidance): text starting with = + - @,
a tab or a carriage return is prefixed with an apostrophe, while numbers stay numbers.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pandas as pd

from lib.model.contradictions import Contradiction
from lib.model.dates import partial_texts
from lib.model.schema import FIGURE_COLUMNS, flags_as_text
from lib.model.vocabulary import Vocabulary
from lib.words import say

SOURCE_FIELDS = {
    "title": "source_title",
    "outlet": "source_outlet",
    "published": "source_published",
    "url": "source_url",
}
LABELLED = {"measure": "measure", "unit": "unit", "dimension": "dimension", "scope": "scope", "status": "status"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_of_text(figures: pd.DataFrame) -> pd.Series:
    """as_of written as precisely as the source gave it: 2020-12-21, 2022-08, 2022 or empty."""
    return partial_texts(figures["as_of"], figures["as_of_precision"])


def whole_numbers(values: pd.Series) -> pd.Series:
    """Whole numbers stay whole (1305, not 1305.0) in CSV and are numbers in XLSX: object dtype keeps
    ints and floats apart, where a float column would turn every 1305 into 1305.0."""
    return pd.Series([int(v) if float(v).is_integer() else float(v) for v in values], index=values.index, dtype=object)


def build_extract(
    figures: pd.DataFrame,
    sources: pd.DataFrame,
    vocabulary: Vocabulary,
    lang: str = "id",
    contradictions: tuple[Contradiction, ...] = (),
) -> pd.DataFrame:
    """The tidy columns, a label for each key and the note in the chosen language, what each figure contradicts,
    and the source on every row."""
    table = flags_as_text(figures[FIGURE_COLUMNS])
    for column in FIGURE_COLUMNS:
        if column != "value":
            table[column] = table[column].astype(object)
    table["as_of"] = as_of_text(figures)
    table["value"] = whole_numbers(figures["value"])
    for column, group in LABELLED.items():
        table[f"{column}_label"] = [vocabulary.label(group, key, lang) for key in figures[column].astype(str)]
    table["category_label"] = [
        vocabulary.label(dim, cat, lang)
        for dim, cat in zip(figures["dimension"].astype(str), figures["category"].astype(str))
    ]
    # The note in the reader's language where the data has it (an import's note is as it was written).
    english = figures["note_en"].astype(str)
    table["note_text"] = english.where((english != "") & (lang == "en"), figures["note"].astype(str)).to_numpy()
    said = {}
    for c in contradictions:
        for figure_id in c.figure_ids:
            said.setdefault(figure_id, []).append(c.note(lang))
    table["warning"] = ["; ".join(said.get(i, ())) for i in figures["figure_id"]]
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
        safe[column] = pd.Series(
            ["'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v for v in safe[column].astype(object)],
            index=safe.index,
            dtype=object,
        )
    return safe


def citation(filter_text: str, lang: str, address: str = "", today: datetime | None = None) -> str:
    """A ready citation: the filter in words, the day, and the link that reopens the view where there is one."""
    when = (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    said = say("citation_text", lang, filter=filter_text, date=when)
    return f"{said} {say('citation_link', lang, link=address)}" if address else said


def to_csv_bytes(extract: pd.DataFrame, filter_text: str) -> bytes:
    """UTF-8 CSV with a byte-order mark so Excel reads Indonesian text right; the filter on every row."""
    table = neutralise(extract.assign(extract_filter=filter_text))
    return table.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(
    extract: pd.DataFrame, sources: pd.DataFrame, filter_text: str, lang: str = "id", cite: str = ""
) -> bytes:
    """An XLSX workbook: the data, the sources it cites, and an about sheet with filter and citation."""
    cited = sources[sources["source_id"].isin(set(extract["source_id"]))]
    about = pd.DataFrame(
        [
            (say("about_field_title", lang), say("export_title", lang)),
            (say("about_field_filter", lang), filter_text),
            (say("about_field_rows", lang), str(len(extract))),
            (say("about_field_created", lang), datetime.now(UTC).isoformat(timespec="seconds")),
            (say("about_field_citation", lang), cite or citation(filter_text, lang)),
            (say("about_field_note", lang), say("export_note", lang)),
        ],
        columns=[say("export_field", lang), say("export_value", lang)],
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise(extract).to_excel(writer, sheet_name=say("sheet_data", lang), index=False)
        neutralise(cited).to_excel(writer, sheet_name=say("sheet_sources", lang), index=False)
        neutralise(about).to_excel(writer, sheet_name=say("sheet_about", lang), index=False)
        for sheet in writer.sheets.values():
            sheet.freeze_panes = "A2"
    return buffer.getvalue()
