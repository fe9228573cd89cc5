import pandas as pd
import pytest

from lib.model.contradictions import Side, pairs, parse_side, read_contradictions
from lib.model.dataset import load_dataset


def test_a_side_is_one_figure_a_sum_a_range_or_a_share():
    assert parse_side("F20-02") == Side(("F20-02",))
    assert parse_side("F44-01 + F44-02") == Side(("F44-01", "F44-02"))
    assert parse_side("F49-02..05") == Side(("F49-02", "F49-03", "F49-04", "F49-05"))
    assert parse_side("F19-04/F19-02") == Side(("F19-04", "F19-02"), share=True)
    for bad in ("F1/F2/F3", "F49-05..02", "F1; DROP", "<b>", "F1-1..99999"):
        assert parse_side(bad) is None, bad


def test_every_disputed_shipped_figure_is_listed_with_what_it_contradicts(dataset):
    listed = {i for p in pairs(dataset.figures, dataset.contradictions) for i in p.figures + p.against}
    disputed = set(dataset.figures.loc[dataset.figures["disputed"], "figure_id"])
    assert disputed and disputed <= listed
    assert listed <= set(dataset.figures["figure_id"])


@pytest.mark.parametrize(
    "figure_id, value, against",
    [
        ("F49-02", 160, 165),  # the 14 provinces against Bawaslu's 165 (Pemilu 2019)
        ("F44-01", 1056 + 167, 1116 + 136),  # findings + reports against forwarded + not a violation
        ("F55-06", 884, 984),  # the four kabupaten's village heads against the stated total
    ],
)
def test_parts_are_summed_against_their_total(dataset, figure_id, value, against):
    pair = next(p for p in pairs(dataset.figures, dataset.contradictions) if figure_id in p.figures)
    assert (pair.value, pair.computed, pair.against_value) == (value, "sum", against)


def test_a_printed_share_is_set_against_the_share_its_counts_give(dataset):
    pair = next(p for p in pairs(dataset.figures, dataset.contradictions) if p.figures == ("F19-05",))
    assert pair.value == 88.5 and pair.against_computed == "share"
    assert pair.against_value == pytest.approx(100 * 1402 / 1605)  # 87.4


def test_two_sources_stating_one_thing_differently_are_found_without_being_declared(dataset):
    declared_away = [c for c in dataset.contradictions if "F20-02" not in c.figure_ids]
    found = pairs(dataset.figures, tuple(declared_away))
    pair = next(p for p in found if "F20-02" in p.figures + p.against)
    assert pair.contradiction is None and {pair.value, pair.against_value} == {1596, 1597}
    # Figures that agree (West Java's 107 cases, from the webinar and from Jabar Ekspres) are no pair.
    assert not any("S001-09" in p.figures + p.against for p in found)


def test_figures_are_disputed_through_the_file_not_by_hand(dataset):
    disputed = dict(zip(dataset.figures["figure_id"], dataset.figures["disputed"]))
    assert disputed["F44-01"] and disputed["F19-05"] and disputed["F53-11"]
    assert not disputed["F01-01"] and not disputed["F24-02"]  # 'about 500' is approximate, not disputed


def test_a_broken_row_is_named_and_the_others_still_count(data_copy):
    data = data_copy
    path = data / "contradictions.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    text.insert(2, 'C99,F99-01,F01-01,"tidak ada","no such figure"')
    text.insert(3, 'C98,F01-01;F01-02,,"x","x"')
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    dataset = load_dataset(data)
    problems = [(f.row, f.column, f.params.get("value")) for f in dataset.findings if f.file == "contradictions.csv"]
    assert (3, "figures", "F99-01") in problems and (4, "figures", "F01-01;F01-02") in problems
    assert len(dataset.contradictions) == 22
    assert dataset.figures.set_index("figure_id").loc["F44-01", "disputed"]


def test_a_file_without_the_columns_is_one_finding():
    found, findings = read_contradictions(pd.DataFrame({"id": ["C1"]}), set())
    assert found == () and {f.column for f in findings} == {"figures", "against", "note_id", "note_en"}
