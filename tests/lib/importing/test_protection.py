"""What an import carries through to storage and to the downloads: never personal data, never a live formula."""

import csv as csv_module
import io
import zipfile

import openpyxl

from lib.export import FORMULA_START, build_extract, to_csv_bytes, to_xlsx_bytes
from lib.importing.engine import Answers, Mapping, analyse, merge_answers
from lib.importing.store import save_import, with_imports
from lib.model.dataset import load_dataset
from tests.lib.importing.workbooks import csv, xlsx
from tests.shipped import DATASET

SOURCE_ID = "import-20261123000000-abcdef"
SOURCE = {
    "source_id": SOURCE_ID,
    "publisher": "Bawaslu",
    "outlet": "Bawaslu",
    "url": "https://bawaslu.go.id/uji",
    "published": "2024-12-31",
    "document": "uji.xlsx",
}
PERSONAL = [
    "Budi Santoso Wibowo",
    "198501012010011001",
    "0812-3456-7890",
    "budi.santoso@contoh.go.id",
    "Jl. Merdeka No. 17",
]


def _stored_and_exported(
    data: bytes, name: str, source: dict, data_copy, answers: Answers | None = None, **mapping
) -> tuple[bytes, bytes, bytes]:
    """Import a file, store it, load the dataset with it, download it: the stored bytes, the CSV and the XLSX."""
    said = Mapping(
        source_id=SOURCE_ID, publisher=source["publisher"], election="Pilkada 2024", as_of="2024-12-31", **mapping
    )
    analysis = analyse(data, name, merge_answers(said, "", answers) if answers else said, DATASET)
    assert not analysis.errors, [f.text("en") for f in analysis.errors]
    folder = data_copy.parent / "imports"
    stored = save_import(analysis.figures, source, folder).read_bytes()
    dataset = with_imports(load_dataset(data_copy), folder)
    rows = dataset.figures[dataset.figures["source_id"] == SOURCE_ID]
    extract = build_extract(rows, dataset.sources, dataset.vocabulary, "id")
    return stored, to_csv_bytes(extract, "uji"), to_xlsx_bytes(extract, dataset.sources, "uji", "id")


def _xlsx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_personal_data_in_a_case_list_never_reaches_storage_or_a_download(data_copy):
    header = ["Nama", "NIP", "No. HP", "Email", "Alamat", "Kabupaten/Kota", "Jenis Pelanggaran", "Tanggal"]
    rows = [header] + [PERSONAL + ["Kabupaten Bandung", "Kampanye di media sosial", "2024-10-01"]] * 3
    for data, name in ((csv(rows), "kasus.csv"), (xlsx(rows), "kasus.xlsx")):
        stored, csv_bytes, xlsx_bytes = _stored_and_exported(
            data, name, SOURCE | {"title": "Daftar kasus (uji)"}, data_copy, unit="asn"
        )
        for value in PERSONAL:
            for where, text in (
                ("stored import", stored.decode("latin-1")),
                ("CSV", csv_bytes.decode("utf-8-sig")),
                ("XLSX", _xlsx_text(xlsx_bytes)),
            ):
                assert value not in text, f"{value!r} found in the {where}"
        assert "3" in csv_bytes.decode("utf-8-sig")  # the count itself did arrive


def _cells_of_csv(data: bytes) -> list[str]:
    return [cell for row in csv_module.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def test_formulas_in_imported_labels_and_a_typed_source_title_are_inert_in_downloads(data_copy):
    hostile = ["@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3", "\tTAB", "\rCR"]
    rows = [["Wilayah", *hostile], ["Jawa Barat", 5, "7", "1.200", "4", "2"]]
    title = '=HYPERLINK("http://evil.example","klik")'
    # A wide table whose headings are unknown categories: the analyst says what each column is.
    columns = {i: {"dimension": "violation_type", "category": h} for i, h in enumerate(hostile, start=1)}
    _, csv_bytes, xlsx_bytes = _stored_and_exported(
        xlsx(rows),
        "lebar.xlsx",
        SOURCE | {"title": title},
        data_copy,
        Answers(columns=columns),
        measure="reported",
        unit="cases",
    )
    cells = _cells_of_csv(csv_bytes)
    assert "'@SUM(1+1)" in cells and "'" + title in cells  # the text is kept, made inert
    assert not [c for c in cells if c.startswith(FORMULA_START) and not _is_number(c)]
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes))
    texts = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert not [t for t in texts if t.startswith(FORMULA_START)]
    data = workbook.worksheets[0]
    values = [c.value for c in next(col for col in data.iter_cols() if col[0].value == "value")[1:]]
    assert sorted(values) == [2, 4, 5, 7, 1200]  # numbers stay numbers


def test_html_is_only_ever_our_own_constant_text():
    """Raw HTML (st.html, unsafe_allow_html) only ever of a string literal written here, inline or as a module
    constant: Netra's own stylesheets, the presenter's key script and the first-paint signal, never text that came
    from data."""
    import ast

    from lib.paths import ROOT

    for path in [ROOT / "app.py", *sorted((ROOT / "pages").rglob("*.py")), *sorted((ROOT / "lib").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }

        def literal(argument, constants=constants) -> bool:
            return (isinstance(argument, ast.Constant) and isinstance(argument.value, str)) or (
                isinstance(argument, ast.Name) and argument.id in constants
            )

        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            assert name != "iframe", f"{path.name}:{node.lineno} renders an iframe"
            if name == "html":
                assert node.args and literal(node.args[0]), f"{path.name}:{node.lineno} renders computed HTML"
            for code in (k for k in node.keywords if name == "component" and k.arg in ("html", "css", "js")):
                assert literal(code.value), f"{path.name}:{node.lineno} gives a component computed code"
            unsafe = [k for k in node.keywords if k.arg == "unsafe_allow_html"]
            if unsafe and not (isinstance(unsafe[0].value, ast.Constant) and unsafe[0].value.value is False):
                assert node.args and literal(node.args[0]), (
                    f"{path.name}:{node.lineno} passes computed text with unsafe_allow_html"
                )
