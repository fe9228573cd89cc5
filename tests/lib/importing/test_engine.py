"""The import engine on the layouts government tables come in; every file is built here with openpyxl."""

import io
import zipfile

import pytest

from lib.importing.engine import Mapping, analyse, tidy_csv
from tests.lib.importing.workbooks import csv, printed_province_table, xlsx
from tests.shipped import DATASET

SOURCE = dict(source_id="import-20261123000000-abcdef", publisher="KASN", election="Pilkada 2020", as_of="2020-12-31")


def _figures(analysis):
    f = analysis.figures
    return {(str(r.region_code), str(r.dimension), str(r.category), str(r.unit)): r.value for r in f.itertuples()}


def _codes(analysis):
    return [f.code for f in analysis.findings]


def test_printed_table_with_titles_merged_header_no_column_blank_row_totals_and_footnotes():
    result = analyse(printed_province_table(), "kasn.xlsx", Mapping(**SOURCE), DATASET)
    assert result.kind == "table" and result.mapping.sheet == "Tabel"  # the notes-only sheet is passed over
    assert result.table.header_rows == (4, 5)
    assert [c.role for c in result.table.columns] == ["no", "region", "value", "value"]
    assert result.table.captions[0].startswith("REKAPITULASI")
    assert result.table.notes == ["Sumber: KASN, diolah", "*) angka sementara"]
    figures = _figures(result)
    assert figures[("32", "none", "total", "asn")] == 1000  # '1.000' is a thousand
    assert figures[("72", "none", "total", "asn")] == 500  # 'Sulteng', footnote mark dropped
    assert figures[("72", "none", "total", "percent")] == 31.5  # '31,5%'
    assert figures[("34", "none", "total", "asn")] == 88  # 'D.I. Yogyakarta'
    # The totals row is the nation's figure, never a region called INDONESIA; 1000+500+88 = 1588 agrees.
    assert figures[("ID", "none", "total", "asn")] == 1588
    assert "total_mismatch" not in _codes(result) and not result.errors


def test_totals_row_that_disagrees_is_reported_with_both_numbers():
    result = analyse(
        printed_province_table(total="JUMLAH", total_value="1.600"), "kasn.xlsx", Mapping(**SOURCE), DATASET
    )
    mismatch = next(f for f in result.findings if f.code == "total_mismatch")
    assert (mismatch.row, mismatch.column) == (10, "Jumlah ASN Dilaporkan")
    assert "1600" in mismatch.text("en") and "1588" in mismatch.text("en")


def test_hierarchical_rows_are_not_counted_twice():
    rows = [
        ["Jenis pelanggaran menurut tahapan", None],
        ["No", "Uraian", "Jumlah"],
        ["1", "Kampanye di media sosial", "60"],
        ["a.", "Memberikan dukungan di media sosial", "40"],
        ["b.", "Membagikan unggahan calon", "20"],
        ["2", "Menghadiri deklarasi", "25"],
        ["3", "Lainnya", None],
        ["a.", "Memasang alat peraga", "10"],
        ["b.", "Lain-lain", "5"],
        ["", "JUMLAH", "100"],
    ]
    result = analyse(xlsx(rows), "tahapan.xlsx", Mapping(**SOURCE), DATASET)
    kinds = [(r.label, r.kind) for r in result.table.rows]
    assert ("Memberikan dukungan di media sosial", "child") in kinds and ("Lainnya", "group") in kinds
    # 60 + 25 + (10 + 5) = 100: each parent once, a parent without a value through its sub-rows.
    assert "total_mismatch" not in _codes(result)
    notes = dict(zip(result.figures["category"].astype(str), result.figures["note"]))
    assert notes["Memberikan dukungan di media sosial"] == "bagian dari: Kampanye di media sosial"


def test_parent_that_disagrees_with_its_sub_rows_is_reported():
    rows = [
        ["No", "Uraian", "Jumlah"],
        ["1", "Kampanye", "61"],
        ["a.", "Media sosial", "40"],
        ["b.", "Tatap muka", "20"],
    ]
    result = analyse(xlsx(rows), "t.xlsx", Mapping(**SOURCE), DATASET)
    finding = next(f for f in result.findings if f.code == "parent_mismatch")
    assert finding.row == 2 and "61" in finding.text("id") and "60" in finding.text("id")


def test_region_names_in_any_spelling_resolve_and_the_unknown_are_listed_with_suggestions():
    rows = [
        ["Kabupaten/Kota", "Jumlah"],
        ["KABUPATEN BANDUNG", 25],
        ["Kab. Tasikmalaya", 3],
        ["kab karawang", 4],
        ["Kabupaten Cianjur ", 2],
        ["Kab. Tasikmalayaa", 1],
        ["Bandung", 7],
    ]
    result = analyse(xlsx(rows), "jabar.xlsx", Mapping(**SOURCE), DATASET)
    found = {r["spelling"]: r["code"] for r in result.regions if r["status"] == "found"}
    assert found == {
        "KABUPATEN BANDUNG": "32.04",
        "Kab. Tasikmalaya": "32.06",
        "kab karawang": "32.15",
        "Kabupaten Cianjur": "32.03",
    }
    problems = {r["spelling"]: r for r in result.regions if r["status"] != "found"}
    assert problems["Bandung"]["status"] == "ambiguous"  # Kabupaten or Kota: never guessed
    assert ("32.06", "Kabupaten Tasikmalaya") in problems["Kab. Tasikmalayaa"]["options"]
    assert {f.row for f in result.errors} == {6, 7}
    # The user chooses; the import then carries it.
    fixed = analyse(
        xlsx(rows), "jabar.xlsx", Mapping(**SOURCE, regions={"Bandung": "32.73", "Kab. Tasikmalayaa": "32.06"}), DATASET
    )
    assert not fixed.errors and _figures(fixed)[("32.73", "none", "total", "asn")] == 7


