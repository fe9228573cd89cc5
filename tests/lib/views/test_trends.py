from lib.model.filters import Filters
from lib.views import trends


def _values(chart, name):
    trace = next(t for t in chart.figure.data if t.name == name)
    return list(trace.y)


def test_running_totals_are_lines_per_publisher_never_summed(dataset):
    shown = trends.build(dataset, Filters(election=("Pilkada 2020",), publisher=("KASN",)), "id")
    lines = next(c for c in shown.snapshots if c.key == "trend_lines_KASN_Pilkada 2020")
    assert _values(lines, "Dilaporkan")[:3] == [369, 456, 694] and max(_values(lines, "Dilaporkan")) == 2034
    assert {c.key for c in shown.snapshots} == {"trend_lines_KASN_Pilkada 2020", "trend_funnel_KASN_Pilkada 2020"}
    yearly = shown.yearly[0]
    assert "KASN per tahun" in yearly.figure.layout.title.text and list(yearly.figure.data[0].y)[:2] == [29, 54]


def test_elections_compared_in_persons_and_in_cases_apart(dataset):
    shown = trends.build(dataset, Filters(), "en")
    persons, cases = shown.compare
    assert set(persons.rows["unit"].astype(str)) == {"asn"} and set(cases.rows["unit"].astype(str)) == {"cases"}
    assert "Comparison of elections" in persons.figure.layout.title.text


def test_stage_chart_and_what_each_stage_violates(dataset):
    shown = trends.build(dataset, Filters(), "id")
    assert shown.stages and all(c.select == "stage" for c in shown.stages)
    assert [a.stage for a in shown.stage_areas][:1] and all(a.items for a in shown.stage_areas)
    assert shown.stage_sources.startswith("Sumber: ")


def test_a_filter_with_nothing_to_show_gives_empty_sections(dataset):
    shown = trends.build(dataset, Filters(election=("Pemilu 2019",), publisher=("Kemendagri",)), "id")
    assert shown.snapshots == () and shown.stages == ()
