"""What presenter mode shows: one slide at a time, each a piece of a page model (the Overview's cards and top
charts, a Trends line or stage chart, the Breakdowns' provinces), enlarged for a projector."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go

from lib.formats import format_date
from lib.model.dataset import Dataset
from lib.model.filters import DEFAULT_ELECTION, Filters
from lib.views import breakdowns, overview, trends
from lib.views.charts import wrapped
from lib.views.overview import ElectionCards
from lib.views.parts import Chart

# The slides in their default order; ?slides=cards,positions picks and orders them.
SLIDES = ("cards", "funnel", "positions", "types", "provinces", "stages")
CARD_ROWS = 2  # a projector holds two rows of cards
# Type read from the back of a room at 1920×1080: titles 40 px, everything else at least 22 px.
TITLE_PX, TEXT_PX, SMALL_PX = 40, 24, 22
# Characters per line of a slide's small print: a projector's width holds about twice a phone's.
SLIDE_LINE = 110
PROJECTOR = {
    "font": {"size": TEXT_PX},
    "title": {"font": {"size": TITLE_PX}},
    "legend": {"font": {"size": SMALL_PX}},
    "hoverlabel": {"font": {"size": SMALL_PX}},
    "uniformtext": {"minsize": SMALL_PX, "mode": "show"},
}
SLIDE_HEIGHT = 700  # px of a slide's chart; horizontal bars take more when their labels need it


@dataclass(frozen=True)
class Slide:
    name: str
    cards: ElectionCards | None = None
    chart: Chart | None = None
    newest: str = ""  # the date of the newest figure on this slide
    refreshed: datetime | None = None  # when the data files last changed


def build(dataset: Dataset, filters: Filters, lang: str, name: str) -> Slide:
    unbroken = filters.replace(dimension=(), category=())  # a slide shows its own breakdown, whatever the filter
    refreshed = datetime.fromtimestamp(max((m for _, m, _ in dataset.version), default=0) / 1e9)
    if name == "cards":
        shown = overview.build(dataset, filters, lang)
        if not shown.elections:
            return Slide(name, refreshed=refreshed)
        first = shown.elections[0]
        cards = replace(first, rows=first.rows[:CARD_ROWS])
        dated = [row.newest for row in cards.rows if row.newest]
        newest = max(dated, key=lambda d: d[0], default=None)
        return Slide(name, cards=cards, newest=_date(newest, lang), refreshed=refreshed)
    chart = _chart(dataset, unbroken, lang, name)
    if chart is None:
        return Slide(name, refreshed=refreshed)
    return Slide(name, chart=_projected(chart), newest=_newest(chart.rows, lang), refreshed=refreshed)


def _date(newest: tuple[pd.Timestamp, str] | None, lang: str) -> str:
    return "" if newest is None else format_date(newest[0], newest[1], lang)


def _newest(rows: pd.DataFrame, lang: str) -> str:
    dated = rows.dropna(subset=["as_of_end"])
    if dated.empty:
        return ""
    last = dated.loc[dated["as_of_end"].idxmax()]
    return format_date(last["as_of"], str(last["as_of_precision"]), lang)


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
        return charts[0] if charts else None
    stages = trends.stage_charts(filters.apply(dataset.figures), dataset, lang)
    return max(stages, key=lambda c: len(c.rows), default=None)


def _projected(chart: Chart) -> Chart:
    """The chart in projector type: a copy (the page models' figures are shared by every session), with the
    small print of its title block enlarged too and room made for it."""
    figure = go.Figure(chart.figure)
    title = re.sub(r"<span style='([^']*)'>(.*?)</span>", _rewrapped, figure.layout.title.text or "")
    title = title.replace("font-size:12px", f"font-size:{SMALL_PX}px")
    lines = title.count("<br>") + 1
    top = TITLE_PX * 2 + lines * (SMALL_PX + 16)
    # A horizontal bar's label is as tall as its type: each bar's slot (a row per category and series, grouped)
    # gets a line of it, or labels sit on each other.
    bars = [t for t in figure.data if t.type == "bar" and t.orientation == "h"]
    slots = len({y for t in bars for y in t.y or ()}) * len(bars)
    height = max(SLIDE_HEIGHT, top + slots * (SMALL_PX + 8) + 100)
    figure.update_layout(**PROJECTOR, title_text=title, title_pad_t=TITLE_PX, margin_t=top, height=height)
    figure.update_annotations(font_size=SMALL_PX)
    figure.update_xaxes(tickfont_size=SMALL_PX, title_font_size=SMALL_PX)
    figure.update_yaxes(tickfont_size=SMALL_PX, title_font_size=SMALL_PX)
    figure.update_traces(textfont_size=SMALL_PX, selector={"type": "bar"})
    return replace(chart, figure=figure, key=f"slide_{chart.key}")


def _rewrapped(span: re.Match) -> str:
    """A block of small print wrapped for a phone, rewrapped for a projector: Plotly spaces every title line by
    the title's 40 px, so fewer, longer lines read better."""
    style, text = span.groups()
    return f"<span style='{style}'>{'<br>'.join(wrapped(text.replace('<br>', ' '), SLIDE_LINE))}</span>"
