"""Presenter mode (?present=1): no chrome, big type, a sequence of slides that advances on a timer or
by button, and figures that follow the data files as they change."""

import time

import streamlit as st

from lib import cached
from lib.formats import format_date
from lib.model.dataset import Dataset
from lib.views import presenter
from lib.views.state import View
from lib.words import say
from pages.ui import blocks, session

SECONDS_PER_SLIDE = 15
REFRESH_SECONDS = 3
# A clicker sends → / PageDown / Space and ← / PageUp: each presses the slide's own buttons. Netra's static script
# (no data in it), added once per page; it acts only while those buttons are on screen.
KEYS = """<script>
if (!window.netraSlideKeys) {
  window.netraSlideKeys = true;
  const forward = ["ArrowRight", "PageDown", " ", "Spacebar"], back = ["ArrowLeft", "PageUp"];
  document.addEventListener("keydown", (event) => {
    const step = forward.includes(event.key) ? "next" : back.includes(event.key) ? "prev" : null;
    const button = step && document.querySelector(`.st-key-${step} button`);
    const fields = "textarea, select, [contenteditable], input:not([type=checkbox])";
    const typing = event.target.closest && event.target.closest(fields);
    if (!button || typing) return;  // keys typed into a field stay there
    event.preventDefault();
    if (document.activeElement) document.activeElement.blur();  // a focused button must not be pressed twice
    button.click();
  });
}
</script>"""


def _go(step: int) -> None:
    view = session.view()
    session.replace(slide=(view.slide + step) % len(view.slides))
    st.session_state["slide_started"] = time.monotonic()


def _leave() -> None:
    session.replace(present=False, slide=0)


def render(dataset: Dataset, view: View) -> None:
    """Presenter mode: the shell calls this instead of a page when the URL says present=1."""
    # Netra's own static stylesheet (no data in it): hide Streamlit's chrome, enlarge type for a projector.
    st.markdown(
        """<style>
        header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
        [data-testid="stToolbar"], footer {display: none !important;}
        .block-container {padding-top: 1.2rem; max-width: 100%;}
        [data-testid="stMetricValue"] {font-size: 4.2rem !important;}
        [data-testid="stMetricLabel"] p {font-size: 1.6rem !important;}
        [data-testid="stCaptionContainer"] p {font-size: 1.15rem !important;}
        h1 {font-size: 3rem !important;} h2 {font-size: 2.3rem !important;} h3 {font-size: 1.8rem !important;}
        </style>""",
        unsafe_allow_html=True,
    )
    st.html(KEYS, unsafe_allow_javascript=True)
    st.toggle(say("auto_advance", view.lang), key="auto_advance", value=True)
    _presentation()


@st.fragment(run_every=REFRESH_SECONDS)
def _presentation() -> None:
    dataset = cached.dataset()  # each refresh reads the files' version: an edit shows within seconds
    if st.session_state.get("auto_advance", True):
        started = st.session_state.setdefault("slide_started", time.monotonic())
        if time.monotonic() - started >= SECONDS_PER_SLIDE:
            _go(+1)
    view = session.view()
    lang = view.lang
    slide = cached.view(presenter.build, dataset, view.filters, lang, view.slides[view.slide])
    top = st.columns([6, 3, 1, 1, 1])
    top[0].markdown(f"### {say('app_title', lang)}")
    stamp = [f"**{say('slide_newest', lang)}: {slide.newest}**"] if slide.newest else []
    stamp.append(f"{say('data_refreshed', lang)}: {format_date(slide.refreshed, 'day', lang)} {slide.refreshed:%H:%M}")
    top[1].markdown("  \n".join(stamp))
    top[2].button("◀", on_click=_go, args=(-1,), key="prev", help=say("previous", lang))
    top[3].button("▶", on_click=_go, args=(+1,), key="next", help=say("next", lang))
    top[4].button("✕", on_click=_leave, key="leave", help=say("exit_present", lang))
    if slide.cards:
        blocks.cards(slide.cards)
    elif slide.chart:
        st.plotly_chart(slide.chart.figure, key=slide.chart.key, config=blocks.PLOTLY_CONFIG)
    else:
        blocks.empty(lang)
    st.caption(f"{say('slide', lang)} {view.slide + 1}/{len(view.slides)}")
    session.publish()
    if not session.view().present:
        st.rerun(scope="app")
