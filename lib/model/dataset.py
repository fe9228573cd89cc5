"""Loading Netra's datasets from a data folder: figures, their sources, reference texts, the vocabulary and the
gazetteer that give them meaning, the boundaries that draw them, and the stored imports beside it.

A file that is missing or broken does not stop the others from loading: every problem becomes a finding naming the
file, row and column, and only the rows that passed are used. Everything read comes from the one folder, so an edit
to any of its files is picked up whole (see `data_version`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import pandas as pd

from lib.model.boundaries import Boundaries, load_boundaries
from lib.model.contradictions import Contradiction, disputed_ids, read_contradictions
from lib.model.dates import parse_partial_date
from lib.model.findings import Finding
from lib.model.gazetteer import Gazetteer, read_gazetteer
from lib.model.lexicon import Lexicon
from lib.model.schema import (
    CATEGORICAL,
    FIGURE_COLUMNS,
    SOURCE_COLUMNS,
    empty_figures,
    typed_figures,
    valid_url,
    validate_figures,
)
from lib.model.vocabulary import Vocabulary, read_vocabulary
from lib.paths import imports_dir

FILES = {
    "figures": "figures.csv",
    "sources": "sources.csv",
    "reference": "reference.csv",
    "pilkada_regions": "pilkada_regions.csv",
    "vocabulary": "vocabulary.csv",
    "aliases": "region_aliases.csv",
    "synonyms": "synonyms.csv",
    "contradictions": "contradictions.csv",
    "elections": "elections.csv",
}
IMPORT_PATTERN = "import-*.parquet"


def data_version(data_dir: Path) -> tuple:
    """Name, mtime and size of every file the dataset is read from, stored imports and boundaries included: a few
    stat calls, so each run can tell whether anything changed."""
    files = [
        *data_dir.glob("*.csv"),
        *data_dir.glob("boundaries/*.geojson"),
        *imports_dir(data_dir).glob(IMPORT_PATTERN),
    ]
    stats = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:  # removed between the listing and the stat
            continue
        stats.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(stats))


@dataclass(frozen=True, eq=False)
class Dataset:
    figures: pd.DataFrame
    sources: pd.DataFrame
    reference: pd.DataFrame
    pilkada_regions: pd.DataFrame
    vocabulary: Vocabulary
    gazetteer: Gazetteer
    synonyms: pd.DataFrame | None = None  # the words real tables use for the vocabulary's keys (lib.importing)
    contradictions: tuple[Contradiction, ...] = ()  # figures that contradict each other or themselves
    voting_days: dict[str, pd.Timestamp] = field(default_factory=dict)  # election -> its voting day
    findings: tuple[Finding, ...] = ()
    data_dir: Path | None = None
    version: tuple = field(default=())  # data_version at load time: caches of what is computed from it use it

    @cached_property
    def outlets(self) -> dict[str, str]:
        """source_id → outlet, looked up under every card and chart."""
        return dict(zip(self.sources["source_id"], self.sources["outlet"]))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @cached_property
    def lexicon(self) -> Lexicon:
        """What the words of a table mean: the vocabulary and its synonyms."""
        return Lexicon(self.vocabulary, self.synonyms)

    def boundaries(self, level: str) -> Boundaries:
        """One level's polygons, read once per loaded dataset, when a map first needs them."""
        loaded = self.__dict__.setdefault("_boundaries", {})
        if level not in loaded:
            loaded[level] = load_boundaries(level, self.data_dir / "boundaries")
        return loaded[level]


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

    def error(index, column, code, **params):
        findings.append(Finding("error", code, path.name, index + 2, column, params=params))
        bad.add(index)

    for index, row in frame.iterrows():
        if not row.source_id:
            error(index, "source_id", "empty_value", expected="a unique id")
        elif row.source_id in seen:
            error(index, "source_id", "duplicate_id", value=row.source_id, other=seen[row.source_id])
        else:
            seen[row.source_id] = index + 2
        if not row.title:
            error(index, "title", "empty_value", expected="the document's title")
        if not row.url and not row.document:
            error(index, "url", "empty_value", expected="a URL, or a document path")
        elif row.url and not valid_url(row.url):
            error(index, "url", "bad_value", value=row.url[:80], expected="a web address http(s)://…")
        if parse_partial_date(row.published)[0] is None:
            error(
                index,
                "published",
                "bad_value",
                value=row.published,
                expected="a date YYYY-MM-DD, YYYY-MM or YYYY, or empty",
            )
    return frame.drop(index=sorted(bad)).reset_index(drop=True)[SOURCE_COLUMNS], findings


