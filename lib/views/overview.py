"""What the Overview shows for one view: headline cards per election, what changed, where sources disagree, and
the two top-N charts; every text ready to draw in the view's language."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.formats import format_date, format_number, format_value
from lib.model.dataset import Dataset
from lib.model.figures import latest_breakdown
from lib.model.filters import DEFAULT_ELECTION, Filters
from lib.views import disagreements
from lib.views.cards import CardGroup, Rate, Snapshot, card_groups, changes, headline_region
from lib.views.charts import bar_breakdown
from lib.views.parts import Chart, chart
from lib.words import say

TOP_CHARTS = (("violation_type", "top_types"), ("position_level", "top_positions"))


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    help: str | None
    delta: str | None  # '+12', against the previous snapshot of the same series
    since: str | None  # 'sejak 26 Juni 2020'
    captions: tuple[str, ...]  # date and outlet, scope, other sources' values


@dataclass(frozen=True)
class CardRow:
    publisher: str
    unit: str
    heading: str  # publisher · unit, labelled
    cards: tuple[Card, ...]
    newest: tuple[pd.Timestamp, str] | None = None  # the newest card's date and its precision


@dataclass(frozen=True)
class ElectionCards:
    election: str
    heading: str  # election · region
    rows: tuple[CardRow, ...]
    changes: pd.DataFrame  # what changed since the previous snapshot, as text in the view's language


@dataclass(frozen=True)
class TopChart:
    dimension: str
    title: str
    chart: Chart | None  # None: nothing published for this view


@dataclass(frozen=True)
class Overview:
    region: str
    elections: tuple[ElectionCards, ...]
    conflicts: pd.DataFrame  # contradictions among the figures shown, side by side, as text in the view's language
    charts: tuple[TopChart, ...]


def build(dataset: Dataset, filters: Filters, lang: str) -> Overview:
    # Totals are not broken down by category: the cards ignore the breakdown facets.
    totals = filters.replace(dimension=(), category=()).apply(dataset.figures)
    region = headline_region(filters.region)
    elections = []
    for election in filters.election[:3] or DEFAULT_ELECTION:
        groups = card_groups(totals, election, region)
        if groups:
            elections.append(_election_cards(dataset, groups, election, region, lang))

    shown = totals[
        totals["election"].isin(filters.election[:3] or DEFAULT_ELECTION) & (totals["region_code"] == region)
    ]
    conflicts = disagreements.table(shown, dataset, lang)

    charts = tuple(
        _top_chart(_breakdown_rows(dataset, filters, dimension, region), dimension, say(title_key, lang), dataset, lang)
        for dimension, title_key in TOP_CHARTS
    )
    return Overview(region, tuple(elections), conflicts, charts)


def _breakdown_rows(dataset: Dataset, filters: Filters, dimension: str, region: str) -> pd.DataFrame:
    """One top chart's rows: a click on a bar of this dimension narrows it to the categories clicked; a filter of
    another dimension leaves it whole (a click on a violation type must not empty the position chart)."""
    ours = dimension in filters.dimension
    rows = filters.replace(dimension=(), category=filters.category if ours else ()).apply(dataset.figures)
    return rows[rows["region_code"].astype(str) == region]


def _election_cards(dataset: Dataset, groups: list[CardGroup], election: str, region: str, lang: str) -> ElectionCards:
    vocab = dataset.vocabulary
    changed = _changes(changes(groups), dataset, lang)
    heading = f"{vocab.label('election', election, lang)} · {dataset.gazetteer.get(region).name}"
    rows = tuple(
        CardRow(
            g.publisher,
            g.unit,
            f"{vocab.label('publisher', g.publisher, lang)} · {vocab.label('unit', g.unit, lang)}",
            _cards(dataset, g, lang),
            _newest(g),
        )
        for g in groups
    )
    return ElectionCards(election, heading, rows, changed)


def _newest(group: CardGroup) -> tuple[pd.Timestamp, str] | None:
    dated = [c.current for c in group.cards if pd.notna(c.current.end)]
    last = max(dated, key=lambda s: s.end, default=None)
    return None if last is None else (last.as_of, last.precision)


def _when(snapshot: Snapshot | Rate, lang: str) -> str:
    return format_date(snapshot.as_of, snapshot.precision, lang)


def _changes(changed: pd.DataFrame, dataset: Dataset, lang: str) -> pd.DataFrame:
    """The changes as text: labels, numbers and dates in the reader's language, headed in it."""
    vocab = dataset.vocabulary
    if changed.empty:
        return changed
    when = [
        (format_date(p, pp, lang), format_date(c, cp, lang))
        for p, pp, c, cp in zip(
            changed["previous_as_of"],
            changed["previous_precision"],
            changed["current_as_of"],
            changed["current_precision"],
        )
    ]
    return pd.DataFrame(
        {
            say("publisher", lang): [vocab.label("publisher", p, lang) for p in changed["publisher"]],
            say("measure", lang): [vocab.label("measure", m, lang) for m in changed["measure"]],
            say("unit", lang): [vocab.label("unit", u, lang) for u in changed["unit"]],
            say("change_previous", lang): [
                f"{format_number(v, lang)} ({w[0]})" for v, w in zip(changed["previous"], when)
            ],
            say("change_current", lang): [
                f"{format_number(v, lang)} ({w[1]})" for v, w in zip(changed["current"], when)
            ],
            say("change", lang): [_signed(d, lang) for d in changed["change"]],
        }
    )


