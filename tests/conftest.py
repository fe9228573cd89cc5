import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from lib.paths import SHIPPED_DATA

# CI replays the same generated inputs on every run, so a red build can be reproduced; locally each run explores
# new ones (a failure prints the input to pin as an explicit test).
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def dataset():
    from tests.shipped import DATASET

    return DATASET


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break files on purpose."""
    target = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA, target)
    return target
