import pytest

from lib.model.figures import distinct
from lib.model.filters import Filters
from lib.views.overview import build_overview, overview


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_publisher_alone_gives_an_overview(dataset, lang):
    for publisher in distinct(dataset.figures, "publisher"):
        shown = build_overview(dataset, Filters(publisher=(publisher,)), lang)
        for cards in shown.elections:
            assert {g.publisher for g in cards.groups} == {publisher}
        for chart in shown.charts:
            assert set(chart.rows["publisher"].astype(str)) <= {publisher}


def test_default_overview_shows_the_kasn_funnel_and_both_top_charts(dataset):
    shown = build_overview(dataset, Filters(), "id")
    pilkada = next(c for c in shown.elections if c.election == "Pilkada 2020")
    kasn = next(g for g in pilkada.groups if g.publisher == "KASN" and g.unit == "asn")
    assert kasn.cards[0].current.value == 2034
    assert [c.dimension for c in shown.charts] == ["violation_type", "position_level"]
    assert all(c.figure is not None for c in shown.charts)
    # What changed is labelled in the view's language.
    assert "Dilaporkan" in set(pilkada.changes["measure"])


def test_sessions_with_the_same_view_share_one_overview(dataset):
    view = Filters(publisher=("KASN",))
    assert overview(dataset, view, "id") is overview(dataset, view, "id")
    assert overview(dataset, view, "en") is not overview(dataset, view, "id")
