"""A webinar audience at once: `make loadtest`. Loopback only, bounded in count and time.

Starts `make serve` (deploy/serve.py: Streamlit workers behind nginx) with 1 worker and then with one per core
(NETRA_LOAD_WORKERS, e.g. "1,2"), and on each, for each page a presenter may share (the Overview, Trends and the
Map; NETRA_LOAD_PAGES picks others), sends SESSIONS visitors through the front door over RAMP seconds. Each, as a
browser does, fetches the page (getting its worker cookie), then opens Streamlit's websocket and speaks its own
protocol (the protobuf messages its frontend sends): loads the page, waits for the script to finish, changes one
filter (one or two publishers picked at random from the multiselect's options, as a person would) and waits
again, then stays connected, as an audience does, until all are done. Prints one table: sessions completed,
p95 time to a finished script for the load and the filter change, the workers' CPU seconds and memory per
session, and errors in their logs.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.components.v2.bidi_component.main import _make_trigger_id  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from deploy.serve import running  # noqa: E402

SESSIONS = int(os.environ.get("NETRA_LOAD_SESSIONS", 1000))
RAMP = float(os.environ.get("NETRA_LOAD_RAMP", 60))
WORKERS = [int(n) for n in os.environ.get("NETRA_LOAD_WORKERS", f"1,{os.cpu_count() or 2}").split(",")]
PAGES = os.environ.get("NETRA_LOAD_PAGES", "ringkasan,tren,peta").split(",")  # page names as in their URLs
TIMEOUT = 120  # a session that has not finished by then counts as failed


def _p95(times: list[float]) -> float:
    return times[max(0, int(len(times) * 0.95) - 1)] if times else float("nan")


def _rerun(
    page: str, widget_id: str | None = None, publishers: list[str] | None = None, painted: tuple[str, str] | None = None
) -> bytes:
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_script_hash = ""
    message.rerun_script.page_name = "" if page == "ringkasan" else page
    if widget_id:
        state = message.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.string_array_value.data.extend(publishers or [])
    if painted:  # what the browser's first-paint signal sends (pages/ui/first_paint.py): a rerun of its fragment
        signal, fragment = painted
        message.rerun_script.fragment_id = fragment
        state = message.rerun_script.widget_states.widgets.add()
        state.id = _make_trigger_id(signal, "events")
        state.json_trigger_value = json.dumps([{"event": "painted", "value": True}])
    return message.SerializeToString()


async def _until_finished(socket) -> tuple[float, tuple[str, list[str]] | None, bool, tuple[str, str] | None]:
    """Seconds until script_finished, the publisher widget (id, options) if seen, whether an exception was drawn,
    and the first-paint signal's (id, fragment id) if the page asked for one."""
    start = time.perf_counter()
    widget, failed, signal = None, False, None
    while True:
        message = ForwardMsg()
        message.ParseFromString(await socket.recv())
        kind = message.WhichOneof("type")
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            which = element.WhichOneof("type")
            if which == "multiselect" and element.multiselect.id.endswith("w_publisher"):
                widget = element.multiselect.id, list(element.multiselect.options)
            failed |= which == "exception"
            if which == "bidi_component" and element.bidi_component.component_name == "netra_first_paint":
                signal = element.bidi_component.id, message.delta.fragment_id
        if (
            kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
        ):  # st.rerun goes on
            return time.perf_counter() - start, widget, failed, signal


def _cookie(url: str, page: str) -> str:
    """What a browser's first request brings back: the worker cookie the front door pins the session with."""
    with urllib.request.urlopen(f"{url}/{'' if page == 'ringkasan' else page}", timeout=TIMEOUT) as answer:
        return "; ".join(c.split(";")[0] for c in answer.headers.get_all("Set-Cookie") or [])


async def _session(url: str, page: str, delay: float, results: list, everyone_done: asyncio.Event, expected: int):
    await asyncio.sleep(delay)
    try:
        cookie = await asyncio.to_thread(_cookie, url, page)
        async with connect(
            url.replace("http", "ws") + "/_stcore/stream",
            subprotocols=["streamlit"],
            additional_headers={"Cookie": cookie},
            max_size=None,
            open_timeout=TIMEOUT,
        ) as socket:
            async with asyncio.timeout(TIMEOUT):
                await socket.send(_rerun(page))
                first, widget, failed_first, signal = await _until_finished(socket)
                if signal:  # a browser answers once it has painted: the load ends with the charts
                    await socket.send(_rerun(page, painted=signal))
                    more, _, failed_more, _ = await _until_finished(socket)
                    first, failed_first = first + more, failed_first or failed_more
                if widget is None:
                    raise LookupError(f"no publisher filter on {page}")
                widget_id, options = widget
                await socket.send(
                    _rerun(page, widget_id, random.sample(options, k=min(len(options), random.choice((1, 2)))))
                )
                second, _, failed_second, _ = await _until_finished(socket)
                results.append(("ok" if not (failed_first or failed_second) else "error", first, second))
            if len(results) == expected:
                everyone_done.set()
            await asyncio.wait_for(everyone_done.wait(), TIMEOUT + RAMP)  # stay, as an audience does
    except Exception as exc:  # a refused, reset or timed-out session is a result to count, not a crash
        results.append((f"failed: {type(exc).__name__}", None, None))
        if len(results) == expected:
            everyone_done.set()


