"""The app's frame around every page: the page list in the chosen language, the sidebar, data warnings, and the
view written back to the URL.

Each page file ends with `page(render)`: run inside the frame, it draws the page's model; run alone, it builds
the frame first. A file runs alone in one case: with a pages/ folder beside app.py, a server's first run is in
Streamlit's old multipage mode, which on a direct link such as /tren runs pages/tren.py by itself. The frame's
st.navigation then switches that mode off for good and runs the page the link names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views.state import View
from lib.words import say
from pages.ui import first_paint, presenter, session, sidebar

# (file, title key, icon); a page's URL is its file's name (/tren), as links have always used them.
PAGES = (
    ("pages/ringkasan.py", "page_overview", ":material/dashboard:"),
    ("pages/tren.py", "page_trends", ":material/trending_up:"),
    ("pages/rincian.py", "page_breakdowns", ":material/bar_chart:"),
    ("pages/peta.py", "page_map", ":material/map:"),
    ("pages/data.py", "page_data", ":material/table:"),
    ("pages/impor.py", "page_import", ":material/upload_file:"),
    ("pages/tentang.py", "page_about", ":material/info:"),
)
_this_run = threading.local()  # each session's script runs in a thread of its own
# Netra's own static stylesheet (no data in it), on every page: card labels and control labels wrap instead of
# ending in '…'; the file uploader's built-in English words are hidden (the page says them in the reader's language).
STYLE = """<style>
[data-testid="stMetricLabel"] p, [data-testid="stMetricLabel"] div {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricLabel"] {height: auto !important; min-height: 2.6em;}
[data-testid="stMetric"] .stMarkdownEllipsis, [data-testid="stMetric"] .stMarkdownEllipsis *,
[data-testid="stMetricDeltaDescription"] {
  white-space: normal !important; text-overflow: clip !important; overflow: visible !important; min-width: 0;
}
[data-baseweb="select"] div {white-space: normal !important; text-overflow: clip !important; overflow-wrap: anywhere;}
[data-testid="stMultiSelectTagsContainer"] span {
  white-space: normal !important; text-overflow: clip !important; overflow: visible !important;
  max-width: none !important; height: auto !important;
}
[data-testid="stWidgetLabel"] p {white-space: normal !important;}
[data-testid="stFileUploaderDropzoneInstructions"] {display: none !important;}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] {display: none !important;}
</style>"""


def run() -> None:
    try:
        _draw()
    finally:
        first_paint.run_finished()  # even a run cut short by a rerun: the next one draws everything


def _draw() -> None:
    st.set_page_config(page_title="Netra", page_icon=cached.favicon(), layout="wide", initial_sidebar_state="auto")
    dataset = cached.with_own_drafts(cached.dataset(), session.drafts())
    view = session.start(dataset)
    lang = view.lang
    st.html(STYLE)
    pages = [
        st.Page(path, title=say(title, lang), icon=icon, default=i == 0) for i, (path, title, icon) in enumerate(PAGES)
    ]
    if view.present:
        # Presenter mode replaces whatever page the path names: no menu, no sidebar.
        st.navigation(pages, position="hidden")
        presenter.render(dataset, view)
    else:
        chosen = st.navigation(pages, position="sidebar")
        sidebar.draw(dataset, view)
        sidebar.drafts_notice(lang)
        sidebar.data_warnings(dataset, lang)
        _this_run.frame = dataset, view
        try:
            chosen.run()
        finally:
            _this_run.frame = None
    session.publish()


def page(render: Callable[[Dataset, View], None]) -> None:
    """Draw a page file's model inside the frame; build the frame first if the file runs alone."""
    frame = getattr(_this_run, "frame", None)
    if frame is None:
        run()
    else:
        render(*frame)
