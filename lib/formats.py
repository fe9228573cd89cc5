"""Numbers and dates in the reader's locale: 1.305 and 78,5 in Indonesian; 1,305 and 78.5 in English."""
from __future__ import annotations

import math
import re

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


# A footnote mark after a number: '984 *)', '12*', '7 a)', '5¹'.
_FOOTNOTE = re.compile(r"\s*(\*+\)?|\(?[a-z]\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
_NONE = {"-", "–", "—", "nihil"}
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(,\d{3}){2,}$")


def parse_number(cell) -> tuple[float, bool] | None:
    """A cell as (value, is_percent), reading Indonesian number text; None if it is not a number.

    '1.588' -> 1588; '79,1' -> 79.1; '21,5%' -> (21.5, percent); '984 *)' -> 984; '-' (nihil) -> 0.
    A lone comma is a decimal comma, as Indonesian tables write it ('1,5'); '1,234,567' is English.
    """
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return (float(cell), False) if math.isfinite(cell) else None
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    text = _FOOTNOTE.sub("", text)
    if text.lower() in _NONE:
        return 0.0, False
    percent = text.endswith("%")
    text = text.rstrip("%")
    negative = text.startswith("-")
    text = text.lstrip("+-")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")
    elif _THOUSANDS_COMMA.match(text):
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        return None
    value = float(text)
    return (-value if negative else value), percent