def _sample(pids: list[int], peak: list, done: threading.Event) -> None:
    """The workers' highest resident memory, together, while the crowd is connected."""
    while not done.wait(0.2):
        peak[0] = max(peak[0], sum(map(_rss_mib, pids)))


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1]) / 1024


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


async def _crowd(url: str, page: str, sessions: int = SESSIONS, ramp: float = RAMP) -> list:
    results: list = []
    everyone_done = asyncio.Event()
    delays = sorted(random.uniform(0, ramp) for _ in range(sessions))
    await asyncio.gather(*(_session(url, page, d, results, everyone_done, sessions) for d in delays))
    return results


def _log_errors(logs: list[Path], offsets: dict) -> list[str]:
    found = []
    for log in logs:
        with open(log, errors="replace") as handle:
            handle.seek(offsets.get(log, 0))
            found += [line for line in handle if "Traceback" in line or " ERROR " in line or "Exception" in line]
    return found


def crowd_on(front, page: str) -> dict:
    """One crowd on `page` through the front door: its figures."""
    pids = front.worker_pids()
    logs = sorted(front.run.glob("worker-*.log"))
    offsets = {log: log.stat().st_size for log in logs}
    before, cpu_before = sum(map(_rss_mib, pids)), sum(map(_cpu_seconds, pids))
    peak = [before]
    sampling = threading.Event()
    sampler = threading.Thread(target=_sample, args=(pids, peak, sampling), daemon=True)
    sampler.start()
    start = time.perf_counter()
    results = asyncio.run(_crowd(front.url, page))
    elapsed = time.perf_counter() - start
    sampling.set()
    sampler.join()
    ok = [r for r in results if r[0] == "ok"]
    errors = _log_errors(logs, offsets)
    return {
        "page": page,
        "workers": len(pids),
        "ok": len(ok),
        "elapsed": elapsed,
        "failures": sorted({r[0] for r in results if r[0] != "ok"}),
        "load": _p95(sorted(r[1] for r in ok)),
        "load_median": statistics.median(r[1] for r in ok) if ok else float("nan"),
        "change": _p95(sorted(r[2] for r in ok)),
        "cpu": (sum(map(_cpu_seconds, pids)) - cpu_before) / SESSIONS,
        "memory": (peak[0] - before) / SESSIONS,
        "errors": errors,
    }


def _warm(front, page: str) -> None:
    """One session on each worker, straight to its port: the first load of the data is paid once per worker."""
    for port in front.ports:
        warm = asyncio.run(_crowd(f"http://127.0.0.1:{port}", page, 1, 0))
        if warm[0][0] != "ok":
            raise SystemExit(f"warm-up session on {page}, port {port}, failed: {warm[0][0]}")


def _met(row: dict) -> bool:
    return row["ok"] == SESSIONS and max(row["load"], row["change"]) <= 3 and not row["errors"]


def main() -> int:
    cores = os.cpu_count()
    print(
        f"Netra load test: {SESSIONS} sessions over {RAMP:.0f} s per page, through nginx, on {cores} cores (loopback)"
    )
    rows = []
    for workers in WORKERS:
        run = ROOT / "bench" / "out" / f"serve-{workers}"
        with running(workers, run) as front:
            for page in PAGES:
                _warm(front, page)
                rows.append(crowd_on(front, page))
                row = rows[-1]
                print(f"  {workers} worker(s), /{page}: {row['ok']}/{SESSIONS} in {row['elapsed']:.0f} s", flush=True)
    print()
    print(
        "| page | workers | completed | load p95 | filter change p95 | CPU per session | memory per session | errors |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        failed = f" ({', '.join(row['failures'])})" if row["failures"] else ""
        print(
            f"| {row['page']} | {row['workers']} | {row['ok']}/{SESSIONS}{failed} | {row['load']:.2f} s |"
            f" {row['change']:.2f} s | {row['cpu'] * 1000:.0f} ms | {row['memory']:.2f} MiB | {len(row['errors'])} |"
        )
    for row in rows:
        if row["errors"]:
            print(f"first log error, {row['page']} on {row['workers']}: {row['errors'][0][:160]}")
    # What a crowd of SESSIONS in RAMP seconds asks of the CPU, page by page: the workers a webinar needs.
    print()
    for page in PAGES:
        cost = max(r["cpu"] for r in rows if r["page"] == page)
        needed = cost * SESSIONS / RAMP
        print(
            f"/{page}: {cost * 1000:.0f} ms CPU per session → {SESSIONS} in {RAMP:.0f} s keep ≈ {needed:.1f} cores busy"
        )
    return 0 if all(_met(r) for r in rows if r["workers"] == max(WORKERS)) else 1


if __name__ == "__main__":
    sys.exit(main())
