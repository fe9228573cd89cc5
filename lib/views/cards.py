"""The Overview's headline figures: the newest value of each step of the handling funnel, with its date, its sources,
what other sources say, and what it was at the previous snapshot of the same series (lib.model.series): a change is
read only off an earlier running total of the same publisher, measure, unit, scope and election, dated earlier at
its published precision, neither of them approximate."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from lib.model.figures import CONTEXT_MEASURES, FUNNELS

PUBLISHER_ORDER = ("KASN", "Bawaslu", "BKN", "Kemendagri")
RELIABILITY_ORDER = {"A": 0, "B": 1, "C": 2}
MAX_EXTRA_CARDS = 4


@dataclass(frozen=True)
class Snapshot:
    value: float
    as_of: pd.Timestamp
    precision: str
    source_ids: tuple[str, ...]
    figure_ids: tuple[str, ...]
    status: str = "running"
    scope: str = ""
    approximate: bool = False
    end: pd.Timestamp = pd.NaT  # the last day its date covers

    @property
    def final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class Card:
    measure: str
    unit: str
    current: Snapshot
    others: tuple[Snapshot, ...] = ()
    previous: Snapshot | None = None

    @property
    def delta(self) -> float | None:
        return None if self.previous is None else self.current.value - self.previous.value


@dataclass(frozen=True)
class Rate:
    value: float
    published: bool
    numerator: str
    denominator: str  # the measure it is a share of; '' where a printed share matches none at that date
    as_of: pd.Timestamp
    precision: str
    source_ids: tuple[str, ...]


@dataclass
class CardGroup:
    publisher: str
    unit: str
    cards: list[Card] = field(default_factory=list)
    rate: Rate | None = None


# The columns a card reads. Cards work on plain records: an election's totals are a few dozen rows,
# where each pandas call costs more than the arithmetic it does.
_COLUMNS = [
    "publisher",
    "unit",
    "measure",
    "value",
    "as_of",
    "as_of_precision",
    "as_of_end",
    "scope",
    "source_id",
    "figure_id",
    "status",
    "reliability",
    "approximate",
]


def _records(figures: pd.DataFrame) -> list[dict]:
    records = (
        figures[_COLUMNS]
        .astype({c: object for c in ("publisher", "unit", "measure", "status", "reliability", "as_of_precision")})
        .to_dict("records")
    )
    for r in records:
        for column in ("as_of", "as_of_end"):
            r[column] = None if pd.isna(r[column]) else r[column]
    return records


def _order(r: dict) -> tuple:
    """Final figures first, the most reliable report of them first (they are final whenever said); then running
    totals, newest first (by the last day their date covers)."""
    reliability = RELIABILITY_ORDER.get(str(r["reliability"]), 3)
    newest = -(r["as_of_end"].value if r["as_of_end"] else 0)
    if r["status"] == "final":
        return (0, reliability, newest)
    return (1, r["as_of_end"] is None, newest, reliability)


def _snapshots(records: list[dict]) -> list[Snapshot]:
    """One snapshot per statement (date, value, kind, scope), best first; agreeing sources are merged into one."""
    merged: dict[tuple, list[dict]] = {}
    for r in sorted(records, key=_order):
        key = (r["as_of"], r["value"], r["status"], r["scope"], r["approximate"])
        merged.setdefault(key, []).append(r)
    return [
        Snapshot(
            float(value),
            pd.NaT if when is None else when,
            str(group[0]["as_of_precision"]),
            tuple(dict.fromkeys(r["source_id"] for r in group)),
            tuple(r["figure_id"] for r in group),
            str(status),
            str(scope),
            bool(approximate),
            pd.NaT if group[0]["as_of_end"] is None else group[0]["as_of_end"],
        )
        for (when, value, status, scope, approximate), group in merged.items()
    ]


def _same_statement(a: Snapshot, b: Snapshot) -> bool:
    """Two reports of one statement: both final, both undated, or running totals of the same day."""
    if a.status != b.status:
        return False
    both_undated = pd.isna(a.end) and pd.isna(b.end)
    return a.final or both_undated or (pd.notna(a.end) and a.end == b.end)


def _earlier_in_series(s: Snapshot, current: Snapshot) -> bool:
    """Whether a change may be read from s to the current figure: both running totals of one series, s dated
    before it at their published precision, neither the source's approximation."""
    return (
        s.status == current.status == "running"
        and s.scope == current.scope
        and not (s.approximate or current.approximate)
        and pd.notna(s.end)
        and pd.notna(current.end)
        and s.end < current.end
    )


def headline_region(regions: tuple[str, ...]) -> str:
    """The region whose totals head the page: the one chosen, else the nation."""
    return regions[0] if len(regions) == 1 else "ID"


