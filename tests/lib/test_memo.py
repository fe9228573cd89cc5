import threading
import time

from lib.memo import Memo


def test_a_key_is_computed_once_and_then_shared():
    memo, calls = Memo(4), []
    first = memo.get("a", lambda: calls.append(1) or ["result"])
    assert memo.get("a", lambda: calls.append(1) or ["other"]) is first
    assert calls == [1]


def test_the_least_recently_used_key_is_dropped_first():
    memo = Memo(2)
    memo.get("a", lambda: 1), memo.get("b", lambda: 2), memo.get("a", lambda: 1), memo.get("c", lambda: 3)
    assert memo.get("a", lambda: "not again") == 1
    assert memo.get("b", lambda: "computed again") == "computed again" and len(memo) == 2


def test_concurrent_askers_wait_for_one_computation():
    memo, calls, results = Memo(4), [], []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return object()

    threads = [threading.Thread(target=lambda: results.append(memo.get("view", slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1


def test_a_failed_computation_is_not_kept_and_the_next_asker_retries():
    memo = Memo(4)

    def broken():
        raise ValueError("no")

    try:
        memo.get("k", broken)
    except ValueError:
        pass
    assert memo.get("k", lambda: "fine") == "fine"


def test_size_zero_turns_sharing_off(monkeypatch):
    monkeypatch.setenv("NETRA_VIEW_CACHE", "0")
    memo = Memo()
    assert memo.get("k", list) is not memo.get("k", list)
