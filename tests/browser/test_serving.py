"""`make serve` as a webinar meets it: two Streamlit workers behind Debian's nginx (deploy/serve.py), a browser
pinned to each by the front door's cookie. An import an editor publishes on one worker shows on the other; a
worker killed mid-session loses only its own visitors, who reconnect, while the other worker's never notice."""

import os
import re
import shutil
import signal
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from deploy.serve import answers, running
from lib.paths import SHIPPED_DATA
from tests.browser.conftest import metrics, new_page, open_view
from tests.browser.test_import import fill_source, publish, upload
from tests.lib.importing.workbooks import printed_province_table

pytestmark = pytest.mark.browser
VIEW = "/?election=Pilkada+2024&publisher=KASN"  # no shipped figure: the import's cards are the only ones
IMPORTED = "1.588"  # the printed table's first card


@pytest.fixture
def front(tmp_path):
    if not (shutil.which("nginx") or os.path.exists("/usr/sbin/nginx")):
        if os.environ.get("NETRA_REQUIRE_BROWSER"):
            pytest.fail("nginx not found: install Debian's nginx, as .ci/run does")
        pytest.skip("nginx not installed")
    data = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA, data)
    env = {"NETRA_DATA_DIR": str(data), "NETRA_IMPORTS_DIR": str(tmp_path / "imports")}
    with running(2, tmp_path / "serve", env) as served:
        yield served


def cookie_for(front, port: int) -> str:
    """A route cookie the front door sends to the worker on `port`, found as a browser would get one."""
    for _ in range(200):
        with urllib.request.urlopen(front.url + "/", timeout=10) as answer:
            if answer.headers["X-Netra-Worker"] == f"127.0.0.1:{port}":
                return answer.headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
    raise AssertionError(f"no route to port {port}")


def visitor(browser, front, port: int):
    """A browser through the front door, pinned to the worker on `port`, with its websockets recorded."""
    page = new_page(browser, front.url)
    page.context.add_cookies([{"name": "netra_route", "value": cookie_for(front, port), "url": front.url}])
    page.sockets, page.served_by = [], set()
    page.on("websocket", lambda socket: page.sockets.append(socket))
    page.on("response", lambda response: page.served_by.add(response.headers.get("x-netra-worker")))
    return page


def test_an_import_published_on_one_worker_shows_on_the_other(browser, front, tmp_path):
    other = visitor(browser, front, front.ports[1])
    editor = new_page(browser, f"http://127.0.0.1:{front.ports[0]}")  # on the server itself: an editor
    try:
        open_view(other, VIEW)  # no shipped figure: no card yet
        expect(metrics(other).filter(has_text=IMPORTED)).to_have_count(0)
        table = tmp_path / "rekap kasn 2024.xlsx"
        table.write_bytes(printed_province_table(title="REKAPITULASI PELANGGARAN NETRALITAS ASN (BERKAS UJI)"))
        # Through the front door an upload reaches the visitor's own worker, but nobody publishes: nginx says
        # the visitor is proxied.
        open_view(other, "/impor")
        upload(other, table)
        fill_source(other, "Rekap netralitas ASN Pilkada 2024 (uji)")
        expect(other.get_by_role("button", name=re.compile("Terbitkan untuk semua pengunjung"))).to_be_disabled()
        expect(other.get_by_text("Hanya editor yang dapat menerbitkan")).to_be_visible()

        open_view(editor, "/impor")
        upload(editor, table)
        fill_source(editor, "Rekap netralitas ASN Pilkada 2024 (uji)")
        publish(editor)

        open_view(other, VIEW, ready="[data-testid='stMetricValue']")
        expect(metrics(other).filter(has_text=IMPORTED)).to_have_count(1)
        assert {s.url.split("/_stcore")[0] for s in other.sockets} == {front.url.replace("http", "ws")}
        # Every request of the visitor, the upload among them, reached its own worker.
        assert other.served_by == {f"127.0.0.1:{front.ports[1]}"}
    finally:
        other.context.close()
        editor.context.close()


def test_a_killed_worker_loses_only_its_own_visitors_who_reconnect(browser, front):
    doomed, spared = (visitor(browser, front, port) for port in front.ports)
    try:
        for page in (doomed, spared):
            open_view(page, "/", ready="[data-testid='stMetricValue']")
        pid = front.worker_pids()[0]
        os.kill(pid, signal.SIGKILL)

        # The killed worker's visitor loses its websocket; the page opens a new one and draws itself again.
        deadline = time.monotonic() + 60
        while len(doomed.sockets) < 2 and time.monotonic() < deadline:  # what the browser does, not on the page
            doomed.wait_for_timeout(100)
        assert doomed.sockets[0].is_closed() and len(doomed.sockets) == 2
        expect(doomed.locator("[data-testid='stMetricValue']").first).to_be_visible(timeout=60_000)
        # The other worker's visitor goes on, on the websocket it had, and a change still answers.
        spared.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
        expect(spared.get_by_text("Filters", exact=True)).to_be_visible()
        assert len(spared.sockets) == 1 and not spared.sockets[0].is_closed()
        # supervisord brings the killed worker back.
        while time.monotonic() < deadline:
            if front.worker_pids()[0] not in (0, pid) and answers(f"http://127.0.0.1:{front.ports[0]}/_stcore/health"):
                break
            spared.wait_for_timeout(200)
        else:
            raise AssertionError("the killed worker was not restarted")
    finally:
        doomed.context.close()
        spared.context.close()