def _publisher_order(publisher: str) -> tuple:
    return (
        publisher not in PUBLISHER_ORDER,
        PUBLISHER_ORDER.index(publisher) if publisher in PUBLISHER_ORDER else 0,
        publisher,
    )


def card_groups(figures: pd.DataFrame, election: str, region: str = "ID") -> list[CardGroup]:
    """For one election and region: a group of funnel cards per publisher and unit."""
    totals = figures[
        (figures["election"] == election)
        & (figures["dimension"] == "none")
        & (figures["region_code"] == region)
        & ~figures["measure"].isin(CONTEXT_MEASURES)
    ]
    by_publisher: dict[str, list[dict]] = {}
    for r in _records(totals):
        by_publisher.setdefault(r["publisher"], []).append(r)
    groups = []
    for publisher in sorted(by_publisher, key=_publisher_order):
        own: list[CardGroup] = []
        for unit, measures in FUNNELS.items():
            by_measure: dict[str, list[dict]] = {}
            for r in by_publisher[publisher]:
                if r["unit"] == unit:
                    by_measure.setdefault(r["measure"], []).append(r)
            group = CardGroup(publisher, unit)
            funnel = [m for m in measures if m in by_measure]
            # A region with few funnel figures still shows what was published for it (e.g. violators).
            extra = [m for m in by_measure if m not in measures] if len(funnel) < 2 else []
            for measure in funnel + extra[:MAX_EXTRA_CARDS]:
                group.cards.append(_card(measure, unit, _snapshots(by_measure[measure])))
            if group.cards:
                group.rate = follow_up_rate(by_publisher[publisher], group.cards)
                own.append(group)
        # A publisher's fullest funnel first (Bawaslu counts cases before the ASN they involve).
        groups += sorted(own, key=lambda g: -sum(c.measure in FUNNELS[g.unit] for c in g.cards))
    return groups


def _card(measure: str, unit: str, snaps: list[Snapshot]) -> Card:
    current = snaps[0]
    # Figures of a narrower or different scope are a different statement altogether.
    rest = [s for s in snaps[1:] if s.scope == current.scope]
    # The same statement as reported elsewhere: same date, or both final figures.
    others = tuple(s for s in rest if s.value != current.value and _same_statement(s, current))
    earlier = sorted((s for s in rest if _earlier_in_series(s, current)), key=lambda s: s.end, reverse=True)
    return Card(measure, unit, current, others, earlier[0] if earlier else None)


RATE_BASES = ("recommended", "proven")
RATE_TOLERANCE = 1.0  # percentage points between a printed share and the one its counts give


def follow_up_rate(records: list[dict], cards: list[Card]) -> Rate | None:
    """The share followed up by PPK at the newest follow-up figure's date: as the source printed it where it did
    (of the base whose counts give that share), else computed from one source and date (never across either)."""
    by_measure = {c.measure: c for c in cards}
    followed = by_measure.get("followed_up")
    if followed is None or not followed.current.value:
        return None
    current = followed.current
    bases = []
    for name in RATE_BASES:
        base = by_measure.get(name)
        if base and base.current.end == current.end and base.current.value:
            shared = tuple(sorted(set(current.source_ids) & set(base.current.source_ids)))
            if shared:
                bases.append((name, base.current, shared))
    printed = [
        r
        for r in records
        if r["measure"] == "followed_up"
        and r["unit"] == "percent"
        and r["as_of_end"] == current.end
        and r["source_id"] in current.source_ids
    ]
    if printed:
        value = float(printed[0]["value"])
        fits = [
            (abs(100 * current.value / base.value - value), name, shared)
            for name, base, shared in bases
            if abs(100 * current.value / base.value - value) <= RATE_TOLERANCE
        ]
        _, name, shared = min(fits) if fits else (0, "", (printed[0]["source_id"],))
        return Rate(value, True, "followed_up", name, current.as_of, current.precision, shared)
    if not bases:
        return None
    name, base, shared = bases[0]
    return Rate(100 * current.value / base.value, False, "followed_up", name, current.as_of, current.precision, shared)


def changes(groups: list[CardGroup]) -> pd.DataFrame:
    """What changed since the previous snapshot, one row per card that has one."""
    rows = []
    for group in groups:
        for card in group.cards:
            if card.previous is None:
                continue
            rows.append(
                {
                    "publisher": group.publisher,
                    "unit": card.unit,
                    "measure": card.measure,
                    "previous": card.previous.value,
                    "previous_as_of": card.previous.as_of,
                    "previous_precision": card.previous.precision,
                    "current": card.current.value,
                    "current_as_of": card.current.as_of,
                    "current_precision": card.current.precision,
                    "change": card.delta,
                }
            )
    return pd.DataFrame(rows)
