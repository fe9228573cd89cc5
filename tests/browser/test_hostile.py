"""Hostile text in a stored import, as a visitor's browser gets it: shown literally, no link made, no image or
pixel fetched, no style applied, on the Overview, Breakdowns and Data pages."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_view
from tests.hostile import HOSTILE, IMAGE, store_hostile_import

pytestmark = pytest.mark.browser
VIEW = "election=Pilkada+2024&publisher=KASN"


@pytest.fixture
def hostile(data_dir):
    stored = store_hostile_import(data_dir.parent / "imports")
    yield stored
    stored.unlink()  # the session's server serves the other tests too


@pytest.mark.parametrize("path", [f"/?{VIEW}", f"/rincian?by=violation_type&{VIEW}", f"/data?{VIEW}"])
def test_hostile_text_reaches_the_browser_as_text(page, hostile, path):
    open_view(page, path)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("BIG" if "data" not in path else "Data")
    assert page.locator("a[href*='evil.example']").count() == 0, "a link was made from data"
    assert page.locator("img[src*='127.0.0.1:9']").count() == 0, "an image was made from data"
    assert not page.evaluate("""() => [...document.querySelectorAll('span, text, tspan')]
        .some(e => e.getAttribute('style') && e.getAttribute('style').includes('80px'))"""), "a style from data applied"
    if "data" not in path:
        expect(main.get_by_text(IMAGE.split(" ")[0], exact=False).first).to_be_attached()
    assert page.outside_requests == [], f"the page fetched {page.outside_requests}"
    assert HOSTILE
