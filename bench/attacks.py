"""Files built to hurt an importer (SYNTHETIC, never shipped): each stays small on the wire and would explode or
crawl once read naively. bench/hostile_uploads.py uploads them to a running server; tests read them too.
"""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    b'"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
    b'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
    b'formats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
    b'name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship '
    b'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    b'Target="sharedStrings.xml"/></Relationships>'
)
_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _xlsx(sheet: bytes, strings: list[str]) -> bytes:
    shared = b"".join(f"<si><t>{s}</t></si>".encode() for s in strings)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr(
            "xl/sharedStrings.xml", b'<?xml version="1.0" encoding="UTF-8"?><sst ' + _NS + b">" + shared + b"</sst>"
        )
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


def shared_string_amplification(cells: int = 200_000, length: int = 32_000) -> bytes:
    """One long shared string referenced by every cell: ~1.5 MB on disk, ~6 GB of text once each cell holds it."""
    rows = []
    per_row = 10
    for r in range(cells // per_row):
        rows.append(
            f'<row r="{r + 1}">'
            + "".join(f'<c r="{_column(c)}{r + 1}" t="s"><v>0</v></c>' for c in range(per_row))
            + "</row>"
        )
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
        + _NS
        + b"><sheetData>"
        + "".join(rows).encode()
        + b"</sheetData></worksheet>"
    )
    return _xlsx(sheet, ["SINTETIS " + "x" * (length - 9)])


def sheet_wide_merge() -> bytes:
    """Two cells and one merge over A3:XFD3000: under 2 KB, 49 million cells once a reader fills the merge."""
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet ' + _NS + b'><sheetData><row r="1"><c r="A1" t="s">'
        b'<v>0</v></c><c r="B1"><v>1</v></c></row><row r="3"><c r="A3"><v>7</v></c></row></sheetData>'
        b'<mergeCells count="1"><mergeCell ref="A3:XFD3000"/></mergeCells></worksheet>'
    )
    return _xlsx(sheet, ["Provinsi SINTETIS"])


def wide_csv(columns: int = 100_000) -> bytes:
    """A header of 100,000 columns and one row: under 1 MB."""
    header = ",".join(f"k{i}" for i in range(columns))
    return (header + "\n" + ",".join("1" for _ in range(columns)) + "\n").encode()


def unknown_regions_csv(count: int = 2_000) -> bytes:
    """2,000 region names nobody knows (each would cost a fuzzy search of every region's name)."""
    lines = ["Kabupaten/Kota,Jumlah ASN dilaporkan"] + [f"Kabupaten Sintetis{i:04d}x,{i}" for i in range(count)]
    return ("\n".join(lines) + "\n").encode()


def long_printed_table(rows: int = 100_000) -> bytes:
    """A printed table of 100,000 rows (a title, a header, a total): big, but a fair table to read once."""
    lines = ["REKAP SINTETIS (BERKAS UJI)", "No;Jenis pelanggaran;Jumlah ASN dilaporkan"]
    lines += [f"{i + 1};Jenis sintetis {i};{i % 7}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()
