"""What the About page shows: how to read the figures, the law, the principles, what is violated at each stage,
why civil servants are not neutral, the definitions of units, measures and statuses, and every source."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.model.dataset import Dataset
from lib.views import disagreements
from lib.views.charts import source_line
from lib.words import say

REASONS = (
    ("mindset", "about_reasons_mindset"),
    ("why_not_neutral", "about_reasons_why"),
    ("tirbn", "about_reasons_tirbn"),
)
DEFINED = ("unit", "measure", "status", "scope")
SOURCE_COLUMNS = ["source_id", "publisher", "outlet", "title", "published", "url", "quoted", "document", "figures"]


@dataclass(frozen=True)
class Items:
    """A published list: its heading, its items as written, and where it comes from."""

    heading: str
    items: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class About:
    law: Items
    principles: Items
    meaning: Items  # what neutrality means
    values: Items  # the basic values of the civil service that concern neutrality
    enforcers: Items  # the agencies that enforce it
    recommendations: Items  # KASN's recommendations
    decree: Items  # the joint decree of 10 Sep 2020
    stages: tuple[Items, ...]
    stages_source: str
    reasons: tuple[Items, ...]
    trends: Items
    definitions: tuple[pd.DataFrame, ...]  # key, label, description per group
    disagreements: pd.DataFrame  # every contradiction in the data, side by side, as text
    sources: pd.DataFrame


def build(dataset: Dataset, lang: str) -> About:
    reference, vocab = dataset.reference, dataset.vocabulary
    column = f"text_{lang}"

    def items(rows: pd.DataFrame, heading: str) -> Items:
        return Items(
            heading, tuple(rows[column].astype(str)) if len(rows) else (), source_line(rows, dataset.sources, lang)
        )

    def section(name: str) -> pd.DataFrame:
        return (
            reference[reference["section"] == name]
            if len(reference)
            else pd.DataFrame(columns=[column, "topic", "source_id"])
        )

    areas = section("stage_area")
    stages = tuple(
        items(areas[areas["topic"] == stage], vocab.label("stage", stage, lang))
        for stage in vocab.keys("stage")
        if (areas["topic"] == stage).any()
    )
    reasons = section("reason")
    figures_per_source = dataset.figures["source_id"].value_counts()
    definitions = tuple(
        pd.DataFrame(
            {
                say("about_label", lang): table[f"label_{lang}"],
                say("about_description", lang): table[f"description_{lang}"],
            }
        )
        for table in (vocab.table[vocab.table["group"] == group] for group in DEFINED)
    )
    return About(
        law=items(section("legal_basis"), say("about_law", lang)),
        principles=items(section("principle"), say("about_principles", lang)),
        meaning=items(section("meaning"), say("about_neutrality_means", lang)),
        values=items(section("basic_value"), say("about_basic_values", lang)),
        enforcers=items(section("enforcer"), say("about_enforcers", lang)),
        recommendations=items(section("kasn_recommendation"), say("about_recommendations", lang)),
        decree=items(section("joint_decree"), say("about_decree", lang)),
        stages=stages,
        stages_source=source_line(areas, dataset.sources, lang),
        reasons=tuple(items(reasons[reasons["topic"] == topic], say(key, lang)) for topic, key in REASONS),
        trends=items(section("trend"), say("about_trends", lang)),
        definitions=definitions,
        disagreements=disagreements.table(dataset.figures, dataset, lang),
        sources=dataset.sources.assign(
            figures=dataset.sources["source_id"].map(figures_per_source).fillna(0).astype(int)
        )[SOURCE_COLUMNS],
    )
