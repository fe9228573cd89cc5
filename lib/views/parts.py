"""Pieces every page model is made of: a chart with what is said under it, and the words for where its numbers
come from and where their sources disagree."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from lib.model.dataset import Dataset
from lib.model.figures import disagreements
from lib.model.schema import valid_url
from lib.words import say


@dataclass(frozen=True)
class Source:
    """A document behind a chart: shown as its title, linked where it has a web address."""

    title: str
    url: str  # empty: no web address (a seed document)


@dataclass(frozen=True)
class Chart:
    """A figure ready to draw, the rows it draws (its CSV) and what is said under it."""

    key: str  # the widget key and the stem of its file names
    figure: go.Figure
    rows: pd.DataFrame
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()  # '⚠ …' lines: sources disagree, a figure contradicts another
    select: str | None = None  # what a click on a bar filters: a dimension, 'region' or 'map_region'


def chart(
    key: str, figure: go.Figure, rows: pd.DataFrame, dataset: Dataset, lang: str, select: str | None = None
) -> Chart:
    return Chart(key, figure, rows, sources_of(rows, dataset), warnings_of(rows, lang), select)


def sources_of(rows: pd.DataFrame, dataset: Dataset) -> tuple[Source, ...]:
    """Each source behind these rows once, in the order the rows cite them."""
    table = dataset.sources.set_index("source_id")
    found = []
    for source_id in dict.fromkeys(rows["source_id"]):
        if source_id in table.index:
            row = table.loc[source_id]
            url = str(row["url"])
            found.append(Source(f"{row['outlet']}: {row['title']}", url if valid_url(url) else ""))
    return tuple(found)


def warnings_of(rows: pd.DataFrame, lang: str) -> tuple[str, ...]:
    """What to say under a chart where its sources disagree or contradict themselves (⚠ in the data)."""
    notes = list(dict.fromkeys(n for n in rows.loc[rows["disputed"], "note"] if n))
    said = [f"⚠ {say('disagree', lang)}: {say('disagree_body', lang)}"] if len(disagreements(rows)) else []
    return tuple(said + [note if note.startswith("⚠") else f"⚠ {note}" for note in notes[:3]])
