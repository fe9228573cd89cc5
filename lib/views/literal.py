"""Text from data, a file or a form, shown as exactly that text wherever it is drawn: inside Streamlit's Markdown
(captions, headings, lists) and inside Plotly's labels (titles, ticks, legends, hovers), which render a subset of
HTML. One helper for each; every renderer uses them."""

from __future__ import annotations

import html
import re

# Markup that works anywhere in a line: emphasis, code, links and images, strikethrough, LaTeX, tables, HTML,
# escapes themselves; Streamlit's directives (':red[…]', ':material/icon:', ':smile:'), a colon touching a word.
_ANYWHERE = re.compile(r"([\\`*_\[\]~$|<>])|(:)(?=[A-Za-z])")
# Bare addresses become links whatever is escaped around them ('https://…', 'www.…', 'a@b.id'): an invisible
# zero-width space inside breaks them, and the text reads the same.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)(?=\w)", re.IGNORECASE)
ZERO_WIDTH = "\u200b"
# Markup that works only at the start of a line: headings, quotes, bullets ('- ', '+ '), numbered lists ('1. ').
_LINE_START = re.compile(r"^(\s*)([#>]|[-+](?=\s|$))|^(\s*\d+)([.)](?=\s|$))")


def markdown(text) -> str:
    """`text` escaped so that Streamlit's Markdown shows it literally, on one line."""
    text = " ".join(str(text).split())
    text = _AUTOLINK.sub(ZERO_WIDTH, text)
    text = _ANYWHERE.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match) -> str:
    lead, mark = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    return f"{lead}\\{mark}"


def plotly(text) -> str:
    """`text` escaped so that Plotly draws it literally (Plotly reads <b>, <br>, <a href> and entities in labels)."""
    return html.escape(str(text), quote=False)
