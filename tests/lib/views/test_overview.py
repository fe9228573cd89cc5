import pytest

from lib.model.figures import distinct
from lib.model.filters import Filters
from lib.views import overview


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_publisher_alone_gives_an_overview(dataset, lang):
    for publisher in distinct(dataset.figures, "publisher"):
        shown = overview.build(dataset, Filters(publisher=(publisher,)), lang)
        for cards in shown.elections:
            assert {row.publisher for row in cards.rows} == {publisher}
        for top in shown.charts:
            if top.chart:
                assert set(top.chart.rows["publisher"].astype(str)) <= {publisher}


def test_default_overview_shows_the_kasn_funnel_and_both_top_charts(dataset):
    shown = overview.build(dataset, Filters(election=("Pilkada 2020",)), "id")
    pilkada = next(c for c in shown.elections if c.election == "Pilkada 2020")
    assert pilkada.heading == "Pilkada 2020 · Indonesia"
    kasn = next(r for r in pilkada.rows if r.publisher == "KASN" and r.unit == "asn")
    assert kasn.heading == "KASN · ASN (orang)"
    assert [(c.label, c.value) for c in kasn.cards] == [
        ("Dilaporkan", "2.034"),
        ("Terbukti melanggar", "1.597"),
        ("Direkomendasikan sanksi", "1.588"),
        ("Ditindaklanjuti PPK", "1.450"),
        ("Tingkat tindak lanjut", "90,8%"),
    ]
    reported = kasn.cards[0]
    assert reported.delta == "+27" and reported.since.startswith("sejak ")
    assert "⚠ sumber lain: 1.596 (Agustus 2022)" in kasn.cards[1].captions
    assert [c.dimension for c in shown.charts] == ["violation_type", "position_level"]
    assert all(c.chart is not None and c.chart.select == c.dimension for c in shown.charts)
    # What changed is labelled in the view's language.
    assert "Dilaporkan" in set(pilkada.changes["measure"])


def test_english_words_and_numbers(dataset):
    shown = overview.build(dataset, Filters(election=("Pilkada 2020",)), "en")
    kasn = next(r for r in shown.elections[0].rows if r.publisher == "KASN")
    assert [(c.label, c.value) for c in kasn.cards][0] == ("Reported", "2,034")
    assert kasn.cards[-1].value == "90.8%"
