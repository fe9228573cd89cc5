from lib.model.filters import Filters
from lib.views import breakdowns
from tests.plotly_text import plain


def test_the_dimensions_offered_are_those_with_figures_in_vocabulary_order(dataset):
    dims = breakdowns.dimensions(dataset)
    assert dims[:3] == ("position_level", "violation_type", "region")
    assert "none" not in dims and "year" not in dims and "agency" in dims


def test_sources_sit_side_by_side_as_series(dataset):
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",)), "id", "position_level", "share")
    figure = shown.charts[0].figure
    names = [plain(trace.name) for trace in figure.data]
    assert any("Okezone" in n for n in names) and any("detik Finance" in n for n in names)
    okezone = next(t for t in figure.data if "Okezone" in plain(t.name))
    assert dict(zip(okezone.customdata, okezone.x))["jpt"] == 36
    assert shown.notice is None


def test_provinces_are_one_published_series_at_a_time_largest_first(dataset):
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",)), "en", "region", "share")
    assert shown.picked == "Bawaslu|suspected|cases||Pilkada 2020|running" and shown.series[0][0] == shown.picked
    (chart,) = shown.charts
    (trace,) = chart.figure.data  # one colour, no legend of 26 entries
    values = dict(zip(trace.customdata, trace.x))
    assert values["74"] == 92 and values["73"] == 88 and len(values) == 12
    assert list(trace.x) == sorted(trace.x)  # drawn bottom-up: the largest on top
    assert chart.select == "region" and chart.caveat is None  # one outlet, one day


def test_another_series_of_provinces_is_picked_like_the_map(dataset):
    kasn = "KASN|violators|asn||Pilkada 2020|running"
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",)), "id", "region", "count", kasn)
    assert shown.picked == kasn
    assert set(shown.charts[0].rows["region_code"].astype(str)) == {"74", "52", "33", "73", "35"}


def test_a_one_bar_breakdown_shows_the_other_form_instead(dataset):
    # Position levels of Pilkada 2020 are published as shares; as counts only camat/lurah's 189.
    shown = breakdowns.build(dataset, Filters(election=("Pilkada 2020",)), "id", "position_level", "count")
    assert shown.show == "share" and shown.notice and len(shown.charts[0].figure.data[0].y) >= 2
