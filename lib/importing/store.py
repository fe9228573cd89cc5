"""Published imports, stored durably in their own folder beside data/ (the shipped files are never touched).

One import is one Parquet file holding its tidy figures, with its source, the file's fingerprint and the mapping
that read it (to offer for next month's file of the same layout) in the file's metadata, so an import and its source
can never be separated. A write goes to a temporary file in the same folder, is flushed to disk, then renamed over
its final name (os.replace is atomic): a crash leaves either the whole import or none of it, and two imports at the
same time write two different files.

A stored import is checked on load like shipped data (schema, types, vocabulary, regions, its metadata): one that
fails is named by its file's name (never a server path), set aside and removable, and the rest load.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from lib.model.dataset import Dataset, extended, load_dataset
from lib.model.dates import parse_partial_date, partial_texts
from lib.model.findings import Finding, NetraError
from lib.model.schema import (
    FIGURE_COLUMNS,
    FLAGS,
    OPTIONAL_COLUMNS,
    SOURCE_COLUMNS,
    flags_as_text,
    valid_url,
    validate_figures,
)
from lib.paths import imports_dir

SUFFIX = ".parquet"
_ID = re.compile(r"^import-\d{14}-[0-9a-f]{6}$")
_META_KEY = b"netra_source"
_CRASHED_AFTER = 3600  # seconds: a temporary file this old was left by a write that never finished
_RECORD = ("source_id", "title", "publisher")  # what a stored import's metadata must hold


def new_source_id() -> str:
    return f"import-{datetime.now(UTC):%Y%m%d%H%M%S}-{secrets.token_hex(3)}"


def source_problems(source: dict) -> list[str]:
    """The source fields still missing or wrong: publisher, title, date and a web address are all required."""
    problems = [f for f in ("publisher", "title", "published", "url") if not str(source.get(f, "")).strip()]
    if source.get("published") and parse_partial_date(str(source["published"]))[0] is None:
        problems.append("published")
    if source.get("url") and not valid_url(str(source["url"])):
        problems.append("url")
    return list(dict.fromkeys(problems))


@dataclass(frozen=True)
class Stored:
    """One stored import as the page lists it: its source, or why it cannot be read."""

    source_id: str
    title: str
    publisher: str = ""
    published: str = ""
    document: str = ""
    rows: int = 0
    imported_at: str = ""
    broken: str = ""  # why it was set aside; '' when it loads
    recipe: dict = field(default_factory=dict, compare=False)
    digest: str = ""


def save_import(
    figures: pd.DataFrame, source: dict, folder: Path, recipe: dict | None = None, digest: str = ""
) -> Path:
    """Store one import atomically; raises NetraError (with the reason) when it cannot, or when the same file is
    already stored."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not _ID.match(source.get("source_id", "")):
        raise NetraError("import_failed", folder=folder.name, detail="bad import id")
    if digest:
        twin = next((s for s in list_imports(folder) if s.digest == digest and not s.broken), None)
        if twin is not None:
            raise NetraError("import_twice", title=twin.title, when=twin.imported_at[:10])
    record = {c: str(source.get(c, "")) for c in SOURCE_COLUMNS} | {
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": str(len(figures)),
        "digest": digest,
        "recipe": json.dumps(recipe or {}, ensure_ascii=False),
    }
    table = figures[FIGURE_COLUMNS + ["as_of_precision"]].astype(
        {c: str for c in FIGURE_COLUMNS + ["as_of_precision"] if c not in ("value", "as_of", *FLAGS)}
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


def _read(path: Path, folder: Path) -> tuple[pd.DataFrame | None, dict, str]:
    """One stored file's figures as text columns and its metadata, or why it cannot be read (said without paths)."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
        record = json.loads((table.schema.metadata or {})[_META_KEY])
        if not isinstance(record, dict) or not all(isinstance(record.get(k), str) and record.get(k) for k in _RECORD):
            return None, {}, f"metadata lacks {', '.join(_RECORD)}"
        frame = table.to_pandas()
    except Exception as exc:  # a hand-broken file can fail in pyarrow or json; each means 'set it aside'
        return None, {}, str(exc).replace(str(folder), "").replace(str(path), path.name)[:120] or type(exc).__name__
    missing = [c for c in FIGURE_COLUMNS if c not in frame.columns and c not in OPTIONAL_COLUMNS]
    if missing:
        return None, record, f"missing columns {', '.join(missing)}"
    return frame, record, ""


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """A stored frame as the text a data file holds, for the same checks shipped data pass."""
    text = frame.copy()
    if pd.api.types.is_datetime64_any_dtype(text["as_of"]):
        precision = text["as_of_precision"] if "as_of_precision" in text else pd.Series("day", index=text.index)
        text["as_of"] = partial_texts(text["as_of"], precision)
    # An import stored before a column existed lacks it; the checks fill it as for a data file without it.
    text = flags_as_text(text)
    return text[[c for c in FIGURE_COLUMNS if c in text]].astype(str).replace({"nan": "", "None": "", "NaT": ""})


def load_imports(
    folder: Path, vocabulary, gazetteer, known_sources: set[str]
) -> tuple[list[pd.DataFrame], list[dict], list[Finding]]:
    """Every stored import's figures, checked like shipped data, and its source; one that fails is named in a
    finding (by its file's name) and set aside, and so is a second copy of the same file."""
    frames, sources, findings = [], [], []
    if not folder.is_dir():
        return frames, sources, findings
    digests: dict[str, str] = {}
    for path in sorted(folder.glob(f"import-*{SUFFIX}")):
        frame, record, problem = _read(path, folder)
        if problem:
            findings.append(Finding("error", "import_unreadable", path.name, params={"detail": problem}))
            continue
        if record.get("digest") and record["digest"] in digests:
            findings.append(
                Finding("warning", "import_duplicate", path.name, params={"other": digests[record["digest"]]})
            )
            continue
        figures, problems = validate_figures(
            _as_text(frame),
            file=path.name,
            vocabulary=vocabulary,
            gazetteer=gazetteer,
            source_ids=known_sources | {record["source_id"]},
            strict_categories=False,
        )
        errors = [f for f in problems if f.level == "error"]
        if errors:
            findings.append(
                Finding("error", "import_unreadable", path.name, params={"detail": errors[0].text("en")[:160]})
            )
            continue
        if record.get("url") and not valid_url(str(record["url"])):
            findings.append(Finding("warning", "import_bad_url", path.name))
            record = {**record, "url": ""}  # drawn as plain text, never as a link to who knows what
        digests[record.get("digest") or path.name] = path.name
        frames.append(figures)
        sources.append(record)
    return frames, sources, findings


def list_imports(folder: Path) -> list[Stored]:
    """Every stored import, newest first, the broken ones too (so that they can be removed)."""
    found = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"import-*{SUFFIX}")):
        frame, record, problem = _read(path, folder)
        try:
            recipe = json.loads(record.get("recipe") or "{}")
        except ValueError:
            recipe = {}
        found.append(
            Stored(
                path.stem,
                record.get("title", "") or path.name,
                record.get("publisher", ""),
                record.get("published", ""),
                record.get("document", ""),
                len(frame) if frame is not None else 0,
                record.get("imported_at", ""),
                problem,
                recipe if isinstance(recipe, dict) else {},
                record.get("digest", ""),
            )
        )
    return sorted(found, key=lambda s: s.imported_at, reverse=True)


