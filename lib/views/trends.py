"""The rows each Trends chart draws: series over years, running totals, elections side by side."""
from __future__ import annotations

import pandas as pd

from lib.model.figures import latest
from lib.views.cards import FUNNELS

FUNNEL_PUBLISHERS = ("KASN", "BKN")
COMPARE_MEASURES = {"asn": "reported", "cases": "violations"}


def yearly(figures: pd.DataFrame) -> pd.DataFrame:
    """Counts per year (the yearly series KASN publishes), national, in persons."""
    rows = figures[(figures["dimension"] == "year") & (figures["unit"] == "asn") & (figures["region_code"] == "ID")]
    return rows.sort_values(["category", "as_of"])


def running_totals(figures: pd.DataFrame, election: str, publisher: str) -> pd.DataFrame:
    """One publisher's national funnel figures for one election, dated, in persons, whole scope."""
    rows = figures[(figures["election"] == election) & (figures["publisher"] == publisher) & (figures["dimension"] == "none")
                   & (figures["unit"] == "asn") & (figures["region_code"] == "ID") & (figures["scope"] == "")
                   & figures["measure"].isin(FUNNELS["asn"]) & figures["as_of"].notna()]
    return rows.sort_values("as_of")


def election_comparison(figures: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The newest national total of one measure per election and publisher (never summed)."""
    measure = COMPARE_MEASURES[unit]
    rows = figures[(figures["dimension"] == "none") & (figures["unit"] == unit) & (figures["measure"] == measure)
                   & (figures["region_code"] == "ID") & (figures["election"] != "Tahunan") & (figures["scope"] == "")]
    newest = latest(rows)
    # One bar per election and publisher: where sources of the same date differ, the first stays and the chart notes it.
    return newest.sort_values(["as_of"]).drop_duplicates(["election", "publisher"], keep="last")


def stage_rows(figures: pd.DataFrame) -> pd.DataFrame:
    return figures[figures["dimension"] == "stage"]
