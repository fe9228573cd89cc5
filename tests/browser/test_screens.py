"""Every page as a person sees it, on a laptop and a phone, in both languages, and every slide on a projector:
nothing cut short by an ellipsis (card labels, control labels and values, chart titles), every region with a figure
inside the map, a clicker's keys moving the slides, type a room can read."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import finished, new_page, open_view, shoot

pytestmark = pytest.mark.browser
PAGES = ("/", "/tren", "/rincian?by=region", "/peta", "/peta?level=regency&region=32", "/data", "/tentang", "/impor")
SCREENS = {"laptop": (1400, 1000), "phone": (390, 844)}

# Text Streamlit or Plotly shortens with '…' where it does not fit: labels and values of cards and controls, chart
# titles (an SVG title has no ellipsis: it runs past the chart's right edge instead).
CUT = """() => {
  const cut = [];
  const boxes = '[data-testid=stMetric], [data-testid=stWidgetLabel], [data-baseweb=select],'
    + ' [data-testid=stMultiSelectTagsContainer], [data-testid=stButtonGroup] button';
  for (const box of document.querySelectorAll(boxes)) {
    for (const el of [box, ...box.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= 0 || r.left >= innerWidth) continue;  // not on screen (a phone's closed sidebar)
      const style = getComputedStyle(el);
      const clipped = style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
      if (clipped && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim())
        cut.push(el.textContent.trim().slice(0, 80));
    }
  }
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const width = plot.getBoundingClientRect().right;
    for (const line of plot.querySelectorAll('.gtitle, .g-xtitle, .g-ytitle, .legendtext')) {
      if (line.getBoundingClientRect().right > width + 2) cut.push('chart: ' + line.textContent.slice(0, 80));
    }
  }
  return cut;
}"""
# Regions drawn outside the map's own frame (cut off by its edge).
OUTSIDE = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const frame = plot.querySelector('.geo .bg rect') || plot.querySelector('.geo');
    if (!frame) continue;
    const box = plot.getBoundingClientRect();
    for (const region of plot.querySelectorAll('path.choroplethlocation')) {
      const r = region.getBoundingClientRect();
      const outside = r.left < box.left - 1 || r.right > box.right + 1
        || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      if (r.width && outside) out.push(region.__data__ && region.__data__.loc);
    }
  }
  return out;
}"""


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_page_cuts_text_short_or_a_region_off_the_map(browser, server, screen, lang):
    width, height = SCREENS[screen]
    page = new_page(browser, server, viewport={"width": width, "height": height})
    try:
        for path in PAGES:
            joiner = "&" if "?" in path else "?"
            open_view(page, f"{path}{joiner}lang={lang}")
            if path.startswith(("/", "/tren", "/rincian", "/peta")) and path not in ("/data", "/tentang", "/impor"):
                expect(page.locator(".js-plotly-plot").first).to_be_visible()
            expect(page.locator("[data-testid='stException']")).to_have_count(0)
            assert page.evaluate(CUT) == [], (path, screen, lang)
            assert page.evaluate(OUTSIDE) == [], (path, screen, lang)
            if path in ("/", "/peta"):
                shoot(page, f"{screen}-{lang}-{'map' if path == '/peta' else 'overview'}")
        assert page.outside_requests == []
    finally:
        page.context.close()


def slide_number(page) -> str:
    return page.get_by_text("Slide ").last.inner_text()


# Pairs of bar labels whose boxes intersect (a label printed over another cannot be read from the back row).
OVERLAPPING = """plot => {
  const boxes = [...plot.querySelectorAll('.bartext')].map(e => [e.textContent, e.getBoundingClientRect()]);
  const hit = [];
  // A text box is taller than its letters: boxes touching by under a quarter of their height still read apart.
  boxes.forEach(([a, r], i) => boxes.slice(i + 1).forEach(([b, q]) => {
    const wide = Math.min(r.right, q.right) - Math.max(r.left, q.left);
    const tall = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
    if (wide > 1 && tall > Math.min(r.height, q.height) / 4) hit.push([a, b]);
  }));
  return hit;
}"""


def test_a_clicker_drives_the_slides_set_in_projector_type(browser, server):
    page = new_page(browser, server, viewport={"width": 1920, "height": 1080})
    try:
        open_view(page, "/?present=1", ready=".js-plotly-plot, [data-testid='stMetric']")
        page.get_by_text("Ganti otomatis").click()  # auto-advance off: only the keys move the slides
        finished(page)
        expect(page.get_by_text("Slide 1/6")).to_be_visible()
        for key, shown in (
            ("ArrowRight", "2/6"),
            ("PageDown", "3/6"),
            (" ", "4/6"),
            ("ArrowLeft", "3/6"),
            ("PageUp", "2/6"),
        ):
            page.keyboard.press(key)
            expect(page.get_by_text(f"Slide {shown}")).to_be_visible()
            finished(page)
        page.keyboard.press("ArrowLeft")
        for number in range(1, 7):
            expect(page.get_by_text(f"Slide {number}/6")).to_be_visible()
            finished(page)
            expect(page.locator("[data-testid='stException']")).to_have_count(0)
            expect(page.locator(".js-plotly-plot, [data-testid='stMetric']").first).to_be_visible()
            plot = page.locator(".js-plotly-plot:visible").first
            if not page.locator("[data-testid='stMetric']:visible").count():  # a chart slide
                title = plot.locator(".gtitle").first
                expect(title).to_be_visible()
                size = "e => parseFloat(e.style.fontSize || getComputedStyle(e).fontSize)"
                ticks = plot.locator(".xtick text, .ytick text")
                assert title.evaluate(size) >= 40
                assert min(ticks.evaluate_all(f"all => all.map({size}).filter(x => x)")) >= 20
                assert plot.evaluate(OVERLAPPING) == [], "bar labels sit on each other"
            shoot(page, f"present-{number}")
            page.keyboard.press("ArrowRight")
        assert page.outside_requests == []
    finally:
        page.context.close()
