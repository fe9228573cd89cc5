"""What a journalist opening a shared link sees first: the Overview's numbers, painted before the browser has even
asked for Streamlit's chart code; then the charts, in the room kept for them, with nothing on the page moving."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import new_page

pytestmark = pytest.mark.browser

# Recorded in the page from its first moment: when the first card's number is on screen (the frame after it
# appears) and where, when the first chart arrives, and every layout shift.
WATCH = """
window.__shifts = [];
new PerformanceObserver(list => list.getEntries().forEach(e => window.__shifts.push([e.startTime, e.value])))
  .observe({type: 'layout-shift', buffered: true});
new MutationObserver(() => {
  const value = document.querySelector('[data-testid=stMetricValue]');
  if (!window.__card && value && value.innerText.trim() && !window.__seen) {
    window.__seen = true;
    requestAnimationFrame(() => {
      window.__card = performance.now();
      window.__cardTop = value.getBoundingClientRect().top;
    });
  }
  if (!window.__charts && document.querySelector('[data-testid=stPlotlyChart]')) window.__charts = performance.now();
}).observe(document, {childList: true, subtree: true, characterData: true});
"""
DRAWN = "[...document.querySelectorAll('.js-plotly-plot')].filter(e => e.querySelector('.main-svg')).length"


def test_the_numbers_are_on_screen_before_the_chart_code_is_fetched(browser, server):
    page = new_page(browser, server)
    try:
        page.add_init_script(WATCH)
        page.goto(server + "/")
        page.wait_for_function(f"() => window.__card && {DRAWN} === 2", timeout=60_000)
        card, top = page.evaluate("[window.__card, window.__cardTop]")
        plotly = page.evaluate(
            "performance.getEntriesByType('resource').filter(e => e.name.includes('/PlotlyChart.'))"
            ".map(e => e.startTime)"
        )
        assert plotly and card < min(plotly), f"card at {card:.0f} ms, Plotly's code asked for at {plotly} ms"
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        first = page.locator("[data-testid='stMetricValue']").first
        assert first.evaluate("e => e.getBoundingClientRect().top") == top, "the cards stay where they were"
        arrived, shifts = page.evaluate("[window.__charts, window.__shifts]")
        moved = sum(value for start, value in shifts if start >= arrived)
        assert card < arrived and moved < 0.01, f"the charts come into their room: layout shift {moved:.3f}"
        assert page.outside_requests == []
    finally:
        page.context.close()
