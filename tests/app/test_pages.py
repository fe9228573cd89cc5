"""Page logic through Streamlit's AppTest: each page runs, shows the data's numbers, follows the URL."""

import pytest

from tests.app.conftest import PAGES, charts, metrics, open_app, values
from tests.plotly_text import plain


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception(page, lang):
    at = open_app({"lang": lang}, page)
    assert at.title, "every page has a title"


def test_overview_shows_the_kasn_pilkada_2020_funnel():
    cards = metrics(open_app())
    assert cards[:5] == [
        ("Dilaporkan", "2.034"),
        ("Terbukti melanggar", "1.597"),
        ("Direkomendasikan sanksi", "1.588"),
        ("Ditindaklanjuti PPK", "1.450"),
        ("Tingkat tindak lanjut", "90,8%"),
    ]


def test_overview_flags_a_disagreeing_source_under_the_card():
    at = open_app()
    captions = [c.value for c in at.caption]
    assert "⚠ sumber lain: 1.596 (Agustus 2022)" in captions
    assert any(c.startswith("per 6 Februari 2024 · Antara (Jabar)") for c in captions)


def test_english_changes_labels_and_number_format():
    at = open_app({"lang": "en"})
    assert metrics(at)[0] == ("Reported", "2,034")
    assert ("Follow-up rate", "90.8%") in metrics(at)
    assert at.title[0].value == "Netra: Civil-Service Neutrality in Numbers"


def test_url_state_round_trips():
    params = {"lang": "en", "election": "Pilkada 2020", "publisher": "BKN", "region": "ID"}
    at = open_app(params)
    assert dict(at.query_params) == {"lang": "en", "publisher": "BKN", "region": "ID"} | {}  # election is the default
    assert at.multiselect(key="w_publisher").value == ["BKN"]
    assert metrics(at)[:3] == [("Reported", "1,005"), ("Sanction recommended", "727"), ("Followed up by PPK", "580")]
    again = open_app(dict(at.query_params))
    assert metrics(again) == metrics(at)


def test_driving_a_filter_updates_the_figures_and_the_url():
    at = open_app()
    at.multiselect(key="w_publisher").select("Bawaslu").run()
    assert at.query_params["publisher"] == "Bawaslu"
    # The final figure, as the A-rated outlet reports it (the re-publication's 1.536 stands beside it).
    assert metrics(at)[0] == ("Dugaan pelanggaran", "1.546")
    at.multiselect(key="w_region").select("32").run()
    assert at.query_params["region"] == "32"
    assert ("Dugaan pelanggaran", "202") in metrics(at)


def test_the_west_java_107_cases_on_the_data_page():
    at = open_app({"region": "32", "publisher": "Bawaslu"}, "pages/data.py")
    table = at.dataframe[0].value
    jabar = table[(table["region_name"] == "Jawa Barat") & (table["value_text"] == "107")]
    assert set(jabar["figure_id"]) == {"F58-03", "S001-09"}
    assert set(table["publisher"]) == {"Bawaslu"}
    assert (
        table["source_url"].str.startswith("http").sum()
        == len(table) - (table["source_title"].str.startswith("Jaga ASN")).sum()
    )


def test_an_empty_result_says_so_instead_of_failing():
    at = open_app({"election": "Pemilu 2019", "publisher": "Kemendagri"})
    assert any("Tidak ada angka untuk filter ini" in i.value for i in at.info)
    at = open_app({"election": "Pemilu 2019", "publisher": "Kemendagri"}, "pages/rincian.py")
    assert any("Tidak ada angka" in i.value for i in at.info)


@pytest.mark.parametrize(
    "params",
    [
        {
            "lang": "<script>alert(1)</script>",
            "election": "<b>x</b>",
            "region": "99",
            "by": "drop table",
            "slide": "x" * 5000,
        },
        {"election": "x" * 10000, "present": "maybe", "show": "'; --"},
        {"utm_source": "webinar", "foo": "<svg onload=alert(1)>", "publisher": "KASN" + "," * 5000, "year": "-1e309"},
    ],
)
def test_garbage_parameters_give_the_default_view(params):
    at = open_app(params)
    assert metrics(at)[0] == ("Dilaporkan", "2.034")
    # Nothing unknown is echoed back: the address bar is rewritten to the view actually shown.
    shown = dict(at.query_params)
    assert set(shown) <= {"publisher"} and all(v == "KASN" for v in shown.values()), shown


