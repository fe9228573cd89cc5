import pytest

from lib.views import about


@pytest.mark.parametrize("lang, key", [("id", "Kunci"), ("en", "Key")])
def test_every_section_has_items_and_a_source_in_the_language(dataset, lang, key):
    shown = about.build(dataset, lang)
    for items in (shown.law, shown.principles, shown.trends, *shown.reasons, *shown.stages):
        assert items.heading and items.items and items.source.startswith(("Sumber: ", "Source: "))
    assert all(table.columns[0] == key for table in shown.definitions)
    assert shown.sources["figures"].sum() == len(dataset.figures)
