"""A session's first run of the Overview sends the cards and keeps the charts' room; its next run (the browser's
answer once it has painted) draws the charts there. Pages without cards draw their charts at once."""

from streamlit.testing.v1 import AppTest

from lib.paths import ROOT
from pages.ui.blocks import UNDER_CHART
from tests.app.conftest import charts, metrics, open_app


def rooms(at) -> list[int]:
    """The heights of the empty rooms kept on the page (containers of a fixed pixel height)."""
    found = []

    def walk(node):
        for child in getattr(node, "children", {}).values():
            proto = getattr(child, "proto", None)
            if type(proto).__name__ == "Block" and proto.height_config.pixel_height:
                found.append(proto.height_config.pixel_height)
            walk(child)

    walk(at._tree)
    return found


def test_the_first_run_sends_the_cards_and_keeps_room_for_the_charts():
    at = open_app(painted=False)
    cards = metrics(at)
    assert len(cards) >= 10, "the numbers come first"
    assert charts(at) == [] and not at.get("arrow_data_frame"), "no chart or grid code before the cards are painted"
    assert len(at.get("bidi_component")) == 1, "the browser is asked to say when it has painted"
    kept = rooms(at)
    at.run()  # the browser's answer
    drawn = charts(at)
    assert len(drawn) == 2 and not at.get("bidi_component") and rooms(at) == []
    assert kept == [figure["layout"]["height"] + UNDER_CHART for figure in drawn], "each chart comes into its room"
    assert metrics(at) == cards, "the cards stay as they were"


def test_pages_without_cards_draw_their_charts_in_the_first_run():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.switch_page("pages/tren.py").run()  # a session opened on Trends
    assert not at.exception and at.title[0].value == "Tren"
    assert len(charts(at)) >= 5 and not at.get("bidi_component")
