import subprocess
import sys

import pandas as pd

from lib.paths import ROOT


def run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "lib.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, **kwargs
    )


def test_datasets_lists_every_source_with_what_it_contributes():
    done = run("datasets")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("source_id,publisher,outlet,published,figures")
    assert any(line.startswith("jabarekspres-20201021,Bawaslu,Jabar Ekspres,2020-10-21,") for line in lines)


def test_export_then_parse_round_trips(tmp_path):
    out = tmp_path / "kasn.csv"
    done = run("export", "--publisher", "KASN", "--election", "Pilkada 2020", "-o", str(out))
    assert done.returncode == 0, done.stderr
    parsed = run("parse", str(out))
    assert parsed.returncode == 0, parsed.stderr
    exported = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    again = pd.read_csv(pd.io.common.StringIO(parsed.stdout), dtype=str, keep_default_na=False)
    assert list(again["figure_id"]) == list(exported["figure_id"])
    assert list(again["value"]) == list(exported["value"])
    assert set(exported["publisher"]) == {"KASN"}


def test_xlsx_export_round_trips(tmp_path):
    out = tmp_path / "all.xlsx"
    assert run("export", "--format", "xlsx", "-o", str(out), "--lang", "en").returncode == 0
    parsed = run("parse", str(out))
    assert parsed.returncode == 0, parsed.stderr
    assert len(parsed.stdout.splitlines()) > 350


def test_parse_reports_bad_rows_and_exits_1(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "figure_id,source_id,publisher,election,as_of,region_code,measure,unit,dimension,category,value\n"
        "X1,okezone-20200630,KASN,Pilkada 2020,2020-06-26,32,reported,asn,none,total,lots\n",
        encoding="utf-8",
    )
    done = run("parse", str(bad), "--lang", "en")
    assert done.returncode == 1
    assert "bad.csv, row 2, column 'value': 'lots' is not valid; expected a number" in done.stderr
    assert "Traceback" not in done.stderr


def test_parse_of_a_file_that_is_not_a_table(tmp_path):
    junk = tmp_path / "notes.csv"
    junk.write_text("Catatan rapat\nTidak ada angka di sini.\n", encoding="utf-8")
    done = run("parse", str(junk))
    assert done.returncode == 1
    assert "notes.csv" in done.stderr and "tidak berisi angka" in done.stderr and "Traceback" not in done.stderr


def test_parse_reads_a_printed_table_with_the_same_engine_as_the_import_page(tmp_path):
    from tests.lib.importing.workbooks import printed_province_table

    table = tmp_path / "rekap.xlsx"
    table.write_bytes(printed_province_table(total="JUMLAH", total_value="1.600"))
    without_source = run("parse", str(table))
    assert without_source.returncode == 1 and "sumber wajib diisi" in without_source.stderr
    done = run(
        "parse",
        str(table),
        "--publisher",
        "KASN",
        "--election",
        "Pilkada 2020",
        "--as-of",
        "2020-12-31",
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    rows = pd.read_csv(pd.io.common.StringIO(done.stdout), dtype=str, keep_default_na=False)
    assert set(rows["region_code"]) == {"32", "72", "34", "ID"} and "1600" in set(rows["value"])
    assert "the totals row says 1600, but the rows above it add up to 1588" in done.stderr


def test_parse_output_is_formula_safe_unless_raw(tmp_path):
    table = tmp_path / "lebar.csv"
    table.write_text(
        "Provinsi;Jumlah ASN dilaporkan;Keterangan\nAceh;3;=cmd|' /C calc'!A0\nBali;4;+1\n", encoding="utf-8"
    )
    args = ("parse", str(table), "--publisher", "KASN", "--election", "Pilkada 2024")
    safe, raw = run(*args), run(*args, "--raw")
    assert safe.returncode == 0 and raw.returncode == 0, safe.stderr
    notes = pd.read_csv(pd.io.common.StringIO(safe.stdout), dtype=str, keep_default_na=False)["note"].tolist()
    assert notes == ["'=cmd|' /C calc'!A0", "'+1"]
    assert "\n" + "import-cli-00001" in "\n" + raw.stdout.split("\n", 1)[1] and ",=cmd|" in raw.stdout


def test_export_includes_imports_and_parse_reads_it_back_exactly(data_copy):
    from tests.hostile import store_hostile_import

    store_hostile_import(data_copy.parent / "imports")  # free-text categories, formulas and markup in its texts
    env = {**__import__("os").environ, "NETRA_DATA_DIR": str(data_copy)}
    out = data_copy.parent / "extract.csv"
    done = run("export", "--election", "Pilkada 2024", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    exported = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert exported["source_id"].str.startswith("import-").any()  # the Data page and the CLI give the same rows
    parsed = run("parse", str(out), "--raw", env=env)
    assert parsed.returncode == 0, parsed.stderr
    again = pd.read_csv(pd.io.common.StringIO(parsed.stdout), dtype=str, keep_default_na=False)
    unguarded = exported["category"].str.replace(r"^'(?=[=+\-@])", "", regex=True)
    assert list(again["figure_id"]) == list(exported["figure_id"])
    assert list(again["category"]) == list(unguarded) and list(again["value"]) == list(exported["value"])
