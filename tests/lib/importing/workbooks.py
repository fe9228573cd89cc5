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


def printed_province_table(
    total: str = "INDONESIA", total_value="1.588", title: str = "REKAPITULASI PELANGGARAN NETRALITAS ASN PILKADA 2020"
) -> bytes:
    """A KASN-style table: title and caption rows, a two-row merged header, a No column, Indonesian number
    text with a footnote mark, a blank row in the middle, a totals row and source lines below."""
    return xlsx(
        [
            [title],
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


def wide_persons_table() -> bytes:
    """Kabupaten/kota rows, a merged group header over one column per kind of person (civil servants, soldiers,
    police, village heads), then a row total: the categories, and who is not ASN, must survive."""
    return xlsx(
        [
            ["REKAPITULASI PELANGGAR NETRALITAS MENURUT KABUPATEN/KOTA, JAWA BARAT"],
            ["Pilkada Serentak 2020, data Bawaslu Provinsi Jawa Barat per 10 Desember 2020 (BERKAS UJI)"],
            [],
            ["No", "Kabupaten/Kota", "Jumlah pelanggar (orang)", None, None, None, None],
            [None, None, "ASN", "TNI", "Polri", "Kepala desa", "Jumlah"],
            [1, "Kab. Cianjur", 12, 1, 0, 3, 16],
            [2, "Kabupaten Karawang", 9, 0, 1, 2, 12],
            [3, "KOTA DEPOK", 4, "-", "-", "-", 4],
            [None, "Jumlah", 25, 1, 1, 5, 32],
            ["Sumber: Bawaslu Jawa Barat (uji)"],
        ],
        merges=("A4:A5", "B4:B5", "C4:G4"),
        title="Jabar",
    )


def province_cases_table(
    residual: str = "Provinsi lainnya", heading: str = "Dugaan pelanggaran (kasus)", extra: int = 0
) -> bytes:
    """A per-province table in cases, with a residual 'other provinces' row and a national total; `heading` names
    its column, `extra` changes its numbers (next month's release of the same table)."""
    return xlsx(
        [
            ["DUGAAN PELANGGARAN NETRALITAS ASN MENURUT PROVINSI (BERKAS UJI)"],
            ["No", "Provinsi", heading],
            [1, "JAWA TENGAH", 43 + extra],
            [2, "Sulawesi Selatan", 26],
            [3, "Jawa Barat", 17],
            [4, residual, 31],
            [None, "INDONESIA", 117 + extra],
        ],
        title="Provinsi",
    )


def status_recap() -> bytes:
    """A handling-status recap: each row a measure, a./b. sub-rows breaking one of them down by sanction."""
    return xlsx(
        [
            ["REKAPITULASI STATUS PENANGANAN (BERKAS UJI)"],
            ["No", "Status penanganan", "Jumlah ASN (orang)", "%"],
            ["1", "Dilaporkan", "1.000", ""],
            ["2", "Terbukti melanggar", "600", "60%"],
            ["a.", "Hukuman disiplin ringan", "200", ""],
            ["b.", "Hukuman disiplin sedang", "250", ""],
            ["c.", "Sanksi moral (pernyataan terbuka)", "150", ""],
            ["3", "Tidak terbukti", "300", "30%"],
            ["4", "Masih dalam proses", "100", "10%"],
        ],
        title="Status",
    )


def three_sheet_workbook(heading: str = "Dugaan pelanggaran (kasus)", extra: int = 0) -> bytes:
    """A workbook laid out like a KASN/Bawaslu export: a wide table, a per-province table (see
    province_cases_table), a status recap, and a notes sheet."""
    sheets = {}
    for name, data in (
        ("Jabar", wide_persons_table()),
        ("Provinsi", province_cases_table(heading=heading, extra=extra)),
        ("Status", status_recap()),
    ):
        book = openpyxl.load_workbook(io.BytesIO(data))
        sheets[name] = book.active
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, source in sheets.items():
        target = book.create_sheet(name)
        for row in source.iter_rows(values_only=True):
            target.append(list(row))
        for merged in source.merged_cells.ranges:
            target.merge_cells(str(merged))
    notes = book.create_sheet("Catatan")
    notes.append(["Berkas uji Netra: tiga tabel dan lembar catatan ini."])
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible(buffer.getvalue())
