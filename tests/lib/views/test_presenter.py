import pytest

from lib.model.filters import Filters
from lib.views import presenter

DEFAULT = Filters(election=("Pilkada 2020",))


@pytest.mark.parametrize("name", presenter.SLIDES)
def test_every_slide_has_something_to_show(dataset, name):
    slide = presenter.build(dataset, DEFAULT, "id", name)
    assert (slide.cards is None) != (slide.chart is None)
    assert slide.newest and slide.refreshed


def test_the_cards_slide_is_the_overviews_first_rows(dataset):
    slide = presenter.build(dataset, DEFAULT, "id", "cards")
    assert len(slide.cards.rows) <= presenter.CARD_ROWS
    assert slide.cards.rows[0].cards[0].value == "2.034"


def test_a_slide_enlarges_a_copy_never_the_shared_figure(dataset):
    from lib.views import overview

    shared = next(c.chart for c in overview.build(dataset, DEFAULT, "en").charts if c.dimension == "position_level")
    slide = presenter.build(dataset, DEFAULT, "en", "positions")
    assert "Position levels" in slide.chart.figure.layout.title.text
    assert slide.chart.figure.layout.font.size == 22 and shared.figure.layout.font.size != 22
