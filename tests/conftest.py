import shutil
from pathlib import Path

import pytest

from lib.datasets import load_dataset
from lib.paths import DATA_DIR


@pytest.fixture(scope="session")
def dataset():
    return load_dataset()


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break files on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
