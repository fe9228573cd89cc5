"""Loading Netra's shipped datasets from data/: figures, their sources, reference texts.

A file that is missing or broken does not stop the others from loading: every problem becomes a
finding naming the file, row and column, and only the rows that passed are used.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from lib.model.gazetteer import Gazetteer, load_gazetteer
from lib.memo import Memo
from lib.model.findings import Finding
from lib.paths import DATA_DIR
from lib.model.schema import (CATEGORICAL, FIGURE_COLUMNS, SOURCE_COLUMNS, empty_figures, parse_partial_date,
                        typed_figures, validate_figures)
from lib.model.vocabulary import Vocabulary, load_vocabulary

FILES = {
    "figures": "figures.csv",
    "sources": "sources.csv",
    "reference": "reference.csv",
    "pilkada_regions": "pilkada_regions.csv",
}


@dataclass
class Dataset:
    figures: pd.DataFrame
    sources: pd.DataFrame
    reference: pd.DataFrame
    pilkada_regions: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    # Views computed from these figures, shared by every session that shows them (see lib.memo).
    views: Memo = field(default_factory=Memo, repr=False, compare=False)

    @cached_property
    def outlets(self) -> dict[str, str]:
        """source_id → outlet, looked up under every card and chart."""
        return dict(zip(self.sources["source_id"], self.sources["outlet"]))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]


def read_text_csv(path: Path) -> tuple[pd.DataFrame | None, list[Finding]]:
    """A CSV as all-text columns, or None with a finding that says why it could not be read."""
    name = path.name
    if not path.exists():
        return None, [Finding("error", "missing_file", name)]
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError) as exc:
        return None, [Finding("error", "unreadable_file", name, params={"detail": str(exc).splitlines()[0][:120]})]
    return frame, []


def load_sources(path: Path) -> tuple[pd.DataFrame, list[Finding]]:
    frame, findings = read_text_csv(path)
    if frame is None:
        return pd.DataFrame(columns=SOURCE_COLUMNS), findings
    for column in SOURCE_COLUMNS:
        if column not in frame.columns:
            findings.append(Finding("error", "missing_column", path.name, None, column, params={"column": column}))
    if any(f.code == "missing_column" for f in findings):
        return pd.DataFrame(columns=SOURCE_COLUMNS), findings
    bad: set[int] = set()
    seen: dict[str, int] = {}
    for index, row in frame.iterrows():
        line = index + 2
        if not row.source_id:
            findings.append(Finding("error", "empty_value", path.name, line, "source_id", params={"expected": "a unique id"}))
            bad.add(index)
        elif row.source_id in seen:
            findings.append(Finding("error", "duplicate_id", path.name, line, "source_id", params={"value": row.source_id, "other": seen[row.source_id]}))
            bad.add(index)
        else:
            seen[row.source_id] = line
        if not row.title:
            findings.append(Finding("error", "empty_value", path.name, line, "title", params={"expected": "the document's title"}))
            bad.add(index)
        if not row.url and not row.document:
            findings.append(Finding("error", "empty_value", path.name, line, "url", params={"expected": "a URL, or a document path"}))
            bad.add(index)
        if parse_partial_date(row.published)[0] is None:
            findings.append(Finding("error", "bad_value", path.name, line, "published",
                                    params={"value": row.published, "expected": "a date YYYY-MM-DD, YYYY-MM or YYYY, or empty"}))
            bad.add(index)
    return frame.drop(index=sorted(bad)).reset_index(drop=True)[SOURCE_COLUMNS], findings


def load_dataset(
    data_dir: Path = DATA_DIR,
    vocabulary: Vocabulary | None = None,
    gazetteer: Gazetteer | None = None,
    imports: Path | None = None,
) -> Dataset:
    """Read and check every shipped file, then add the stored imports (lib.importing.store) unless imports is None.

    What fails is reported in findings, never raised."""
    vocabulary = vocabulary or load_vocabulary()
    gazetteer = gazetteer or load_gazetteer()
    # Load inputs.
    sources, findings = load_sources(data_dir / FILES["sources"])
    raw_figures, figure_read = read_text_csv(data_dir / FILES["figures"])
    reference, reference_read = read_text_csv(data_dir / FILES["reference"])
    pilkada_regions, pilkada_read = read_text_csv(data_dir / FILES["pilkada_regions"])
    findings += figure_read + reference_read + pilkada_read
    # Process data.
    if raw_figures is None:
        figures = empty_figures()
    else:
        figures, figure_findings = validate_figures(
            raw_figures, file=FILES["figures"], vocabulary=vocabulary, gazetteer=gazetteer,
            source_ids=set(sources["source_id"]),
        )
        findings += figure_findings
    if imports is not None:
        figures, sources = _with_imports(figures, sources, imports, findings)
    return Dataset(
        figures=figures,
        sources=sources,
        reference=reference if reference is not None else pd.DataFrame(),
        pilkada_regions=pilkada_regions if pilkada_regions is not None else pd.DataFrame(),
        findings=findings,
    )


def _with_imports(figures: pd.DataFrame, sources: pd.DataFrame, folder: Path, findings: list[Finding]):
    from lib.importing.store import load_imports

    frames, imported_sources, problems = load_imports(folder)
    findings += problems
    if not frames:
        return figures, sources
    columns = FIGURE_COLUMNS + ["as_of_precision"]
    merged = pd.concat([figures[columns].astype({c: object for c in CATEGORICAL}), *(f[columns] for f in frames)],
                       ignore_index=True)
    cited = pd.DataFrame([{c: s.get(c, "") for c in SOURCE_COLUMNS} for s in imported_sources])
    return typed_figures(merged), pd.concat([sources, cited], ignore_index=True)
