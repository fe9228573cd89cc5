"""What the words in a table mean: the vocabulary's keys and labels in both languages, plus the synonyms real tables
use (data/synonyms.csv), matched the way a reader does.

A phrase matches a text when all its words are in the text, in any order, small words ('ke', 'yang') aside; the
longest phrase that matches decides, and two keys matched equally well are ambiguous, never a guess. A negation
right before a phrase ('tidak terbukti') leaves it to phrases that carry the negation. Teaching Netra a word is a
row in data/synonyms.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from lib.model.names import fold
from lib.model.vocabulary import Vocabulary

SMALL_WORDS = frozenset(
    {
        "ke",
        "di",
        "dan",
        "yang",
        "dengan",
        "kepada",
        "berupa",
        "secara",
        "atau",
        "dari",
        "untuk",
        "pada",
        "oleh",
        "dalam",
        "the",
        "of",
        "and",
        "by",
        "to",
        "in",
        "s",
        "d",
        "sd",
    }
)
NEGATIONS = frozenset({"tidak", "belum", "bukan", "non", "not"})
_YEAR = re.compile(r"^\s*((?:19[89]|20\d)\d)\s*(\*+\)?|\(?[a-z]\))?\s*$")


def words(text) -> tuple[str, ...]:
    """A text's words as compared: folded, '%' read as 'persen', small words left out."""
    return tuple(w for w in fold(str(text).replace("%", " persen ")).split() if w not in SMALL_WORDS)


def year_of(text) -> str | None:
    """'2020', 2020.0 or '2020 *)' -> '2020'; anything else -> None."""
    if isinstance(text, float) and text.is_integer():
        text = str(int(text))
    match = _YEAR.match(str(text))
    return match.group(1) if match else None


@dataclass(frozen=True)
class Reading:
    """What a text says in one group: the key it names, or the keys it names equally well (ambiguous)."""

    key: str | None
    score: int = 0
    rivals: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return bool(self.rivals)


NOTHING = Reading(None)


class Lexicon:
    def __init__(self, vocabulary: Vocabulary, synonyms: pd.DataFrame | None):
        self.vocabulary = vocabulary
        self._phrases: dict[str, list[tuple[frozenset, int, str]]] = {}
        for row in vocabulary.table.itertuples(index=False):
            for text in (row.key.replace("_", " "), row.label_id, row.label_en):
                self._add(row.group, row.key, text)
        if synonyms is not None and {"group", "key", "synonym"} <= set(synonyms.columns):
            for row in synonyms.itertuples(index=False):
                self._add(row.group, row.key, row.synonym)
        # A measure is named by a word of its own: 'Jumlah ASN' (a headcount's label) says only 'a count of persons'.
        # ('Laporan', reports, names both a measure and cases as a unit.)
        plain = {w for phrase, _, key in self._phrases.get("unit", []) if key != "cases" for w in phrase}
        plain |= {"jumlah", "total", "number"}
        self._phrases["measure"] = [p for p in self._phrases.get("measure", []) if not p[0] <= plain]
        self._seen: dict[tuple[str, str], Reading] = {}

    def _add(self, group: str, key: str, text: str) -> None:
        tokens = words(text)
        if tokens:
            self._phrases.setdefault(group, []).append((frozenset(tokens), len(set(tokens)), key))

    def keys(self, group: str) -> list[str]:
        return list(dict.fromkeys(key for _, _, key in self._phrases.get(group, [])))

    def read(self, group: str, text) -> Reading:
        """The key of `group` that `text` names (see the module's docstring)."""
        memo = (group, str(text))
        if memo not in self._seen:
            self._seen[memo] = self._read(group, str(text))
        return self._seen[memo]

    def _read(self, group: str, text: str) -> Reading:
        sequence = words(text)
        tokens = set(sequence)
        if not tokens:
            return NOTHING
        negations = [i for i, w in enumerate(sequence) if w in NEGATIONS]
        best, keys = 0, set()
        for phrase, size, key in self._phrases.get(group, []):
            if phrase <= tokens and (phrase & NEGATIONS or not _negated(phrase, sequence, negations)):
                if size > best:
                    best, keys = size, {key}
                elif size == best:
                    keys.add(key)
        if not keys:
            return NOTHING
        if len(keys) > 1:
            return Reading(None, best, tuple(sorted(keys)))
        return Reading(keys.pop(), best)

    def key(self, group: str, text) -> str | None:
        return self.read(group, text).key

    def exactly(self, group: str, text) -> str | None:
        """The key whose phrase is the whole text (a header cell that is nothing but 'Jumlah', say)."""
        tokens = frozenset(words(text))
        found = {key for phrase, _, key in self._phrases.get(group, []) if phrase == tokens}
        return found.pop() if len(found) == 1 else None


def _negated(phrase: frozenset, sequence: tuple[str, ...], negations: list[int]) -> bool:
    """A negation right before the phrase's first word ('tidak terbukti') turns it into another statement."""
    if not negations:
        return False
    first = min(i for i, w in enumerate(sequence) if w in phrase)
    return any(0 < first - n <= 2 for n in negations)
