"""Charts as image files a journalist can reuse: PNG or SVG, with the title, source line and licence inside the
image. Drawn by Kaleido (Plotly's exporter) in a headless Chromium, only when a download is asked for."""

from __future__ import annotations

import functools
import shutil

import plotly.graph_objects as go
import plotly.io as pio

from lib.views.charts import EMPTY_TOPOLOGY, SMALL_PX, escape
from lib.words import say

FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
WIDTH = 1200  # a column of a news page at twice its size; maps and charts keep their own height
LINE = SMALL_PX  # one more line of small print
MARGIN = 32  # px of white around the drawing in an image file


BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class ImageUnavailable(RuntimeError):
    """No browser to draw with on this machine (Kaleido needs Chromium)."""


@functools.cache
def available() -> bool:
    """Whether this machine has a browser Kaleido can draw with (Debian's chromium, as make run installs)."""
    return any(shutil.which(name) for name in BROWSERS)


def chart_image(figure: go.Figure, fmt: str, lang: str) -> bytes:
    """The figure as a PNG or SVG file, with a licence line under its title and source lines."""
    drawn = go.Figure(figure)
    licence = f"<br><span style='font-size:11px;color:#555'>{escape(say('image_licence', lang))}</span>"
    drawn.update_layout(
        width=WIDTH,
        height=(drawn.layout.height or 480) + LINE + MARGIN,
        title_text=(drawn.layout.title.text or "") + licence,
        title_pad_t=(drawn.layout.title.pad.t or 0) + MARGIN,
        margin_t=(drawn.layout.margin.t or 80) + LINE + MARGIN,
        # Room around the drawing, as a printed figure has: on screen the page gives it.
        margin_l=(drawn.layout.margin.l or 0) + MARGIN,
        margin_r=(drawn.layout.margin.r or 0) + MARGIN,
        title_x=MARGIN / WIDTH,
    )
    pio.defaults.topojson = EMPTY_TOPOLOGY  # maps draw Netra's boundaries and fetch nothing
    try:
        return drawn.to_image(format=fmt, scale=2 if fmt == "png" else 1)
    except (RuntimeError, OSError, ValueError) as exc:  # Kaleido without a browser, or a browser that failed
        raise ImageUnavailable(str(exc)[:200]) from exc
