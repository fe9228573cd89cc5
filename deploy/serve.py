"""`make serve`: Netra for a crowd on one machine — N Streamlit workers behind nginx, kept running by supervisord.

One Streamlit process runs its scripts on one core, so a crowd needs several. Each worker is a plain
`streamlit run app.py` on a loopback port; nginx (deploy/nginx.conf) is the one front door, pins each visitor to a
worker by cookie and upgrades websockets; supervisord restarts a worker that dies, and deploy/watchdog.py one
that stops answering its health check. Every worker reads the same data folder and published imports, and
notices a change on its next run (lib/cached.py), so a publish on one shows on all; drafts stay in the session.

    python deploy/serve.py [--workers N] [--port 8080] [--address 0.0.0.0] [--run-dir .serve]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pwd
import shutil
import socket
import string
import subprocess
import sys
import time
import urllib.request
import xmlrpc.client
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
FIRST_WORKER_PORT = 8601
TEMP_DIRS = ("nginx-body", "nginx-proxy", "nginx-fastcgi", "nginx-uwsgi", "nginx-scgi")


class _Fields(string.Template):
    delimiter = "@"  # nginx's own variables start with $


def worker_ports(workers: int, first: int = FIRST_WORKER_PORT) -> list[int]:
    return [first + i for i in range(workers)]


def nginx_conf(run: Path, address: str, port: int, ports: list[int]) -> str:
    # Passive health check: a worker that refuses or times out is skipped for 5 s, its visitors sent to the next.
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in ports)
    # Run as root (a container, CI), nginx's workers drop to nobody; they then need their temp folders.
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    template = _Fields((HERE / "nginx.conf").read_text())
    return template.substitute(user=user, run=run, address=address, port=port, servers=servers)


def supervisord_conf(run: Path, ports: list[int], nginx: str) -> str:
    python = sys.executable
    sections = [
        f"""[supervisord]
nodaemon=true
logfile={run}/supervisord.log
pidfile={run}/supervisord.pid
childlogdir={run}
user={pwd.getpwuid(os.geteuid()).pw_name}

[unix_http_server]
file={run}/supervisor.sock
chmod=0700

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://{run}/supervisor.sock
"""
    ]
    for index, port in enumerate(ports):
        sections.append(
            f"""[program:worker-{index}]
command={python} -m streamlit run app.py --server.port {port} --server.address 127.0.0.1
directory={ROOT}
priority=10
autorestart=true
startsecs=3
startretries=100
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile={run}/worker-{index}.log
"""
        )
    sections.append(
        f"""[program:nginx]
command={nginx} -c {run}/nginx.conf
priority=20
autorestart=true
redirect_stderr=true
stdout_logfile={run}/nginx.log

[program:watchdog]
command={python} {HERE / "watchdog.py"} {run}/supervisor.sock {" ".join(map(str, ports))}
priority=30
autorestart=true
redirect_stderr=true
stdout_logfile={run}/watchdog.log
"""
    )
    return "\n".join(sections)


def prepare(run: Path, workers: int, address: str, port: int, first_worker: int = FIRST_WORKER_PORT) -> Path:
    """Write the run folder's nginx and supervisord configurations, checked by nginx; returns supervisord's."""
    nginx = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if not nginx:
        raise SystemExit("nginx not found: install Debian's package (apt-get install nginx), as .ci/run does")
    run.mkdir(parents=True, exist_ok=True)
    for name in TEMP_DIRS:
        (run / name).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(run / name, nobody.pw_uid, nobody.pw_gid)
    ports = worker_ports(workers, first_worker)
    (run / "nginx.conf").write_text(nginx_conf(run, address, port, ports))
    checked = subprocess.run([nginx, "-t", "-q", "-c", str(run / "nginx.conf")], capture_output=True, text=True)
    if checked.returncode:
        raise SystemExit(f"nginx refused its configuration ({run / 'nginx.conf'}):\n{checked.stderr}")
    conf = run / "supervisord.conf"
    conf.write_text(supervisord_conf(run, ports, nginx))
    return conf


@dataclass(frozen=True)
class Front:
    """A running `serve`: its front door, its workers' ports and supervisord to ask about them."""

    url: str
    ports: list[int]
    run: Path
    process: subprocess.Popen

    def supervisor(self):
        return supervisor_at(self.run / "supervisor.sock")

    def worker_pids(self) -> list[int]:
        info = {p["name"]: p["pid"] for p in self.supervisor().getAllProcessInfo()}
        return [info[f"worker-{i}"] for i in range(len(self.ports))]


def free_ports(count: int) -> int:
    """The first of `count` consecutive free loopback ports."""
    for first in range(20000 + os.getpid() % 20000, 65000, count + 1):
        with contextlib.ExitStack() as held:
            try:
                for port in range(first, first + count):
                    held.enter_context(socket.socket()).bind(("127.0.0.1", port))
                return first
            except OSError:
                continue
    raise OSError("no free ports")


def supervisor_at(socket_path: Path | str):
    """supervisord's XML-RPC interface, over its unix socket in the run folder."""
    from supervisor.xmlrpc import SupervisorTransport

    transport = SupervisorTransport(None, None, f"unix://{socket_path}")
    return xmlrpc.client.ServerProxy("http://127.0.0.1", transport=transport).supervisor


def answers(url: str, timeout: float = 2) -> bool:
    """Whether a health check answers 200 within `timeout` seconds."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def running(workers: int, run: Path, env: dict | None = None, output=subprocess.DEVNULL):
    """`serve` on free loopback ports until the block ends, returned once the front door and every worker answer."""
    first = free_ports(workers + 1)
    args = ["--workers", str(workers), "--address", "127.0.0.1", "--port", str(first)]
    args += ["--first-worker-port", str(first + 1), "--run-dir", str(run)]
    process = subprocess.Popen(
        [sys.executable, str(HERE / "serve.py"), *args], env={**os.environ, **(env or {})}, stdout=output, stderr=output
    )
    front = Front(f"http://127.0.0.1:{first}", worker_ports(workers, first + 1), run, process)
    try:
        deadline = time.monotonic() + 120
        while not all(answers(f"http://127.0.0.1:{p}/_stcore/health") for p in front.ports):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"serve did not start; see {run}")
            time.sleep(0.2)
        while not answers(f"{front.url}/healthz"):
            time.sleep(0.1)
        yield front
    finally:
        process.terminate()  # supervisord stops its programs, process groups and all
        process.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Streamlit processes (default: cores)")
    parser.add_argument("--port", type=int, default=8080, help="the front door's port")
    parser.add_argument("--address", default="0.0.0.0", help="the front door's address")
    parser.add_argument("--first-worker-port", type=int, default=FIRST_WORKER_PORT)
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve", help="configurations, logs, sockets")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    conf = prepare(args.run_dir.resolve(), args.workers, args.address, args.port, args.first_worker_port)
    print(f"Netra on http://{args.address}:{args.port} — {args.workers} workers; logs in {args.run_dir}", flush=True)
    os.execv(sys.executable, [sys.executable, "-m", "supervisor.supervisord", "-c", str(conf)])


if __name__ == "__main__":
    sys.exit(main())
