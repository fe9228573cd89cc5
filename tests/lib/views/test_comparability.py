"""Every chart, map, card and change the app can draw over the shipped data compares like with like, or says on
itself how its numbers differ (mixed series, dates, scope, approximate, partial, computed).

The check reads each figure as a reader would: a difference between the numbers drawn is fine when the reader can
see it (each value's label in a legend entry, a tick, the title) or when the chart's own caveat names it."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pandas as pd
import pytest

from lib.formats import format_date
from lib.maps.regions import series_options
from lib.model.filters import Filters
from lib.model.series import SERIES, keys, partial
from lib.views import breakdowns, overview, presenter, trends
from lib.views import map as map_view
from lib.views.parts import Chart
from lib.words import say
from tests.shipped import DATASET

ELECTIONS = [(e,) for e in DATASET.vocabulary.keys("election")] + [()]
GROUPS = {c: c for c in SERIES}
NAMES = {"publisher", "election"}


def every_chart(lang: str) -> Iterator[Chart]:
    for election in ELECTIONS:
        filters = Filters(election=election)
        shown = overview.build(DATASET, filters, lang)
        yield from (t.chart for t in shown.charts if t.chart)
        made = trends.build(DATASET, filters, lang)
        yield from (*made.yearly, *made.snapshots, *(c for c in made.compare if c), *made.stages)
        for by in breakdowns.dimensions(DATASET):
            for show in breakdowns.SHOW:
                made = breakdowns.build(DATASET, filters, lang, by, show)
                yield from made.charts
            for key, _ in made.series[1:]:  # every other series of provinces
                yield from breakdowns.build(DATASET, filters, lang, by, "count", key).charts
        for slide in presenter.SLIDES:
            if (chart := presenter.build(DATASET, filters, lang, slide).chart) is not None:
                yield chart
        yield from every_map(filters, lang)


def every_map(filters: Filters, lang: str) -> Iterator[Chart]:
    scoped = filters.apply(DATASET.figures)
    for level in map_view.LEVELS:
        provinces = {""} if level == "province" else {c[:2] for c in scoped["region_code"].astype(str) if "." in c}
        for province in sorted(provinces):
            where = filters.replace(region=(province,)) if province else filters
            for series in series_options(where.apply(DATASET.figures), level):
                for per_1000 in (False, True):
                    shown = map_view.build(DATASET, where, lang, level, series.key, per_1000)
                    if shown.chart is not None and (not per_1000 or shown.per_1000):
                        yield shown.chart


def visible(chart: Chart) -> str:
    """Everything a reader can read on the figure: title block, legend entries, ticks, bar texts."""
    layout = chart.figure.layout
    said = [layout.title.text or ""]
    for trace in chart.figure.data:
        said.append(str(trace.name or ""))
        for axis in ("x", "y"):
            values = getattr(trace, axis, None)
            if values is not None and trace.type == "bar":
                said += [str(v) for v in values]
        said += [str(t) for t in (trace.text if isinstance(trace.text, (list, tuple)) else [trace.text or ""])]
    for axis in (layout.xaxis, layout.yaxis):
        said += [str(v) for v in (axis.categoryarray or ())]
    return read(" ".join(said))


def read(markup: str) -> str:
    """Plotly label markup as a reader reads it: entities decoded, line breaks as spaces."""
    return " ".join(html.unescape(markup.replace("<br>", " ")).split())


def label(column: str, value: str, lang: str) -> str:
    return DATASET.vocabulary.label(GROUPS[column], value, lang)


def over_time(chart: Chart) -> bool:
    """A chart whose axis is the date or the year: its dates are its point."""
    for trace in chart.figure.data:
        if trace.type == "scatter" and len(trace.x) and isinstance(trace.x[0], (pd.Timestamp, str)):
            return True
    return chart.key.startswith(("trend_funnel", "trend_yearly"))


@pytest.fixture(scope="module", params=["id", "en"])
def charts(request):
    return request.param, list(every_chart(request.param))


def test_the_sweep_covers_every_kind_of_chart(charts):
    lang, made = charts
    kinds = {c.key.split("_")[0] + "_" + c.key.split("_")[1] for c in made}
    assert {
        "overview_violation",
        "trend_yearly",
        "trend_lines",
        "trend_compare",
        "trend_stage",
        "breakdown_region",
    } <= kinds
    assert {"map_province", "map_regency", "slide_trend", "slide_overview"} <= kinds
    assert len(made) > 200


def test_no_chart_puts_two_units_on_one_axis(charts):
    _, made = charts
    assert all(c.rows["unit"].nunique() == 1 for c in made if len(c.rows)), "units never share an axis"


def test_every_difference_between_the_numbers_drawn_is_visible_or_said(charts):
    lang, made = charts
    for chart in made:
        rows, seen, caveat = chart.rows, visible(chart), chart.caveat or ""
        for column in SERIES:
            values = list(dict.fromkeys(rows[column].astype(str)))
            if len(values) < 2:
                continue
            # A proper name (an election, a publisher) may stand as itself.
            shown = all(label(column, v, lang) in seen or (column in NAMES and v in seen) for v in values if v)
            said = say(f"series_{column}", lang) in caveat
            assert shown or said, (chart.key, column, values, caveat)
        if caveat:
            assert " ".join(caveat.split()) in seen, (chart.key, caveat)


def test_numbers_of_different_dates_are_dated_on_the_chart_unless_its_axis_is_time(charts):
    lang, made = charts
    for chart in made:
        rows = chart.rows.dropna(subset=["as_of_end"])
        if rows["as_of_end"].nunique() < 2 or over_time(chart):
            continue
        seen = visible(chart)
        dated = all(
            format_date(w, p, lang) in seen or format_date(w, p, lang, short=True) in seen
            for w, p in zip(rows["as_of"], rows["as_of_precision"].astype(str))
        )
        assert dated or chart.caveat, chart.key


def test_a_scope_short_of_the_whole_is_in_the_chart(charts):
    lang, made = charts
    for chart in made:
        for scope in set(chart.rows["scope"].astype(str)) - {""}:
            assert DATASET.vocabulary.label("scope", scope, lang) in read(chart.figure.layout.title.text), (
                chart.key,
                scope,
            )


def test_approximate_and_partial_figures_say_so(charts):
    lang, made = charts
    for chart in made:
        if chart.rows["approximate"].any():
            assert "≈" in visible(chart), chart.key
        if partial(chart.rows).any():
            assert say("partial_years", lang, years="").strip(": ")[:12] in (chart.caveat or ""), chart.key


def test_a_map_colours_one_series(charts):
    _, made = charts
    for chart in (c for c in made if c.key.startswith("map_")):
        assert keys(chart.rows).nunique() == 1, chart.key


def test_a_computed_rate_names_how_it_was_made(charts):
    lang, made = charts
    per_1000 = say("map_per_1000_unit", lang)
    rates = [c for c in made if c.key.startswith("map_") and per_1000 in c.figure.layout.title.text]
    assert rates
    for chart in rates:
        assert say("computed_label", lang) in chart.caveat


def test_every_card_change_is_within_one_series():
    from lib.views.cards import card_groups

    checked = 0
    for election in DATASET.vocabulary.keys("election"):
        regions = ["ID", *sorted({c for c in DATASET.figures["region_code"].astype(str) if c != "ID"})]
        for region in regions:
            for group in card_groups(DATASET.figures, election, region):
                for card in group.cards:
                    for other in card.others:
                        assert (other.status, other.scope) == (card.current.status, card.current.scope)
                    if card.previous is None:
                        continue
                    before, now = card.previous, card.current
                    assert before.status == now.status == "running" and before.scope == now.scope
                    assert before.end < now.end and not (before.approximate or now.approximate)
                    checked += 1
    assert checked >= 8
