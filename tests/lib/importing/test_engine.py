"""The import engine on the layouts government tables come in; every file is built here with openpyxl or as text.

Each test reads what the numbers mean (measure, unit, breakdown, region), not only the numbers; every layout also
goes through the key invariant (no key holds two values) and the personal-data promise in test_layouts_keep_meaning.
"""

import codecs
import io
import zipfile

import pytest

from lib.importing.engine import KEY, Answers, Mapping, analyse, merge_answers, tidy_csv
from tests.lib.importing.workbooks import (
    csv,
    printed_province_table,
    province_cases_table,
    status_recap,
    three_sheet_workbook,
    wide_persons_table,
    xlsx,
)
from tests.shipped import DATASET

SOURCE = dict(source_id="import-20261123000000-abcdef", publisher="KASN", election="Pilkada 2020", as_of="2020-12-31")


def figures_of(analysis) -> dict:
    f = analysis.figures
    return {
        (str(r.region_code), str(r.measure), str(r.unit), str(r.dimension), str(r.category)): r.value
        for r in f.itertuples()
    }


def codes(analysis) -> list[str]:
    return [f.code for f in analysis.findings]


def errors(analysis) -> list[str]:
    return [f.text("en") for f in analysis.errors]


def test_printed_table_with_titles_merged_header_no_column_blank_row_totals_and_footnotes():
    result = analyse(printed_province_table(), "kasn.xlsx", Mapping(**SOURCE), DATASET)
    reading = result.readings[0]
    assert result.kind == "table" and [r.name for r in result.readings] == ["Tabel", "Catatan"]
    assert result.readings[1].kind == "notes"  # the notes-only sheet is skipped, and said so
    assert "sheet_skipped" in codes(result)
    assert reading.table.header_rows == (4, 5)
    assert [c.role for c in reading.table.columns] == ["no", "region", "value", "value"]
    assert reading.table.captions[0].startswith("REKAPITULASI")
    assert reading.table.notes == ["Sumber: KASN, diolah", "*) angka sementara"]
    found = figures_of(result)
    assert found[("32", "reported", "asn", "none", "total")] == 1000  # '1.000' is a thousand
    assert found[("72", "reported", "asn", "none", "total")] == 500  # 'Sulteng', footnote mark dropped
    assert found[("72", "reported", "percent", "none", "total")] == 31.5  # '31,5%': a share of the reported
    assert found[("34", "reported", "asn", "none", "total")] == 88  # 'D.I. Yogyakarta'
    # The totals row is the nation's figure, never a region called INDONESIA; its 100 % is the base, no figure.
    assert found[("ID", "reported", "asn", "none", "total")] == 1588
    assert ("ID", "reported", "percent", "none", "total") not in found
    assert "total_matches" in codes(result) and not result.errors


def test_totals_row_that_disagrees_is_reported_with_both_numbers():
    result = analyse(
        printed_province_table(total="JUMLAH", total_value="1.600"), "kasn.xlsx", Mapping(**SOURCE), DATASET
    )
    mismatch = next(f for f in result.findings if f.code == "total_mismatch")
    assert (mismatch.row, mismatch.column) == (10, "Jumlah ASN · Dilaporkan")
    assert "1600" in mismatch.text("en") and "1588" in mismatch.text("en")
    assert figures_of(result)[("ID", "reported", "asn", "none", "total")] == 1600  # as printed, never corrected


def test_a_wide_table_keeps_its_categories_counts_people_who_are_not_asn_as_persons_and_checks_its_row_total():
    result = analyse(wide_persons_table(), "jabar.xlsx", Mapping(**SOURCE), DATASET)
    assert not result.errors, errors(result)
    found = figures_of(result)
    assert found[("32.03", "violators", "asn", "none", "total")] == 12  # ASN: the count of civil servants
    assert found[("32.03", "violators", "persons", "actor", "tni")] == 1
    assert found[("32.03", "violators", "persons", "actor", "polri")] == 0
    assert found[("32.03", "violators", "persons", "actor", "village_heads")] == 3
    # The row total is everyone (persons, not only ASN), never one more value under the ASN key.
    assert found[("32.03", "violators", "persons", "none", "total")] == 16
    assert found[("32.76", "violators", "persons", "actor", "tni")] == 0  # '-' is nil
    # Kabupaten/kota of one province: its 'Jumlah' row is the province.
    assert found[("32", "violators", "persons", "none", "total")] == 32
    assert "row_totals_match" in codes(result) and "total_mismatch" not in codes(result)