def test_trends_draws_kasn_running_totals_without_summing():
    at = open_app({"publisher": "KASN"}, "pages/tren.py")
    figures = charts(at)
    lines = next(f for f in figures if "KASN: Pilkada 2020" in f["layout"]["title"]["text"])
    reported = next(trace for trace in lines["data"] if trace["name"] == "Dilaporkan")
    assert values(reported, "y")[:3] == [369, 456, 694]
    assert max(values(reported, "y")) == 2034
    yearly = next(f for f in figures if "KASN per tahun" in f["layout"]["title"]["text"])
    assert values(yearly["data"][0], "y")[:2] == [29, 54]


def test_breakdowns_by_position_level_shows_sources_side_by_side():
    at = open_app({"show": "share"}, "pages/rincian.py")
    figure = charts(at)[0]
    names = [plain(trace["name"]) for trace in figure["data"]]
    assert any("Okezone" in n for n in names) and any("detik Finance" in n for n in names)
    assert "Sumber:" in figure["layout"]["title"]["text"]
    okezone = next(t for t in figure["data"] if "Okezone" in plain(t["name"]))
    assert dict(zip(okezone["customdata"], values(okezone, "x")))["jpt"] == 36


def test_breakdown_by_province_keys_bars_by_region_code():
    at = open_app({"by": "region", "publisher": "KASN"}, "pages/rincian.py")
    figure = charts(at)[0]
    codes = {code for trace in figure["data"] for code in trace["customdata"]}
    assert {"74", "52", "33"} <= codes


def test_presenter_mode_hides_the_sidebar_and_shows_big_numbers():
    at = open_app({"present": "1"})
    assert not at.sidebar.children or all(not c for c in at.sidebar.children.values())
    assert metrics(at)[0] == ("Dilaporkan", "2.034")
    assert any(c.value == "Slide 1/6" for c in at.caption)
    at = open_app({"present": "1", "slide": "2", "lang": "en"})
    assert any(c.value == "Slide 3/6" for c in at.caption)
    assert "Position levels" in charts(at)[0]["layout"]["title"]["text"]


def test_the_presenter_chooses_and_orders_the_slides_in_the_url():
    at = open_app({"present": "1", "slides": "positions,cards,bogus"})
    assert any(c.value == "Slide 1/2" for c in at.caption)
    assert "Jabatan pelanggar" in charts(at)[0]["layout"]["title"]["text"]
    assert at.query_params["slides"] == "positions,cards"


@pytest.mark.parametrize(
    "page, kasn_title, bkn_titles",
    [
        (
            "pages/tren.py",
            "KASN: Pilkada 2020",
            ["BKN: Pilkada 2020", "Alur penanganan", "Perbandingan antar pemilihan"],
        ),
        ("pages/peta.py", "Pelanggar · KASN · Pilkada 2020 · Indonesia", []),  # BKN publishes no regional series
    ],
)
def test_a_shared_view_gives_every_session_the_same_page_and_other_views_their_own(page, kasn_title, bkn_titles):
    """Trends and the Map are made once per view for a whole audience: nobody may get another view's page."""
    kasn, kasn_again, bkn = (open_app({"publisher": p}, page) for p in ("KASN", "KASN", "BKN"))

    def titles(at):
        return [f["layout"]["title"]["text"] for f in charts(at)]

    assert charts(kasn) == charts(kasn_again)
    assert [c.value for c in kasn.caption] == [c.value for c in kasn_again.caption]
    assert any(kasn_title in title for title in titles(kasn))
    assert [next((b for b in bkn_titles if b in title), title) for title in titles(bkn)] == bkn_titles
