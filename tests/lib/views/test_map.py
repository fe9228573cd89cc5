from lib.model.filters import Filters
from lib.views import map as map_view
from tests.plotly_text import plain

PILKADA_2020 = Filters(election=("Pilkada 2020",))


def test_the_province_map_offers_the_fullest_series_first(dataset):
    shown = map_view.build(dataset, PILKADA_2020, "id", "province", "", False)
    assert shown.picked == "Bawaslu|suspected|cases||Pilkada 2020|running" and shown.series[0][0] == shown.picked
    assert shown.levels == (("province", "Provinsi"), ("regency", "Kabupaten/kota"))
    assert shown.chart.select == "map_region" and shown.wide
    # Twelve provinces from one outlet of one day: one series at one date, nothing to add on the map.
    assert dict(zip(shown.table["Wilayah"], shown.table["kasus"]))["Sulawesi Tenggara"] == "92"
    assert "Jawa Barat" not in set(shown.table["Wilayah"]) and shown.chart.caveat is None


def test_the_regency_map_shows_the_filtered_province_and_offers_rates_where_a_headcount_exists(dataset):
    filters = Filters(election=("Pilkada 2020",), region=("32",))
    shown = map_view.build(dataset, filters, "id", "regency", "Bawaslu|reported|asn||Pilkada 2020|running", True)
    assert shown.province == "32" and ("32", "Jawa Barat") in shown.provinces
    assert shown.can_rate and shown.per_1000
    assert "hanya dipublikasikan untuk Kabupaten Bandung" in shown.rate_note
    # The rate is computed from two sources and an approximate headcount, and says so on the map and in the table.
    assert shown.chart.caveat.startswith("dihitung Netra: Dilaporkan (Bawaslu) dibagi jumlah ASN")
    assert "perkiraan" in shown.chart.caveat and "dihitung Netra" in shown.chart.figure.layout.title.text
    row = shown.table.iloc[0].to_dict()
    assert (
        row["per 1.000 ASN"] == "≈ 1,56" and row["Jumlah ASN"] == "≈ 16.000" and row["Sumber jumlah ASN"] == "Dejurnal"
    )
    assert {s.title.split(":")[0] for s in shown.chart.sources} == {"Jabarnews", "Dejurnal"}


def test_a_map_of_regions_dated_differently_says_so_on_the_map(dataset):
    # South Sulawesi's kabupaten/kota: some from Infokini (14 Sep 2020), others from Tribun Makassar (12 Nov 2020).
    filters = Filters(election=("Pilkada 2020",), region=("73",))
    shown = map_view.build(dataset, filters, "en", "regency", "Bawaslu|suspected|cases||Pilkada 2020|running", False)
    assert set(shown.table["Source"]) == {"Infokini", "Tribun Makassar"}
    said = "each its newest figure, 14 Sept 2020 – 12 Nov 2020, from 2 sources"
    assert shown.chart.caveat == said and said in plain(shown.chart.figure.layout.title.text)


def test_nothing_to_map_says_so(dataset):
    shown = map_view.build(
        dataset, Filters(election=("Pemilu 2019",), publisher=("Kemendagri",)), "en", "regency", "", False
    )
    assert shown.chart is None and shown.none_message.startswith("No figures by regencies and cities")