def test_a_province_table_gives_regions_only_and_keeps_the_residual_row_as_the_nations_other():
    result = analyse(province_cases_table(), "prov.xlsx", Mapping(**SOURCE), DATASET)
    assert not result.errors, errors(result)
    found = figures_of(result)
    assert found[("33", "suspected", "cases", "none", "total")] == 43  # unit from the heading: cases
    assert found[("ID", "suspected", "cases", "none", "other")] == 31  # 'Provinsi lainnya': never a region
    assert found[("ID", "suspected", "cases", "none", "total")] == 117
    assert set(result.figures["dimension"].astype(str)) == {"none"}  # no province became a category


def test_a_status_recap_gives_measures_and_its_sub_rows_the_parents_measure_by_sanction():
    result = analyse(status_recap(), "status.xlsx", Mapping(**SOURCE), DATASET)
    assert not result.errors, errors(result)
    found = figures_of(result)
    assert found[("ID", "reported", "asn", "none", "total")] == 1000
    assert found[("ID", "proven", "asn", "none", "total")] == 600
    assert found[("ID", "proven", "percent", "none", "total")] == 60
    assert found[("ID", "proven", "asn", "sanction", "discipline_light")] == 200
    assert found[("ID", "proven", "asn", "sanction", "moral_open")] == 150
    assert found[("ID", "not_proven", "asn", "none", "total")] == 300  # 'Tidak terbukti' is not 'terbukti'
    assert found[("ID", "in_process", "asn", "none", "total")] == 100
    assert "parent_matches" in codes(result)
    assert set(result.figures["dimension"].astype(str)) <= {"none", "sanction"}  # no row became a violation type


def test_a_whole_workbook_imports_every_table_sheet_and_says_which_sheet_each_figure_came_from():
    result = analyse(three_sheet_workbook(), "rekap.xlsx", Mapping(**SOURCE), DATASET)
    assert not result.errors, errors(result)
    assert [(r.name, r.kind) for r in result.readings] == [
        ("Jabar", "table"),
        ("Provinsi", "table"),
        ("Status", "table"),
        ("Catatan", "notes"),
    ]
    assert set(result.figures["sheet"]) == {"Jabar", "Provinsi", "Status"}
    csv_text = tidy_csv(result.figures).decode()
    assert csv_text.splitlines()[0].endswith(",sheet")
    only = analyse(three_sheet_workbook(), "rekap.xlsx", Mapping(**SOURCE, sheet="Status"), DATASET)
    assert set(only.figures["sheet"]) == {"Status"} and len(only.figures) < len(result.figures)


def test_a_column_whose_meaning_cannot_be_read_holds_the_import_and_asks_then_the_answer_is_used():
    rows = [["Provinsi", "Angka"], ["Aceh", 3], ["Bali", 4]]
    held = analyse(xlsx(rows), "p.xlsx", Mapping(**SOURCE), DATASET)
    asked = {f.code: f for f in held.errors}
    assert {"measure_unread", "unit_unread"} <= set(asked)
    assert asked["measure_unread"].column == "Angka" and "--column 1:measure=" in asked["measure_unread"].text("en")
    # No silent default: nothing comes out as 'reported' or 'asn' unasked.
    answered = merge_answers(Mapping(**SOURCE), "", Answers(columns={1: {"measure": "findings", "unit": "cases"}}))
    done = analyse(xlsx(rows), "p.xlsx", answered, DATASET)
    assert not done.errors and figures_of(done)[("11", "findings", "cases", "none", "total")] == 3
    table_wide = analyse(xlsx(rows), "p.xlsx", Mapping(**SOURCE, measure="reported", unit="asn"), DATASET)
    assert not table_wide.errors


