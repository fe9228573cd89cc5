"""Case lists aggregated into figures: counts that add up, personal data never kept, regions named or reported."""

import pytest

from bench.synthetic import case_list, to_csv, to_xlsx
from lib.importing.engine import Mapping, analyse
from tests.lib.importing.workbooks import csv
from tests.shipped import DATASET

MAPPING = Mapping(
    source_id="synthetic-test", publisher="Bawaslu", election="Pilkada 2020", as_of="2020-12-31", unit="asn"
)


@pytest.mark.parametrize("writer", [to_csv, lambda f: to_csv(f, ";"), to_xlsx], ids=["csv", "csv-semicolon", "xlsx"])
def test_counts_add_up_at_every_level_and_personal_data_is_gone(writer):
    cases = case_list(3000)
    result = analyse(writer(cases), "SYNTHETIC-cases.csv", MAPPING, DATASET)
    figures = result.figures
    assert result.kind == "cases" and result.readings[0].cases == 3000
    assert result.dropped == ["Nama", "NIP"]
    assert not any(str(v).startswith("Orang Sintetis") for v in figures.astype(str).to_numpy().ravel())
    totals = figures[(figures["dimension"] == "none")]
    assert totals.loc[totals["region_level"] == "national", "value"].sum() == 3000
    # Bandung's three spellings ('KABUPATEN BANDUNG', 'Kab. Bandung', 'kab bandung') land on one code.
    bandung = totals.loc[totals["region_code"] == "32.04", "value"].sum()
    spelled = ["Kabupaten Bandung", "KABUPATEN BANDUNG", "Kab. Bandung", "kab bandung"]
    assert bandung == cases["Kabupaten/Kota"].isin(spelled).sum()
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
    odd = "Ikut arisan paslon (SINTETIS)"
    assert by_type[odd] == (cases["Jenis Pelanggaran"] == odd).sum()
    assert odd in " ".join(f.params["values"] for f in result.findings if f.code == "category_unknown")


def test_unknown_and_ambiguous_regions_are_reported_with_their_row_not_guessed():
    data = (
        b"No;Kabupaten/Kota;Jenis Pelanggaran\n1;Kab. Cianjur;Kampanye di media sosial\n"
        b"2;Bandung;Kampanye di media sosial\n3;Kabupaten Atlantis;Kampanye di media sosial\n"
    )
    result = analyse(data, "tally.csv", MAPPING, DATASET)
    texts = [f.text("id") for f in result.findings]
    assert any("baris 3" in t and "'Bandung' bisa berarti" in t and "Kota Bandung (32.73)" in t for t in texts), texts
    assert any("baris 4" in t and "'Kabupaten Atlantis' tidak dikenal" in t for t in texts), texts
    totals = result.figures[result.figures["dimension"] == "none"]
    assert dict(zip(totals["region_code"].astype(str), totals["value"])) == {"ID": 3, "32": 1, "32.03": 1}


def test_a_case_list_says_its_unit_or_is_asked():
    rows = [["Kabupaten/Kota", "Jenis Pelanggaran"], ["Kab. Cianjur", "Kampanye di media sosial"]]
    unasked = analyse(csv(rows), "k.csv", Mapping(source_id="s", publisher="KASN", election="Pilkada 2020"), DATASET)
    assert "unit_unread_cases" in [f.code for f in unasked.errors]
    titled = [["Daftar kasus dugaan pelanggaran (BERKAS UJI)"], [], *rows]
    read = analyse(csv(titled), "k.csv", Mapping(source_id="s", publisher="Bawaslu", election="Pilkada 2020"), DATASET)
    assert not read.errors and set(read.figures["unit"].astype(str)) == {"cases"}
