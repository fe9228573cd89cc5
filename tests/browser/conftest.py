"""A real `streamlit run` on a free port and Debian's Chromium driven by Playwright.

Outside requests are blocked: the dashboard must work offline, as in a government hall. Tests wait with Playwright's
auto-retrying `expect()` for what a person would see, never for a fixed time.
Under CI (NETRA_REQUIRE_BROWSER=1) a missing browser fails the run instead of skipping.
"""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from lib.paths import ROOT, SHIPPED_DATA

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
# Streamlit marks its app element with the script's state: a run has finished when it says notRunning.
READY = "[data-testid='stApp'][data-test-script-state='notRunning']"
WAIT = 60_000  # ms: a busy two-core machine may take this long for a first run
expect.set_options(timeout=30_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(data_dir: Path, env: dict | None = None):
    """`streamlit run app.py` serving a data folder, on a free loopback port, until the block ends."""
    port = free_port()
    log_path = data_dir.parent / f"streamlit-{port}.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env={**os.environ, "NETRA_DATA_DIR": str(data_dir), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _until_healthy(url, process, log_path)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


def _until_healthy(url: str, process, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                return
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail("streamlit did not start: " + log_path.read_text()[-2000:])


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """A copy of data/ the server reads, so a test can change a file as a data editor would."""
    target = tmp_path_factory.mktemp("served") / "data"
    shutil.copytree(SHIPPED_DATA, target)
    return target


@pytest.fixture(scope="session")
def server(data_dir):
    with serve(data_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("NETRA_REQUIRE_BROWSER"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium")
        pytest.skip("Chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


def new_page(browser, server: str, **context):
    """A fresh browser context on the server, every request outside it blocked and recorded."""
    context = browser.new_context(**({"viewport": {"width": 1400, "height": 1000}, "accept_downloads": True} | context))
    outside = []

    def only_local(route):
        if route.request.url.startswith((server, "blob:", "data:")):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.base_url = server
    page.outside_requests = outside
    return page


@pytest.fixture
def page(browser, server):
    page = new_page(browser, server)
    yield page
    page.context.close()


def open_view(page, path: str, ready: str = "h1"):
    """Go to a path of the app and wait until `ready` shows and its script has finished."""
    page.goto(page.base_url + path)
    expect(page.locator(ready).first).to_be_visible(timeout=WAIT)
    finished(page)


def finished(page):
    """Wait for the script run under way (if any) to finish."""
    expect(page.locator(READY)).to_have_count(1, timeout=WAIT)


def metrics(page):
    return page.locator("[data-testid='stMetricValue']")


def shoot(page, name: str, height: int | None = None):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if height:
        page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
    # Two animation frames: charts lay themselves out again after a resize.
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    finished(page)
    # A chart still loading is a grey placeholder: a screenshot shows what a reader sees once it has drawn.
    expect(page.locator("[data-testid='stSkeleton']")).to_have_count(0, timeout=WAIT)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def click_until(page, click, url_pattern: str, attempts: int = 3) -> None:
    """Click until the URL shows the click's effect: Plotly may swallow a click while it attaches handlers."""
    for _ in range(attempts):
        click()
        try:
            expect(page).to_have_url(re.compile(url_pattern), timeout=8000)
            break
        except AssertionError:
            continue
    finished(page)
