"""Where published figures contradict each other or themselves (data/contradictions.csv), and where two sources
state one thing with different values.

A row of the file names figures by id: `F44-01+F44-02` is their sum, `F19-04/F19-02` a share in percent,
`F49-02..15` the figures F49-02 to F49-15. `against` is what they contradict; without it the row is a doubt about
the figures themselves (a doubtful mirror, a label inferred). Published numbers are never corrected: the pair is
shown, with its note in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from lib.model.findings import Finding

COLUMNS = ["id", "figures", "against", "note_id", "note_en"]
_RANGE = re.compile(r"^(?P<stem>[A-Za-z0-9_.:]+-)(?P<first>\d+)\.\.(?P<last>\d+)$")
_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")


@dataclass(frozen=True)
class Side:
    """Figures taken together: one figure, the sum of several, or a share (first / second × 100)."""

    figure_ids: tuple[str, ...]
    share: bool = False

    def value(self, values: dict[str, float]) -> float | None:
        if any(i not in values for i in self.figure_ids):
            return None
        if self.share:
            top, bottom = (values[i] for i in self.figure_ids)
            return 100 * top / bottom if bottom else None
        return float(sum(values[i] for i in self.figure_ids))


@dataclass(frozen=True)
class Contradiction:
    id: str
    figures: Side
    against: Side | None  # None: a doubt about the figures themselves
    note_id: str
    note_en: str

    def note(self, lang: str) -> str:
        return self.note_en if lang == "en" and self.note_en else self.note_id

    @property
    def figure_ids(self) -> tuple[str, ...]:
        return self.figures.figure_ids + (self.against.figure_ids if self.against else ())


def parse_side(text: str) -> Side | None:
    """'F44-01+F44-02', 'F19-04/F19-02', 'F49-02..15' or one id; None when it is none of these."""
    text = text.replace(" ", "")
    if "/" in text:
        parts = text.split("/")
        return Side(tuple(parts), share=True) if len(parts) == 2 and all(_ID.match(p) for p in parts) else None
    ids: list[str] = []
    for part in text.split("+"):
        span = _RANGE.match(part)
        if span:
            width = len(span["first"])
            first, last = int(span["first"]), int(span["last"])
            if last < first or last - first > 500:
                return None
            ids += [f"{span['stem']}{n:0{width}d}" for n in range(first, last + 1)]
        elif _ID.match(part):
            ids.append(part)
        else:
            return None
    return Side(tuple(ids))


def read_contradictions(
    table: pd.DataFrame | None, known_ids: set[str], file: str = "contradictions.csv"
) -> tuple[tuple[Contradiction, ...], list[Finding]]:
    """The file's rows that name known figures; every other row is a finding naming its row and column."""
    if table is None:
        return (), []
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        return (), [Finding("error", "missing_column", file, None, c, params={"column": c}) for c in missing]
    found, findings = [], []
    for index, row in table.iterrows():
        line = index + 2
        sides = {}
        for column in ("figures", "against"):
            text = str(row[column]).strip()
            if column == "against" and not text:
                sides[column] = None
                continue
            side = parse_side(text)
            unknown = [] if side is None else [i for i in side.figure_ids if i not in known_ids]
            if side is None or unknown:
                expected = "figure ids joined by + or /, or a range such as F49-02..15"
                value = text if side is None else ", ".join(unknown[:5])
                findings.append(
                    Finding(
                        "error", "bad_value", file, line, column, params={"value": value[:80], "expected": expected}
                    )
                )
                break
            sides[column] = side
        else:
            if not str(row["note_id"]).strip():
                findings.append(Finding("error", "empty_value", file, line, "note_id", params={"expected": "a note"}))
                continue
            found.append(
                Contradiction(
                    str(row["id"]), sides["figures"], sides["against"], str(row["note_id"]), str(row["note_en"])
                )
            )
    return tuple(found), findings


def disputed_ids(contradictions: tuple[Contradiction, ...]) -> set[str]:
    return {i for c in contradictions for i in c.figure_ids}


def touching(contradictions: tuple[Contradiction, ...], figure_ids) -> tuple[Contradiction, ...]:
    """The contradictions that name any of these figures."""
    wanted = set(figure_ids)
    return tuple(c for c in contradictions if wanted.intersection(c.figure_ids))


@dataclass(frozen=True)
class Pair:
    """Two statements side by side: each side's figures and value (a sum or share is computed), and the note."""

    figures: tuple[str, ...]
    value: float | None
    computed: str  # '' for one figure as published, else 'sum' or 'share'
    against: tuple[str, ...]
    against_value: float | None
    against_computed: str
    contradiction: Contradiction | None  # None: found by comparison (two sources, one subject, two values)


def pairs(
    figures: pd.DataFrame, contradictions: tuple[Contradiction, ...], every: pd.DataFrame | None = None
) -> tuple[Pair, ...]:
    """Every contradiction touching these figures, declared or found, side by side; `every` (all figures, by
    default these) gives the values of the other side."""
    every = figures if every is None else every
    values = dict(zip(every["figure_id"], every["value"]))
    present = set(figures["figure_id"])
    made, covered = [], set()
    for c in contradictions:
        if not present.intersection(c.figure_ids):
            continue
        against = c.against or Side(())
        # A doubt about several figures is about each of them, not their sum.
        alone = c.against is None and len(c.figures.figure_ids) > 1
        made.append(
            Pair(
                c.figures.figure_ids,
                None if alone else c.figures.value(values),
                "" if alone else _how(c.figures),
                against.figure_ids,
                against.value(values) if c.against else None,
                _how(against),
                c,
            )
        )
        if c.against:
            covered.add(frozenset(c.figure_ids))
    contested = figures[figures["contested"]].sort_values(["conflict", "as_of_end", "source_id"])
    for _, group in contested.groupby("conflict", observed=True):
        # One pair per two values of a subject: the first figure stating each value.
        firsts = group.drop_duplicates("value")
        for (_, a), (_, b) in zip(firsts.iloc[:-1].iterrows(), firsts.iloc[1:].iterrows()):
            if frozenset((a["figure_id"], b["figure_id"])) in covered:
                continue
            made.append(Pair((a["figure_id"],), a["value"], "", (b["figure_id"],), b["value"], "", None))
    return tuple(made)


def _how(side: Side) -> str:
    if side.share:
        return "share"
    return "sum" if len(side.figure_ids) > 1 else ""
