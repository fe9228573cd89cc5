"""Netra's benchmarks: `make bench`. Prints a table of medians, ratios measured in the same run, and targets.

Inputs are SYNTHETIC (bench/synthetic.py), written to a temporary folder and never shipped as data.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from bench.synthetic import case_list, to_csv, to_xlsx  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
READY = "[data-testid='stApp'][data-test-script-state='notRunning']"
META = {"source_id": "synthetic-bench", "publisher": "Bawaslu", "election": "Pilkada 2020", "as_of": "2020-12-31"}
ROWS = []


def report(figure: str, value: str, target: str, ok: bool | None) -> None:
    ROWS.append((figure, value, target, "—" if ok is None else ("met" if ok else "MISSED")))
    print(f"  {figure}: {value}  (target {target})", flush=True)


def median_of(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# --- Cold start ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(script: Path, env: dict, output=subprocess.DEVNULL, args=()) -> tuple[subprocess.Popen, str]:
    """`streamlit run` on a free loopback port, returned once its health check answers."""
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            *(["--", *args] if args else []),
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
            return process, url
        except OSError:
            time.sleep(0.05)


def _time_to_render(browser, script: Path, ready: str, env: dict) -> float:
    """Seconds from `streamlit run` to the page fully rendered in Chromium."""
    start = time.perf_counter()
    process, url = _serve(script, env)
    try:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_selector(ready, timeout=60000)
        page.wait_for_selector(READY, timeout=60000)
        elapsed = time.perf_counter() - start
        page.close()
        return elapsed
    finally:
        process.terminate()
        process.wait(timeout=20)


def cold_start(browser, repeat: int) -> None:
    print("cold start", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text('import streamlit as st\nst.title("bare")\n')
        env = dict(os.environ)
        netra, plain = [], []
        for _ in range(repeat):  # interleaved, so machine noise hits both alike
            plain.append(_time_to_render(browser, bare, "h1", env))
            netra.append(_time_to_render(browser, ROOT / "app.py", "[data-testid='stMetricValue']", env))
    ratio = statistics.median(netra) / statistics.median(plain)
    report(
        "cold start, Overview rendered",
        f"{statistics.median(netra):.2f} s vs bare app {statistics.median(plain):.2f} s = {ratio:.2f}×",
        "≤ 1.5×",
        ratio <= 1.5,
    )


# --- First paint -------------------------------------------------------------------------------

# In the page, as a reader sees it: the first number (a card's value; a chart's text where a page has no cards),
# and every element drawn: no script running, no placeholder, every chart with its drawing.
_FIRST = {
    "card": "() => [...document.querySelectorAll('[data-testid=stMetricValue]')].some(e => e.innerText.trim())",
    "chart": "() => !!document.querySelector('.js-plotly-plot .main-svg, [data-testid=stVegaLiteChart] canvas')",
    "text": "() => [...document.querySelectorAll('[data-testid=stMarkdownContainer]')].some(e => e.innerText.trim())",
}
_CHARTS = "[...document.querySelectorAll('.js-plotly-plot, [data-testid=stVegaLiteChart]')]"
_DRAWN = f"""() => document.querySelector("[data-testid='stApp'][data-test-script-state='notRunning']")
  && !document.querySelector("[data-testid='stSkeleton']")
  && {_CHARTS}.every(e => e.querySelector('.main-svg, canvas'))"""


def _paint_times(browser, url: str, first: str, charts: int) -> tuple[float, float, list[str]]:
    """Seconds from navigation to the first number readable and to everything drawn (at least `charts` charts), in a
    fresh browser context (empty cache), and the element chunks the page fetched."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    chunks: list[str] = []
    context.on("request", lambda r: "/static/js/" in r.url and chunks.append(r.url.rsplit("/", 1)[1].split(".")[0]))
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit")
        shown = page.wait_for_function(f"() => ({_FIRST[first]})() && performance.now()", timeout=60000, polling="raf")
        everything = f"() => ({_DRAWN})() && {_CHARTS}.length >= {charts} && performance.now()"
        drawn = page.wait_for_function(everything, timeout=60000, polling="raf")
        return shown.json_value() / 1000, drawn.json_value() / 1000, chunks
    finally:
        context.close()


