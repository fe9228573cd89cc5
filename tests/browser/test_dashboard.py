"""What a person sees in a real browser: every page, language switch, filters, URL, click, download, presenter."""

import re
import time

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import click_until, finished, metrics, new_page, open_view, serve, shoot

pytestmark = pytest.mark.browser

PAGES = [
    ("/", "Netra: Netralitas ASN dalam Angka", "overview"),
    ("/tren", "Tren", "trends"),
    ("/rincian", "Rincian", "breakdowns"),
    ("/peta", "Peta", "map"),
    ("/data", "Data", "data"),
    ("/tentang", "Tentang", "about"),
]
FUNNEL_ID = ["2.034", "1.597", "1.588", "1.450", "90,8%"]
FUNNEL_EN = ["2,034", "1,597", "1,588", "1,450", "90.8%"]


def expect_metrics(page, first: list[str]) -> None:
    """The first headline values read `first` (retrying while a rerun lands)."""
    expect(metrics(page).nth(len(first) - 1)).to_be_visible()
    for i, value in enumerate(first):
        expect(metrics(page).nth(i)).to_have_text(value)


@pytest.mark.parametrize("path, title, name", PAGES)
def test_each_page_renders_offline(page, path, title, name):
    open_view(page, path)
    expect(page.locator("h1").first).to_have_text(title)
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    # The sidebar menu is Netra's own, in Indonesian.
    expect(page.locator("[data-testid='stSidebarNav']").get_by_text("Ringkasan")).to_have_count(1)
    shoot(page, f"page-{name}", height=2400)
    assert page.outside_requests == [], "the dashboard must not reach outside"


def test_a_direct_link_on_a_fresh_server_opens_its_page_inside_the_app(browser, data_dir):
    """A server's first visitor may arrive on /tren: the page opens with the app's menu and language, never alone."""
    with serve(data_dir) as fresh:
        page = new_page(browser, fresh)
        open_view(page, "/tren?lang=en")
        expect(page.locator("h1").first).to_have_text("Trends")
        nav = page.locator("[data-testid='stSidebarNav']")
        expect(nav.get_by_text("Overview")).to_have_count(1)
        expect(nav.get_by_text("Import")).to_have_count(1)
        expect(page.get_by_text("Page not found")).to_have_count(0)
        expect(page).to_have_url(re.compile(r"/tren\?lang=en$"))
        page.context.close()


def test_overview_shows_the_funnel_and_switches_to_english(page):
    open_view(page, "/")
    expect_metrics(page, FUNNEL_ID)
    expect(page.get_by_text("⚠ sumber lain: 1.596 (Agustus 2022)")).to_have_count(1)
    page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    expect(page).to_have_url(re.compile(r"lang=en"))
    expect_metrics(page, FUNNEL_EN)
    expect(page.locator("[data-testid='stSidebarNav']").get_by_text("Overview")).to_have_count(1)
    shoot(page, "overview-en", height=1600)


def test_a_filter_offers_its_values_in_indonesian_and_nothing_in_english(page):
    open_view(page, "/")
    page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(1).click()
    expect(page.get_by_role("option", name="BKN", exact=True)).to_be_visible()
    expect(page.get_by_role("option", name=re.compile("Select"))).to_have_count(0)  # Streamlit's own words
    page.keyboard.press("Escape")


def test_a_filter_lands_in_the_url_and_the_url_restores_the_view(page, browser):
    open_view(page, "/?lang=en")
    page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(1).click()
    page.get_by_role("option", name="BKN (Civil Service Agency)").click()
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"publisher=BKN"))
    expect_metrics(page, ["1,005", "727", "580"])
    shown = metrics(page).all_inner_texts()
    # A colleague opens the copied link in a new browser: same view, same language.
    other = new_page(browser, page.base_url)
    open_view(other, page.url.removeprefix(page.base_url), ready="[data-testid='stMetricValue']")
    expect_metrics(other, shown)
    expect(other.locator("h1").first).to_have_text("Netra: Civil-Service Neutrality in Numbers")
    other.context.close()


def test_the_url_survives_a_page_switch(page):
    open_view(page, "/?region=32&publisher=Bawaslu")
    page.locator("[data-testid='stSidebarNav']").get_by_text("Data", exact=True).click()
    expect(page).to_have_url(re.compile(r"/data\?.*region=32"))
    assert "publisher=Bawaslu" in page.url


def test_clicking_a_bar_filters_the_whole_app(page):
    open_view(page, "/rincian?by=region&publisher=KASN")
    bars = page.locator(".js-plotly-plot .bars path")
    expect(bars.first).to_be_visible()
    assert bars.count() > 3
    page.locator(".js-plotly-plot").first.hover()  # let Plotly attach its handlers before the click
    click_until(page, lambda: bars.first.click(force=True), r"region=\d\d")
    match = re.search(r"region=(\d\d)", page.url)
    assert match, page.url
    page.locator("[data-testid='stSidebarNav']").get_by_text("Ringkasan").click()
    expect(page).to_have_url(re.compile(rf"region={match.group(1)}"))
    finished(page)
    shoot(page, "overview-after-click", height=1400)


