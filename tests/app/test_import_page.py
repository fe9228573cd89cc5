"""The Impor page as an analyst uses it: upload, read what Netra understood, correct it, name the source, keep a
draft, publish (an editor), and next month's file of the same layout read with the same corrections."""

import datetime as dt

import pytest

from tests.app.conftest import metrics, open_app
from tests.lib.importing.workbooks import printed_province_table, xlsx

UNTITLED = printed_province_table(title="REKAPITULASI PELANGGARAN NETRALITAS ASN (BERKAS UJI)")
VIEW = {"election": "Pilkada 2024", "publisher": "KASN"}


@pytest.fixture(autouse=True)
def own_imports(tmp_path, monkeypatch):
    monkeypatch.setenv("NETRA_IMPORTS_DIR", str(tmp_path / "imports"))
    return tmp_path / "imports"


def upload(at, data: bytes, name: str):
    at.file_uploader[0].set_value((name, data, "application/octet-stream"))
    return at.run()


def fill_source(at, election="Pilkada 2024"):
    at.selectbox(key="imp_publisher").set_value("KASN")
    at.text_input(key="imp_title").set_value("Rekap pelanggaran netralitas ASN (uji)")
    at.text_input(key="imp_url").set_value("https://www.kasn.go.id/rekap-uji")
    at.date_input(key="imp_published").set_value(dt.date(2024, 12, 31))
    at.selectbox(key="imp_election").set_value(election)
    at.date_input(key="imp_as_of").set_value(dt.date(2024, 12, 31))
    return at.run()


def test_a_published_import_shows_on_the_overview_for_everyone_and_an_editor_can_remove_it(own_imports):
    at = open_app(page="pages/impor.py")
    upload(at, UNTITLED, "rekap kasn.xlsx")
    assert not at.exception
    assert at.button(key="imp_confirm").disabled  # no source yet
    fill_source(at)
    assert not at.error and not at.button(key="imp_confirm").disabled
    at.button(key="imp_confirm").click().run()
    assert any("7" in s.value and "diterbitkan" in s.value for s in at.success)
    assert len(list(own_imports.glob("import-*.parquet"))) == 1
    assert ("Dilaporkan", "1.588") in metrics(open_app(VIEW))  # another session sees it

    at = open_app(page="pages/impor.py")
    [remove] = [b for b in at.button if str(b.key).startswith("imp_remove_")]
    remove.click().run()
    assert not list(own_imports.glob("import-*.parquet"))
    assert ("Dilaporkan", "1.588") not in metrics(open_app(VIEW))


def test_a_draft_is_seen_only_in_the_uploaders_session(own_imports):
    at = open_app(page="pages/impor.py")
    upload(at, UNTITLED, "rekap.xlsx")
    fill_source(at)
    at.button(key="imp_draft").click().run()
    assert not list(own_imports.glob("*.parquet"))  # nothing written for everyone
    at.switch_page("pages/ringkasan.py")
    at.query_params.update(VIEW)
    at.multiselect(key="w_election").set_value(["Pilkada 2024"]).run()
    at.multiselect(key="w_publisher").set_value(["KASN"]).run()
    assert ("Dilaporkan", "1.588") in metrics(at)  # the uploader sees the draft
    assert any("draf" in i.value for i in at.sidebar.info)
    assert ("Dilaporkan", "1.588") not in metrics(open_app(VIEW))  # nobody else does


def test_with_sign_in_configured_only_a_signed_in_editor_may_publish(own_imports):
    at = open_app(page="pages/impor.py")
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x"}
    at.run()
    upload(at, UNTITLED, "rekap.xlsx")
    fill_source(at)
    assert at.button(key="imp_confirm").disabled and not at.button(key="imp_draft").disabled
    assert any("Hanya editor" in c.value for c in at.caption)


def test_an_unknown_region_blocks_the_import_until_the_user_chooses_it():
    at = open_app(page="pages/impor.py")
    upload(at, xlsx([["Kabupaten/Kota", "Jumlah ASN dilaporkan"], ["Kabupaten Bandung", 25], ["Bandung", 7]]), "j.xlsx")
    fill_source(at)
    assert any("Bandung" in e.value for e in at.error) and at.button(key="imp_confirm").disabled
    at.selectbox(key="imp_region_Tabel_3").set_value("32.73").run()
    assert not at.error and not at.button(key="imp_confirm").disabled


def test_a_bad_file_gets_a_message_in_the_users_language_and_no_trace():
    at = open_app({"lang": "en"}, page="pages/impor.py")
    upload(at, b"PK\x03\x04 not really a workbook", "broken.xlsx")
    assert not at.exception
    assert any("not a valid XLSX" in e.value for e in at.error)
    assert at.button(key="imp_confirm").disabled


def test_a_column_nobody_can_read_is_asked_about_and_the_answer_is_used():
    at = open_app(page="pages/impor.py")
    upload(at, xlsx([["Provinsi", "Jumlah ASN dilaporkan", "Halaman"], ["Aceh", 3, 11], ["Bali", 4, 51]]), "p.xlsx")
    fill_source(at)
    # 'Halaman' (page numbers) is numbers with no measure: Netra asks instead of calling it 'reported'.
    assert any("Halaman" in e.value for e in at.error) and at.button(key="imp_confirm").disabled
    at.selectbox(key="imp_role_Tabel_2").set_value("ignore").run()
    assert not at.error and len(at.dataframe[-1].value) == 2


def test_next_months_file_of_the_same_layout_reuses_the_stored_corrections(own_imports):
    rows = [["Provinsi", "Jumlah"], ["Aceh", 3], ["Bali", 4]]
    at = open_app(page="pages/impor.py")
    upload(at, xlsx(rows), "bulan-1.xlsx")
    fill_source(at)
    at.selectbox(key="imp_measure_Tabel_1").set_value("findings").run()
    at.selectbox(key="imp_unit_Tabel_1").set_value("cases").run()
    assert not at.error
    at.button(key="imp_confirm").click().run()
    at = open_app(page="pages/impor.py")
    upload(at, xlsx([["Provinsi", "Jumlah"], ["Aceh", 5], ["Papua", 1]]), "bulan-2.xlsx")
    assert any("dipakai lagi" in i.value for i in at.info)
    fill_source(at, election="Pilkada 2024")
    assert not at.error, [e.value for e in at.error]
    preview = at.dataframe[-1].value
    assert set(preview["Ukuran"]) == {"Temuan"} and set(preview["Satuan"]) == {"kasus"}


def test_an_uploaded_file_name_is_a_label_never_a_path(own_imports, tmp_path):
    at = open_app(page="pages/impor.py")
    upload(at, UNTITLED, "../../../escape <b>x</b>.xlsx")
    fill_source(at)
    at.button(key="imp_confirm").click().run()
    assert not at.exception
    assert [p.name for p in own_imports.iterdir()][0].startswith("import-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imports"]  # nothing written beside or above the folder
