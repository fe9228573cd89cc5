"""Numbers as people write them: Netra's own plain text ('1305', '78.5') and printed tables ('1.588', '79,1',
'21,5%', '984 *)', '-'). The one place text becomes a number."""

from __future__ import annotations

import math
import re

# A footnote mark after a number: '984 *)', '12*', '7 a)', '5¹'.
_FOOTNOTE = re.compile(r"\s*(\*+\)?|\(?[a-z]\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
NIL_MARKS = frozenset({"-", "–", "—", "nihil"})  # zero in BPS's convention, unless a file's legend says otherwise
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(,\d{3}){2,}$")
_DIGITS = re.compile(r"\d+(\.\d+)?")


def plain_number(text) -> float | None:
    """A number as Netra writes it ('1305', '78.5'); None when it is not a finite number."""
    try:
        value = float(str(text).strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def printed_number(cell) -> tuple[float, bool] | None:
    """A cell as (value, is_percent), reading Indonesian number text; None if it is not a number.

    '1.588' -> 1588; '79,1' -> 79.1; '21,5%' -> (21.5, percent); '984 *)' -> 984; '-' (nihil) -> 0.
    A lone comma is a decimal comma, as Indonesian tables write it ('1,5'); '1,234,567' is English.
    """
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return (float(cell), False) if math.isfinite(cell) else None
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if not text or len(text) > 40:
        return None
    text = _FOOTNOTE.sub("", text)
    if text.lower() in NIL_MARKS:
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
    if not _DIGITS.fullmatch(text):
        return None
    value = float(text)
    return (-value if negative else value), percent
