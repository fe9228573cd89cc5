"""Restarts a worker that is running but no longer answers its health check (a hung process supervisord cannot
see): three failed checks in a row, five seconds apart, and supervisord is asked to restart it.

    python deploy/watchdog.py SUPERVISOR_SOCKET PORT...
"""

from __future__ import annotations

import sys
import time
import urllib.request
import xmlrpc.client

from supervisor.xmlrpc import SupervisorTransport

EVERY, TIMEOUT, FAILURES = 5.0, 5.0, 3


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=TIMEOUT) as answer:
            return answer.status == 200
    except OSError:
        return False


def main(socket: str, ports: list[int]) -> None:
    supervisor = xmlrpc.client.ServerProxy(
        "http://127.0.0.1", transport=SupervisorTransport(None, None, f"unix://{socket}")
    ).supervisor
    failures = dict.fromkeys(range(len(ports)), 0)
    while True:
        time.sleep(EVERY)
        for index, port in enumerate(ports):
            name = f"worker-{index}"
            if supervisor.getProcessInfo(name)["statename"] != "RUNNING":
                failures[index] = 0  # starting, or already being restarted by supervisord
                continue
            failures[index] = 0 if healthy(port) else failures[index] + 1
            if failures[index] >= FAILURES:
                print(f"{name} (port {port}) failed {FAILURES} health checks: restarting it", flush=True)
                supervisor.stopProcess(name)
                supervisor.startProcess(name)
                failures[index] = 0


if __name__ == "__main__":
    main(sys.argv[1], [int(p) for p in sys.argv[2:]])
