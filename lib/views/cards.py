"""The Overview's headline figures: the newest value of each step of the handling funnel,
with its date, its sources, what other sources say, and what it was at the previous snapshot."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from lib.model.figures import FUNNELS

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
    final: bool = False
    scope: str = ""


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
    denominator: str
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
    "scope",
    "source_id",
    "figure_id",
    "status",
    "reliability",
]


def _records(figures: pd.DataFrame) -> list[dict]:
    records = (
        figures[_COLUMNS]
        .astype({c: object for c in ("publisher", "unit", "measure", "status", "reliability", "as_of_precision")})
        .to_dict("records")
    )
    for r in records:
        r["as_of"] = None if pd.isna(r["as_of"]) else r["as_of"]
    return records


def _snapshots(records: list[dict]) -> list[Snapshot]:
    """One snapshot per (date, value, scope), newest first; agreeing sources are merged into one."""
    newest_first = sorted(
        records,
        key=lambda r: (
            r["as_of"] is None,
            -(r["as_of"].value if r["as_of"] else 0),
            RELIABILITY_ORDER.get(str(r["reliability"]), 3),
        ),
    )
    merged: dict[tuple, list[dict]] = {}
    for r in newest_first:
        merged.setdefault((r["as_of"], r["value"], r["scope"]), []).append(r)
    return [
        Snapshot(
            float(value),
            pd.NaT if when is None else when,
            str(group[0]["as_of_precision"]),
            tuple(dict.fromkeys(r["source_id"] for r in group)),
            tuple(r["figure_id"] for r in group),
            any(r["status"] == "final" for r in group),
            str(scope),
        )
        for (when, value, scope), group in merged.items()
    ]


def _same_statement(a: Snapshot, b: Snapshot) -> bool:
    both_undated = pd.isna(a.as_of) and pd.isna(b.as_of)
    return (a.final and b.final) or both_undated or (pd.notna(a.as_of) and a.as_of == b.as_of)


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
        (figures["election"] == election) & (figures["dimension"] == "none") & (figures["region_code"] == region)
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
    # A change is only read off an earlier running total, never off another report of a final figure.
    earlier = [
        s for s in rest if not s.final and pd.notna(s.as_of) and pd.notna(current.as_of) and s.as_of < current.as_of
    ]
    return Card(measure, unit, current, others, earlier[0] if earlier else None)


def follow_up_rate(records: list[dict], cards: list[Card]) -> Rate | None:
    """The share of recommendations followed up at the newest date: as the source printed it where it
    did, else computed from the same source and date (never across dates or sources)."""
    by_measure = {c.measure: c for c in cards}
    followed = by_measure.get("followed_up")
    if followed is None:
        return None
    when = followed.current.as_of
    for base_name in ("recommended", "proven"):
        base = by_measure.get(base_name)
        shared = tuple(sorted(set(followed.current.source_ids) & set(base.current.source_ids))) if base else ()
        if base and shared and base.current.as_of == when and base.current.value:
            break
    else:
        return None
    printed = [
        r["value"]
        for r in records
        if r["measure"] == "followed_up" and r["unit"] == "percent" and r["as_of"] == when and r["source_id"] in shared
    ]
    if printed:
        value, published = float(printed[0]), True
    else:
        value, published = 100 * followed.current.value / base.current.value, False
    return Rate(value, published, "followed_up", base_name, when, followed.current.precision, shared)


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
                    "current": card.current.value,
                    "current_as_of": card.current.as_of,
                    "change": card.delta,
                }
            )
    return pd.DataFrame(rows)
