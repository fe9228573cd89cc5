"""What presenter mode shows: one slide at a time, each a piece of a page model (the Overview's cards and top
charts, a Trends line or stage chart, the Breakdowns' provinces), enlarged for a projector."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import plotly.graph_objects as go

from lib.formats import format_date
from lib.model.dataset import Dataset
from lib.model.filters import DEFAULT_ELECTION, Filters
from lib.views import breakdowns, overview, trends
from lib.views.overview import ElectionCards
from lib.views.parts import Chart

# The slides in their default order; ?slides=cards,positions picks and orders them.
SLIDES = ("cards", "funnel", "positions", "types", "provinces", "stages")
CARD_ROWS = 2  # a projector holds two rows of cards
PROJECTOR = {"font": {"size": 22}, "title": {"font": {"size": 30}}, "height": 620}


@dataclass(frozen=True)
class Slide:
    name: str
    cards: ElectionCards | None = None
    chart: Chart | None = None
    newest: str = ""  # the date of the newest figure shown anywhere
    refreshed: datetime | None = None  # when the data files last changed


def build(dataset: Dataset, filters: Filters, lang: str, name: str) -> Slide:
    unbroken = filters.replace(dimension=(), category=())  # a slide shows its own breakdown, whatever the filter
    newest = dataset.figures["as_of"].max()
    stamp = dict(
        newest=format_date(newest, "day", lang),
        refreshed=datetime.fromtimestamp(max((m for _, m, _ in dataset.version), default=0) / 1e9),
    )
    if name == "cards":
        shown = overview.build(dataset, filters, lang)
        if not shown.elections:
            return Slide(name, **stamp)
        first = shown.elections[0]
        return Slide(name, cards=replace(first, rows=first.rows[:CARD_ROWS]), **stamp)
    return Slide(name, chart=_projected(_chart(dataset, unbroken, lang, name)), **stamp)


def _chart(dataset: Dataset, filters: Filters, lang: str, name: str) -> Chart | None:
    if name == "funnel":
        figures = filters.apply(dataset.figures)
        election = (filters.election or DEFAULT_ELECTION)[0]
        lines = trends.running_total_charts(figures, election, ("KASN",), dataset, lang, funnel=False)
        return lines[0] if lines else None
    if name in ("positions", "types"):
        dimension = {"positions": "position_level", "types": "violation_type"}[name]
        return next((c.chart for c in overview.build(dataset, filters, lang).charts if c.dimension == dimension), None)
    if name == "provinces":
        charts = breakdowns.build(dataset, filters, lang, breakdowns.REGION, "count").charts
        return next((c for c in charts if c.key.endswith("_asn")), charts[0] if charts else None)
    stages = trends.stage_charts(filters.apply(dataset.figures), dataset, lang)
    return stages[0] if stages else None


def _projected(chart: Chart | None) -> Chart | None:
    """The chart in large type: a copy, since the page models' figures are shared by every session."""
    if chart is None:
        return None
    figure = go.Figure(chart.figure)
    figure.update_layout(**PROJECTOR, margin_t=(figure.layout.margin.t or 80) + 40)
    return replace(chart, figure=figure, key=f"slide_{chart.key}")
