"""What the Data page shows for one view: the filtered tidy table with labels in the view's language and the
source on every row (the extract every download of this view is made from)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.export import build_extract
from lib.formats import format_date, format_value
from lib.model.dataset import Dataset
from lib.model.filters import Filters
from lib.words import say

SHOWN = [
    "figure_id",
    "election",
    "publisher",
    "as_of",
    "region_name",
    "measure_label",
    "category_label",
    "value_text",
    "unit_label",
    "approximate",
    "scope_label",
    "status_label",
    "note_text",
    "reliability",
    "warning",
    "source_title",
    "source_url",
]


@dataclass(frozen=True)
class DataView:
    description: str  # the filter in words, as downloads and the citation carry it
    caption: str
    extract: pd.DataFrame  # every column, for downloads
    table: pd.DataFrame  # the shown columns, numbers and dates as text in the view's language
    headers: dict[str, str]  # shown column -> its heading


def build(dataset: Dataset, filters: Filters, lang: str) -> DataView:
    rows = filters.apply(dataset.figures)
    description = filters.describe(lang)
    headers = {
        "figure_id": "ID",
        "election": say("election", lang),
        "publisher": say("publisher", lang),
        "as_of": say("as_of", lang),
        "region_name": say("region", lang),
        "measure_label": say("measure", lang),
        "category_label": say("category", lang),
        "value_text": say("value", lang),
        "unit_label": say("unit", lang),
        "approximate": "≈",
        "scope_label": say("scope", lang),
        "status_label": say("kind_of_figure", lang),
        "note_text": say("note", lang),
        "reliability": say("reliability", lang),
        "warning": "⚠",
        "source_title": say("source", lang),
        "source_url": "URL",
    }
    extract = build_extract(rows, dataset.sources, dataset.vocabulary, lang, dataset.contradictions)
    # Shown as the reader's language writes them (21,5 and 1.305 in Indonesian); downloads keep numbers numbers.
    table = extract.assign(
        value_text=[format_value(v, u, lang, a) for v, u, a in zip(rows["value"], rows["unit"], rows["approximate"])],
        as_of=[format_date(w, p, lang, short=True) for w, p in zip(rows["as_of"], rows["as_of_precision"])],
    )[SHOWN]
    return DataView(description, f"{description} · {len(rows)} {say('rows', lang)}", extract, table, headers)
