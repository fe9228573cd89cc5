from lib.model.filters import Filters
from lib.views import trends


def _values(chart, name):
    trace = next(t for t in chart.figure.data if t.name == name)
    return list(trace.y)


def test_running_totals_are_lines_per_publisher_never_summed(dataset):
    shown = trends.build(dataset, Filters(election=("Pilkada 2020",), publisher=("KASN",)), "id")
    lines = next(c for c in shown.snapshots if c.key == "trend_lines_KASN_asn_Pilkada 2020_ID")
    assert _values(lines, "Dilaporkan")[:3] == [369, 456, 694] and max(_values(lines, "Dilaporkan")) == 2034
    assert {c.key for c in shown.snapshots} == {
        "trend_lines_KASN_asn_Pilkada 2020_ID",
        "trend_funnel_KASN_Pilkada 2020",
    }
    # Dates on the axis and in the hover in the reader's language; the voting day drawn and named.
    assert list(lines.figure.layout.xaxis.ticktext) == ["Jan 2021", "Jan 2022", "Jan 2023", "Jan 2024"]
    assert lines.figure.data[0].customdata[0] == "26 Juni 2020"
    assert [a.text for a in lines.figure.layout.annotations] == ["hari pemungutan suara"]
    assert lines.figure.layout.shapes[0].x0 == dataset.voting_days["Pilkada 2020"]


def test_the_yearly_series_shows_every_year_and_marks_the_partial_ones(dataset):
    yearly = trends.build(dataset, Filters(), "id").yearly[0]
    assert "KASN per tahun" in yearly.figure.layout.title.text and list(yearly.figure.data[0].y)[:2] == [29, 54]
    axis = list(yearly.figure.layout.xaxis.categoryarray)
    assert axis[:5] == ["2015", "2016", "2017", "2018", "2019"] and "2021" in axis and "2022" in axis  # gaps show
    assert "2024 (s.d. 12 Jun 2024)" in axis and "2020 (s.d. 21 Des 2020)" in axis
    patterns = [shape for trace in yearly.figure.data for shape in trace.marker.pattern.shape]
    assert "/" in patterns and "2020, 2024: hanya sebagian tahun (arsir)" in yearly.caveat


def test_a_region_shows_its_own_running_totals_of_any_publisher(dataset):
    # Bawaslu Jawa Barat: 85 violations (21 Oct 2020, from two sources), 150 (24 Nov), 160 (10 Dec 2020), all kinds
    # of election violations.
    shown = trends.build(dataset, Filters(election=("Pilkada 2020",), region=("32",)), "en")
    lines = next(c for c in shown.snapshots if c.key == "trend_lines_Bawaslu_cases_Pilkada 2020_32")
    assert _values(lines, "Violations") == [85, 150, 160]
    assert "Jawa Barat" in lines.figure.layout.title.text and "all kinds of election violations" in lines.caveat


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
