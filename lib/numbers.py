"""Numbers and dates in the reader's locale: 1.305 and 78,5 in Indonesian; 1,305 and 78.5 in English."""
from __future__ import annotations

import math

import pandas as pd

_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
_UNKNOWN_DATE = {"id": "tanggal tidak disebut", "en": "date not given"}


def format_number(value: float, lang: str = "id", decimals: int | None = None) -> str:
    """A number with the locale's separators; whole numbers without decimals unless asked."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1].rstrip("0"))
        decimals = min(decimals, 2)
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_value(value: float, unit: str, lang: str = "id") -> str:
    """A figure with its unit sign where the unit is a percentage."""
    text = format_number(value, lang)
    return f"{text}%" if unit == "percent" else text


def format_date(when, precision: str = "day", lang: str = "id") -> str:
    """'21 Desember 2020', 'Agustus 2022' or '2022', as precise as the source is."""
    if when is None or pd.isna(when):
        return _UNKNOWN_DATE["en" if lang == "en" else "id"]
    month = _MONTHS["en" if lang == "en" else "id"][when.month - 1]
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return f"{month} {when.year}"
    return f"{when.day} {month} {when.year}"