def remove_import(source_id: str, folder: Path) -> None:
    if not _ID.match(source_id):  # never a user-supplied path
        raise NetraError("import_failed", folder=folder.name, detail="bad import id")
    try:
        (folder / f"{source_id}{SUFFIX}").unlink(missing_ok=True)
    except OSError as exc:
        raise NetraError("import_failed", folder=folder.name, detail=exc.strerror or type(exc).__name__) from None


def recipe_for(layouts: dict[str, str], folder: Path) -> Stored | None:
    """The newest stored import whose tables were laid out as these are (next month's release of the same table):
    its mapping is offered again."""
    wanted = set(layouts.values()) - {""}
    if not wanted:
        return None
    return next(
        (s for s in list_imports(folder) if not s.broken and wanted <= set((s.recipe.get("layouts") or {}).values())),
        None,
    )


def with_imports(dataset: Dataset, folder: Path) -> Dataset:
    """The dataset with the imports published in a folder, each checked against its vocabulary and gazetteer."""
    known = set(dataset.sources["source_id"])
    frames, sources, findings = load_imports(folder, dataset.vocabulary, dataset.gazetteer, known)
    return extended(dataset, frames, sources, findings)


def load_served(data: Path) -> Dataset:
    """What every visitor sees: the data folder's files and the imports published beside it."""
    return with_imports(load_dataset(data), imports_dir(data))
