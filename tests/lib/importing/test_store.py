"""Stored imports: atomic, listed, removable, merged into the dataset, never touching the shipped files."""

import os
import threading

import pytest

from lib.importing.engine import Mapping, analyse
from lib.importing.store import list_imports, new_source_id, remove_import, save_import, source_problems, with_imports
from lib.model.dataset import load_dataset
from lib.model.findings import NetraError
from tests.lib.importing.workbooks import printed_province_table
from tests.shipped import DATASET


def _source(source_id: str) -> dict:
    return {
        "source_id": source_id,
        "publisher": "KASN",
        "outlet": "KASN",
        "title": "Rekap netralitas ASN (uji)",
        "published": "2020-12-31",
        "url": "https://www.kasn.go.id/rekap",
        "document": "kasn.xlsx",
    }


def _import(folder, source_id=None):
    source_id = source_id or new_source_id()
    analysis = analyse(
        printed_province_table(),
        "kasn.xlsx",
        Mapping(source_id=source_id, publisher="KASN", election="Pilkada 2020", as_of="2020-12-31"),
        DATASET,
    )
    return save_import(analysis.figures, _source(source_id), folder), source_id


def test_an_import_joins_the_dataset_and_leaves_shipped_files_alone(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.glob("*.csv")}
    folder = data_copy.parent / "imports"
    _, source_id = _import(folder)
    dataset = with_imports(load_dataset(data_copy), folder)
    mine = dataset.figures[dataset.figures["source_id"] == source_id]
    assert len(mine) == 7 and mine["value"].max() == 1588  # the totals row's 100 % is the base of the shares
    assert source_id in set(dataset.sources["source_id"])
    assert {p.name: p.read_bytes() for p in data_copy.glob("*.csv")} == before
    assert [s.source_id for s in list_imports(folder)] == [source_id]
    remove_import(source_id, folder)
    assert with_imports(load_dataset(data_copy), folder).figures["source_id"].eq(source_id).sum() == 0


def test_a_half_written_import_is_never_read(data_copy):
    folder = data_copy.parent / "imports"
    _import(folder)
    # What a crash mid-write leaves: a temporary file that was never renamed into place.
    (folder / ".tmp-crashed.parquet").write_bytes(b"PAR1 half")
    dataset = with_imports(load_dataset(data_copy), folder)
    assert not [f for f in dataset.findings if f.code == "import_unreadable"]
    assert len(list_imports(folder)) == 1


def test_a_broken_import_file_is_named_and_the_rest_loads(data_copy):
    folder = data_copy.parent / "imports"
    path, _ = _import(folder)
    path.write_bytes(path.read_bytes()[:200])
    dataset = with_imports(load_dataset(data_copy), folder)
    problem = next(f for f in dataset.findings if f.code == "import_unreadable")
    assert problem.file == path.name and len(dataset.figures) > 300


def test_two_imports_at_the_same_time_both_land(data_copy):
    folder = data_copy.parent / "imports"
    ids = [new_source_id() for _ in range(2)]
    threads = [threading.Thread(target=_import, args=(folder, i)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.source_id for s in list_imports(folder)) == sorted(ids)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_folder_fails_with_a_message_and_loses_nothing(data_copy):
    folder = data_copy.parent / "imports"
    _import(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(NetraError, match="could not be saved"):
            _import(folder)
    finally:
        folder.chmod(0o755)
    assert len(list_imports(folder)) == 1


def test_a_full_or_unwritable_folder_fails_with_a_message(data_copy):
    blocker = data_copy.parent / "imports"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(NetraError) as raised:
        _import(blocker)
    assert "imports" in raised.value.text("id") and "tidak berubah" in raised.value.text("id")


def test_removing_never_takes_a_path():
    with pytest.raises(NetraError):
        remove_import("../data/figures", __import__("pathlib").Path("/tmp"))


def test_source_fields_are_required():
    assert source_problems({}) == ["publisher", "title", "published", "url"]
    assert source_problems(_source("x") | {"url": "javascript:alert(1)", "published": "kemarin"}) == [
        "published",
        "url",
    ]


# --- Faults: a process killed mid-import, a full disk, a read-only folder -------------------------------

_KILLED_CHILD = """
import io, os, signal, sys
from pathlib import Path
import pyarrow.parquet as pq
import lib.importing.store

def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[2] == "writing":  # half the file's bytes are on disk when the process dies
    real_write = pq.write_table
    def half_then_killed(table, where, **options):
        buffer = io.BytesIO()
        real_write(table, buffer, **options)
        where.write(buffer.getvalue()[: len(buffer.getvalue()) // 2])
        where.flush()
        killed()
    pq.write_table = half_then_killed
else:  # the whole file is written and flushed, the rename has not happened
    lib.importing.store.os.replace = killed
from tests.lib.importing.test_store import _import
_import(Path(sys.argv[1]))
"""


@pytest.mark.parametrize("moment", ["writing", "renaming"])
def test_a_process_killed_mid_import_leaves_the_previous_data_and_no_half_import(data_copy, moment):
    import signal
    import subprocess
    import sys

    from lib.paths import ROOT

    folder = data_copy.parent / "imports"
    _, kept = _import(folder)
    before = with_imports(load_dataset(data_copy), folder)
    child = subprocess.run([sys.executable, "-c", _KILLED_CHILD, str(folder), moment], cwd=ROOT, capture_output=True)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-500:]
    assert list(folder.glob(".tmp-*"))  # the killed write really started
    after = with_imports(load_dataset(data_copy), folder)
    assert [s.source_id for s in list_imports(folder)] == [kept]
    assert len(after.figures) == len(before.figures) and not after.errors
    _import(folder)  # the next import lands as usual
    assert len(list_imports(folder)) == 2


def test_leftovers_of_a_killed_write_are_cleared_by_a_later_import(data_copy):
    folder = data_copy.parent / "imports"
    folder.mkdir()
    stale, fresh = folder / ".tmp-old.parquet", folder / ".tmp-now.parquet"
    for path in (stale, fresh):
        path.write_bytes(b"PAR1 half")
    os.utime(stale, (1, 1))
    _import(folder)
    assert not stale.exists() and fresh.exists()  # a fresh one may be another import's write in progress


def test_a_full_disk_fails_with_a_message_and_loses_nothing(data_copy, monkeypatch):
    import errno

    import lib.importing.store

    folder = data_copy.parent / "imports"
    _, kept = _import(folder)
    before = sorted(p.name for p in folder.iterdir())

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lib.importing.store.os, "fsync", disk_full)
    with pytest.raises(NetraError) as raised:
        _import(folder)
    assert "No space left on device" in raised.value.text("id") and "tidak berubah" in raised.value.text("id")
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == before  # no temporary file left behind
    assert [s.source_id for s in list_imports(folder)] == [kept]


def test_a_read_only_file_system_fails_with_a_message_even_for_root(data_copy, monkeypatch):
    import errno

    import lib.importing.store

    folder = data_copy.parent / "imports"
    _, kept = _import(folder)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(lib.importing.store.tempfile, "NamedTemporaryFile", read_only)
    with pytest.raises(NetraError, match="Read-only file system"):
        _import(folder)
    monkeypatch.undo()
    assert [s.source_id for s in list_imports(folder)] == [kept]
