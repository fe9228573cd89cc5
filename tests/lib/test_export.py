import io
from dataclasses import replace

import openpyxl
import pandas as pd

from lib.export import build_extract, neutralise, to_csv_bytes, to_xlsx_bytes
from lib.importing.engine import analyse
from lib.model.filters import Filters
from lib.model.schema import FIGURE_COLUMNS


def _comparable(figures: pd.DataFrame) -> pd.DataFrame:
    table = figures[FIGURE_COLUMNS + ["as_of_precision"]].copy()
    for column in table.columns:
        if isinstance(table[column].dtype, pd.CategoricalDtype):
            table[column] = table[column].astype(str)
    return table.reset_index(drop=True)


def test_csv_export_round_trips_through_parse(dataset):
    filters = Filters(election=("Pilkada 2020",), region=("32",))
    figures = filters.apply(dataset.figures)
    data = to_csv_bytes(build_extract(figures, dataset.sources, dataset.vocabulary, "id"), filters.describe("id"))
    result = analyse(data, "extract.csv", None, dataset)
    assert not result.errors, [f.text("en") for f in result.findings]
    pd.testing.assert_frame_equal(_comparable(result.figures), _comparable(figures))


def test_xlsx_export_round_trips_and_keeps_numbers_numeric(dataset):
    extract = build_extract(dataset.figures, dataset.sources, dataset.vocabulary, "en")
    data = to_xlsx_bytes(extract, dataset.sources, "all data", "en")
    result = analyse(data, "all.xlsx", None, replace(dataset, sources=dataset.sources.iloc[:0]))
    assert not result.errors, [f.text("en") for f in result.findings][:3]
    pd.testing.assert_frame_equal(_comparable(result.figures), _comparable(dataset.figures))
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Data", "Sources", "About"]
    header = [c.value for c in book["Data"][1]]
    value_cell = book["Data"].cell(row=2, column=header.index("value") + 1)
    assert isinstance(value_cell.value, (int, float))
    about = {row[0].value: row[1].value for row in book["About"].iter_rows(min_row=2)}
    assert about["Filter"] == "all data" and "Netra" in about["Citation"]


def test_every_row_carries_its_source_and_the_filter(dataset):
    filters = Filters(publisher=("BKN",))
    extract = build_extract(filters.apply(dataset.figures), dataset.sources, dataset.vocabulary, "en")
    table = pd.read_csv(io.BytesIO(to_csv_bytes(extract, filters.describe("en"))), dtype=str, encoding="utf-8-sig")
    assert (table["source_url"].str.startswith("http")).all()
    assert table["source_title"].str.len().min() > 5
    assert set(table["extract_filter"]) == {"publisher: BKN"}
    assert set(table["publisher"]) == {"BKN"}


def test_labels_follow_the_language(dataset):
    rows = dataset.figures[dataset.figures["figure_id"] == "F02-01"]
    assert (
        build_extract(rows, dataset.sources, dataset.vocabulary, "id")["category_label"][0]
        == "Jabatan pimpinan tinggi (JPT)"
    )
    assert (
        build_extract(rows, dataset.sources, dataset.vocabulary, "en")["category_label"][0] == "Senior executive (JPT)"
    )


def test_formula_injection_is_neutralised_and_numbers_stay_numbers():
    frame = pd.DataFrame(
        {
            "note": ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "'quoted"],
            "value": [1, 2, 3, 4, 5, 6, 7, 8],
        }
    )
    safe = neutralise(frame)
    assert safe["note"].tolist()[:6] == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]
    assert safe["note"].tolist()[6:] == ["plain", "'quoted"]
    assert safe["value"].tolist() == list(range(1, 9))


def test_a_formula_in_a_note_survives_export_as_text(dataset):
    figures = dataset.figures.iloc[:1].copy()
    figures["note"] = "=1+1"
    data = to_xlsx_bytes(build_extract(figures, dataset.sources, dataset.vocabulary, "id"), dataset.sources, "x", "id")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Data"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("note") + 1)
    assert cell.data_type == "s" and cell.value == "'=1+1"
    # And reading it back gives the published text, not the guard.
    assert analyse(data, "x.xlsx", None, dataset).figures["note"][0] == "=1+1"
