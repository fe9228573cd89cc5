"""This session's view: read from the URL once, kept in session state, written back to the URL after each run, so
the address bar always reopens what is on screen. Widgets get their values from the view (bind) and change it
through callbacks (replace)."""

from __future__ import annotations

from dataclasses import replace as _replace

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views.state import View, choices, view_from_params, view_to_params

VIEW_KEY = "view"
DRAFTS_KEY = "drafts"  # this session's imports not yet published: [(figures, source)]
BEFORE_CLICK_KEY = "before_click"  # the view before a click on a chart filtered the app (so it can be undone)


def start(dataset: Dataset) -> View:
    """The view of this run; the first run of a session reads it from the URL (page switches clear the URL)."""
    if VIEW_KEY not in st.session_state:
        # What a URL may choose is the same for every session of a data version: worked out once.
        st.session_state[VIEW_KEY] = view_from_params(st.query_params.to_dict(), cached.view(choices, dataset))
    return st.session_state[VIEW_KEY]


def view() -> View:
    return st.session_state[VIEW_KEY]


def set_view(new: View) -> None:
    st.session_state[VIEW_KEY] = new


def click_to(new: View) -> None:
    """A click on a chart filters the app; the view before it is kept, so one press undoes it."""
    st.session_state[BEFORE_CLICK_KEY] = view()
    set_view(new)


def before_click() -> View | None:
    """The view a click changed, while the filters are still the click's."""
    before = st.session_state.get(BEFORE_CLICK_KEY)
    return before if before is not None and before.filters != view().filters else None


def undo_click() -> None:
    before = st.session_state.pop(BEFORE_CLICK_KEY, None)
    if before is not None:
        set_view(_replace(before, lang=view().lang))


def replace(**changes) -> None:
    """Change page options of the view (by, show, level, series, slide…)."""
    set_view(_replace(view(), **changes))


def filter_by(**changes) -> None:
    set_view(view().with_filters(**changes))


def publish() -> None:
    """Write the view into the URL."""
    params = view_to_params(view())
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def bind(name: str, value) -> str:
    """Give a widget its value from the view before it is drawn; return its key."""
    key = f"w_{name}"
    st.session_state[key] = value
    return key


def widget(name: str):
    """The value a bound widget holds now (in its on_change callback)."""
    return st.session_state[f"w_{name}"]


def drafts() -> list:
    return st.session_state.get(DRAFTS_KEY, [])


def set_drafts(kept: list) -> None:
    st.session_state[DRAFTS_KEY] = kept
