"""Numbers and dates in the reader's locale, from CLDR (babel): 1.305 and 78,5 in Indonesian, 1,305 and 78.5 in
English; '21 Desember 2020', 'Agustus 2022'. Charts take their separators and formats from here too."""

from __future__ import annotations

import math

import pandas as pd
from babel.dates import format_date as _cldr_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from lib.words import say

LOCALES = {"id": "id_ID", "en": "en_GB"}  # British English keeps the day before the month, as Indonesian does
_DATE_PATTERNS = {"day": "d MMMM y", "month": "LLLL y", "year": "y"}
_SHORT_DATE_PATTERNS = {"day": "d MMM y", "month": "MMM y", "year": "y"}


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """A number with the locale's separators; whole numbers without decimals, others with up to two."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    value = float(value)
    if decimals is None:
        decimals = 0 if value.is_integer() else min(2, len(repr(value).split(".")[1].rstrip("0")))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(round(value, decimals), format=pattern, locale=LOCALES[lang])


def format_value(value: float, unit: str, lang: str, approximate: bool = False) -> str:
    """A figure with its unit sign where the unit is a percentage, and '≈' where the source said 'about'."""
    text = format_number(value, lang)
    return ("≈ " if approximate else "") + (f"{text}%" if unit == "percent" else text)


def format_date(when, precision: str, lang: str, short: bool = False) -> str:
    """'21 Desember 2020', 'Agustus 2022' or '2022', as precise as the source is."""
    if when is None or pd.isna(when):
        return say("date_unknown", lang)
    patterns = _SHORT_DATE_PATTERNS if short else _DATE_PATTERNS
    return _cldr_date(pd.Timestamp(when).date(), patterns.get(precision, patterns["day"]), locale=LOCALES[lang])


def plotly_separators(lang: str) -> str:
    """Plotly's `separators` layout setting: the locale's decimal sign, then its thousands sign."""
    return get_decimal_symbol(LOCALES[lang]) + get_group_symbol(LOCALES[lang])
