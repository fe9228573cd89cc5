import pytest

from lib.model.filters import Filters
from lib.views import presenter

DEFAULT = Filters(election=("Pilkada 2020",))


@pytest.mark.parametrize("name", presenter.SLIDES)
def test_every_slide_has_something_to_show_and_more_than_one_bar(dataset, name):
    slide = presenter.build(dataset, DEFAULT, "id", name)
    assert (slide.cards is None) != (slide.chart is None) and slide.refreshed
    if slide.chart is not None and slide.chart.figure.data[0].type == "bar":
        bars = {y for trace in slide.chart.figure.data for y in (trace.y if trace.orientation == "h" else trace.x)}
        assert len(bars) >= 2, name


@pytest.mark.parametrize("name", presenter.SLIDES)
def test_the_stamp_names_the_newest_figure_on_the_slide(dataset, name):
    slide = presenter.build(dataset, DEFAULT, "id", name)
    rows = slide.chart.rows if slide.chart else None
    if name == "cards":
        assert slide.newest == "6 Februari 2024"  # KASN's final figures, as cited 6 Feb 2024
    elif rows["as_of"].notna().any():
        newest = rows.loc[rows["as_of_end"].idxmax()]
        from lib.formats import format_date

        assert slide.newest == format_date(newest["as_of"], newest["as_of_precision"], "id")
    else:
        assert slide.newest == ""  # figures published without a date get no date stamp


def test_the_cards_slide_is_the_overviews_first_rows_and_only_violation_figures(dataset):
    slide = presenter.build(dataset, DEFAULT, "id", "cards")
    assert len(slide.cards.rows) <= presenter.CARD_ROWS
    assert slide.cards.rows[0].cards[0].value == "2.034"
    labels = {c.label for row in slide.cards.rows for c in row.cards}
    assert "Responden" not in labels


def test_a_slide_is_set_in_projector_type_on_a_copy_never_the_shared_figure(dataset):
    from lib.views import overview

    shared = next(c.chart for c in overview.build(dataset, DEFAULT, "en").charts if c.dimension == "position_level")
    slide = presenter.build(dataset, DEFAULT, "en", "positions")
    layout = slide.chart.figure.layout
    assert "Position levels" in layout.title.text
    assert layout.title.font.size >= 40 and layout.font.size >= 20 and layout.xaxis.tickfont.size >= 20
    assert "font-size:12px" not in layout.title.text and "font-size:22px" in layout.title.text
    assert shared.figure.layout.font.size == 14 and "font-size:12px" in shared.figure.layout.title.text
