"""The Impor page as an analyst uses it: upload, read the findings, fix a region, name the source, import."""

import datetime as dt

import pytest

from tests.app.conftest import metrics, open_app
from tests.lib.importing.workbooks import printed_province_table, xlsx


@pytest.fixture(autouse=True)
def own_imports(tmp_path, monkeypatch):
    monkeypatch.setenv("NETRA_IMPORTS_DIR", str(tmp_path / "imports"))
    return tmp_path / "imports"


def _upload(at, data: bytes, name: str):
    at.file_uploader[0].set_value((name, data, "application/octet-stream"))
    return at.run()


def _fill_source(at, election="Pilkada 2024"):
    at.selectbox(key="imp_publisher").set_value("KASN")
    at.text_input(key="imp_title").set_value("Rekap pelanggaran netralitas ASN (uji)")
    at.text_input(key="imp_url").set_value("https://www.kasn.go.id/rekap-uji")
    at.date_input(key="imp_published").set_value(dt.date(2024, 12, 31))
    at.selectbox(key="imp_election").set_value(election)
    at.date_input(key="imp_as_of").set_value(dt.date(2024, 12, 31))
    return at.run()


def test_an_import_shows_on_the_overview_and_can_be_removed(own_imports):
    at = open_app(page="pages/impor.py")
    _upload(at, printed_province_table(), "rekap kasn.xlsx")
    assert not at.exception
    assert at.button(key="imp_confirm").disabled  # no source yet
    _fill_source(at)
    assert not at.error and not at.button(key="imp_confirm").disabled
    at.button(key="imp_confirm").click().run()
    assert any("8" in s.value and "diimpor" in s.value for s in at.success)
    assert len(list(own_imports.glob("import-*.parquet"))) == 1

    overview = open_app({"election": "Pilkada 2024", "publisher": "KASN"})
    assert ("Dilaporkan", "1.588") in metrics(overview)

    at = open_app(page="pages/impor.py")
    remove = [b for b in at.button if str(b.key).startswith("imp_remove_")]
    remove[0].click().run()
    assert not list(own_imports.glob("import-*.parquet"))
    assert ("Dilaporkan", "1.588") not in metrics(open_app({"election": "Pilkada 2024", "publisher": "KASN"}))


def test_an_unknown_region_blocks_the_import_until_the_user_chooses_it():
    at = open_app(page="pages/impor.py")
    _upload(at, xlsx([["Kabupaten/Kota", "Jumlah"], ["Kabupaten Bandung", 25], ["Bandung", 7]]), "jabar.xlsx")
    _fill_source(at)
    assert any("Bandung" in e.value for e in at.error) and at.button(key="imp_confirm").disabled
    at.selectbox(key="imp_region_3").set_value("32.73").run()
    assert not at.error and not at.button(key="imp_confirm").disabled


def test_a_bad_file_gets_a_message_in_the_users_language_and_no_trace():
    at = open_app({"lang": "en"}, page="pages/impor.py")
    _upload(at, b"PK\x03\x04 not really a workbook", "broken.xlsx")
    assert not at.exception
    assert any("not a valid XLSX" in e.value for e in at.error)
    assert at.button(key="imp_confirm").disabled


def test_a_column_meaning_can_be_corrected():
    at = open_app(page="pages/impor.py")
    _upload(at, xlsx([["Provinsi", "Jumlah", "Halaman"], ["Aceh", 3, 11], ["Bali", 4, 51]]), "p.xlsx")
    _fill_source(at)
    # 'Halaman' (page numbers) looks numeric, so it was read as a value column; the analyst says to ignore it.
    assert len(at.dataframe[-1].value) == 4
    at.selectbox(key="imp_role_2_value").set_value("ignore").run()
    assert len(at.dataframe[-1].value) == 2


def test_an_uploaded_file_name_is_a_label_never_a_path(own_imports, tmp_path):
    at = open_app(page="pages/impor.py")
    _upload(at, printed_province_table(), "../../../escape <b>x</b>.xlsx")
    _fill_source(at)
    at.button(key="imp_confirm").click().run()
    assert not at.exception
    assert [p.name for p in own_imports.iterdir()][0].startswith("import-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imports"]  # nothing written beside or above the folder
    assert not (own_imports.parent.parent / "escape <b>x</b>.xlsx").exists()
