"""Plotly text as a reader sees it: lines joined, markup gone, entities decoded."""

import html
import re


def plain(text: str) -> str:
    """The words of a Plotly title, legend entry or label, with the line breaks Netra wraps them at undone."""
    return html.unescape(re.sub(r"<[^>]+>", "", text.replace("<br>", " ")))
