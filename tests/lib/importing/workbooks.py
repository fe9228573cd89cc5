"""Spreadsheets laid out the way government offices print them, built by the tests themselves (openpyxl)."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl

_SAVED_AT = (2026, 1, 1, 0, 0, 0)


def xlsx(
    rows: list[list], *, merges: tuple[str, ...] = (), title: str = "Tabel", extra_sheets: dict | None = None
) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    for name, content in (extra_sheets or {}).items():
        other = book.create_sheet(name)
        for row in content:
            other.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible(buffer.getvalue())


def _reproducible(data: bytes) -> bytes:
    """The same bytes on every run (openpyxl stamps the time of saving), so a failing fuzz case replays exactly."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as saved, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as fixed:
        for item in saved.infolist():
            content = saved.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", content)
            fixed.writestr(zipfile.ZipInfo(item.filename, _SAVED_AT), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def csv(rows: list[list], *, sep: str = ",", bom: bool = False, crlf: bool = False) -> bytes:
    newline = "\r\n" if crlf else "\n"
    text = newline.join(sep.join(str(c) for c in row) for row in rows) + newline
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def printed_province_table(total: str = "INDONESIA", total_value="1.588") -> bytes:
    """A KASN-style table: title and caption rows, a two-row merged header, a No column, Indonesian number
    text with a footnote mark, a blank row in the middle, a totals row and source lines below."""
    return xlsx(
        [
            ["REKAPITULASI PELANGGARAN NETRALITAS ASN PILKADA 2020"],
            ["Per 31 Desember 2020"],
            [],
            ["No", "Provinsi", "Jumlah ASN", None],
            [None, None, "Dilaporkan", "%"],
            [1, "JAWA BARAT", "1.000", "63,0%"],
            [2, "Sulteng", "500 *)", "31,5%"],
            [],
            [3, "D.I. Yogyakarta", 88, "5,5"],
            [None, total, total_value, "100"],
            ["Sumber: KASN, diolah"],
            ["*) angka sementara"],
        ],
        merges=("A4:A5", "B4:B5", "C4:D4", "A1:D1"),
        extra_sheets={"Catatan": [["Tabel ini disusun oleh KASN."]]},
    )
