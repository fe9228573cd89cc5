from lib.model.figures import filter_figures
from lib.views.cards import card_groups


def _group(groups, publisher, unit):
    return next(g for g in groups if g.publisher == publisher and g.unit == unit)


def test_kasn_funnel_shows_the_newest_figure_of_each_step(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    cards = {c.measure: c for c in kasn.cards}
    assert [c.measure for c in kasn.cards] == ["reported", "proven", "recommended", "followed_up"]
    assert cards["reported"].current.value == 2034
    assert str(cards["reported"].current.as_of.date()) == "2024-02-06"
    # The change is read off the previous running total, not off another source's figure.
    assert cards["reported"].previous.value == 2007 and cards["reported"].delta == 27


def test_a_disagreeing_source_is_kept_beside_the_card(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    proven = next(c for c in kasn.cards if c.measure == "proven")
    assert proven.current.value == 1597
    assert [o.value for o in proven.others] == [1596]


def test_follow_up_rate_is_the_printed_one_when_the_source_printed_it(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    assert kasn.rate.published and kasn.rate.value == 90.8 and kasn.rate.denominator == "proven"


def test_follow_up_rate_is_computed_from_one_source_and_date_otherwise(dataset):
    bkn = _group(card_groups(dataset.figures, "Pilkada 2020"), "BKN", "asn")
    assert not bkn.rate.published
    assert round(bkn.rate.value, 2) == round(100 * 580 / 727, 2)
    assert bkn.rate.source_ids == ("kompas-20201129",)


def test_filters_narrow_the_cards(dataset):
    only_bawaslu = filter_figures(dataset.figures, publisher="Bawaslu")
    groups = card_groups(only_bawaslu, "Pilkada 2020")
    assert {g.publisher for g in groups} == {"Bawaslu"}
    assert card_groups(dataset.figures, "Pilkada 2020", region="99") == []
