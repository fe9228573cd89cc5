"""An uploaded file analysed in a worker process with a memory and a time limit, so that the worst file costs one
worker, never the server: a worker that runs out of memory or time is replaced, and the upload gets a message
saying which limit it reached (lib.importing.budget) and how to split the file.

The worker is one process kept for the server's life (starting one costs a second of imports); it reads the data
folder's vocabulary and gazetteer itself, once per data version.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as Timeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from lib.importing.budget import BUDGET, Budget, over
from lib.importing.engine import Analysis, Mapping, analyse
from lib.model.findings import Finding
from lib.model.schema import empty_figures

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()
_loaded: dict[str, tuple[tuple, object]] = {}  # in the worker: data folder -> (version, dataset)


def _limit_memory(extra: int) -> None:
    """In the worker: address space as now (interpreter and libraries) plus `extra` bytes, no more."""
    import resource

    with open("/proc/self/status") as status:
        size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize"))
    resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))


def _start(extra: int) -> None:
    import lib.importing.engine  # noqa: F401 - load pandas, pyarrow and the engine before the limit is measured
    import lib.model.dataset  # noqa: F401

    _limit_memory(extra)


def _in_worker(data: bytes, name: str, mapping: Mapping, folder: str) -> Analysis:
    from lib.importing.store import load_served
    from lib.model.dataset import data_version

    version = data_version(Path(folder))
    known = _loaded.get(folder)
    if known is None or known[0] != version:
        _loaded[folder] = version, load_served(Path(folder))
    return analyse(data, name, mapping, _loaded[folder][1])


def _worker(budget: Budget) -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")  # never fork a server with threads
            _pool = ProcessPoolExecutor(1, mp_context=context, initializer=_start, initargs=(budget.memory_bytes,))
        return _pool


def _replace_worker() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()  # a worker past its time is stopped, not waited for
        pool.shutdown(wait=False, cancel_futures=True)


def _refused(name: str, mapping: Mapping, limit: str, budget: Budget) -> Analysis:
    return Analysis("none", mapping, empty_figures(), [over(name, limit, getattr(budget, limit), budget)])


def analyse_safely(data: bytes, name: str, mapping: Mapping, folder: Path, budget: Budget = BUDGET) -> Analysis:
    """lib.importing.engine.analyse in the worker, within the budget's memory and seconds."""
    future = _worker(budget).submit(_in_worker, data, name, mapping, str(folder))
    try:
        return future.result(timeout=budget.seconds)
    except Timeout:
        _replace_worker()
        return _refused(name, mapping, "seconds", budget)
    except (BrokenProcessPool, MemoryError):
        _replace_worker()
        return _refused(name, mapping, "memory_bytes", budget)
    except Exception as exc:  # the engine never raises on bad input; anything else is said, not shown as a trace
        return Analysis(
            "none",
            mapping,
            empty_figures(),
            [Finding("error", "not_spreadsheet", name, params={"detail": type(exc).__name__})],
        )
