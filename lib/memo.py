"""Results many sessions ask for at once, computed once.

A webinar audience opens the same link in the same minute: without this, every session would compute the
same Overview again. A Memo belongs to one loaded Dataset, so a data change starts it afresh.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
DEFAULT_SIZE = 256  # views × pages × charts


def configured_size() -> int:
    """NETRA_VIEW_CACHE views kept per data version (0 turns sharing off, e.g. to measure uncached reruns)."""
    value = os.environ.get("NETRA_VIEW_CACHE", "")
    return int(value) if value.isdigit() else DEFAULT_SIZE


class Memo:
    """A thread-safe least-recently-used store that computes each key once, even when asked concurrently.

    Callers treat results as read-only: the same object is handed to every session that asks.
    """

    def __init__(self, size: int | None = None):
        self.size = configured_size() if size is None else size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._pending: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        if self.size <= 0:
            return compute()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            pending = self._pending.get(key)
            owner = pending is None
            if owner:
                pending = self._pending[key] = threading.Lock()
                pending.acquire()
        if not owner:
            # Someone is computing this key: wait for them rather than compute it a second time.
            with pending:
                pass
            return self.get(key, compute)
        try:
            value = compute()
            with self._lock:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._pending[key]
            pending.release()

    def __len__(self) -> int:
        return len(self._items)
