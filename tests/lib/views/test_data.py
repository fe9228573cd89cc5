import pytest

from lib.model.filters import Filters
from lib.views import data


def test_the_extract_is_labelled_and_carries_its_sources(dataset):
    shown = data.build(dataset, Filters(election=("Pilkada 2020",), region=("32",)), "en")
    assert shown.description == "election: Pilkada 2020; region: 32"
    assert shown.caption == f"{shown.description} · {len(shown.extract)} rows"
    assert list(shown.table.columns) == data.SHOWN and set(shown.headers) == set(data.SHOWN)
    assert shown.extract["source_title"].notna().all()
    assert shown.headers["measure_label"] == "Measure"


@pytest.mark.parametrize("lang, share, date", [("id", "21,5%", "31 Jul 2020"), ("en", "21.5%", "31 Jul 2020")])
def test_numbers_dates_and_notes_are_shown_in_the_readers_language(dataset, lang, share, date):
    shown = data.build(dataset, Filters(election=("Pilkada 2020",), publisher=("KASN",)), lang)
    row = shown.table[shown.table["figure_id"] == "F04-01"].iloc[0]
    assert (row["value_text"], row["as_of"]) == (share, date)
    note = shown.table.set_index("figure_id").loc["F04-01", "note_text"]
    assert note == (
        "top 5 types; they sum to 79%" if lang == "en" else dataset.figures.set_index("figure_id").loc["F04-01", "note"]
    )
    # The downloads keep numbers numbers.
    assert shown.extract.set_index("figure_id").loc["F04-01", "value"] == 21.5


def test_a_contradicted_figure_says_what_it_contradicts_in_the_table(dataset):
    shown = data.build(dataset, Filters(election=("Pilkada 2020",)), "id")
    warning = shown.table.set_index("figure_id").loc["F44-01", "warning"]
    assert warning.startswith("temuan ditambah laporan (1056+167)")
