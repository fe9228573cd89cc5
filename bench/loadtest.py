"""A webinar audience at once: `make loadtest`. Loopback only, bounded in count and time.

For each page a presenter may share (the Overview, Trends and the Map; NETRA_LOAD_PAGES picks others), starts
one `streamlit run app.py`, then opens SESSIONS real sessions over Streamlit's own websocket protocol (the
protobuf messages its frontend sends), spread over RAMP seconds. Each session loads the page, waits for the
script to finish, changes one filter (one or two publishers picked at random from the multiselect's options, as
a person would) and waits again, then stays connected, as an audience does, until all are done. Prints sessions
completed, p50/p95 time to a finished script, server memory per session and log errors.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from bench.run import _serve  # noqa: E402

SESSIONS = int(os.environ.get("NETRA_LOAD_SESSIONS", 200))
RAMP = float(os.environ.get("NETRA_LOAD_RAMP", 30))
PAGES = os.environ.get("NETRA_LOAD_PAGES", "ringkasan,tren,peta").split(",")  # page names as in their URLs
TIMEOUT = 120  # a session that has not finished by then counts as failed


def _p95(times: list[float]) -> float:
    return times[max(0, int(len(times) * 0.95) - 1)] if times else float("nan")


def _rerun(page: str, widget_id: str | None = None, publishers: list[str] | None = None) -> bytes:
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_script_hash = ""
    message.rerun_script.page_name = "" if page == "ringkasan" else page
    if widget_id:
        state = message.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.string_array_value.data.extend(publishers or [])
    return message.SerializeToString()


async def _until_finished(socket) -> tuple[float, tuple[str, list[str]] | None, bool]:
    """Seconds until script_finished, the publisher widget (id, options) if seen, and whether an exception was drawn."""
    start = time.perf_counter()
    widget, failed = None, False
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
        if (
            kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
        ):  # st.rerun goes on
            return time.perf_counter() - start, widget, failed


async def _session(
    url: str, page: str, delay: float, results: list, everyone_done: asyncio.Event, expected: int
) -> None:
    await asyncio.sleep(delay)
    try:
        async with connect(
            url.replace("http", "ws") + "/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=TIMEOUT,
        ) as socket:
            async with asyncio.timeout(TIMEOUT):
                await socket.send(_rerun(page))
                first, widget, failed_first = await _until_finished(socket)
                if widget is None:
                    raise LookupError(f"no publisher filter on {page}")
                widget_id, options = widget
                await socket.send(
                    _rerun(page, widget_id, random.sample(options, k=min(len(options), random.choice((1, 2)))))
                )
                second, _, failed_second = await _until_finished(socket)
                results.append(("ok" if not (failed_first or failed_second) else "error", first, second))
            if len(results) == expected:
                everyone_done.set()
            await asyncio.wait_for(everyone_done.wait(), TIMEOUT + RAMP)  # stay, as an audience does
    except Exception as exc:  # a refused, reset or timed-out session is a result to count, not a crash
        results.append((f"failed: {type(exc).__name__}", None, None))
        if len(results) == expected:
            everyone_done.set()


def _sample(pid: int, peak: list, done: threading.Event) -> None:
    """The server's highest resident memory while the crowd is connected."""
    while not done.wait(0.2):
        peak[0] = max(peak[0], _rss_mib(pid))


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1]) / 1024


async def _crowd(url: str, page: str, sessions: int = SESSIONS, ramp: float = RAMP) -> list:
    results: list = []
    everyone_done = asyncio.Event()
    delays = sorted(random.uniform(0, ramp) for _ in range(sessions))
    await asyncio.gather(*(_session(url, page, d, results, everyone_done, sessions) for d in delays))
    return results


def crowd_on(page: str) -> bool:
    """One fresh server, one crowd on `page`; prints its figures and says whether every target was met."""
    log = ROOT / "bench" / "out" / f"loadtest-server-{page}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as handle:
        process, url = _serve(ROOT / "app.py", dict(os.environ), output=handle)
        try:
            # One warm-up session: the first load of the data is paid once per server, not per visitor.
            warm = asyncio.run(_crowd(url, page, 1, 0))
            if warm[0][0] != "ok":
                raise SystemExit(f"warm-up session on {page} failed: {warm[0][0]}")
            before = _rss_mib(process.pid)
            peak = [before]
            sampling = threading.Event()
            sampler = threading.Thread(target=_sample, args=(process.pid, peak, sampling), daemon=True)
            sampler.start()
            start = time.perf_counter()
            results = asyncio.run(_crowd(url, page))
            elapsed = time.perf_counter() - start
            sampling.set()
            sampler.join()
            after = peak[0]
        finally:
            process.terminate()
            process.wait(timeout=30)
    ok = [r for r in results if r[0] == "ok"]
    loads = sorted(r[1] for r in ok)
    changes = sorted(r[2] for r in ok)
    errors = [
        line for line in log.read_text().splitlines() if "Traceback" in line or " ERROR " in line or "Exception" in line
    ]
    print(f"/{'' if page == 'ringkasan' else page} ({page}):")
    print(
        f"  sessions completed: {len(ok)} / {SESSIONS} in {elapsed:.1f} s"
        + (f"; not completed: {sorted({r[0] for r in results if r[0] != 'ok'})}" if len(ok) < SESSIONS else "")
    )
    if ok:
        for what, times in (("page load", loads), ("filter change", changes)):
            print(
                f"  {what} to finished script: median {statistics.median(times):.2f} s, p95 {_p95(times):.2f} s"
                " (target ≤ 3 s)"
            )
    print(
        f"  server memory: {before:.0f} MiB before, peak {after:.0f} MiB with {SESSIONS} sessions connected "
        f"= {(after - before) / SESSIONS:.2f} MiB per session"
    )
    print(f"  errors in the server log: {len(errors)}" + (f" (first: {errors[0][:160]})" if errors else ""), flush=True)
    worst = max(_p95(loads), _p95(changes)) if ok else float("inf")
    return len(ok) == SESSIONS and worst <= 3 and not errors


def main() -> int:
    print(f"Netra load test: {SESSIONS} sessions over {RAMP:.0f} s per page on {os.cpu_count()} cores (loopback)")
    met = [crowd_on(page) for page in PAGES]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
