"""What the sidebar offers for one view: each filter's options in display order, with their labels."""

from __future__ import annotations

from dataclasses import dataclass

from lib.model.dataset import Dataset
from lib.model.figures import distinct
from lib.model.filters import Filters
from lib.words import say


@dataclass(frozen=True)
class Options:
    """One filter's choices: (value, label) in display order."""

    name: str
    choices: tuple[tuple[str, str], ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)


def build(dataset: Dataset, filters: Filters, lang: str) -> tuple[Options, ...]:
    """Every filter's options; the category filter only while categories are chosen (a click on a bar sets them)."""
    f, vocab, gazetteer = dataset.figures, dataset.vocabulary, dataset.gazetteer

    def labelled(group: str, values) -> tuple[tuple[str, str], ...]:
        return tuple((v, vocab.label(group, v, lang)) for v in values)

    regions = sorted(distinct(f, "region_code"), key=lambda c: (c != "ID", c))
    options = [
        Options("election", labelled("election", distinct(f, "election"))),
        Options("publisher", labelled("publisher", distinct(f, "publisher"))),
        Options("region", tuple((c, f"{gazetteer.get(c).name} ({c})" if c in gazetteer else c) for c in regions)),
        Options("dimension", labelled("dimension", [d for d in distinct(f, "dimension") if d != "none"])),
        Options("year", tuple((y, y) for y in sorted(f["as_of"].dropna().dt.year.astype(int).astype(str).unique()))),
    ]
    if filters.category:
        dimensions = filters.dimension or tuple(d for d in distinct(f, "dimension") if d != "none")
        categories = sorted(set(f[f["dimension"].isin(dimensions)]["category"].astype(str)) | set(filters.category))
        group = filters.dimension[0] if filters.dimension else "none"
        options.append(Options("category", labelled(group, categories)))
    return tuple(options)


def changed(dataset: Dataset, before: Filters, after: Filters, lang: str) -> str:
    """The filters a click changed, in words: 'Jenis pelanggaran: Kampanye/dukungan di media sosial'."""
    vocab, gazetteer = dataset.vocabulary, dataset.gazetteer
    said = []
    if after.region != before.region:
        names = [gazetteer.get(c).name if c in gazetteer else c for c in after.region]
        said.append(f"{say('region', lang)}: {', '.join(names)}")
    if after.category != before.category:
        group = after.dimension[0] if after.dimension else "none"
        labels = [vocab.label(group, c, lang) for c in after.category]
        said.append(f"{vocab.label('dimension', group, lang)}: {', '.join(labels)}")
    return "; ".join(said) or after.describe(lang)
