"""The import corpus (../shared/import-corpus: constructed government-style tables with answer keys) read exactly,
and every layout these tests build read with its meaning kept: no key holding two values, no personal data out."""

import csv
import json
from collections import Counter

import pytest

from lib.importing.engine import KEY, Mapping, analyse, tidy_csv
from lib.paths import ROOT
from tests.lib.importing import workbooks
from tests.shipped import DATASET

CORPUS = ROOT.parent / "shared" / "import-corpus"
COMPARED = ("region_code", "measure", "unit", "dimension", "category", "value")
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8")) if (CORPUS / "cases.json").exists() else []


def _multiset(rows) -> Counter:
    return Counter(
        tuple(str(r[k]).strip() for k in COMPARED[:-1]) + (f"{round(float(r['value']), 1) + 0.0:.1f}",) for r in rows
    )


@pytest.mark.skipif(not CASES, reason=f"the import corpus is not beside this checkout ({CORPUS})")
@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_every_corpus_file_is_read_exactly(case):
    mapping = Mapping(
        source_id="import-corpus",
        publisher=case["publisher"],
        election=case["election"],
        as_of=case["as_of"],
        sheet=case.get("sheet", ""),
    )
    result = analyse((CORPUS / case["file"]).read_bytes(), case["file"], mapping, DATASET)
    assert not result.errors, [f.text("en") for f in result.errors]
    key = CORPUS / f"{case['file'].rsplit('.', 1)[0]}.expected.csv"
    with open(key, encoding="utf-8", newline="") as handle:
        expected = _multiset(csv.DictReader(handle))
    got = _multiset(result.figures.astype({k: str for k in COMPARED[:-1]}).to_dict("records"))
    assert got == expected, {"missing": sorted(expected - got)[:5], "unexpected": sorted(got - expected)[:5]}
    said = tidy_csv(result.figures).decode() + "\n".join(f.text(lang) for f in result.findings for lang in ("id", "en"))
    leaked = [value for value in case.get("forbidden", []) if value in said]
    assert not leaked, f"personal data in the output: {leaked[:3]}"


LAYOUTS = {
    "printed province table": workbooks.printed_province_table(),
    "wide table of persons": workbooks.wide_persons_table(),
    "province table with a residual row": workbooks.province_cases_table(),
    "handling-status recap": workbooks.status_recap(),
    "three-sheet workbook": workbooks.three_sheet_workbook(),
    "case list under a title": workbooks.xlsx(
        [
            ["DAFTAR ASN YANG DILAPORKAN (BERKAS UJI)"],
            [],
            ["No", "Nama", "NIP", "Kabupaten/Kota", "Jabatan", "Jenis Pelanggaran"],
            [1, "Contoh Satu", "000000000000000001", "Kab. Bandung", "Camat", "Kampanye di media sosial"],
            [2, "Contoh Dua", "000000000000000002", "Kota Depok", "Lurah", "Menghadiri kampanye"],
        ]
    ),
    "table with a personal column": workbooks.xlsx(
        [
            ["REKAP PER PELAPOR (BERKAS UJI)"],
            ["Nama pelapor", "Provinsi", "Jumlah kasus dilaporkan"],
            ["Contoh Tiga", "Aceh", 3],
            ["Contoh Empat", "Bali", 4],
        ]
    ),
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_keeps_one_value_per_key_and_reads_no_personal_column(name):
    result = analyse(
        LAYOUTS[name],
        f"{name}.xlsx",
        Mapping(source_id="import-layouts", publisher="KASN", election="Pilkada 2020", as_of="2020-12-31"),
        DATASET,
    )
    assert not [f for f in result.errors if f.code == "same_key_two_values"]
    keys = result.figures[KEY].astype(str).agg("|".join, axis=1)
    assert keys.is_unique and len(result.figures), [f.text("en") for f in result.errors]
    said = tidy_csv(result.figures).decode() + "\n".join(f.text(lang) for f in result.findings for lang in ("id", "en"))
    assert "Contoh" not in said and "000000000000000001" not in said


def test_the_corpus_check_script_agrees(tmp_path):
    """The corpus's own check.py, run as CI would, on `python -m lib.cli parse`."""
    import subprocess
    import sys

    if not CASES:
        pytest.skip(f"the import corpus is not beside this checkout ({CORPUS})")
    done = subprocess.run(
        [sys.executable, str(CORPUS / "check.py"), "--python", sys.executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0 and f"corpus: {len(CASES)}/{len(CASES)} files exact" in done.stdout, done.stdout[-2000:]
