from lib.model.figures import filter_figures
from lib.views.cards import card_groups


def _group(groups, publisher, unit):
    return next(g for g in groups if g.publisher == publisher and g.unit == unit)


def test_kasn_funnel_shows_the_newest_figure_of_each_step(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    cards = {c.measure: c for c in kasn.cards}
    assert [c.measure for c in kasn.cards] == ["reported", "proven", "recommended", "followed_up"]
    assert cards["reported"].current.value == 2034
    assert str(cards["reported"].current.as_of.date()) == "2024-02-06" and cards["reported"].current.final
    # A final figure is another kind of figure than a running total: no change is read between the two.
    assert cards["reported"].previous is None and cards["reported"].delta is None
    # Between running totals of one series it is: 1588 recommended (16 Dec 2021) against 872 (21 Dec 2020).
    assert cards["recommended"].previous.value == 872 and cards["recommended"].delta == 716


def test_a_change_is_later_minus_earlier_with_dates_at_their_precision(dataset):
    # KASN, Pemilu 2019: 128 cases to 15 Apr 2019 (Antara), 137 for 'Jan-Apr 2019' (Harian Jogja). April ends
    # after the 15th: +9, never the -9 a date read as 1 April gives.
    kasn = _group(card_groups(dataset.figures, "Pemilu 2019"), "KASN", "cases")
    reported = next(c for c in kasn.cards if c.measure == "reported")
    assert (reported.current.value, reported.previous.value, reported.delta) == (137, 128, 9)


def test_no_change_is_read_off_an_approximate_figure_or_another_kind_of_figure(dataset):
    # KASN, Pilkada 2018: 508 (final, Apr 2019) after 'sekitar 500' (Feb 2019).
    kasn = _group(card_groups(dataset.figures, "Pilkada 2018"), "KASN", "cases")
    reported = next(c for c in kasn.cards if c.measure == "reported")
    assert reported.current.value == 508 and reported.delta is None
    # Bawaslu, Pilkada 2020: the final 1546 (A-rated) heads the card, the 1536 re-publication (B) beside it, and
    # no change is read against the running 805 of 4 Oct 2020.
    bawaslu = _group(card_groups(dataset.figures, "Pilkada 2020"), "Bawaslu", "cases")
    suspected = next(c for c in bawaslu.cards if c.measure == "suspected")
    assert suspected.current.value == 1546 and [o.value for o in suspected.others] == [1536]
    assert suspected.delta is None


def test_context_figures_are_never_headline_cards(dataset):
    groups = card_groups(dataset.figures, "Pilkada 2020")
    measures = {c.measure for g in groups for c in g.cards}
    assert not measures & {"respondents", "survey_share", "headcount"}


def test_a_disagreeing_source_is_kept_beside_the_card(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    proven = next(c for c in kasn.cards if c.measure == "proven")
    assert proven.current.value == 1597
    assert [o.value for o in proven.others] == [1596]


def test_follow_up_rate_is_the_printed_one_when_the_source_printed_it(dataset):
    kasn = _group(card_groups(dataset.figures, "Pilkada 2020"), "KASN", "asn")
    # 90.8 % is of the proven (1450 / 1597), which the counts of that date show.
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
