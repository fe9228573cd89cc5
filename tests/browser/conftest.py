"""A real `streamlit run` on a free port and Debian's Chromium driven by Playwright.

Outside requests are blocked: the dashboard must work offline, as in a government hall.
Under CI (NETRA_REQUIRE_BROWSER=1) a missing browser fails the run instead of skipping.
"""
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

from lib.paths import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
READY = "[data-testid='stApp'][data-test-script-state='notRunning']"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """A copy of data/ the server reads, so a test can change a file as a data editor would."""
    target = tmp_path_factory.mktemp("served") / "data"
    shutil.copytree(ROOT / "data", target)
    return target


@pytest.fixture(scope="session")
def server(data_dir):
    port = _free_port()
    env = {**os.environ, "NETRA_DATA_DIR": str(data_dir)}
    log = open(data_dir.parent / "streamlit.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not start: " + (data_dir.parent / "streamlit.log").read_text()[-2000:])
    yield url
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("NETRA_REQUIRE_BROWSER"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium")
        pytest.skip("Chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
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
    yield page
    context.close()


def open_view(page, path: str, ready: str = "h1"):
    """Go to a path of the app and wait until its script has finished."""
    page.goto(page.base_url + path)
    page.wait_for_selector(ready, timeout=60000)
    settle(page)


def settle(page):
    page.wait_for_timeout(300)
    page.wait_for_selector(READY, timeout=60000)
    page.wait_for_timeout(500)


def shoot(page, name: str, height: int | None = None):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if height:
        page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
        page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def click_until(page, click, url_pattern: str, attempts: int = 3) -> None:
    """Click until the URL shows the click's effect: Plotly may swallow a click while it attaches handlers."""
    for _ in range(attempts):
        click()
        try:
            page.wait_for_url(re.compile(url_pattern), timeout=8000)
            break
        except Exception:
            continue
    settle(page)
