"""What the Overview shows for one view: headline cards per election, what changed, where sources disagree,
and the two top-N charts. Computed once per data version, view and language, then drawn for every session.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from lib.views.charts import bar_breakdown
from lib.model.dataset import Dataset
from lib.model.figures import disagreements, latest_breakdown
from lib.model.filters import Filters
from lib.views.cards import CardGroup, card_groups, changes, headline_region
from lib.views.state import DEFAULT_ELECTION
from lib.words import t
from lib.model.vocabulary import load_vocabulary

TOP_CHARTS = (("violation_type", "top_types"), ("position_level", "top_positions"))


@dataclass(frozen=True)
class ElectionCards:
    election: str
    groups: list[CardGroup]
    changes: pd.DataFrame  # labelled in the view's language


@dataclass(frozen=True)
class TopChart:
    dimension: str
    title: str
    rows: pd.DataFrame
    figure: go.Figure | None  # None: nothing published for this view


@dataclass(frozen=True)
class Overview:
    region: str
    elections: list[ElectionCards]
    conflicts: pd.DataFrame  # labelled in the view's language
    conflict_count: int
    charts: list[TopChart]


def overview(dataset: Dataset, filters: Filters, lang: str) -> Overview:
    """The Overview of this view; sessions showing the same view share one result (read-only)."""
    return dataset.views.get(("overview", filters, lang), lambda: build_overview(dataset, filters, lang))


def build_overview(dataset: Dataset, filters: Filters, lang: str) -> Overview:
    vocab = load_vocabulary()
    # Totals are not broken down by category: the cards ignore the breakdown facets.
    totals = filters.replace(dimension=(), category=()).apply(dataset.figures)
    region = headline_region(totals, filters.region)
    elections = []
    for election in filters.election[:3] or DEFAULT_ELECTION:
        groups = card_groups(totals, election, region)
        if groups:
            changed = changes(groups)
            if len(changed):
                changed = changed.assign(measure=[vocab.label("measure", m, lang) for m in changed["measure"]],
                                         unit=[vocab.label("unit", u, lang) for u in changed["unit"]])
            elections.append(ElectionCards(election, groups, changed))

    conflicts = disagreements(totals)
    labelled = conflicts.assign(measure=[vocab.label("measure", m, lang) for m in conflicts["measure"].astype(str)])
    columns = ["election", "region_name", "measure", "value", "as_of", "source_id", "note"]

    breakdown_rows = filters.replace(category=()).apply(dataset.figures)
    breakdown_rows = breakdown_rows[breakdown_rows["region_code"].astype(str) == region]
    charts = [_top_chart(breakdown_rows, dimension, t(title_key, lang), dataset, lang) for dimension, title_key in TOP_CHARTS]
    return Overview(region, elections, labelled[columns], conflicts["conflict"].nunique(), charts)


def _top_chart(rows: pd.DataFrame, dimension: str, title: str, dataset: Dataset, lang: str) -> TopChart:
    rows = latest_breakdown(rows, dimension)
    if rows.empty:
        return TopChart(dimension, title, rows, None)
    vocab = load_vocabulary()
    unit = str(rows["unit"].iloc[0])
    place = ", ".join(sorted(set(rows["region_name"].astype(str))))
    context = " · ".join(sorted(set(rows["election"].astype(str))))
    figure = bar_breakdown(rows, vocabulary=vocab, sources=dataset.sources, title=f"{title} · {context} · {place}",
                           unit_label=vocab.label("unit", unit, lang), lang=lang)
    return TopChart(dimension, title, rows, figure)