def test_row_labels_nobody_can_read_are_asked_about():
    rows = [["Uraian", "Jumlah kasus"], ["Alpha", 3], ["Beta", 4]]
    held = analyse(xlsx(rows), "x.xlsx", Mapping(**SOURCE, measure="reported"), DATASET)
    assert "rows_unread" in codes(held)
    answered = merge_answers(Mapping(**SOURCE, measure="reported"), "", Answers(rows="cause"))
    done = analyse(xlsx(rows), "x.xlsx", answered, DATASET)
    assert set(done.figures["category"].astype(str)) == {"Alpha", "Beta"}  # kept as written, reported
    assert "category_unknown" in codes(done)


def test_two_values_under_one_key_are_an_error_naming_both_cells():
    rows = [["Jabatan", "Jumlah ASN pelanggar"], ["Fungsional", 5], ["Jabatan fungsional", 7]]
    result = analyse(xlsx(rows), "dup.xlsx", Mapping(**SOURCE), DATASET)
    clash = next(f for f in result.errors if f.code == "same_key_two_values")
    text = clash.text("en")
    assert "row 2" in text and "row 3" in text and "= 5" in text and "= 7" in text


def test_hierarchical_rows_are_not_counted_twice_and_sub_rows_are_scoped_to_their_parent():
    rows = [
        ["Jenis pelanggaran menurut tahapan", None],
        ["No", "Jenis pelanggaran", "Jumlah ASN pelanggar"],
        ["1", "Kampanye di media sosial", "60"],
        ["a.", "Memberikan dukungan di media sosial", "40"],
        ["b.", "Lainnya", "20"],
        ["2", "Menghadiri deklarasi", "25"],
        ["3", "Lainnya", None],
        ["a.", "Memasang alat peraga kampanye", "10"],
        ["b.", "Lainnya", "5"],
        ["", "JUMLAH", "100"],
    ]
    result = analyse(xlsx(rows), "tahapan.xlsx", Mapping(**SOURCE), DATASET)
    kinds = [(r.label, r.kind) for r in result.readings[0].table.rows]
    assert ("Memberikan dukungan di media sosial", "child") in kinds and ("Lainnya", "other") in kinds
    # 60 + 25 + (10 + 5) = 100: each parent once, a parent without a value through its sub-rows.
    assert "total_mismatch" not in codes(result)
    # 'b. Lainnya' under two parents: two figures, each scoped to its parent, so no key holds two values.
    others = result.figures[result.figures["category"].astype(str) == "other"]
    assert sorted(others["scope"]) == ["bagian dari: Kampanye di media sosial", "bagian dari: Lainnya"]
    assert not result.errors, errors(result)


def test_region_names_in_any_spelling_resolve_and_the_unknown_are_listed_with_suggestions():
    rows = [
        ["Kabupaten/Kota", "Jumlah ASN dilaporkan"],
        ["KABUPATEN BANDUNG", 25],
        ["Kab. Tasikmalaya", 3],
        ["kab karawang", 4],
        ["Kabupaten Cianjur ", 2],
        ["Kab. Tasikmalayaa", 1],
        ["Bandung", 7],
    ]
    result = analyse(xlsx(rows), "jabar.xlsx", Mapping(**SOURCE), DATASET)
    regions = result.readings[0].regions
    found = {r["spelling"]: r["code"] for r in regions if r["status"] == "found"}
    assert found == {
        "KABUPATEN BANDUNG": "32.04",
        "Kab. Tasikmalaya": "32.06",
        "kab karawang": "32.15",
        "Kabupaten Cianjur": "32.03",
    }
    problems = {r["spelling"]: r for r in regions if r["status"] != "found"}
    assert problems["Bandung"]["status"] == "ambiguous"  # Kabupaten or Kota: never guessed
    assert ("32.06", "Kabupaten Tasikmalaya") in problems["Kab. Tasikmalayaa"]["options"]
    assert {f.row for f in result.errors} == {6, 7}
    answered = merge_answers(Mapping(**SOURCE), "", Answers(regions={"Bandung": "32.73", "Kab. Tasikmalayaa": "32.78"}))
    fixed = analyse(xlsx(rows), "jabar.xlsx", answered, DATASET)
    assert not fixed.errors and figures_of(fixed)[("32.73", "reported", "asn", "none", "total")] == 7


