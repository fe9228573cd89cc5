"""Case lists aggregated into figures: counts that add up, personal data never kept, regions named or reported."""

import pytest

from bench.synthetic import case_list, to_csv, to_xlsx
from lib.importing.cases import detect_roles, import_cases, personal_columns
from tests.shipped import DATASET

META = {"source_id": "synthetic-test", "publisher": "Bawaslu", "election": "Pilkada 2020", "as_of": "2020-12-31"}


def test_personal_data_columns_are_recognised():
    assert personal_columns(["No", "Nama ASN", "NIP", "No. HP", "E-mail", "Alamat", "Kabupaten/Kota", "Jabatan"]) == [
        "Nama ASN",
        "NIP",
        "No. HP",
        "E-mail",
        "Alamat",
    ]


def test_roles_are_found_by_header_words():
    roles = detect_roles(
        ["No", "Provinsi", "Kabupaten/Kota", "Jenis Pelanggaran", "Jabatan", "Instansi", "Tahapan", "Sanksi", "Tanggal"]
    )
    assert roles == {
        "region": "Kabupaten/Kota",
        "violation_type": "Jenis Pelanggaran",
        "position_level": "Jabatan",
        "agency": "Instansi",
        "stage": "Tahapan",
        "sanction": "Sanksi",
        "date": "Tanggal",
    }


@pytest.mark.parametrize("writer", [to_csv, lambda f: to_csv(f, ";"), to_xlsx], ids=["csv", "csv-semicolon", "xlsx"])
def test_counts_add_up_at_every_level_and_personal_data_is_gone(writer):
    cases = case_list(3000)
    result = import_cases(writer(cases), "SYNTHETIC-cases", DATASET, **META)
    figures = result.figures
    assert result.rows == 3000
    assert result.dropped == ["Nama", "NIP"]
    assert not any(str(v).startswith("Orang Sintetis") for v in figures.astype(str).to_numpy().ravel())
    totals = figures[(figures["dimension"] == "none")]
    national = totals.loc[totals["region_level"] == "national", "value"].sum()
    assert national == 3000
    # Bandung's three spellings ('KABUPATEN BANDUNG', 'Kab. Bandung', 'kab bandung') land on one code.
    bandung = totals.loc[totals["region_code"] == "32.04", "value"].sum()
    expected = (
        cases["Kabupaten/Kota"].isin(["Kabupaten Bandung", "KABUPATEN BANDUNG", "Kab. Bandung", "kab bandung"]).sum()
    )
    assert bandung == expected
    # Provinces are the sum of their kabupaten/kota, and each breakdown sums to its region's total.
    regency = totals[totals["region_level"] == "regency"]
    province = totals[totals["region_level"] == "province"].set_index("region_code")["value"]
    by_province = regency.groupby(regency["region_code"].astype(str).str[:2])["value"].sum()
    assert (province.loc[by_province.index] == by_province).all()
    types = figures[(figures["dimension"] == "violation_type") & (figures["region_level"] == "national")]
    assert types["value"].sum() == 3000
    by_type = dict(zip(types["category"].astype(str), types["value"]))
    # Labels become vocabulary keys; a type Netra does not know is kept as written and reported.
    assert by_type["social_media"] == (cases["Jenis Pelanggaran"] == "Kampanye/dukungan di media sosial").sum()
    assert by_type["Ikut kampanye"] == (cases["Jenis Pelanggaran"] == "Ikut kampanye").sum()
    assert [f.params["values"] for f in result.findings if f.code == "category_unknown"] == ["Ikut kampanye"]


def test_unknown_and_ambiguous_regions_are_reported_with_their_row_not_guessed():
    data = (
        b"No;Kabupaten/Kota;Jenis Pelanggaran\n1;Kab. Cianjur;Kampanye\n2;Bandung;Kampanye\n"
        b"3;Kabupaten Atlantis;Kampanye\n"
    )
    result = import_cases(data, "tally.csv", DATASET, **META)
    texts = [f.text("id") for f in result.findings]
    assert any("baris 3" in t and "'Bandung' bisa berarti" in t and "Kota Bandung (32.73)" in t for t in texts), texts
    assert any("baris 4" in t and "'Kabupaten Atlantis' tidak dikenal" in t for t in texts), texts
    totals = result.figures[result.figures["dimension"] == "none"]
    assert dict(zip(totals["region_code"].astype(str), totals["value"])) == {"ID": 3, "32": 1, "32.03": 1}


def test_a_broken_file_is_a_finding_not_an_exception():
    result = import_cases(b"PK\x03\x04 not really a zip", "broken.xlsx", DATASET, **META)
    assert result.rows == 0 and result.findings[0].code == "not_spreadsheet"
    assert import_cases(b"", "empty.csv", DATASET, **META).findings[0].code == "empty_file"
