"""Stored imports that are broken, crafted or doubled: each is named by its file, set aside and removable, and
every page keeps working for every visitor."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lib.importing.store import list_imports, save_import
from lib.model.findings import NetraError
from tests.app.conftest import PAGES, metrics, open_app
from tests.hostile import SOURCE_ID, store_hostile_import


def _write(folder, name: str, table: pa.Table, metadata) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    table = table.replace_schema_metadata({b"netra_source": json.dumps(metadata).encode()})
    pq.write_table(table, folder / name)


def _broken_imports(folder) -> list[str]:
    good = pq.read_table(store_hostile_import(folder))
    (folder / f"{SOURCE_ID}.parquet").unlink()
    record = json.loads(good.schema.metadata[b"netra_source"])
    names = {
        "import-20260101000001-000001.parquet": (good, ["not", "a", "dict"]),  # metadata that is a JSON list
        "import-20260101000002-000002.parquet": (good.drop(["as_of_precision"]), record | {"source_id": "s2"}),
        "import-20260101000003-000003.parquet": (
            good.set_column(good.schema.get_field_index("value"), "value", pa.array(["banyak"] * len(good))),
            record,
        ),
    }
    for name, (table, metadata) in names.items():
        _write(folder, name, table, metadata)
    return list(names)


@pytest.mark.parametrize("page", [None, *PAGES, "pages/impor.py"])
def test_every_page_works_beside_broken_stored_imports(served, page):
    broken = _broken_imports(served.parent / "imports")
    at = open_app({"election": "Pilkada 2024"}, page)
    assert not at.exception
    warnings = next(e for e in at.sidebar.expander if "Sebagian data tidak dimuat" in e.label)
    said = " ".join(t.value for t in warnings.text)
    assert broken[0] in said and broken[2] in said  # named by the file, not by a server path
    assert str(served.parent) not in said


def test_a_broken_import_is_listed_and_removable_from_the_page(served):
    broken = _broken_imports(served.parent / "imports")
    at = open_app(page="pages/impor.py")
    removable = [b for b in at.button if str(b.key).startswith("imp_remove_")]
    assert {b.key.removeprefix("imp_remove_") + ".parquet" for b in removable} >= {broken[0], broken[2]}
    next(b for b in removable if b.key == f"imp_remove_{broken[0].removesuffix('.parquet')}").click().run()
    assert not (served.parent / "imports" / broken[0]).exists()


def test_the_same_file_twice_is_refused_and_a_copy_on_disk_is_skipped(served):
    folder = served.parent / "imports"
    first = store_hostile_import(folder)
    table = pq.read_table(first)
    record = json.loads(table.schema.metadata[b"netra_source"])
    source = {k: record[k] for k in ("source_id", "publisher", "outlet", "title", "published", "url", "document")}
    figures = table.to_pandas()
    save_import(figures, source | {"source_id": "import-20260101000009-000009"}, folder, digest="abc")
    with pytest.raises(NetraError, match="already imported"):
        save_import(figures, source | {"source_id": "import-20260101000010-000010"}, folder, digest="abc")
    _write(
        folder,
        "import-20260101000011-000011.parquet",
        table,
        json.loads(pq.read_table(folder / "import-20260101000009-000009.parquet").schema.metadata[b"netra_source"]),
    )
    at = open_app({"election": "Pilkada 2024", "publisher": "KASN"})
    assert not at.exception and ("Dilaporkan", "99") in metrics(at)
    assert len([s for s in list_imports(folder) if not s.broken]) == 3  # listed, so the copy can be removed too
