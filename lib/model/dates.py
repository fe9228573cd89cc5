"""Dates as precisely as a source gives them: a day ('2020-12-21'), a month ('2022-08'), a year ('2022') or none.

The one place a date's precision is read, written and compared."""

from __future__ import annotations

import re

import pandas as pd

PRECISIONS = ("day", "month", "year", "unknown")
_WIDTH = {"day": 10, "month": 7, "year": 4}
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def precision_of(text: str) -> str:
    """'2020-12-21' -> day, '2022-08' -> month, '2022' -> year, anything else -> unknown."""
    return {10: "day", 7: "month", 4: "year"}.get(len(str(text).strip()), "unknown")


def parse_partial_date(text: str) -> tuple[pd.Timestamp | None, str | None]:
    """'2022-08' -> (1 Aug 2022, 'month'); '' -> (NaT, 'unknown'); anything else -> (None, None)."""
    text = str(text).strip()
    if not text:
        return pd.NaT, "unknown"
    if not _PARTIAL_DATE.match(text):
        return None, None
    try:
        return pd.Timestamp(text if len(text) > 4 else f"{text}-01-01"), precision_of(text)
    except ValueError:
        return None, None


def partial_text(when, precision: str) -> str:
    """The date written as precisely as it is known: '2020-12-21', '2022-08', '2022' or ''."""
    if when is None or pd.isna(when):
        return ""
    return pd.Timestamp(when).strftime("%Y-%m-%d")[: _WIDTH.get(str(precision), 0)]


def partial_texts(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """partial_text for a whole column at once."""
    full = dates.dt.strftime("%Y-%m-%d").fillna("")
    widths = precisions.astype(str).map(_WIDTH).fillna(0).astype(int)
    return pd.Series([text[:n] for text, n in zip(full, widths)], index=dates.index, dtype=object)


def period_end(when, precision: str) -> pd.Timestamp | None:
    """The last day a date of this precision covers: a month ends on its last day, a year on 31 December."""
    if when is None or pd.isna(when):
        return None
    when = pd.Timestamp(when)
    if precision == "year":
        return pd.Timestamp(year=when.year, month=12, day=31)
    if precision == "month":
        return when + pd.offsets.MonthEnd(0)
    return when


def period_ends(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """period_end for a whole column at once."""
    precision = precisions.astype(str)
    ends = dates.copy()
    month = precision == "month"
    year = precision == "year"
    ends[month] = dates[month] + pd.offsets.MonthEnd(0)
    ends[year] = pd.to_datetime(dates[year].dt.year.astype("Int64").astype(str) + "-12-31", errors="coerce")
    return ends


def dates_in(text: str) -> list[str]:
    """The dates a title or caption names, as ISO text: 'per 26 Juni 2020' -> ['2020-06-26'], 'data 10-12 November
    2020' -> ['2020-11-12'] (a span ends on its last day), 'Januari 2024' -> ['2024-01']. Month names in Indonesian
    and English from CLDR."""
    found = []
    for first, last, month, year in _DATE_IN_TEXT.findall(str(text)):
        number = _MONTH_NUMBERS.get(month.lower())
        day = last or first
        if number is not None:
            found.append(f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}")
    return found


def _month_numbers() -> dict[str, int]:
    from babel.dates import get_month_names

    names = {}
    for locale in ("id", "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[name.lower().rstrip(".")] = number
    return names


_MONTH_NUMBERS = _month_numbers()
_DATE_IN_TEXT = re.compile(
    r"(?:\b(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s+)?)?\b("
    + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
    + r")\.?\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
