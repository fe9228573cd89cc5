"""The rows the Breakdowns page draws for one dimension, as counts or as shares."""
from __future__ import annotations

import pandas as pd


def breakdown_rows(figures: pd.DataFrame, by: str, show: str) -> pd.DataFrame:
    """Rows of one dimension ('region' means the totals of each province); shares or counts only."""
    if by == "region":
        rows = figures[(figures["dimension"] == "none") & (figures["region_level"] == "province")]
    else:
        rows = figures[figures["dimension"] == by]
    in_percent = rows["unit"] == "percent"
    return rows[in_percent] if show == "share" else rows[~in_percent]
