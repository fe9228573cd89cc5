"""The Overview's headline figures: the newest value of each step of the handling funnel,
with its date, its sources, what other sources say, and what it was at the previous snapshot."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from lib.figures import filter_figures

FUNNELS = {
    "asn": ("reported", "proven", "recommended", "followed_up"),
    "cases": ("suspected", "findings", "forwarded", "violations"),
    "persons": ("reported",),
}
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


def _snapshots(rows: pd.DataFrame) -> list[Snapshot]:
    """One snapshot per (date, value), newest first; agreeing sources are merged into one."""
    out = []
    rows = rows.assign(rank=rows["reliability"].astype(str).map(RELIABILITY_ORDER).fillna(3))
    for (when, value, scope), group in rows.sort_values(["as_of", "rank"], ascending=[False, True]).groupby(
        ["as_of", "value", "scope"], sort=False, dropna=False
    ):
        out.append(Snapshot(float(value), when, str(group["as_of_precision"].iloc[0]),
                            tuple(dict.fromkeys(group["source_id"])), tuple(group["figure_id"]),
                            bool((group["status"] == "final").any()), str(scope)))
    return sorted(out, key=lambda s: (pd.isna(s.as_of), -(s.as_of.value if pd.notna(s.as_of) else 0)))


def _same_statement(a: Snapshot, b: Snapshot) -> bool:
    both_undated = pd.isna(a.as_of) and pd.isna(b.as_of)
    return (a.final and b.final) or both_undated or (pd.notna(a.as_of) and a.as_of == b.as_of)


def headline_region(figures: pd.DataFrame, regions: tuple[str, ...]) -> str:
    """The region whose totals head the page: the one chosen, else the nation."""
    return regions[0] if len(regions) == 1 else "ID"


def card_groups(figures: pd.DataFrame, election: str, region: str = "ID") -> list[CardGroup]:
    """For one election and region: a group of funnel cards per publisher and unit."""
    totals = filter_figures(figures, election=election, dimension="none")
    totals = totals[totals["region_code"].astype(str) == region]
    groups = []
    publishers = sorted(set(totals["publisher"].astype(str)), key=lambda p: (p not in PUBLISHER_ORDER, PUBLISHER_ORDER.index(p) if p in PUBLISHER_ORDER else 0, p))
    for publisher in publishers:
        own: list[CardGroup] = []
        for unit, measures in FUNNELS.items():
            rows = totals[(totals["publisher"] == publisher) & (totals["unit"] == unit)]
            group = CardGroup(publisher, unit)
            present = list(dict.fromkeys(rows["measure"].astype(str)))
            funnel = [m for m in measures if m in present]
            # A region with few funnel figures still shows what was published for it (e.g. violators).
            extra = [m for m in present if m not in measures] if len(funnel) < 2 else []
            for measure in funnel + extra[:MAX_EXTRA_CARDS]:
                snaps = _snapshots(rows[rows["measure"] == measure])
                if not snaps:
                    continue
                current = snaps[0]
                # Figures of a narrower or different scope are a different statement altogether.
                rest = [s for s in snaps[1:] if s.scope == current.scope]
                # The same statement as reported elsewhere: same date, or both final figures.
                others = tuple(s for s in rest if s.value != current.value and _same_statement(s, current))
                # A change is only read off an earlier running total, never off another report of a final figure.
                earlier = [s for s in rest if not s.final and pd.notna(s.as_of) and pd.notna(current.as_of) and s.as_of < current.as_of]
                group.cards.append(Card(measure, unit, current, others, earlier[0] if earlier else None))
            if group.cards:
                group.rate = follow_up_rate(totals[totals["publisher"] == publisher], group.cards)
                own.append(group)
        # A publisher's fullest funnel first (Bawaslu counts cases before the ASN they involve).
        groups += sorted(own, key=lambda g: -sum(c.measure in FUNNELS[g.unit] for c in g.cards))
    return groups


def follow_up_rate(rows: pd.DataFrame, cards: list[Card]) -> Rate | None:
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
    printed = rows[(rows["measure"] == "followed_up") & (rows["unit"] == "percent")
                   & (rows["as_of"] == when) & rows["source_id"].isin(shared)]
    if len(printed):
        value, published = float(printed["value"].iloc[0]), True
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
            rows.append({
                "publisher": group.publisher, "unit": card.unit, "measure": card.measure,
                "previous": card.previous.value, "previous_as_of": card.previous.as_of,
                "current": card.current.value, "current_as_of": card.current.as_of, "change": card.delta,
            })
    return pd.DataFrame(rows)
