"""Every place where published figures contradict each other or themselves, side by side: the view a journalist
checks before quoting a number (the About page lists them all, the Overview those of its figures)."""

from __future__ import annotations

import pandas as pd

from lib.formats import format_date, format_value
from lib.model.contradictions import Pair, pairs
from lib.model.dataset import Dataset
from lib.words import say


def table(figures: pd.DataFrame, dataset: Dataset, lang: str) -> pd.DataFrame:
    """One row per contradiction among these figures, every text ready to show in the reader's language."""
    made = pairs(figures, dataset.contradictions, dataset.figures)
    rows = [_row(pair, dataset, lang) for pair in made]
    columns = [say(k, lang) for k in ("dis_subject", "dis_value", "dis_where", "dis_against", "dis_against_where")]
    return pd.DataFrame(rows, columns=[*columns, say("note", lang)])


def _row(pair: Pair, dataset: Dataset, lang: str) -> list[str]:
    by_id = dataset.figures.set_index("figure_id")
    # Parts against their total are about the total.
    about = pair.against[0] if pair.computed == "sum" and len(pair.against) == 1 else pair.figures[0]
    first = by_id.loc[about]
    vocab = dataset.vocabulary
    subject = " · ".join(
        [
            vocab.label("election", first["election"], lang),
            str(first["region_name"]),
            vocab.label("measure", first["measure"], lang),
            vocab.label("unit", first["unit"], lang),
        ]
    )
    note = pair.contradiction.note(lang) if pair.contradiction else say("disagree_body", lang)
    return [
        subject,
        _value(pair.value, pair.computed, pair.figures, by_id, lang),
        _where(pair.figures, by_id, dataset, lang),
        _value(pair.against_value, pair.against_computed, pair.against, by_id, lang) if pair.against else "",
        _where(pair.against, by_id, dataset, lang) if pair.against else "",
        note,
    ]


def _value(value: float | None, computed: str, ids: tuple[str, ...], by_id: pd.DataFrame, lang: str) -> str:
    if value is None:
        return say("dis_each", lang, n=len(ids)) if len(ids) > 1 else ""
    if computed == "share":
        return f"{format_value(round(value, 1), 'percent', lang)} ({say('dis_share', lang, ids=' / '.join(ids))})"
    unit = str(by_id.loc[ids[0], "unit"])
    text = format_value(value, unit, lang, bool(by_id.loc[list(ids), "approximate"].any()))
    return f"{text} ({say('dis_sum', lang, n=len(ids))})" if computed == "sum" else f"{text} ({ids[0]})"


def _where(ids: tuple[str, ...], by_id: pd.DataFrame, dataset: Dataset, lang: str) -> str:
    """'Antara, 6 Feb 2024' for each source of these figures, once."""
    said = []
    for figure_id in ids:
        row = by_id.loc[figure_id]
        outlet = dataset.outlets.get(row["source_id"], row["source_id"])
        said.append(f"{outlet}, {format_date(row['as_of'], row['as_of_precision'], lang, short=True)}")
    return "; ".join(dict.fromkeys(said))