def test_wide_table_with_one_column_per_year_and_marks_as_the_legend_defines_them():
    rows = [
        ["TREN (BERKAS UJI)"],
        ["Uraian", "Tahun", None, None],
        [None, 2018, 2019, "2020 *)"],
        ["Rekomendasi sanksi KASN (orang)", 508, 386, 872],
        ["Rekomendasi yang ditindaklanjuti PPK (%)", "-", "38", "72,8"],
        ["Keterangan: - = data tidak tersedia"],
    ]
    result = analyse(xlsx(rows, merges=("B2:D2", "A2:A3")), "tren.xlsx", Mapping(**SOURCE), DATASET)
    found = figures_of(result)
    assert found[("ID", "recommended", "asn", "year", "2020")] == 872
    assert found[("ID", "followed_up", "percent", "year", "2020")] == 72.8
    assert ("ID", "followed_up", "percent", "year", "2018") not in found  # '-' = not available, by the legend
    assert "legend_read" in codes(result)


def test_open_data_csv_uses_the_finest_region_its_unit_column_and_its_year():
    rows = [
        [
            "id",
            "kode_provinsi",
            "nama_provinsi",
            "kode_kabupaten_kota",
            "nama_kabupaten_kota",
            "jumlah_asn_dilaporkan",
            "satuan",
            "tahun",
        ],
        ["1", "32", "JAWA BARAT", "3204", "KABUPATEN BANDUNG", "25", "ORANG", "2020"],
        ["2", "32", "JAWA BARAT", "3273", "KOTA BANDUNG", "0", "ORANG", "2020"],
    ]
    for data in (csv(rows), csv(rows, sep=";", bom=True, crlf=True)):
        result = analyse(data, "od.csv", Mapping(**{**SOURCE, "as_of": ""}), DATASET)
        assert not result.errors, errors(result)
        assert figures_of(result)[("32.04", "reported", "asn", "none", "total")] == 25
        assert figures_of(result)[("32.73", "reported", "asn", "none", "total")] == 0  # a real zero stays
        assert set(result.figures["as_of"].dt.year) == {2020}


def test_a_case_list_under_a_title_row_is_a_case_list_and_its_personal_columns_are_never_read():
    rows = [
        ["DAFTAR ASN YANG DILAPORKAN (BERKAS UJI)"],
        [],
        ["No", "Nama", "NIP", "No HP", "Kabupaten/Kota", "Provinsi", "Jabatan", "Jenis Pelanggaran", "Tanggal"],
        [
            1,
            "Contoh Satu",
            "000000000000000001",
            "0800-0000-0001",
            "Kab. Bandung",
            "Jabar",
            "Camat",
            "Kampanye di media sosial",
            "2024-01-08",
        ],
        [
            2,
            "Contoh Dua",
            "000000000000000002",
            "0800-0000-0002",
            "",
            "Jawa Barat",
            "Kepala Seksi (Pengawas)",
            "Menghadiri kampanye",
            "2024-01-09",
        ],
    ]
    for data, name in ((xlsx(rows), "kasus.xlsx"), (csv(rows, sep=";"), "kasus.csv")):
        result = analyse(data, name, Mapping(**SOURCE), DATASET)
        assert result.kind == "cases" and result.dropped == ["Nama", "NIP", "No HP"]
        found = figures_of(result)
        assert found[("32", "reported", "asn", "none", "total")] == 2  # the provincial ASN counts for Jawa Barat
        assert found[("32.04", "reported", "asn", "position_level", "kepala_wilayah")] == 1
        assert found[("ID", "reported", "asn", "violation_type", "campaign_attendance")] == 1
        said = tidy_csv(result.figures).decode() + " ".join(f.text("id") + f.text("en") for f in result.findings)
        assert "Contoh" not in said and "0800" not in said and "000000000000000001" not in said


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty_file"),
        (b"\x00\x01\x02garbage" * 10, "not_a_table_file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not_a_table_file"),
        (b"PK\x03\x04 truncated zip", "not_spreadsheet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64, "encrypted_file"),
        (xlsx([["Catatan"], ["Tabel ini kosong."]]), "no_numbers"),
        (csv([["Provinsi", "Jumlah"]]), "no_numbers"),
        (csv([["a", "b"], ["=SUM(A1)", "=1+1"]]), "no_numbers"),
    ],
)
def test_bad_files_get_a_named_error_and_no_figures(data, code):
    result = analyse(data, "bad.xlsx", Mapping(**SOURCE), DATASET)
    assert code in codes(result) and result.figures.empty
    assert all(f.text("id") and f.text("en") for f in result.findings)


