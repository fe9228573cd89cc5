from lib.model.filters import Filters
from lib.views import map as map_view

PILKADA_2020 = Filters(election=("Pilkada 2020",))


def test_the_province_map_offers_the_fullest_series_first(dataset):
    shown = map_view.build(dataset, PILKADA_2020, "id", "province", "", False)
    assert shown.picked == "Pilkada 2020|Bawaslu|suspected|cases" and shown.series[0][0] == shown.picked
    assert shown.levels == (("province", "Provinsi"), ("regency", "Kabupaten/kota"))
    assert shown.chart.select == "map_region" and shown.wide
    assert dict(zip(shown.table["Wilayah"], shown.table["kasus"]))["Jawa Barat"] == "202"


def test_the_regency_map_shows_the_filtered_province_and_offers_rates_where_a_headcount_exists(dataset):
    filters = Filters(election=("Pilkada 2020",), region=("32",))
    shown = map_view.build(dataset, filters, "id", "regency", "Pilkada 2020|Bawaslu|reported|asn", True)
    assert shown.province == "32" and ("32", "Jawa Barat") in shown.provinces
    assert shown.can_rate and shown.per_1000
    assert "hanya dipublikasikan untuk Kabupaten Bandung" in shown.rate_note


def test_nothing_to_map_says_so(dataset):
    shown = map_view.build(
        dataset, Filters(election=("Pemilu 2019",), publisher=("Kemendagri",)), "en", "regency", "", False
    )
    assert shown.chart is None and shown.none_message.startswith("No figures by kabupaten/kota")