def _signed(delta: float, lang: str) -> str:
    return f"{'+' if delta >= 0 else '−'}{format_number(abs(delta), lang)}"


def _cards(dataset: Dataset, group: CardGroup, lang: str) -> tuple[Card, ...]:
    vocab = dataset.vocabulary
    cards = []
    for card in group.cards:
        delta = since = None
        if card.delta is not None:
            delta = _signed(card.delta, lang)
            since = f"{say('since_previous', lang)} {_when(card.previous, lang)}"
        outlets = ", ".join(dataset.outlets.get(s, s) for s in card.current.source_ids)
        kind = f" ({vocab.label('status', card.current.status, lang).lower()})" if card.current.final else ""
        captions = [f"{say('as_of', lang)} {_when(card.current, lang)}{kind} · {outlets}"]
        if card.current.scope:
            captions.append(f"{say('scope', lang)}: {vocab.label('scope', card.current.scope, lang)}")
        if card.others:
            others = ", ".join(f"{format_number(o.value, lang)} ({_when(o, lang)})" for o in card.others)
            captions.append(f"⚠ {say('card_sources_differ', lang, others=others)}")
        cards.append(
            Card(
                vocab.label("measure", card.measure, lang),
                format_value(card.current.value, "", lang, card.current.approximate),
                vocab.description("measure", card.measure, lang) or None,
                delta,
                since,
                tuple(captions),
            )
        )
    if group.rate:
        rate = group.rate
        outlets = ", ".join(dataset.outlets.get(s, s) for s in rate.source_ids)
        how = (
            outlets
            if rate.published
            else say("computed", lang)
            + " "
            + " / ".join(vocab.label("measure", m, lang) for m in (rate.numerator, rate.denominator))
            + f" ({outlets})"
        )
        base = vocab.label("measure", rate.denominator, lang).lower() if rate.denominator else ""
        cards.append(
            Card(
                say("followup_rate", lang),
                f"{format_number(round(rate.value, 1), lang)}%",
                say("followup_rate_help", lang, base=base) if base else say("followup_rate_unstated", lang),
                None,
                None,
                (f"{say('as_of', lang)} {_when(rate, lang)} · {how}",),
            )
        )
    return tuple(cards)


def _top_chart(rows: pd.DataFrame, dimension: str, title: str, dataset: Dataset, lang: str) -> TopChart:
    rows = latest_breakdown(rows, dimension)
    if rows.empty:
        return TopChart(dimension, title, None)
    vocab = dataset.vocabulary
    unit = str(rows["unit"].iloc[0])
    place = ", ".join(sorted(set(rows["region_name"].astype(str))))
    context = " · ".join(sorted(set(rows["election"].astype(str))))
    figure = bar_breakdown(
        rows,
        vocabulary=vocab,
        sources=dataset.sources,
        title=f"{title} · {context} · {place}",
        unit_label=vocab.label("unit", unit, lang),
        lang=lang,
    )
    # The legend names each series' publisher and date.
    shown = chart(f"overview_{dimension}", figure, rows, dataset, lang, select=dimension, named=("publisher", "as_of"))
    return TopChart(dimension, title, shown)
