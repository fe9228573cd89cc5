"""Edits to data/ show in a running session on its next run, whole: vocabulary, figures and sources together."""

from tests.app.conftest import open_app


def _append(path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_a_new_measure_and_a_figure_using_it_show_without_a_restart(served):
    at = open_app({"publisher": "KASN"}, "pages/data.py")
    assert "F99-01" not in set(at.dataframe[0].value["figure_id"])
    # A data editor adds a measure to the vocabulary and a figure that uses it (synthetic, in a test copy).
    _append(served / "vocabulary.csv", "measure,clarified,Diklarifikasi,Clarified,Laporan yang telah diklarifikasi.,")
    _append(
        served / "figures.csv",
        "F99-01,okezone-20200630,KASN,Pilkada 2020,2020-06-26,running,national,ID,"
        "Indonesia,,clarified,asn,none,total,77,no,SYNTHETIC test figure,SYNTHETIC test figure,B",
    )
    at.run()  # the same session, the same process: no restart
    assert not at.exception
    assert not [e for e in at.sidebar.expander if "Sebagian data tidak dimuat" in e.label], "the new row was rejected"
    table = at.dataframe[0].value
    added = table[table["figure_id"] == "F99-01"]
    assert list(added["measure_label"]) == ["Diklarifikasi"] and list(added["value_text"]) == ["77"]


def test_a_new_region_alias_resolves_in_the_next_import_without_a_restart(served):
    from lib import cached

    before = cached.dataset().gazetteer.resolve("Priangan Timur Raya")
    _append(served / "region_aliases.csv", "Priangan Timur Raya,32.06,SYNTHETIC alias for a test")
    assert before.status == "unknown"
    assert cached.dataset().gazetteer.resolve("Priangan Timur Raya").region.code == "32.06"