def first_paint(browser, folder: Path, repeat: int) -> None:
    """Warm servers, fresh browsers: Netra's pages against a bare app and a peer written like Streamlit's template,
    alternated in one run."""
    print("first paint (warm server, fresh browser)", flush=True)
    from bench.synthetic import peer_series

    bare = folder / "bare.py"
    bare.write_text('import streamlit as st\nst.write("hi")\n')
    peer_csv = folder / "peer-synthetic.csv"
    peer_series().to_csv(peer_csv, index=False)
    apps = {  # script, path, what the first number is, charts on the page, arguments
        "bare app": (bare, "", "text", 0, []),
        "peer app": (ROOT / "bench" / "peer_app.py", "", "card", 1, [str(peer_csv)]),
        "Overview": (ROOT / "app.py", "/", "card", 2, []),
        "Trends": (ROOT / "app.py", "/tren", "chart", 8, []),
        "Map": (ROOT / "app.py", "/peta", "chart", 1, []),
    }
    servers, times, chunks_of = {}, {name: ([], []) for name in apps}, {}
    try:
        for name, (script, path, first, charts, args) in apps.items():
            servers[name] = _serve(script, dict(os.environ), args=args)
            _paint_times(browser, servers[name][1] + path, first, charts)  # warm: the server's first run
        for _ in range(repeat):  # alternated, so the machine's noise hits every app alike
            for name, (_, path, first, charts, _) in apps.items():
                shown, drawn, chunks = _paint_times(browser, servers[name][1] + path, first, charts)
                times[name][0].append(shown)
                times[name][1].append(drawn)
                chunks_of[name] = chunks
    finally:
        for process, _ in servers.values():
            process.terminate()
            process.wait(timeout=20)
    median = {name: (statistics.median(a), statistics.median(b)) for name, (a, b) in times.items()}
    bare_first, peer_drawn = median["bare app"][0], median["peer app"][1]
    report("bare app, its text", f"{bare_first:.2f} s", "—", None)
    report("peer app, first card / everything drawn", f"{median['peer app'][0]:.2f} / {peer_drawn:.2f} s", "—", None)
    for name in ("Overview", "Trends", "Map"):
        shown, drawn = median[name]
        what = "first card" if apps[name][2] == "card" else "first chart"
        report(
            f"{name}, {what} vs bare app",
            f"{shown:.2f} s = {shown / bare_first:.2f}×",
            "≤ 1.3×" if name == "Overview" else "—",
            shown / bare_first <= 1.3 if name == "Overview" else None,
        )
        report(
            f"{name}, everything drawn vs peer app",
            f"{drawn:.2f} s = {drawn / peer_drawn:.2f}×",
            "≤ 1.0×",
            drawn / peer_drawn <= 1.0,
        )
    # Which element code each page pulls beyond what the bare app needs (README "Speed": where the time goes).
    for name, chunks in chunks_of.items():
        extra = sorted(set(chunks) - set(chunks_of["bare app"]))
        print(f"  code beyond the bare app's, {name}: {len(extra)} chunks: {', '.join(extra)}", flush=True)


# The largest SYNTHETIC case list an upload may be: about 180 bytes a row, under the 50 MB upload limit
# (lib/importing/budget.py); a million rows of this layout would be 179 MB.
LARGEST = 250_000


# --- Interaction --------------------------------------------------------------------------------


def synthetic_figures(data: bytes, name: str) -> pd.DataFrame:
    """The figures the import engine (the Impor page's and the CLI's) makes of a SYNTHETIC case list."""
    from lib.importing.engine import Mapping, analyse
    from lib.importing.store import load_served

    # A row of a case list is one case: the engine asks, so the benchmark says it.
    analysis = analyse(data, name, Mapping(**META, unit="cases"), load_served(ROOT / "data"))
    assert not analysis.errors and len(analysis.figures), [f.code for f in analysis.findings]
    return analysis.figures


def _data_dir_with_cases(folder: Path, rows: int) -> Path:
    """A copy of data/ with a SYNTHETIC case list of `rows` rows published as an import beside it, as an editor
    would publish one."""
    from lib.importing.store import load_served, new_source_id, save_import
    from lib.paths import imports_dir

    target = folder / f"cases-{rows}" / "data"  # its imports folder beside it: one per size
    shutil.copytree(ROOT / "data", target)
    figures = synthetic_figures(to_csv(case_list(rows)), f"SYNTHETIC-{rows}.csv")
    source = {
        "source_id": new_source_id(),
        "publisher": "Bawaslu",
        "outlet": "SYNTHETIC",
        "title": f"SYNTHETIC benchmark case list, {rows} rows",
        "url": "https://synthetic.invalid/netra-benchmark",  # a reserved name: no such document exists
        "published": "2020-12-31",
    }
    save_import(figures.assign(source_id=source["source_id"]), source, imports_dir(target))
    served = load_served(target)  # the benchmark measures these rows, or nothing: never a folder the app rejects
    assert not served.errors and (served.figures["source_id"] == source["source_id"]).any(), served.errors[:3]
    return target


