"""What no upload may do: hold the server, take its memory, lose a number silently, or be told the wrong cause."""

import io
import re
import zipfile

import pytest

from bench import attacks
from lib.importing import worker
from lib.importing.budget import Budget
from lib.importing.engine import Mapping, analyse
from lib.importing.publishing import Policy, Visitor, may_publish
from lib.paths import SHIPPED_DATA
from tests.lib.importing.workbooks import csv, xlsx
from tests.shipped import DATASET

MAPPING = Mapping(source_id="import-x", publisher="KASN", election="Pilkada 2020", as_of="2020-12-31")


def codes(analysis):
    return [f.code for f in analysis.findings]


@pytest.mark.parametrize(
    "build, name, code",
    [
        (attacks.shared_string_amplification, "amplification.xlsx", "over_expanded_text"),
        (attacks.sheet_wide_merge, "merge.xlsx", "over_merged_area"),
        (attacks.wide_csv, "wide.csv", "over_columns"),
    ],
)
def test_a_file_that_would_explode_is_measured_and_refused_before_it_is_expanded(build, name, code):
    result = analyse(build(), name, MAPPING, DATASET)
    assert codes(result) == [code] and result.figures.empty
    said = result.findings[0].text("en")
    assert "limit" in said and ("split" in said or "remove" in said)  # which limit, and what to do


def test_numbers_in_a_message_are_written_the_readers_way():
    result = analyse(attacks.wide_csv(), "wide.csv", MAPPING, DATASET)
    assert "100.000 kolom" in result.findings[0].text("id") and "100,000 columns" in result.findings[0].text("en")


def test_thousands_of_unknown_regions_stop_at_a_limit_with_one_message():
    result = analyse(attacks.unknown_regions_csv(), "regions.csv", MAPPING, DATASET)
    assert codes(result).count("over_unknown_labels") == 1
    assert codes(result).count("region_unknown_table") == 300


def test_a_field_longer_than_excel_allows_is_named_as_such():
    result = analyse(("Provinsi,Jumlah\nAceh," + "9" * 200_000 + "\n").encode(), "long.csv", MAPPING, DATASET)
    assert codes(result) == ["over_cell_chars"] and "32,767" in result.findings[0].text("en")


def _with_error_cell(data: bytes, cell: str, error: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                erroneous = f'<c r="{cell}" t="e"><v>{error}</v></c>'.encode()
                content = re.sub(rf'<c r="{cell}"[^>]*>.*?</c>'.encode(), erroneous, content)
            target.writestr(item, content)
    return out.getvalue()


def test_an_error_cell_is_a_finding_naming_the_cell_never_a_silently_missing_row():
    data = _with_error_cell(xlsx([["Provinsi", "Jumlah ASN dilaporkan"], ["Aceh", 5], ["Bali", 7]]), "B3", "#DIV/0!")
    result = analyse(data, "e.xlsx", MAPPING, DATASET)
    error = next(f for f in result.errors if f.code == "error_cell")
    assert (error.row, error.column) == (3, "Jumlah ASN dilaporkan") and "#DIV/0!" in error.text("en")


def test_a_year_column_holding_no_year_is_named_and_the_given_date_stays():
    rows = [["Provinsi", "Jumlah ASN dilaporkan", "Tahun"], ["Aceh", 5, 44197], ["Bali", 7, 2020]]
    result = analyse(xlsx(rows), "y.xlsx", MAPPING, DATASET)
    bad = next(f for f in result.errors if f.code == "bad_year")
    assert bad.row == 2 and "44197" in bad.text("en")
    dates = dict(zip(result.figures["region_code"].astype(str), result.figures["as_of"].astype(str)))
    assert dates["11"] == "2020-12-31" and dates["51"].startswith("2020")


@pytest.mark.parametrize("data, what", [(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"), (b"%PDF-1.7\n...", "PDF")])
def test_a_file_that_is_not_a_table_says_what_it_is(data, what):
    result = analyse(data, "x.csv", MAPPING, DATASET)
    assert codes(result) == ["not_a_table_file"] and what in result.findings[0].text("en")


def test_an_analysis_past_its_memory_costs_the_worker_not_the_server():
    """A worker allowed too little memory for the file: a message naming the limit; the next file is read."""
    tight = Budget(memory_bytes=40 * 1024 * 1024)
    worker._replace_worker()
    try:
        hungry = worker.analyse_safely(attacks.long_printed_table(200_000), "long.csv", MAPPING, SHIPPED_DATA, tight)
        assert codes(hungry) == ["over_memory_bytes"]
    finally:
        worker._replace_worker()
    fine = worker.analyse_safely(
        csv([["Provinsi", "Jumlah ASN dilaporkan"], ["Aceh", 3]]), "p.csv", MAPPING, SHIPPED_DATA
    )
    assert not fine.errors and len(fine.figures) == 1


def test_an_analysis_past_its_time_is_stopped():
    slow = Budget(seconds=0.05)
    worker._replace_worker()
    try:
        late = worker.analyse_safely(attacks.long_printed_table(100_000), "long.csv", MAPPING, SHIPPED_DATA, slow)
        assert codes(late) == ["over_seconds"]
    finally:
        worker._replace_worker()


@pytest.mark.parametrize(
    "visitor, policy, allowed",
    [
        (Visitor(None, {}), Policy(sign_in=False), True),  # `make run` on the analyst's own machine
        (Visitor(None, {"x-forwarded-for": "203.0.113.7"}), Policy(sign_in=False), False),  # through a proxy
        (Visitor("203.0.113.7", {}), Policy(sign_in=False), False),  # another machine
        (Visitor("203.0.113.7", {}, True, "editor@kasn.go.id"), Policy(True, ("Editor@kasn.go.id",)), True),
        (Visitor("203.0.113.7", {}, True, "someone@gmail.com"), Policy(True, ("editor@kasn.go.id",)), False),
        (Visitor(None, {}), Policy(sign_in=True), False),  # sign-in configured: even the server's own visitor signs in
        (
            Visitor("203.0.113.7", {}, True, "any@org.go.id"),
            Policy(sign_in=True),
            True,
        ),  # no list: the provider decides
    ],
)
def test_who_may_publish(visitor, policy, allowed):
    assert may_publish(visitor, policy) is allowed
