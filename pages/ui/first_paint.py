"""The Overview's numbers before any chart library: a session's first run sends the cards and keeps the charts'
room empty; the browser, once it has painted, asks for the next run, which draws the charts in that room.

Why: evaluating Streamlit's Plotly code is one task of about a second on the browser's main thread, and nothing
paints until it ends; the data grid's code is the next largest. Sent with the cards, they held the cards back
(README "Speed"). A person never waits for the second run: it starts the moment the cards are on screen.
"""

from __future__ import annotations

import streamlit as st

# After the frame that shows the cards: a trigger, so the server reruns this session once.
SIGNAL_JS = """
export default function ({ setTriggerValue }) {
  requestAnimationFrame(() => setTimeout(() => setTriggerValue("painted", true), 0));
}
"""
_signal = st.components.v2.component("netra_first_paint", js=SIGNAL_JS)
RAN = "first_paint_ran"  # a run of this session has finished: its browser has something on screen


def painted() -> bool:
    """Whether the charts may be sent: after this session's first run."""
    return bool(st.session_state.get(RAN))


def ask() -> None:
    """Ask the browser to say when it has painted (the rerun is the answer; nothing else is needed from it). At the
    end of the page: the signal takes a row, and nothing above it may move."""
    _signal(key="first_paint", on_painted_change=_nothing)


def run_finished() -> None:
    st.session_state[RAN] = True


def _nothing() -> None:
    """The trigger's only job is the rerun it causes."""


def room(height: int) -> None:
    """The height a chart will take, kept empty until it comes, so nothing on the page moves."""
    st.container(height=height, border=False)
