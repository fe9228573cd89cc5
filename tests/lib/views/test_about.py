import pytest

from lib.views import about


@pytest.mark.parametrize("lang, label", [("id", "Label"), ("en", "Label")])
def test_every_section_has_items_and_a_source_in_the_language(dataset, lang, label):
    shown = about.build(dataset, lang)
    sections = (shown.law, shown.principles, shown.meaning, shown.values, shown.enforcers, shown.recommendations)
    for items in (*sections, shown.decree, shown.trends, *shown.reasons, *shown.stages):
        assert items.heading and items.items and items.source.startswith(("Sumber: ", "Source: "))
    assert len(shown.recommendations.items) == 8 and "10 September 2020" in shown.decree.items[0]
    assert all(table.columns[0] == label for table in shown.definitions)  # labels, not the data's keys
    assert shown.sources["figures"].sum() == len(dataset.figures)


def test_every_disagreement_is_listed_side_by_side(dataset):
    table = about.build(dataset, "id").disagreements
    assert len(table) >= 22 and list(table.columns)[:3] == ["Tentang", "Angka", "Sumber, tanggal"]
    f44 = table[table["Angka"] == "1.223 (jumlah 2 angka)"].iloc[0]
    assert f44["Bertentangan dengan"] == "1.252 (jumlah 2 angka)" and "Suara.com" in f44["Sumber, tanggal"]
