"""Stored imports: atomic, listed, removable, merged into the dataset, never touching the shipped files."""
import os
import threading

import pytest

from lib.datasets import load_dataset
from lib.importer import Mapping, analyse
from lib.imports import list_imports, new_source_id, remove_import, save_import, source_problems
from lib.messages import NetraError
from tests.lib.workbooks import printed_province_table


def _source(source_id: str) -> dict:
    return {"source_id": source_id, "publisher": "KASN", "outlet": "KASN", "title": "Rekap netralitas ASN (uji)",
            "published": "2020-12-31", "url": "https://www.kasn.go.id/rekap", "document": "kasn.xlsx"}


def _import(folder, source_id=None):
    source_id = source_id or new_source_id()
    analysis = analyse(printed_province_table(), "kasn.xlsx", Mapping(source_id=source_id, publisher="KASN",
                                                                       election="Pilkada 2020", as_of="2020-12-31"))
    return save_import(analysis.figures, _source(source_id), folder), source_id


def test_an_import_joins_the_dataset_and_leaves_shipped_files_alone(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.glob("*.csv")}
    folder = data_copy.parent / "imports"
    _, source_id = _import(folder)
    dataset = load_dataset(data_copy, imports=folder)
    mine = dataset.figures[dataset.figures["source_id"] == source_id]
    assert len(mine) == 8 and mine["value"].max() == 1588
    assert source_id in set(dataset.sources["source_id"])
    assert {p.name: p.read_bytes() for p in data_copy.glob("*.csv")} == before
    assert [s["source_id"] for s in list_imports(folder)] == [source_id]
    remove_import(source_id, folder)
    assert load_dataset(data_copy, imports=folder).figures["source_id"].eq(source_id).sum() == 0


def test_a_half_written_import_is_never_read(data_copy):
    folder = data_copy.parent / "imports"
    _import(folder)
    # What a crash mid-write leaves: a temporary file that was never renamed into place.
    (folder / ".tmp-crashed.parquet").write_bytes(b"PAR1 half")
    dataset = load_dataset(data_copy, imports=folder)
    assert not [f for f in dataset.findings if f.code == "import_unreadable"]
    assert len(list_imports(folder)) == 1


def test_a_broken_import_file_is_named_and_the_rest_loads(data_copy):
    folder = data_copy.parent / "imports"
    path, _ = _import(folder)
    path.write_bytes(path.read_bytes()[:200])
    dataset = load_dataset(data_copy, imports=folder)
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
    assert sorted(s["source_id"] for s in list_imports(folder)) == sorted(ids)


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
    assert source_problems(_source("x") | {"url": "javascript:alert(1)", "published": "kemarin"}) == ["published", "url"]
