"""The one place Netra caches with Streamlit. Loads are cached per data version; views computed from a load
are shared through that load's own bounded memo (lib.memo), so they go when the data change.

The data version is the modification time and size of every file in data/, read on each run (a few
stat calls), so a presenter's figures change as soon as a data file does, with no restart.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from lib.model.dataset import Dataset, load_dataset
from lib.importing.store import SUFFIX, imports_dir
from lib.paths import data_dir as current_data_dir


def data_version(data_dir: Path) -> tuple:
    """Name, mtime and size of every shipped file and every stored import (an import or removal shows at once)."""
    files = [*data_dir.glob("*.csv"), *imports_dir(data_dir).glob(f"import-*{SUFFIX}")]
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.exists()))


@st.cache_resource(max_entries=2, show_spinner=False)
def _load(version: tuple, data_dir: str) -> Dataset:
    # Shared by every session: pages treat it as read-only.
    return load_dataset(Path(data_dir), imports=imports_dir(Path(data_dir)))


def dataset(data_dir: Path | None = None) -> Dataset:
    data_dir = data_dir or current_data_dir()
    return _load(data_version(data_dir), str(data_dir))


@st.cache_resource(max_entries=4, show_spinner=False)
def boundaries(level: str):
    """One level's polygons, loaded by geopandas once per boundary file version (see lib.maps.boundaries)."""
    from lib.maps.boundaries import load_boundaries  # geopandas only where a map is drawn

    return load_boundaries(level)
