from lib.model.filters import Filters
from lib.views import breakdowns


def test_the_dimensions_offered_are_those_with_figures_in_vocabulary_order(dataset):
    dims = breakdowns.dimensions(dataset)
    assert dims[:3] == ("position_level", "violation_type", "region")
    assert "none" not in dims and "year" not in dims and "agency" in dims


def test_sources_sit_side_by_side_as_series(dataset):
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",)), "id", "position_level", "share")
    figure = shown.charts[0].figure
    names = [trace.name for trace in figure.data]
    assert any("Okezone" in n for n in names) and any("detik Finance" in n for n in names)
    okezone = next(t for t in figure.data if "Okezone" in t.name)
    assert dict(zip(okezone.customdata, okezone.x))["jpt"] == 36
    assert shown.notice is None


def test_provinces_are_keyed_by_region_code_and_counts_shown_when_shares_are_asked(dataset):
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",), publisher=("KASN",)), "en", "region", "share")
    assert shown.notice == "No figures in that form; showing Counts instead."
    codes = {code for chart in shown.charts for trace in chart.figure.data for code in trace.customdata}
    assert {"74", "52", "33"} <= codes
    assert all(c.select == "region" for c in shown.charts)


def test_one_chart_per_unit(dataset):
    shown = breakdowns.build(dataset, Filters(election=()), "id", "region", "count")
    units = [set(c.rows["unit"].astype(str)) for c in shown.charts]
    assert all(len(u) == 1 for u in units) and len({tuple(u) for u in units}) == len(units)
