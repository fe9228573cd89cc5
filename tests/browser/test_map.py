"""The map page in a real browser with every outside request blocked: drawn, clickable, light."""

import io

import pandas as pd
import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import click_until, open_view, shoot

pytestmark = pytest.mark.browser
MAP = ".js-plotly-plot .geo"


def drawn_colours(page) -> set[tuple[int, int, int]]:
    """The distinct colours of the map as a person sees it (a blank map has one or two)."""
    expect(page.locator(f"{MAP} path.choroplethlocation").first).to_be_visible()
    image = Image.open(io.BytesIO(page.locator(MAP).first.screenshot())).convert("RGB")
    return {colour for _, colour in image.getcolors(maxcolors=1 << 20)}


def click_region(page, lon: float, lat: float) -> None:
    """Click the map where a place is, as a person would (the map's projection tells where that is on screen)."""
    x, y = page.evaluate(
        """([lon, lat]) => {
        const plot = document.querySelector('.js-plotly-plot');
        const [x, y] = plot._fullLayout.geo._subplot.projection([lon, lat]);
        const box = plot.querySelector('.main-svg').getBoundingClientRect();
        return [box.left + x, box.top + y];
    }""",
        [lon, lat],
    )
    page.mouse.move(x - 3, y - 3)
    page.mouse.move(x, y)
    page.mouse.click(x, y)


def count_websocket_bytes(page) -> list[int]:
    """Bytes the server sends over Streamlit's websocket from now on (the page's data, not the cached app code)."""
    received = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.append(len(payload))))
    return received


def test_the_province_map_draws_offline_and_a_click_drills_down(page):
    received = count_websocket_bytes(page)
    open_view(page, "/peta")
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    colours = drawn_colours(page)
    assert len(colours) > 5, f"the map looks blank: {colours}"
    assert (217, 217, 217) in colours, "provinces without figures are drawn grey"
    shoot(page, "map-provinces", height=1100)
    assert page.outside_requests == [], "the map must not reach outside"
    assert 100_000 < sum(received) < 2_000_000, f"the map page sent {sum(received):,} bytes"

    click_until(page, lambda: click_region(page, 107.6, -7.1), r"level=regency")  # Bandung, in West Java
    assert "region=32" in page.url and "level=regency" in page.url, page.url
    expect(page.get_by_text("Jawa Barat").first).to_be_visible()
    assert len(drawn_colours(page)) > 3
    shoot(page, "map-west-java", height=1100)
    assert page.outside_requests == []


def test_the_west_java_map_marks_the_pilkada_regions_and_lists_them(page):
    open_view(page, "/peta?level=regency&region=32")
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    assert len(drawn_colours(page)) > 3
    button = page.get_by_role("button", name="Unduh data grafik (CSV)")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60000) as download:  # the map's data, as a journalist takes it
        button.click()
    table = pd.read_csv(download.value.path(), encoding="utf-8-sig", dtype=str)
    assert dict(zip(table["region_name"], table["value"])) == {
        "Kabupaten Cianjur": "176",
        "Kabupaten Tasikmalaya": "278",
        "Kabupaten Karawang": "150",
        "Kabupaten Indramayu": "178",
    }
    assert table["source_url"].str.startswith("https://").all()
    title = page.locator(".js-plotly-plot .gtitle").first.get_attribute("data-unformatted").replace("<br>", " ")
    assert "garis tebal: daerah Pilkada 2020 di Jawa Barat" in title
    assert page.outside_requests == []
