from lib.model.filters import Filters
from lib.views import sidebar


def test_each_filter_offers_what_the_data_has_with_labels(dataset):
    options = {o.name: o for o in sidebar.build(dataset, Filters(), "en")}
    assert list(options) == ["election", "publisher", "region", "dimension", "year"]
    assert dict(options["publisher"].choices)["BKN"] == "BKN (Civil Service Agency)"
    assert options["region"].values[0] == "ID" and dict(options["region"].choices)["32"] == "Jawa Barat (32)"
    assert "none" not in options["dimension"].values


def test_the_category_filter_appears_once_categories_are_chosen(dataset):
    options = {
        o.name: o for o in sidebar.build(dataset, Filters(dimension=("position_level",), category=("jpt",)), "id")
    }
    assert dict(options["category"].choices)["jpt"] == "Jabatan pimpinan tinggi (JPT)"
