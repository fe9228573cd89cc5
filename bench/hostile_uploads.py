"""Hostile uploads against a running server (`python bench/hostile_uploads.py`): each file of bench/attacks.py is
uploaded on the Impor page in Chromium while a second thread asks the server's health check every 100 ms. Prints,
per file, the message the page gave, how long it took, and the slowest health answer meanwhile; the server must
answer throughout and still serve a page after the last file."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import attacks  # noqa: E402
from tests.browser.conftest import CHROMIUM, new_page, open_view, serve  # noqa: E402

FILES = {
    "shared-string amplification (xlsx)": ("amplification.xlsx", attacks.shared_string_amplification),
    "merge over a whole sheet (xlsx)": ("merge.xlsx", attacks.sheet_wide_merge),
    "100,000 columns (csv)": ("wide.csv", attacks.wide_csv),
    "2,000 unknown regions (csv)": ("regions.csv", attacks.unknown_regions_csv),
    "100,000-row printed table (csv)": ("long.csv", attacks.long_printed_table),
}


class Health(threading.Thread):
    """Asks /_stcore/health every 100 ms and keeps how long each answer took (None when none came in 5 s)."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url, self.times, self.running = url, [], True

    def run(self) -> None:
        while self.running:
            start = time.perf_counter()
            try:
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=5).read()
                self.times.append(time.perf_counter() - start)
            except OSError:
                self.times.append(None)
            time.sleep(0.1)


def main() -> int:
    from playwright.sync_api import expect, sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="netra-hostile-"))
    shutil.copytree(ROOT / "data", folder / "data")
    ok = True
    with serve(folder / "data", env={"NETRA_IMPORTS_DIR": str(folder / "imports")}) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = new_page(browser, url)
        print(f"{'file':38} {'size':>9} {'message after':>14} {'health p50':>11} {'health max':>11}  message")
        for label, (name, build) in FILES.items():
            path = folder / name
            path.write_bytes(build())
            open_view(page, "/impor")
            health = Health(url)
            health.start()
            start = time.perf_counter()
            page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
            said = page.locator("[data-testid='stAlertContentError'], [data-testid='stAlertContentInfo']").first
            expect(said).to_be_visible(timeout=180_000)
            took = time.perf_counter() - start
            health.running = False
            health.join()
            answered = [t for t in health.times if t is not None]
            missed = len(health.times) - len(answered)
            ok &= missed == 0
            print(
                f"{label:38} {path.stat().st_size / 1e6:7.2f} MB {took:12.1f} s {statistics.median(answered):9.3f} s "
                f"{max(answered):9.3f} s  {said.inner_text()[:90]!r}"
                + (f"  ({missed} health checks unanswered)" if missed else "")
            )
        open_view(page, "/", ready="[data-testid='stMetricValue']")
        print(
            "after the last file the Overview still renders:", page.locator("[data-testid='stMetricValue']").count() > 0
        )
        browser.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
