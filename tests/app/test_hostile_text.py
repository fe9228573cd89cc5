"""Text from data is text on every page: a stored import whose every free text is hostile (Markdown images and
links, HTML, Streamlit directives, a URL that closes a link) is shown literally, in Markdown and in Plotly alike."""

import json
import re

import pytest

from tests.app.conftest import open_app
from tests.hostile import HOSTILE, store_hostile_import

VIEW = {"election": "Pilkada 2024", "publisher": "KASN"}
PAGES = [
    (None, VIEW),
    ("pages/rincian.py", VIEW | {"by": "violation_type"}),
    ("pages/tren.py", VIEW),
    ("pages/peta.py", VIEW),
    ("pages/data.py", VIEW),
    ("pages/tentang.py", {}),
    ("pages/impor.py", {}),
    (None, VIEW | {"present": "1", "slides": "cards,types"}),
    (None, VIEW | {"present": "1", "slides": "types"}),
]
LIVE_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\((?!#)")  # [text](address), not escaped
LIVE_HTML = re.compile(r"(?<!\\)<\s*(a|img|span|div|script|svg|iframe)\b", re.IGNORECASE)
DIRECTIVE = re.compile(r"(?<!\\):red\[merah")  # the hostile Streamlit directive, not escaped


@pytest.fixture
def hostile(served, monkeypatch):
    store_hostile_import(served.parent / "imports")
    return served


def _markdown_texts(at) -> list[str]:
    """Everything Streamlit draws as Markdown on this screen."""
    texts = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error", "success"):
        texts += [e.value for e in getattr(at, kind) if "<style>" not in str(e.value)]
    texts += [m.label for m in at.metric] + [m.help or "" for m in at.metric]
    texts += [e.label for e in at.expander] + [t.label for t in at.tabs]
    texts += [b.proto.label for b in at.get("link_button")]
    return texts


@pytest.mark.parametrize("page, params", PAGES, ids=[f"{p or 'app'}-{'-'.join(v)}" for p, v in PAGES])
def test_hostile_text_is_literal_on_every_screen(hostile, page, params):
    at = open_app(params, page)
    shown = _markdown_texts(at)
    assert shown, "the screen drew nothing"
    for text in shown:
        assert not LIVE_LINK.search(text), text
        assert not LIVE_HTML.search(text), text
        assert not DIRECTIVE.search(text), text
    assert not [b.proto.url for b in at.get("link_button") if "evil.example" in b.proto.url]
    for chart in at.get("plotly_chart"):
        drawn = list(_drawn_strings(json.loads(chart.proto.spec)))
        for text in (t for t in HOSTILE if "<" in t):
            assert not [d for d in drawn if text in d], f"raw HTML in a chart: {text}"


def _drawn_strings(node, key=""):
    """Every string Plotly draws (labels, names, titles, hovers): not customdata, which only carries keys."""
    if key in ("customdata", "config", "geojson"):
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _drawn_strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _drawn_strings(v, key)


def test_the_hostile_import_did_arrive_so_the_screens_above_had_it_to_show(hostile):
    at = open_app(VIEW, "pages/data.py")
    categories = set(at.dataframe[0].value["category_label"])
    assert set(HOSTILE) <= categories  # kept exactly as written, in a table cell
