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
    reported, recommended = kasn.cards[0], kasn.cards[2]
    assert reported.delta is None and reported.captions[0] == "per 6 Februari 2024 (angka akhir) · Antara (Jabar)"
    assert recommended.delta == "+716" and recommended.since == "sejak 21 Desember 2020"
    assert "⚠ sumber lain: 1.596 (Agustus 2022)" in kasn.cards[1].captions
    # The follow-up rate says what it is a share of: KASN's 90.8 % is of the proven (1450 / 1597).
    assert "'terbukti melanggar'" in kasn.cards[-1].help
    assert [c.dimension for c in shown.charts] == ["violation_type", "position_level"]
    assert all(c.chart is not None and c.chart.select == c.dimension for c in shown.charts)
    # What changed is text in the view's language: labels, numbers and dates.
    row = pilkada.changes.iloc[0].to_dict()
    assert row == {
        "Penerbit data": "KASN",
        "Ukuran": "Direkomendasikan sanksi",
        "Satuan": "ASN (orang)",
        "Sebelumnya": "872 (21 Desember 2020)",
        "Terbaru": "1.588 (16 Desember 2021)",
        "Perubahan": "+716",
    }


def test_english_words_and_numbers(dataset):
    shown = overview.build(dataset, Filters(election=("Pilkada 2020",)), "en")
    kasn = next(r for r in shown.elections[0].rows if r.publisher == "KASN")
    assert [(c.label, c.value) for c in kasn.cards][0] == ("Reported", "2,034")
    assert kasn.cards[-1].value == "90.8%"
