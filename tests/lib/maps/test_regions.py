import math

import pandas as pd

from lib.maps.regions import map_province, pick_series, region_values, regional_totals, series_options
from lib.model.figures import filter_figures


def pilkada_2020(dataset):
    return filter_figures(dataset.figures, election="Pilkada 2020")


SUSPECTED = "Bawaslu|suspected|cases||Pilkada 2020|running"


def test_series_are_offered_fullest_first_and_never_mix_units(dataset):
    options = series_options(pilkada_2020(dataset), "province")
    assert options[0].key == SUSPECTED
    assert [o.regions for o in options] == sorted((o.regions for o in options), reverse=True)
    assert len({o.key for o in options}) == len(options)
    assert all(o.unit != "percent" for o in options)


def test_a_map_series_is_one_scope_so_all_kinds_of_violations_never_share_a_scale_with_asn_ones(dataset):
    options = series_options(pilkada_2020(dataset), "province")
    values = region_values(pilkada_2020(dataset), "province", pick_series(options, SUSPECTED)).set_index("region_code")
    assert values.index.is_unique and len(values) == 12
    # Jawa Barat's 202 counts every kind of election violation (iNews Jabar, 10 Dec 2020), Sulawesi Selatan's 121
    # covers 12 kab/kota: each is a series of its own, never on the ASN-neutrality scale.
    assert "32" not in values.index and "73" in values.index and values.loc["73", "value"] == 88
    jabar = pick_series(options, "Bawaslu|suspected|cases|jabar_pilkada_all_kinds|Pilkada 2020|running")
    assert region_values(pilkada_2020(dataset), "province", jabar)["value"].tolist() == [202]
    # Regions without a figure are absent (drawn as "no data"), never zero.
    assert "31" not in values.index and (values["value"] > 0).all()


def test_west_java_regencies_and_the_rate_per_1000_asn(dataset):
    figures = pilkada_2020(dataset)
    west_java = figures[figures["region_code"].astype(str).str.startswith("32.")]
    tms = pick_series(series_options(west_java, "regency"), "Bawaslu|tms_supporters|asn||Pilkada 2020|running")
    values = region_values(west_java, "regency", tms)
    assert dict(zip(values["region_code"].astype(str), values["value"])) == {
        "32.03": 176,
        "32.06": 278,
        "32.12": 178,
        "32.15": 150,
    }
    reported = pick_series(series_options(west_java, "regency"), "Bawaslu|reported|asn||Pilkada 2020|running")
    bandung = region_values(west_java, "regency", reported).set_index("region_code").loc["32.04"]
    assert (bandung["value"], bandung["headcount"]) == (25, 16000)  # F59-01 over F60-01
    assert math.isclose(bandung["rate"], 25 / 16000 * 1000)
    # 'sekitar 16.000': the rate is approximate, and its headcount has a source of its own.
    assert bandung["headcount_approximate"] and bandung["headcount_source"] == "dejurnal-202011"


def test_rates_are_only_for_persons(dataset):
    figures = pilkada_2020(dataset)
    cases = pick_series(series_options(figures, "regency"), "Bawaslu|violations|cases||Pilkada 2020|running")
    assert region_values(figures, "regency", cases)["rate"].isna().all()


def test_sources_that_disagree_on_the_same_day_travel_together():
    rows = pd.DataFrame(
        {
            "figure_id": ["a", "b"],
            "source_id": ["s1", "s2"],
            "publisher": ["KASN"] * 2,
            "election": ["Pilkada 2020"] * 2,
            "as_of": pd.to_datetime(["2020-10-01"] * 2),
            "region_level": ["province"] * 2,
            "region_code": ["32"] * 2,
            "region_name": ["Jawa Barat"] * 2,
            "measure": ["violators"] * 2,
            "unit": ["asn"] * 2,
            "dimension": ["none"] * 2,
            "category": ["total"] * 2,
            "value": [10.0, 12.0],
            "scope": [""] * 2,
            "status": ["running"] * 2,
            "as_of_precision": ["day"] * 2,
            "approximate": [False] * 2,
        }
    )
    rows["as_of_end"] = rows["as_of"]
    values = region_values(rows, "province", series_options(rows, "province")[0])
    assert len(values) == 1 and values.loc[0, "value"] == 10 and values.loc[0, "others"] == [12.0]


def test_the_regency_map_opens_on_the_filtered_province_or_west_java(dataset):
    regencies = regional_totals(dataset.figures, "regency")
    assert map_province(("73.02",), regencies) == "73"
    assert map_province((), regencies) == "32"
    assert (
        map_province((), regencies[~regencies["region_code"].astype(str).str.startswith("32")]) == "73"
    )  # most figures
