"""Pieces every page model is made of: a chart with what is said on and under it, and the words for where its
numbers come from, how comparable they are, and where their sources disagree."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from lib.formats import format_date, format_value
from lib.model.contradictions import touching
from lib.model.dataset import Dataset
from lib.model.schema import valid_url
from lib.model.series import Mix, mix
from lib.views.charts import with_caveat
from lib.words import say, say_count

# How each series column is named when a chart's numbers differ in it, and the vocabulary group of its values.
_DIFFER = {
    "publisher": "publisher",
    "measure": "measure",
    "unit": "unit",
    "scope": "scope",
    "election": "election",
    "status": "status",
}


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
    caveat: str | None = None  # how comparable its numbers are (mixed, partial, approximate, computed); in the figure


def chart(
    key: str,
    figure: go.Figure,
    rows: pd.DataFrame,
    dataset: Dataset,
    lang: str,
    select: str | None = None,
    *,
    named: tuple[str, ...] = (),
    over_time: bool = False,
    computed: str | None = None,
    cites: tuple[str, ...] = (),
) -> Chart:
    """A chart of these rows. `named`: the series columns its legend or axis tells apart; `over_time`: its axis is
    the date; `computed`: how a computed number was made, and `cites` the sources of its other inputs. Whatever
    else the rows differ in is written on the chart."""
    said = caveat(mix(rows, named, over_time), dataset, lang, computed)
    if said:
        figure = with_caveat(figure, said)
    sources = sources_of(rows, dataset, cites)
    return Chart(key, figure, rows, sources, warnings_of(rows, dataset, lang), select, said)


def caveat(found: Mix, dataset: Dataset, lang: str, computed: str | None = None) -> str | None:
    """The words a chart carries about its numbers, or None when they are one series at one date, as published."""
    parts = []
    if found.scope:
        parts.append(f"{say('scope', lang)}: {_label('scope', found.scope, dataset, lang)}")
    if found.differ:
        named = [
            f"{say(f'series_{column}', lang)} ({', '.join(_label(column, v, dataset, lang) for v in values)})"
            for column, values in found.differ
        ]
        parts.append(say("not_one_series", lang, what="; ".join(named)))
    if found.dates:
        (first, p1), (last, p2) = found.dates
        span = f"{format_date(first, p1, lang, short=True)} – {format_date(last, p2, lang, short=True)}"
        parts.append(say_count("newest_each", len(found.sources) or 1, lang, span=span))
    if found.partial:
        parts.append(say("partial_years", lang, years=", ".join(found.partial)))
    if found.approximate:
        parts.append(say("approximate_values", lang))
    if computed:
        parts.append(f"{say('computed_label', lang)}: {computed}")
    return " · ".join(parts) or None


def _label(column: str, value: str, dataset: Dataset, lang: str) -> str:
    if column == "scope" and not value:
        return say("scope_whole", lang)
    return dataset.vocabulary.label(_DIFFER[column], value, lang)


def sources_of(rows: pd.DataFrame, dataset: Dataset, cites: tuple[str, ...] = ()) -> tuple[Source, ...]:
    """Each source behind these rows (and the other sources cited) once, in the order they are cited."""
    table = dataset.sources.set_index("source_id")
    found = []
    for source_id in dict.fromkeys([*rows["source_id"], *cites]):
        if source_id in table.index:
            row = table.loc[source_id]
            url = str(row["url"])
            found.append(Source(f"{row['outlet']}: {row['title']}", url if valid_url(url) else ""))
    return tuple(found)


def warnings_of(rows: pd.DataFrame, dataset: Dataset, lang: str) -> tuple[str, ...]:
    """What to say under a chart whose figures contradict others or themselves, or whose sources disagree."""
    if rows.empty or not rows["disputed"].any():
        return ()
    declared = touching(dataset.contradictions, rows.loc[rows["disputed"], "figure_id"])
    notes = [f"⚠ {c.note(lang)}" for c in declared]
    # Two sources of one subject in this chart that no note explains: say that they differ.
    explained = {i for c in declared for i in c.figure_ids}
    contested = rows[rows["contested"] & ~rows["figure_id"].isin(explained)]
    if contested["conflict"].value_counts().gt(1).any():
        notes.insert(0, f"⚠ {say('disagree', lang)}: {say('disagree_body', lang)}")
    return tuple(dict.fromkeys(notes))[:4]


def table_of(rows: pd.DataFrame, dataset: Dataset, lang: str) -> pd.DataFrame:
    """A chart's numbers as a table a reader can read aloud: what, how many, of what, when, whose."""
    vocab = dataset.vocabulary
    what = [
        str(name) if dimension == "none" else vocab.label(str(dimension), category, lang)
        for name, dimension, category in zip(rows["region_name"], rows["dimension"], rows["category"].astype(str))
    ]
    return pd.DataFrame(
        {
            say("dis_subject", lang): what,
            say("value", lang): [
                format_value(v, str(u), lang, a) for v, u, a in zip(rows["value"], rows["unit"], rows["approximate"])
            ],
            say("unit", lang): [vocab.label("unit", u, lang) for u in rows["unit"].astype(str)],
            say("measure", lang): [vocab.label("measure", m, lang) for m in rows["measure"].astype(str)],
            say("publisher", lang): [vocab.label("publisher", p, lang) for p in rows["publisher"].astype(str)],
            say("as_of", lang): [
                format_date(w, str(p), lang, short=True) for w, p in zip(rows["as_of"], rows["as_of_precision"])
            ],
            say("source", lang): [dataset.outlets.get(s, s) for s in rows["source_id"]],
            say("scope", lang): [_label("scope", str(x), dataset, lang) for x in rows["scope"]],
        }
    )


def series_choices(options, vocabulary, lang: str) -> tuple[tuple[str, str], ...]:
    """Each published series a map or the provinces' chart can show (lib.maps.regions.series_options), as its key
    and the words that tell it from the others: whose, what, in what, of what scope and election, which kind of
    figure when not a running total, and how many regions it covers."""
    return tuple(
        (
            s.key,
            " · ".join(
                [
                    vocabulary.label("publisher", s.publisher, lang),
                    vocabulary.label("measure", s.measure, lang),
                    vocabulary.label("unit", s.unit, lang),
                    *([vocabulary.label("scope", s.scope, lang)] if s.scope else []),
                    vocabulary.label("election", s.election, lang),
                    *([vocabulary.label("status", s.status, lang)] if s.status != "running" else []),
                    say_count("map_regions", s.regions, lang),
                ]
            ),
        )
        for s in options
    )
