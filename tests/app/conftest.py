import json

import pytest
from streamlit.testing.v1 import AppTest

from lib.paths import ROOT

PAGES = [
    "pages/ringkasan.py",
    "pages/tren.py",
    "pages/rincian.py",
    "pages/peta.py",
    "pages/data.py",
    "pages/tentang.py",
]


def open_app(params: dict | None = None, page: str | None = None, painted: bool = True) -> AppTest:
    """Run the app as a fresh session would, with the given URL parameters, on the given page. `painted`: as it
    is once its browser has painted the first run and asked for the next (pages/ui/first_paint.py), the whole page;
    without it, the first run alone."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if painted:
        at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> list[tuple[str, str]]:
    return [(m.label, m.value) for m in at.metric]


def charts(at: AppTest) -> list[dict]:
    """The Plotly figures on the page, as the JSON the browser receives."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


@pytest.fixture
def served(data_copy, monkeypatch):
    """The app serving a writable copy of data/ (and its own imports folder beside it)."""
    monkeypatch.setenv("NETRA_DATA_DIR", str(data_copy))
    monkeypatch.delenv("NETRA_IMPORTS_DIR", raising=False)
    return data_copy


@pytest.fixture
def app():
    return open_app


def values(trace: dict, key: str) -> list:
    """A trace's array as numbers: Plotly sends numeric arrays as typed base64 ('bdata')."""
    import base64

    import numpy as np

    data = trace[key]
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"]).tolist()
    return list(data)