def load_dataset(data_dir: Path) -> Dataset:
    """Read and check every file of a data folder (stored imports are added by lib.importing.store).

    What fails is reported in findings, never raised."""
    data_dir = Path(data_dir)
    version = data_version(data_dir)
    # Load inputs.
    findings: list[Finding] = []
    vocabulary = _vocabulary(data_dir / FILES["vocabulary"], findings)
    gazetteer = _gazetteer(data_dir / FILES["aliases"], findings)
    sources, source_findings = load_sources(data_dir / FILES["sources"])
    raw_figures, figure_read = read_text_csv(data_dir / FILES["figures"])
    reference, reference_read = read_text_csv(data_dir / FILES["reference"])
    pilkada_regions, pilkada_read = read_text_csv(data_dir / FILES["pilkada_regions"])
    synonyms, synonyms_read = read_text_csv(data_dir / FILES["synonyms"])
    contradiction_table, contradictions_read = read_text_csv(data_dir / FILES["contradictions"])
    election_table, elections_read = read_text_csv(data_dir / FILES["elections"])
    findings += source_findings + figure_read + reference_read + pilkada_read + synonyms_read
    # A folder may have no contradictions or voting days.
    findings += [f for f in contradictions_read + elections_read if f.code != "missing_file"]
    voting_days = _voting_days(election_table, vocabulary, findings)
    # Process data.
    if raw_figures is None:
        figures = empty_figures()
    else:
        figures, figure_findings = validate_figures(
            raw_figures,
            file=FILES["figures"],
            vocabulary=vocabulary,
            gazetteer=gazetteer,
            source_ids=set(sources["source_id"]),
        )
        findings += figure_findings
    contradictions, contradiction_findings = read_contradictions(
        contradiction_table, set(figures["figure_id"]), FILES["contradictions"]
    )
    findings += contradiction_findings
    figures["disputed"] |= figures["figure_id"].isin(disputed_ids(contradictions))
    return Dataset(
        figures=figures,
        sources=sources,
        reference=reference if reference is not None else pd.DataFrame(),
        pilkada_regions=pilkada_regions if pilkada_regions is not None else pd.DataFrame(),
        vocabulary=vocabulary,
        gazetteer=gazetteer,
        synonyms=synonyms,
        contradictions=contradictions,
        voting_days=voting_days,
        findings=tuple(findings),
        data_dir=data_dir,
        version=version,
    )


def _voting_days(table: pd.DataFrame | None, vocabulary: Vocabulary, findings: list[Finding]) -> dict:
    """Each election's voting day (elections.csv); a row naming no known election or no date is a finding."""
    days = {}
    if table is None:
        return days
    name = FILES["elections"]

    def bad(row: pd.Series, index: int, column: str, expected: str) -> Finding:
        value = str(row.get(column, ""))[:80]
        return Finding("error", "bad_value", name, index + 2, column, params={"value": value, "expected": expected})

    for index, row in table.iterrows():
        when, precision = parse_partial_date(str(row.get("voting_day", "")))
        if not vocabulary.knows("election", str(row.get("election", ""))):
            findings.append(bad(row, index, "election", "an election of vocabulary.csv"))
        elif when is None or precision != "day":
            findings.append(bad(row, index, "voting_day", "a date YYYY-MM-DD"))
        else:
            days[str(row["election"])] = when
    return days


def _vocabulary(path: Path, findings: list[Finding]) -> Vocabulary:
    frame, problems = read_text_csv(path)
    findings += problems
    return read_vocabulary(frame)


def _gazetteer(path: Path, findings: list[Finding]) -> Gazetteer:
    frame, problems = read_text_csv(path)
    findings += problems
    try:
        return read_gazetteer(frame)
    except ValueError as exc:  # an alias pointing to a code that does not exist
        findings.append(
            Finding("error", "bad_value", path.name, params={"value": str(exc)[:120], "expected": "a known code"})
        )
        return read_gazetteer(None)


def extended(dataset: Dataset, frames: list[pd.DataFrame], sources: list[dict], findings=(), tag=()) -> Dataset:
    """The dataset with more figures and their sources: stored imports, or one session's drafts. `tag` joins its
    version, so what is computed from it is never mixed up with what is computed from the dataset alone."""
    if not frames:
        return replace(dataset, findings=dataset.findings + tuple(findings)) if findings else dataset
    columns = FIGURE_COLUMNS + ["as_of_precision"]
    figures = typed_figures(
        pd.concat(
            [f[columns].astype({c: object for c in CATEGORICAL}) for f in (dataset.figures, *frames)], ignore_index=True
        )
    )
    cited = pd.DataFrame([{c: source.get(c, "") for c in SOURCE_COLUMNS} for source in sources])
    return replace(
        dataset,
        figures=figures,
        sources=pd.concat([dataset.sources, cited], ignore_index=True),
        findings=dataset.findings + tuple(findings),
        version=(*dataset.version, *tag),
    )


def with_drafts(dataset: Dataset, drafts: list[tuple[pd.DataFrame, dict]]) -> Dataset:
    """The dataset as one session sees it: with its own drafts (imports not yet published) added."""
    return extended(
        dataset, [f for f, _ in drafts], [s for _, s in drafts], tag=tuple(("draft", s["source_id"]) for _, s in drafts)
    )
