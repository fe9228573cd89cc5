"""An analyst imports tables in a real browser: a printed KASN table seen on the Overview and Data pages; a
three-sheet workbook corrected once, seen on the Breakdowns page, and next month's file read the same way."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import finished, metrics, open_view, shoot
from tests.lib.importing.workbooks import printed_province_table, three_sheet_workbook

pytestmark = pytest.mark.browser
VIEW = "?election=Pilkada+2024&publisher=KASN"
MAIN = "stMainBlockContainer"


def choose(page, label: str, text: str, within=None) -> None:
    box = (within or page.get_by_test_id(MAIN)).get_by_label(label, exact=True)
    box.click()
    box.fill(text)
    page.keyboard.press("Enter")
    finished(page)


def type_into(page, label: str, text: str) -> None:
    field = page.get_by_test_id(MAIN).get_by_label(label, exact=True)
    field.fill(text)
    field.press("Enter")
    finished(page)


def date(page, label: str, digits: str) -> None:
    """A date field is a row of day/month/year segments: type into the first, it moves on by itself."""
    group = page.get_by_test_id(MAIN).get_by_label(label, exact=True)
    group.locator("[role='spinbutton']").first.click()
    page.keyboard.type(digits)
    page.keyboard.press("Tab")
    finished(page)


def rows_shown(page) -> int:
    caption = page.get_by_text(re.compile(r"· \d+ baris")).first.inner_text()
    return int(re.search(r"· (\d+) baris", caption).group(1))


def upload(page, path) -> None:
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    expect(page.get_by_text("Pemetaan yang terdeteksi")).to_be_visible()
    finished(page)


def fill_source(page, title: str) -> None:
    choose(page, "Penerbit data", "KASN")
    type_into(page, "Judul dokumen", title)
    type_into(page, "URL dokumen", "https://www.kasn.go.id/rekap-uji")
    date(page, "Tanggal terbit", "31122024")
    choose(page, "Pemilihan", "Pilkada 2024")
    date(page, "Angka per tanggal", "31122024")


def publish(page) -> None:
    button = page.get_by_role("button", name=re.compile("Terbitkan untuk semua pengunjung"))
    expect(button).to_be_enabled()
    button.click()
    expect(page.get_by_text(re.compile("diterbitkan dan tampil"))).to_be_visible()


def test_upload_a_printed_table_and_see_it_everywhere(page, tmp_path):
    open_view(page, "/data" + VIEW)
    before = rows_shown(page)
    table = tmp_path / "rekap kasn 2024.xlsx"
    table.write_bytes(printed_province_table(title="REKAPITULASI PELANGGARAN NETRALITAS ASN (BERKAS UJI)"))
    open_view(page, "/impor")
    upload(page, table)
    expect(page.get_by_text("Pratinjau angka yang akan ditambahkan (7 baris)")).to_have_count(1)
    fill_source(page, "Rekap netralitas ASN Pilkada 2024 (uji)")
    shoot(page, "import-preview", height=2200)
    publish(page)

    open_view(page, "/" + VIEW, ready="[data-testid='stMetricValue']")
    expect(metrics(page).filter(has_text="1.588")).to_have_count(1)
    shoot(page, "import-overview")
    open_view(page, "/data" + VIEW)
    assert rows_shown(page) == before + 7

    open_view(page, "/impor")
    page.get_by_role("button", name=re.compile("Hapus")).first.click()
    expect(page.get_by_role("button", name=re.compile("Hapus"))).to_have_count(0)
    open_view(page, "/data" + VIEW)
    assert rows_shown(page) == before


def test_a_workbook_corrected_once_shows_its_categories_and_next_months_file_needs_no_correction(page, tmp_path):
    first = tmp_path / "rekap november.xlsx"
    first.write_bytes(three_sheet_workbook(heading="Angka"))  # a heading that says neither measure nor unit
    open_view(page, "/impor")
    upload(page, first)
    fill_source(page, "Rekap netralitas November (uji)")
    main = page.get_by_test_id(MAIN)
    expect(main.get_by_text(re.compile("apa yang dihitung kolom ini tidak terbaca"))).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Terbitkan"))).to_be_disabled()
    for label, option in (("Ukuran", "Dugaan pelanggaran"), ("Satuan", "kasus")):
        page.get_by_role("tab", name="Provinsi").click()
        box = main.get_by_label(label, exact=True).filter(visible=True)
        box.click()
        box.fill(option)  # the list is long: type to find, as a person would
        page.get_by_role("option", name=option, exact=True).click()
        finished(page)
    expect(main.get_by_text(re.compile("kolom ini tidak terbaca"))).to_have_count(0)
    shoot(page, "import-workbook", height=2400)
    publish(page)

    # The wide table's kinds of people (its title says Pilkada 2020, Jawa Barat) and the status recap's sanctions,
    # as categories on the Breakdowns page.
    for path, labels in (
        ("/rincian?by=actor&election=Pilkada+2020&region=32", {"TNI", "Polri", "Kepala/perangkat desa"}),
        ("/rincian?by=sanction&election=Pilkada+2024", {"Hukuman disiplin ringan"}),
    ):
        open_view(page, path)
        ticks = page.locator(".js-plotly-plot .ytick text")
        expect(ticks.first).to_be_attached()
        assert labels <= set(ticks.all_text_contents()), ticks.all_text_contents()

    second = tmp_path / "rekap desember.xlsx"
    second.write_bytes(three_sheet_workbook(heading="Angka", extra=5))
    open_view(page, "/impor")
    upload(page, second)
    expect(page.get_by_text(re.compile("dipakai lagi"))).to_be_visible()
    fill_source(page, "Rekap netralitas Desember (uji)")
    expect(page.get_by_test_id(MAIN).get_by_text(re.compile("kolom ini tidak terbaca"))).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("Terbitkan"))).to_be_enabled()
    shoot(page, "import-reused", height=1600)
    page.get_by_role("button", name=re.compile("Hapus")).first.click()  # the test leaves the server as it found it
    expect(page.get_by_role("button", name=re.compile("Hapus"))).to_have_count(0)
