"""Restarts a worker that is running but no longer answers its health check (a hung process supervisord cannot
see): three failed checks in a row, five seconds apart, and supervisord is asked to restart it.

    python deploy/watchdog.py SUPERVISOR_SOCKET PORT...
"""

from __future__ import annotations

import sys
import time

from serve import answers, supervisor_at  # deploy/serve.py, beside this file (run as a script from deploy/)

EVERY, TIMEOUT, FAILURES = 5.0, 5.0, 3


def main(socket: str, ports: list[int]) -> None:
    supervisor = supervisor_at(socket)
    failures = dict.fromkeys(range(len(ports)), 0)
    while True:
        time.sleep(EVERY)
        for index, port in enumerate(ports):
            name = f"worker-{index}"
            if supervisor.getProcessInfo(name)["statename"] != "RUNNING":
                failures[index] = 0  # starting, or already being restarted by supervisord
                continue
            healthy = answers(f"http://127.0.0.1:{port}/_stcore/health", TIMEOUT)
            failures[index] = 0 if healthy else failures[index] + 1
            if failures[index] >= FAILURES:
                print(f"{name} (port {port}) failed {FAILURES} health checks: restarting it", flush=True)
                supervisor.stopProcess(name)
                supervisor.startProcess(name)
                failures[index] = 0


if __name__ == "__main__":
    main(sys.argv[1], [int(p) for p in sys.argv[2:]])