def _rerun_times(data_dir: Path | None, changes: int, shared: bool = False) -> list[float]:
    """Server-side seconds of reruns after filter changes on the Overview, in a fresh interpreter.

    Unless `shared`, views are not shared (NETRA_VIEW_CACHE=0): every rerun computes its view afresh, as for
    a view nobody has opened yet; with it, the five views cycled through are computed once (lib.memo).
    """
    code = f"""
import json, os, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("app.py", default_timeout=120)
at.run()
choices = [["Bawaslu"], ["KASN"], [], ["BKN"], ["Bawaslu", "KASN"]]
times = []
for i in range({changes}):
    at.multiselect(key="w_publisher").set_value(choices[i % len(choices)])
    start = time.perf_counter()
    at.run()
    times.append(time.perf_counter() - start)
    assert not at.exception, at.exception
print(json.dumps(times))
"""
    env = (
        dict(os.environ)
        | ({"NETRA_DATA_DIR": str(data_dir)} if data_dir else {})
        | ({} if shared else {"NETRA_VIEW_CACHE": "0"})
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def interaction(folder: Path, sizes: list[int], changes: int) -> None:
    print("interaction (rerun after a filter change)", flush=True)
    shipped = statistics.median(_rerun_times(None, changes))
    report("rerun, shipped data, new view", f"{shipped * 1000:.0f} ms median of {changes}", "≤ 100 ms", shipped <= 0.1)
    seen = statistics.median(_rerun_times(None, changes, shared=True))
    report(
        "rerun, shipped data, view seen before", f"{seen * 1000:.0f} ms ({seen / shipped:.2f}× new view)", "info", None
    )
    for rows in sizes:
        median = statistics.median(_rerun_times(_data_dir_with_cases(folder, rows), changes))
        target = "≤ 300 ms" if rows == LARGEST else "growth"
        report(
            f"rerun, + {rows:,} imported case rows",
            f"{median * 1000:.0f} ms ({median / shipped:.2f}× shipped)",
            target,
            median <= 0.3 if rows == LARGEST else None,
        )


# --- Import -------------------------------------------------------------------------------------


def _import_in_child(path: Path) -> tuple[float, float]:
    """Seconds and peak resident MiB of one import, in a fresh interpreter so memory is its own."""
    code = f"""
import json, time
from pathlib import Path
from bench.run import synthetic_figures
data = Path({str(path)!r}).read_bytes()
start = time.perf_counter()
figures = synthetic_figures(data, {path.name!r})
elapsed = time.perf_counter() - start
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
peak_kib = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
print(json.dumps([elapsed, peak_kib / 1024]))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return tuple(json.loads(out.stdout.strip().splitlines()[-1]))


def _openpyxl_in_child(path: Path) -> float:
    code = f"""
import time, pandas as pd
start = time.perf_counter()
pd.read_excel({str(path)!r}, engine="openpyxl")
print(time.perf_counter() - start)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def imports(folder: Path, sizes: list[int], repeat: int) -> None:
    print("import (parse + aggregate)", flush=True)
    xlsx = folder / "SYNTHETIC-100000.xlsx"
    xlsx.write_bytes(to_xlsx(case_list(100_000)))
    ours = statistics.median(_import_in_child(xlsx)[0] for _ in range(repeat))
    plain = statistics.median(_openpyxl_in_child(xlsx) for _ in range(repeat))
    report(
        "100,000-row XLSX vs read_excel(openpyxl)",
        f"{ours:.2f} s vs {plain:.2f} s = {ours / plain:.2f}×",
        "≤ 0.2×",
        ours / plain <= 0.2,
    )
    for rows in sizes:
        csv = folder / f"SYNTHETIC-{rows}.csv"
        csv.write_bytes(to_csv(case_list(rows)))
        runs = [_import_in_child(csv) for _ in range(repeat)]
        seconds, peak = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
        big = rows == LARGEST
        report(
            f"{rows:,}-row CSV",
            f"{seconds:.2f} s, peak {peak:.0f} MiB ({seconds / rows * 1e6:.2f} µs/row)",
            "≤ 5 s, ≤ 1 GiB" if big else "growth",
            (seconds <= 5 and peak <= 1024) if big else None,
        )


# --- Payload ------------------------------------------------------------------------------------


def payload(browser) -> None:
    print("payload (websocket bytes to the browser)", flush=True)
    process, url = _serve(ROOT / "app.py", dict(os.environ))
    try:
        for name, path in (
            ("Overview", "/"),
            ("Map, provinces", "/peta"),
            ("Map, West Java", "/peta?level=regency&region=32"),
        ):
            page = browser.new_page()
            received = []
            page.on("websocket", lambda ws, into=received: ws.on("framereceived", lambda data: into.append(len(data))))
            page.goto(url + path)
            page.wait_for_selector(READY, timeout=60000)
            page.wait_for_timeout(2000)
            page.close()
            report(f"payload, {name}", f"{sum(received) / 1e6:.2f} MB", "≤ 2 MB", sum(received) <= 2_000_000)
    finally:
        process.terminate()
        process.wait(timeout=20)


def main() -> int:
    quick = "--quick" in sys.argv  # a smoke run: small sizes, one repeat
    if "--paint" in sys.argv:  # first paint only
        from playwright.sync_api import sync_playwright

        with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            first_paint(browser, Path(folder), 1 if quick else 3)
            browser.close()
        return 0
    sizes = [10_000, 100_000] if quick else [10_000, 100_000, LARGEST]
    repeat = 1 if quick else 3
    print(f"Netra benchmarks (SYNTHETIC inputs) on {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        cold_start(browser, repeat)
        first_paint(browser, Path(folder), repeat)
        interaction(Path(folder), sizes, 10 if quick else 30)
        imports(Path(folder), sizes, repeat)
        payload(browser)
        browser.close()
    width = max(len(r[0]) for r in ROWS)
    print("\n" + "figure".ljust(width) + " | measured | target | ")
    for figure, value, target, verdict in ROWS:
        print(f"{figure.ljust(width)} | {value} | {target} | {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