def test_utf16_and_utf32_csv_are_read():
    text = "Provinsi;Jumlah ASN dilaporkan\nAceh;3\nBali;4\n"
    for encoding in ("utf-16", "utf-32", "utf-16-le"):
        data = text.encode(encoding) if encoding != "utf-16-le" else text.encode("utf-16-le")
        result = analyse(data, "p.csv", Mapping(**SOURCE), DATASET)
        assert not result.errors, (encoding, errors(result))
        assert figures_of(result)[("51", "reported", "asn", "none", "total")] == 4
    assert codecs.BOM_UTF16_LE + b"P\x00\x00\xd8" not in text.encode("utf-16")  # a lone surrogate is refused:
    broken = codecs.BOM_UTF8 + b"\xff\xfe"
    assert "bad_encoding" in codes(analyse(broken, "p.csv", Mapping(**SOURCE), DATASET))


def test_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    result = analyse(buffer.getvalue(), "bomb.xlsx", Mapping(**SOURCE), DATASET)
    assert codes(result) == ["zip_bomb"]


def test_text_that_is_not_a_number_is_named_with_row_and_column():
    result = analyse(
        xlsx([["Provinsi", "Jumlah ASN dilaporkan"], ["Aceh", "12"], ["Bali", "dua"], ["Papua", "3"]]),
        "t.xlsx",
        Mapping(**SOURCE),
        DATASET,
    )
    bad = next(f for f in result.findings if f.code == "bad_number")
    assert (bad.row, bad.column) == (3, "Jumlah ASN dilaporkan") and "'dua'" in bad.text("id")


def test_the_source_is_required_and_what_the_title_says_is_read():
    result = analyse(printed_province_table(), "kasn.xlsx", Mapping(source_id="x"), DATASET)
    assert {f.params["field"] for f in result.findings if f.code == "source_required"} == {"publisher"}
    # 'REKAPITULASI … PILKADA 2020' and 'Per 31 Desember 2020' above the table: read, and said.
    assert set(result.figures["election"].astype(str)) == {"Pilkada 2020"} and "election_from_title" in codes(result)
    assert "as_of_from_title" in codes(result) and str(result.figures["as_of"].iloc[0].date()) == "2020-12-31"
    untitled = analyse(
        xlsx([["Provinsi", "Jumlah ASN dilaporkan"], ["Aceh", 3]]), "p.xlsx", Mapping(source_id="x"), DATASET
    )
    assert {f.params["field"] for f in untitled.findings if f.code == "source_required"} == {"publisher", "election"}


def test_every_figure_has_its_key_once_across_a_whole_workbook():
    result = analyse(three_sheet_workbook(), "rekap.xlsx", Mapping(**SOURCE), DATASET)
    keys = result.figures[KEY].astype(str).agg("|".join, axis=1)
    assert keys.is_unique
