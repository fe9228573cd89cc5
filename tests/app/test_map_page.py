"""The map page through AppTest: what it colours, marks, lists and keeps in the URL."""

import json

from tests.app.conftest import charts, open_app, values
from tests.plotly_text import plain

MAP = "pages/peta.py"


def traces_by_code(chart: dict) -> dict[str, tuple[int, float | None]]:
    """Each drawn region's trace (0 = no data, 1 = coloured) and value."""
    drawn = {}
    for trace in chart["data"]:
        coloured = trace.get("showscale", True) is not False
        zs = values(trace, "z") if coloured else [None] * len(trace["locations"])
        drawn.update({code: (1 if coloured else 0, z) for code, z in zip(trace["locations"], zs)})
    return drawn


def test_the_province_map_colours_regions_with_figures_and_greys_the_rest():
    at = open_app({}, MAP)
    chart = charts(at)[0]
    drawn = traces_by_code(chart)
    assert len(drawn) == 38, "every province is drawn once"
    # One series: Bawaslu's ASN-neutrality cases of 4 Oct 2020. Jawa Barat's 202 (all kinds of violations) is grey.
    assert drawn["74"] == (1, 92) and drawn["73"] == (1, 88)
    assert drawn["32"] == (0, None) and drawn["31"] == (0, None), "a province without a figure is 'no data', not zero"
    assert chart["layout"]["geo"]["visible"] is False, "no base map: nothing is drawn but Netra's boundaries"
    assert "Dugaan pelanggaran · Bawaslu · Pilkada 2020 · Indonesia" in plain(chart["layout"]["title"]["text"])
    assert "abu-abu: tidak ada data" in chart["layout"]["title"]["text"]
    table = at.dataframe[0].value
    assert dict(zip(table["Wilayah"], table["kasus"]))["Sulawesi Tenggara"] == "92"


def test_west_java_regencies_mark_the_eight_pilkada_regions():
    at = open_app({"level": "regency", "region": "32"}, MAP)
    chart = charts(at)[0]
    drawn = traces_by_code(chart)
    assert len(drawn) == 27 and all(code.startswith("32.") for code in drawn)
    widths = {}
    for trace in chart["data"]:
        widths.update(zip(trace["locations"], trace["marker"]["line"]["width"]))
    thick = {code for code, width in widths.items() if width > 1}
    assert thick == {"32.02", "32.03", "32.04", "32.06", "32.12", "32.15", "32.18", "32.76"}
    assert "Jawa Barat" in chart["layout"]["title"]["text"]


def test_the_rate_per_1000_asn_is_offered_where_a_headcount_exists():
    at = open_app(
        {"level": "regency", "region": "32", "series": "Bawaslu|reported|asn||Pilkada 2020|running", "per": "1000"}, MAP
    )
    drawn = traces_by_code(charts(at)[0])
    assert drawn["32.04"] == (1, 25 / 16000 * 1000)
    assert any("hanya dipublikasikan untuk Kabupaten Bandung" in c.value for c in at.caption)
    assert at.query_params["per"] == "1000" and at.query_params["level"] == "regency"


def test_the_map_view_round_trips_through_the_url_in_english():
    series = "Bawaslu|suspected|cases||Pilkada 2020|running"
    params = {"lang": "en", "level": "regency", "region": "73", "series": series}
    at = open_app(params, MAP)
    chart = charts(at)[0]
    title = plain(chart["layout"]["title"]["text"])
    assert "Suspected violations · Bawaslu (Election Supervisory Agency) · Pilkada 2020 (regional elections)" in title
    assert "each its newest figure, 14 Sept 2020 – 12 Nov 2020, from 2 sources" in title
    assert "thick outline" not in chart["layout"]["title"]["text"], (
        "neither West Java's Pilkada regions nor a selected one here"
    )
    assert traces_by_code(chart)["73.02"] == (1, 21)  # Bulukumba: the newest figure (F65-02, 12 Nov), not F66-05's 16
    assert dict(at.query_params) == params


def test_switching_the_level_drills_down_and_lands_in_the_url():
    at = open_app({}, MAP)
    at.segmented_control(key="w_level").set_value("regency").run()
    assert at.query_params["level"] == "regency"
    assert all(code.startswith("32.") for code in traces_by_code(charts(at)[0]))


def test_no_regional_figures_says_so():
    at = open_app({"election": "Pemilu 2019", "publisher": "Kemendagri"}, MAP)
    assert any("Tidak ada angka per provinsi" in i.value for i in at.info)


def test_the_map_stays_under_2_mb():
    for params in ({}, {"level": "regency", "region": "32"}, {"election": "", "lang": "en"}):
        at = open_app(params, MAP)
        sent = sum(len(el.proto.spec.encode()) for el in at.get("plotly_chart"))
        assert 0 < sent < 2_000_000, (params, sent)
        assert json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["type"] == "choropleth"