def test_the_data_page_downloads_the_filtered_extract_with_sources(page):
    open_view(page, "/data?region=32&election=Pilkada%202020")
    caption = page.get_by_text(re.compile(r"\d+ baris")).first.inner_text()
    expected_rows = int(re.search(r"(\d+) baris", caption).group(1))
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    with page.expect_download(timeout=30000) as download:
        page.get_by_role("button", name="Unduh hasil filter (CSV)").click()
    table = pd.read_csv(download.value.path(), encoding="utf-8-sig", dtype=str)
    assert len(table) == expected_rows
    assert set(table["region_code"]) <= {"32"} | {c for c in table["region_code"] if c.startswith("32.")}
    assert table["source_title"].notna().all()
    assert set(table["extract_filter"]) == {"pemilihan: Pilkada 2020; wilayah: 32"}
    assert "107" in set(table["value"])
    shoot(page, "data", height=1400)


def test_a_download_arrives_whatever_order_the_server_hears_the_click_in(page):
    """The CI failure of 23 Nov: a click that also reruns the page races the file's generator, which the rerun
    replaces. Hold what the click sends; let the server finish anything else first and hear the file request last,
    as a busy server might."""
    held, downloads = [], []
    holding = {"on": False}

    def hold_after_click(ws):
        server = ws.connect_to_server()
        ws.on_message(lambda message: held.append(message) if holding["on"] else server.send(message))
        hold_after_click.server = server

    page.route_web_socket("**/_stcore/stream", hold_after_click)
    page.on("download", lambda download: downloads.append(download))
    open_view(page, "/data?region=32")
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    holding["on"] = True
    page.get_by_role("button", name="Unduh hasil filter (XLSX)").click()
    deadline = time.monotonic() + 10
    while not held and time.monotonic() < deadline:  # what the browser sends is not on the page: poll the list
        page.wait_for_timeout(100)
    holding["on"] = False
    assert held, "the click sent nothing"
    request, *rest = held  # the browser asks for the file first
    for message in rest:
        hold_after_click.server.send(message)
    finished(page)
    hold_after_click.server.send(request)
    error = page.locator("[data-testid='stDownloadButtonError']")
    deadline = time.monotonic() + 30
    while not downloads and not error.count() and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert error.all_inner_texts() == []  # before the fix: "Failed to generate file for download"
    # The file's name says what is in it: the filters and the day.
    assert downloads and re.fullmatch(
        r"netra_pilkada-2020_jawa-barat_\d{4}-\d{2}-\d{2}\.xlsx", downloads[0].suggested_filename
    )
    workbook = pd.read_excel(downloads[0].path(), sheet_name=None, engine="calamine")
    assert set(workbook) == {"Data", "Sumber", "Tentang"} and len(workbook["Data"]) > 0


def test_presenter_mode_runs_a_slideshow_and_follows_the_data(page, data_dir):
    open_view(page, "/?present=1", ready="[data-testid='stMetricValue']")
    expect(page.locator("[data-testid='stSidebar']")).not_to_be_visible()
    expect(metrics(page).first).to_have_text("2.034")
    shoot(page, "present-1")
    page.get_by_role("button", name="▶").click()
    expect(page).to_have_url(re.compile(r"slide=1"))
    expect(page.locator(".js-plotly-plot").first).to_be_visible()
    shoot(page, "present-2")
    page.get_by_role("button", name="◀").click()
    expect(page).to_have_url(re.compile(r"present=1$"))
    page.get_by_text("Ganti otomatis").click()  # stop the timer while the data change is watched
    # A data editor corrects the served copy (synthetic change to a test copy, never to data/).
    figures = data_dir / "figures.csv"
    original = figures.read_text(encoding="utf-8")
    figures.write_text(
        original.replace(",reported,asn,none,total,2034,", ",reported,asn,none,total,2099,", 1), encoding="utf-8"
    )
    try:
        expect(page.locator("[data-testid='stMetricValue']", has_text="2.099")).to_have_count(1)
    finally:
        figures.write_text(original, encoding="utf-8")


def test_readable_on_a_phone(browser, server):
    phone = new_page(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    open_view(phone, "/rincian?show=share")
    expect(phone.locator(".js-plotly-plot").first).to_be_visible()  # charts come last on a busy machine
    width = phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth")
    assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
    shoot(phone, "phone-breakdowns", height=1600)
    phone.context.close()


def test_a_hostile_link_opens_the_default_view_and_runs_nothing(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = (
        "/?election=%3Cscript%3Ealert(1)%3C/script%3E&publisher=%3Cimg%20src=x%20onerror=alert(2)%3E"
        "&region=" + "9" * 10000 + "&lang=%22%3E%3Csvg%20onload=alert(3)%3E&utm_source=webinar"
    )
    open_view(page, hostile, ready="[data-testid='stMetricValue']")
    expect(metrics(page).first).to_have_text("2.034")
    expect(page).to_have_url(re.compile(r"^[^?]*$"))  # the address bar is rewritten to the default view
    assert dialogs == []
    html = page.content()
    assert "onerror=alert" not in html and "<svg onload" not in html and "alert(1)" not in html
