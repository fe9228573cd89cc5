"""Labels in Bahasa Indonesia and English for every key the data uses (data/vocabulary.csv)."""

from __future__ import annotations

import pandas as pd

from lib.model.names import fold

# Categories of these dimensions are their own labels (a year is a year in both languages).
SELF_LABELLED = {"year"}


class Vocabulary:
    def __init__(self, table: pd.DataFrame):
        self.table = table
        self._labels = {
            (row.group, row.key): {
                "id": row.label_id,
                "en": row.label_en,
                "desc_id": row.description_id,
                "desc_en": row.description_en,
            }
            for row in table.itertuples(index=False)
        }

    def keys(self, group: str) -> list[str]:
        """The keys of one group in the file's order (the order lists and charts use)."""
        return [key for g, key in self._labels if g == group]

    def key_for(self, group: str, text: str) -> str | None:
        """The key whose key or label (either language) a typed text is, ignoring case and punctuation."""
        wanted = fold(text)
        for (g, key), entry in self._labels.items():
            if g == group and wanted in (fold(key), fold(entry["id"]), fold(entry["en"])):
                return key
        return None

    def knows(self, group: str, key: str) -> bool:
        if group in SELF_LABELLED:
            return key.isdigit() and len(key) == 4
        return (group, key) in self._labels

    def label(self, group: str, key: str, lang: str = "id") -> str:
        """The label of a key; the key itself where none is known, so nothing ever shows blank."""
        entry = self._labels.get((group, str(key)))
        if entry is None:
            return str(key)
        return entry[lang]

    def description(self, group: str, key: str, lang: str = "id") -> str:
        entry = self._labels.get((group, str(key)))
        return "" if entry is None else entry[f"desc_{lang}"]


COLUMNS = ["group", "key", "label_id", "label_en", "description_id", "description_en"]


def read_vocabulary(table: pd.DataFrame | None) -> Vocabulary:
    """The vocabulary of a vocabulary.csv read as text (an unreadable file gives an empty one, and every figure
    then fails its checks with a message)."""
    if table is None or not set(COLUMNS) <= set(table.columns):
        table = pd.DataFrame(columns=COLUMNS)
    return Vocabulary(table)
