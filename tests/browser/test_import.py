"""An analyst imports a printed KASN table in a real browser and sees it on the Overview and Data pages."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import finished, metrics, open_view, shoot
from tests.lib.importing.workbooks import printed_province_table

pytestmark = pytest.mark.browser
VIEW = "?election=Pilkada+2024&publisher=KASN"


def _choose(page, label: str, text: str) -> None:
    box = page.get_by_test_id("stMainBlockContainer").get_by_label(label, exact=True)
    box.click()
    box.fill(text)
    page.keyboard.press("Enter")
    finished(page)


def _type(page, label: str, text: str) -> None:
    field = page.get_by_test_id("stMainBlockContainer").get_by_label(label, exact=True)
    field.fill(text)
    field.press("Enter")
    finished(page)


def _date(page, label: str, digits: str) -> None:
    """A date field is a row of day/month/year segments: type into the first, it moves on by itself."""
    group = page.get_by_test_id("stMainBlockContainer").get_by_label(label, exact=True)
    group.locator("[role='spinbutton']").first.click()
    page.keyboard.type(digits)
    page.keyboard.press("Tab")
    finished(page)


def _rows_shown(page) -> int:
    caption = page.get_by_text(re.compile(r"· \d+ baris")).first.inner_text()
    return int(re.search(r"· (\d+) baris", caption).group(1))


def test_upload_a_printed_table_and_see_it_everywhere(page, tmp_path):
    open_view(page, "/data" + VIEW)
    before = _rows_shown(page)

    table = tmp_path / "rekap kasn 2024.xlsx"
    table.write_bytes(printed_province_table())
    open_view(page, "/impor")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(table))
    expect(page.get_by_text("Pratinjau angka yang akan ditambahkan (8 baris)")).to_have_count(1)
    _choose(page, "Penerbit data", "KASN")
    _type(page, "Judul dokumen", "Rekap netralitas ASN Pilkada 2024 (uji)")
    _type(page, "URL dokumen", "https://www.kasn.go.id/rekap-uji")
    _date(page, "Tanggal terbit", "31122024")
    _choose(page, "Pemilihan", "Pilkada 2024")
    _date(page, "Angka per tanggal", "31122024")
    shoot(page, "import-preview", height=2200)
    confirm = page.get_by_role("button", name=re.compile("Impor ke Netra"))
    expect(confirm).to_be_enabled()
    confirm.click()
    expect(page.get_by_text(re.compile("8 angka dari"))).to_be_visible()

    open_view(page, "/" + VIEW, ready="[data-testid='stMetricValue']")
    expect(metrics(page).filter(has_text="1.588")).to_have_count(1)
    shoot(page, "import-overview")
    open_view(page, "/data" + VIEW)
    assert _rows_shown(page) == before + 8

    open_view(page, "/impor")
    page.get_by_role("button", name=re.compile("Hapus")).first.click()
    expect(page.get_by_role("button", name=re.compile("Hapus"))).to_have_count(0)
    open_view(page, "/data" + VIEW)
    assert _rows_shown(page) == before
