from lib.model.filters import Filters
from lib.views.state import Choices, View, apply_selection, view_from_params, view_to_params

CHOICES = Choices(
    election=frozenset({"Pilkada 2020", "Pemilu 2019"}),
    publisher=frozenset({"KASN", "BKN"}),
    region=frozenset({"ID", "32", "32.04"}),
    dimension=frozenset({"position_level"}),
    category=frozenset({"jpt"}),
    by=frozenset({"position_level", "region"}),
)


def test_the_default_view_has_an_empty_url():
    assert view_to_params(View()) == {}
    assert view_from_params({}, CHOICES) == View()


def test_a_view_round_trips_through_its_url():
    view = View(
        filters=Filters(election=("Pemilu 2019",), publisher=("KASN", "BKN"), region=("32.04",)),
        lang="en",
        by="region",
        show="share",
        present=True,
        slide=2,
        slides=("cards", "funnel", "types"),
    )
    params = view_to_params(view)
    assert params["publisher"] == "KASN,BKN" and params["lang"] == "en"
    assert view_from_params(params, CHOICES) == view


def test_clearing_the_default_election_is_remembered_as_all():
    view = View().with_filters(election=())
    assert view_to_params(view) == {"election": ""}
    assert view_from_params({"election": ""}, CHOICES).filters.election == ()


def test_unknown_long_or_hostile_values_are_dropped():
    view = view_from_params(
        {
            "lang": "fr",
            "publisher": "KASN,<img src=x>",
            "region": "9" * 400,
            "by": "x",
            "slide": "-1",
            "show": "all",
            "present": "<script>",
        },
        CHOICES,
    )
    assert view.lang == "id" and view.filters.publisher == ("KASN",)
    assert view.filters.region == () or view.filters.region == View().filters.region
    assert (view.by, view.show, view.slide, view.present) == ("position_level", "count", 0, False)


def test_list_values_from_repeated_keys_use_the_last():
    assert view_from_params({"lang": ["id", "en"]}, CHOICES).lang == "en"


def test_a_click_on_a_province_filters_the_region_and_on_a_category_the_category():
    assert apply_selection(View(), "region", ["52"]).filters.region == ("52",)
    clicked = apply_selection(View(), "position_level", ["jpt"])
    assert clicked.filters.dimension == ("position_level",) and clicked.filters.category == ("jpt",)
    assert apply_selection(View(), "region", []) == View()


def test_a_parameter_naming_only_unknown_values_gives_the_default_not_everything():
    assert view_from_params({"election": "<b>x</b>,Pilkada 1900"}, CHOICES).filters.election == View().filters.election
    assert view_from_params({"election": ""}, CHOICES).filters.election == ()  # 'election=' deliberately means all
    assert view_from_params({"publisher": "KASN,,,<script>"}, CHOICES).filters.publisher == ("KASN",)
