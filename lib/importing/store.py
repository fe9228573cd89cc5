"""Confirmed imports, stored durably in their own folder beside data/ (the shipped files are never touched).

One import is one Parquet file holding its tidy figures, with its source in the file's metadata, so an
import and its source can never be separated. A write goes to a temporary file in the same folder, is
flushed to disk, then renamed over its final name (os.replace is atomic): a crash leaves either the whole
import or none of it, and two imports at the same time write two different files.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from lib.model.dates import parse_partial_date
from lib.model.findings import Finding, NetraError
from lib.model.schema import FIGURE_COLUMNS, SOURCE_COLUMNS

SUFFIX = ".parquet"
_ID = re.compile(r"^import-\d{14}-[0-9a-f]{6}$")
_META_KEY = b"netra_source"
_CRASHED_AFTER = 3600  # seconds: a temporary file this old was left by a write that never finished


def new_source_id() -> str:
    return f"import-{datetime.now(UTC):%Y%m%d%H%M%S}-{secrets.token_hex(3)}"


def source_problems(source: dict) -> list[str]:
    """The source fields still missing or wrong: publisher, title, date and URL are all required."""
    problems = [f for f in ("publisher", "title", "published", "url") if not str(source.get(f, "")).strip()]
    if source.get("published") and parse_partial_date(str(source["published"]))[0] is None:
        problems.append("published")
    if source.get("url") and not str(source["url"]).startswith(("http://", "https://")):
        problems.append("url")
    return list(dict.fromkeys(problems))


def save_import(figures: pd.DataFrame, source: dict, folder: Path) -> Path:
    """Store one import atomically; raises NetraError (with the folder and the reason) when it cannot."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not _ID.match(source.get("source_id", "")):
        raise NetraError("import_failed", folder=str(folder), detail="bad import id")
    record = {c: str(source.get(c, "")) for c in SOURCE_COLUMNS} | {
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": str(len(figures)),
    }
    table = figures[FIGURE_COLUMNS + ["as_of_precision"]].astype(
        {c: str for c in FIGURE_COLUMNS + ["as_of_precision"] if c not in ("value", "as_of", "disputed")}
    )
    arrow = pa.Table.from_pandas(table, preserve_index=False)
    arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}), _META_KEY: json.dumps(record).encode()})
    target = folder / f"{source['source_id']}{SUFFIX}"
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clear_crashed_writes(folder)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", suffix=SUFFIX, delete=False) as handle:
            temporary = Path(handle.name)
            pq.write_table(arrow, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise NetraError("import_failed", folder=str(folder), detail=exc.strerror or type(exc).__name__) from None
    return target


def _clear_crashed_writes(folder: Path) -> None:
    """Remove temporary files left by a process killed mid-write (never read; only taking space)."""
    cutoff = time.time() - _CRASHED_AFTER
    for path in folder.glob(f".tmp-*{SUFFIX}"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass  # another import removed or renamed it meanwhile


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: fsync the directory)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def load_imports(folder: Path) -> tuple[list[pd.DataFrame], list[dict], list[Finding]]:
    """Every stored import's figures and source; an unreadable file is named in a finding and skipped."""
    frames, sources, findings = [], [], []
    if not folder.is_dir():
        return frames, sources, findings
    import pyarrow.parquet as pq

    for path in sorted(folder.glob(f"import-*{SUFFIX}")):
        try:
            table = pq.read_table(path)
            record = json.loads(table.schema.metadata[_META_KEY])
            frame = table.to_pandas()
            missing = [c for c in FIGURE_COLUMNS if c not in frame.columns]
            if missing:
                raise ValueError(f"missing columns {', '.join(missing)}")
        except Exception as exc:  # a hand-broken file can fail in pyarrow, json or here; each means 'skip it'
            findings.append(Finding("error", "import_unreadable", path.name, params={"detail": str(exc)[:120]}))
            continue
        frames.append(frame)
        sources.append(record)
    return frames, sources, findings


def list_imports(folder: Path) -> list[dict]:
    """The stored imports' sources (with rows and imported_at), newest first."""
    _, sources, _ = load_imports(folder)
    return sorted(sources, key=lambda s: s.get("imported_at", ""), reverse=True)


def remove_import(source_id: str, folder: Path) -> None:
    if not _ID.match(source_id):  # never a user-supplied path
        raise NetraError("import_failed", folder=str(folder), detail="bad import id")
    try:
        (folder / f"{source_id}{SUFFIX}").unlink(missing_ok=True)
    except OSError as exc:
        raise NetraError("import_failed", folder=str(folder), detail=exc.strerror or type(exc).__name__) from None