def test_province_abbreviations_resolve():
    rows = [["Provinsi", "Jumlah"], ["NTB", 1], ["Sulteng", 2], ["D.I. Yogyakarta", 3], ["KEP. BANGKA BELITUNG", 4]]
    result = analyse(xlsx(rows), "p.xlsx", Mapping(**SOURCE), DATASET)
    assert not result.errors
    assert {r["code"] for r in result.regions} == {"52", "72", "34", "19"}


def test_wide_table_with_one_column_per_category():
    rows = [
        ["Wilayah", "Kampanye", "Netralitas di media sosial", "Pendekatan ke parpol"],
        ["Jawa Barat", 5, "7", "1.200"],
    ]
    result = analyse(xlsx(rows), "wide.xlsx", Mapping(**SOURCE, dimension="violation_type"), DATASET)
    assert result.mapping.dimension == "violation_type"
    categories = set(result.figures["category"].astype(str))
    assert len(categories) == 3 and result.figures["value"].max() == 1200


def test_wide_table_with_one_column_per_year():
    rows = [["Jenis pelanggaran", "2020", "2024"], ["Kampanye di media sosial", "10", "12"]]
    result = analyse(xlsx(rows), "years.xlsx", Mapping(**{**SOURCE, "as_of": ""}), DATASET)
    years = sorted(result.figures["as_of"].dt.year)
    assert years == [2020, 2024] and set(result.figures["as_of_precision"].astype(str)) == {"year"}


def test_open_data_csv_uses_the_finest_region_and_its_year_and_unit():
    rows = [
        [
            "kode_provinsi",
            "nama_provinsi",
            "kode_kabupaten_kota",
            "nama_kabupaten_kota",
            "jumlah_pelanggaran_asn",
            "satuan",
            "tahun",
        ],
        ["32", "JAWA BARAT", "3204", "KABUPATEN BANDUNG", "25", "ORANG", "2020"],
        ["32", "JAWA BARAT", "3273", "KOTA BANDUNG", "3", "ORANG", "2020"],
    ]
    for data in (csv(rows), csv(rows, sep=";", bom=True, crlf=True)):
        result = analyse(data, "od.csv", Mapping(**{**SOURCE, "as_of": ""}), DATASET)
        assert not result.errors, [f.text("en") for f in result.errors]
        assert _figures(result)[("32.04", "none", "total", "asn")] == 25
        assert _figures(result)[("32.73", "none", "total", "asn")] == 3
        assert set(result.figures["as_of"].dt.year) == {2020}


def test_case_list_is_aggregated_and_personal_columns_never_read():
    rows = [
        ["Nama", "NIP", "Kabupaten/Kota", "Jenis Pelanggaran", "Jabatan", "Tanggal"],
        ["Budi", "1987", "Kabupaten Bandung", "Kampanye di media sosial", "Jabatan fungsional", "2020-10-01"],
        ["Sari", "1990", "Kota Bandung", "Kampanye di media sosial", "Jabatan fungsional", "2020-10-02"],
    ]
    result = analyse(csv(rows), "kasus.csv", Mapping(**SOURCE), DATASET)
    assert result.kind == "cases" and result.dropped == ["Nama", "NIP"] and result.rows == 2
    assert _figures(result)[("32", "none", "total", "asn")] == 2
    assert "Budi" not in tidy_csv(result.figures).decode()


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty_file"),
        (b"\x00\x01\x02garbage" * 10, "unsupported_format"),
        (b"PK\x03\x04 truncated zip", "not_spreadsheet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64, "encrypted_file"),
        (xlsx([["Catatan"], ["Tabel ini kosong."]]), "no_numbers"),
        (csv([["Provinsi", "Jumlah"]]), "no_numbers"),
        (csv([["a", "b"], ["=SUM(A1)", "=1+1"]]), "no_numbers"),
    ],
)
def test_bad_files_get_a_named_error_and_no_figures(data, code):
    result = analyse(data, "bad.xlsx", Mapping(**SOURCE), DATASET)
    assert code in _codes(result) and result.figures.empty
    assert all(f.text("id") and f.text("en") for f in result.findings)


def test_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    result = analyse(buffer.getvalue(), "bomb.xlsx", Mapping(**SOURCE), DATASET)
    assert _codes(result) == ["zip_bomb"]


def test_text_that_is_not_a_number_is_named_with_row_and_column():
    result = analyse(
        xlsx([["Provinsi", "Jumlah"], ["Aceh", "12"], ["Bali", "dua"], ["Papua", "3"]]),
        "t.xlsx",
        Mapping(**SOURCE),
        DATASET,
    )
    bad = next(f for f in result.findings if f.code == "bad_number")
    assert (bad.row, bad.column) == (3, "Jumlah") and "'dua'" in bad.text("id")


def test_the_source_is_required():
    result = analyse(printed_province_table(), "kasn.xlsx", Mapping(source_id="x"), DATASET)
    assert {f.params["field"] for f in result.findings if f.code == "source_required"} == {"publisher", "election"}


def test_xlsx_case_list_is_aggregated_too():
    rows = [
        ["No. HP", "Provinsi", "Jenis Pelanggaran", "Tanggal"],
        ["0812", "Jawa Barat", "Kampanye di media sosial", "2020-10-01"],
        ["0813", "Bali", "Kampanye di media sosial", "2020-10-02"],
    ]
    result = analyse(xlsx(rows), "kasus.xlsx", Mapping(**SOURCE), DATASET)
    assert result.kind == "cases" and result.dropped == ["No. HP"]
    assert _figures(result)[("ID", "none", "total", "asn")] == 2
