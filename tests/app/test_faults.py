"""Faults as a visitor meets them: a broken data file or stored import, a disk that fills during an import."""

import datetime as dt
import errno
import os

from tests.app.conftest import metrics, open_app
from tests.lib.importing.workbooks import printed_province_table


def _warnings(at) -> tuple[str, list[str]]:
    box = next(e for e in at.sidebar.expander if "Sebagian data tidak dimuat" in e.label)
    return box.label, [t.value for t in box.text]


def test_a_hand_broken_row_is_named_and_the_rest_of_the_app_works(served):
    figures = served / "figures.csv"
    lines = figures.read_text(encoding="utf-8").splitlines()
    # Break one row far from the KASN funnel: its value is no longer a number.
    row = next(i for i, line in enumerate(lines) if i > 0 and "kompas-20201129" in line)
    header = lines[0].split(",")
    cells = lines[row].split(",")
    cells[header.index("value")] = "banyak sekali"
    lines[row] = ",".join(cells)
    figures.write_text("\n".join(lines) + "\n", encoding="utf-8")
    at = open_app()
    label, texts = _warnings(at)
    assert "(1)" in label
    assert any("figures.csv" in t and f"baris {row + 1}" in t and "value" in t for t in texts), texts
    assert metrics(at)[0] == ("Dilaporkan", "2.034")


def test_a_corrupted_data_file_is_named_and_the_app_still_starts(served):
    (served / "figures.csv").write_bytes(os.urandom(4096))
    at = open_app()
    _, texts = _warnings(at)
    assert any("figures.csv" in t for t in texts), texts
    assert any("Tidak ada angka" in i.value for i in at.info)  # nothing to show, said plainly
    about = open_app(page="pages/tentang.py")  # pages that need no figures work as before
    assert not about.exception and about.title


def test_a_hand_broken_import_is_named_and_the_shipped_figures_stay(served):
    folder = served.parent / "imports"
    folder.mkdir()
    (folder / "import-20260101000000-abcdef.parquet").write_bytes(b"PAR1 not really parquet")
    at = open_app()
    _, texts = _warnings(at)
    assert any("import-20260101000000-abcdef.parquet" in t for t in texts), texts
    assert metrics(at)[0] == ("Dilaporkan", "2.034")


def test_a_disk_that_fills_during_an_import_gives_a_message_and_keeps_what_was_there(served, monkeypatch):
    import lib.importing.store

    at = open_app(page="pages/impor.py")
    at.file_uploader[0].set_value(("rekap.xlsx", printed_province_table(), "application/octet-stream"))
    at.run()
    at.selectbox(key="imp_publisher").set_value("KASN")
    at.text_input(key="imp_title").set_value("Rekap (uji)")
    at.text_input(key="imp_url").set_value("https://www.kasn.go.id/rekap-uji")
    at.date_input(key="imp_published").set_value(dt.date(2024, 12, 31))
    at.selectbox(key="imp_election").set_value("Pilkada 2024")
    at.date_input(key="imp_as_of").set_value(dt.date(2024, 12, 31))
    at.run()

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(lib.importing.store.os, "fsync", disk_full)
        at.button(key="imp_confirm").click().run()
    assert not at.exception
    assert any("No space left on device" in e.value and "tidak berubah" in e.value for e in at.error), [
        e.value for e in at.error
    ]
    folder = served.parent / "imports"
    assert not folder.exists() or not any(folder.iterdir())  # no half-written file left behind
    assert metrics(open_app())[0] == ("Dilaporkan", "2.034")
