"""How a view is shared: its link (the URL is the view), an embed snippet, descriptive file names, a citation."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from html import escape
from urllib.parse import urlencode, urlsplit, urlunsplit

from lib.model.dataset import Dataset
from lib.model.filters import Filters
from lib.views.state import View, view_to_params
from lib.words import say

FALLBACK_ORIGIN = "http://localhost:8501"


def link(view: View, page_url: str | None, extra: dict | None = None) -> str:
    """The address that reopens this view: the page's address as the browser has it, with the view's parameters."""
    scheme, host, path, _, _ = urlsplit(page_url or FALLBACK_ORIGIN)
    params = {**view_to_params(view), **(extra or {})}
    return urlunsplit((scheme or "http", host, path or "/", urlencode(params), ""))


def embed(view: View, page_url: str | None, lang: str) -> str:
    """An iframe of the view in Streamlit's embedded mode (no menu, no sidebar), for an article."""
    source = link(view, page_url, {"embed": "true"})
    title = escape(say("embed_title", lang), quote=True)
    frame = f'src="{escape(source, quote=True)}" title="{title}" width="100%" height="720" style="border:0"'
    return f"<iframe {frame}></iframe>"


def file_stem(dataset: Dataset, filters: Filters, today: datetime | None = None, what: str = "") -> str:
    """'netra_pilkada-2020_jawa-barat_2026-11-23': what a downloaded file holds, in its name."""
    parts = ["netra", what] if what else ["netra"]
    parts += [slug(e) for e in filters.election[:2]]
    parts += [slug(p) for p in filters.publisher[:2]]
    names = [dataset.gazetteer.get(c).name if c in dataset.gazetteer else c for c in filters.region[:2]]
    parts += [slug(n) for n in names]
    parts += [slug(c) for c in filters.category[:2]] + [slug(y) for y in filters.year[:2]]
    parts.append((today or datetime.now(UTC)).strftime("%Y-%m-%d"))
    return "_".join(p for p in parts if p)


def slug(text: str) -> str:
    """'Jawa Barat' -> 'jawa-barat': letters and digits only, for a file name."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40]
