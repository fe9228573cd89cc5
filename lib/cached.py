"""The one place Netra caches, with Streamlit's own resource cache: the dataset, once per data version, and what
each page shows, once per data version and the explicit arguments of its builder. Every session showing the same
view gets the same read-only object; Streamlit's per-key lock makes a crowd asking at once compute it once.

The data version is the modification time and size of every file the dataset reads (lib.model.dataset), taken on
each run with a few stat calls, so an edit to any file in data/ or a new import shows on the next run, no restart.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import streamlit as st

from lib.importing.store import load_served
from lib.model.dataset import Dataset, data_version, with_drafts
from lib.paths import data_dir

T = TypeVar("T")
# Views kept across all pages (views × pages × languages); NETRA_VIEW_CACHE=0 turns sharing off, to measure what a
# view nobody has opened yet costs.
VIEWS = int(os.environ.get("NETRA_VIEW_CACHE", "256") or 256)


@st.cache_resource(max_entries=2, show_spinner=False)
def _dataset(version: tuple, folder: str) -> Dataset:
    return load_served(Path(folder))


def dataset() -> Dataset:
    """The dataset of the served data folder as its files are now."""
    folder = data_dir()
    return _dataset(data_version(folder), str(folder))


@st.cache_resource(max_entries=16, show_spinner=False)
def _with_drafts(version: tuple, _dataset: Dataset, _drafts: list) -> Dataset:
    return with_drafts(_dataset, _drafts)


def with_own_drafts(dataset: Dataset, drafts: list) -> Dataset:
    """The dataset with one session's drafts (figures, source) added, made once per data version and drafts."""
    if not drafts:
        return dataset
    return _with_drafts((*dataset.version, *(s["source_id"] for _, s in drafts)), dataset, drafts)


@st.cache_resource(max_entries=max(VIEWS, 1), show_spinner=False)
def _view(builder: str, version: tuple, arguments: tuple, _build: Callable, _dataset: Dataset):
    return _build(_dataset, *arguments)


def view(build: Callable[..., T], dataset: Dataset, *arguments) -> T:
    """What `build(dataset, *arguments)` returns, made once per data version and arguments for every session.

    `build` is a module-level function of lib.views (no closure: its arguments are its whole input)."""
    if build.__closure__ or "<" in build.__qualname__:
        raise TypeError(f"{build.__qualname__} must be a module-level function of its arguments")
    if VIEWS <= 0:
        return build(dataset, *arguments)
    return _view(f"{build.__module__}.{build.__qualname__}", dataset.version, arguments, build, dataset)


@st.cache_resource(show_spinner=False)
def favicon():
    """A blue tile with an N, served by Streamlit itself: Material-icon favicons are fetched from Google, and Netra
    must work offline."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (64, 64), "#0072B2")
    ImageDraw.Draw(image).text((20, 8), "N", fill="white", font_size=44)
    return image
