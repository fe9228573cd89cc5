"""Thousands of malformed files: each one is read or refused with a message, never an uncaught exception."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.importing.engine import Mapping, analyse
from lib.words import LANGS
from tests.lib.importing.workbooks import printed_province_table, xlsx
from tests.shipped import DATASET

MAPPING = Mapping(
    source_id="import-20261123000000-abcdef", publisher="KASN", election="Pilkada 2020", as_of="2020-12-31"
)
FAST = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID = printed_province_table()

cells = st.one_of(
    st.text(max_size=40),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["1.588", "79,1", "21,5%", "984 *)", "-", "JUMLAH", "=SUM(A1:A9)", "@cmd", "Kab. Bandung", "", " "]
    ),
    st.text(min_size=2000, max_size=5000),  # huge cells
)
grids = st.lists(st.lists(cells, max_size=8), max_size=25)


def _accounted_for(result) -> None:
    """Read (figures, perhaps with warnings) or refused (an error) — and every message renders in both languages."""
    assert len(result.figures) or result.errors or result.findings or result.kind in ("table", "tidy", "cases")
    for finding in result.findings:
        for lang in LANGS:
            assert finding.text(lang)
    assert result.figures["value"].ge(0).all()


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    _accounted_for(analyse(data, "random.bin", MAPPING, DATASET))


@FAST
@given(grids, st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_csv_grids_in_odd_encodings(grid, separator, encoding):
    text = "\r\n".join(separator.join(str(c).replace(separator, " ") for c in row) for row in grid)
    _accounted_for(analyse(text.encode(encoding, errors="replace"), "grid.csv", MAPPING, DATASET))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids)
def test_xlsx_grids(grid):
    rows = [
        [None if isinstance(c, float) and c != c or c in (float("inf"), float("-inf")) else c for c in row]
        for row in grid
    ]
    rows = [[c.replace("\x00", "") if isinstance(c, str) else c for c in row] for row in rows]
    try:
        data = xlsx(rows)
    except Exception:  # openpyxl refuses some control characters; those grids are not files
        return
    _accounted_for(analyse(data, "grid.xlsx", MAPPING, DATASET))


@FAST
@given(st.integers(0, len(VALID) - 1))
def test_truncated_workbooks(cut):
    _accounted_for(analyse(VALID[:cut], "truncated.xlsx", MAPPING, DATASET))


@FAST
@given(st.integers(30, len(VALID) - 1), st.binary(min_size=1, max_size=64))
def test_corrupted_workbooks(where, junk):
    _accounted_for(analyse(VALID[:where] + junk + VALID[where + len(junk) :], "corrupt.xlsx", MAPPING, DATASET))


def test_xml_entity_bomb_is_not_expanded():
    """Billion laughs inside a sheet: the reader must not expand entities (calamine does not)."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(1, 10))
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    source = io.BytesIO(VALID)
    target = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bombed:
        for item in original.infolist():
            data = original.read(item.filename)
            bombed.writestr(item, bomb.encode() if item.filename == "xl/worksheets/sheet1.xml" else data)
    result = analyse(target.getvalue(), "bomb.xlsx", MAPPING, DATASET)
    _accounted_for(result)
    assert all(len(str(v)) < 10_000 for v in result.figures.get("category", []))


def test_a_zip_that_claims_a_version_python_cannot_read_is_refused():
    """Found by the fuzzer: a corrupted central directory asking for zip version 6.4."""
    at = VALID.index(b"PK\x01\x02") + 6  # 'version needed to extract' of the first entry
    result = analyse(VALID[:at] + (64).to_bytes(2, "little") + VALID[at + 2 :], "corrupt.xlsx", MAPPING, DATASET)
    assert [f.code for f in result.errors] == ["not_spreadsheet"] and result.figures.empty


def test_a_workbook_that_lists_no_sheet_is_refused_with_a_message():
    """Found by the fuzz test: a corrupted workbook.xml that opens but names no sheet."""
    target = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(VALID)) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as broken:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/workbook.xml":
                start, end = data.index(b"<sheets>"), data.index(b"</sheets>") + len(b"</sheets>")
                data = data[:start] + b"<sheets/>" + data[end:]
            broken.writestr(item, data)
    result = analyse(target.getvalue(), "no-sheet.xlsx", MAPPING, DATASET)
    assert result.errors and result.figures.empty
