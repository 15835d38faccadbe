"""A throwaway PostgreSQL cluster for the test session, or the server named in the environment.

Order of preference: ``LESSONSTUDY_TEST_PG_URL`` (a server where that role may
CREATE DATABASE; each test gets its own database), else the server binaries
found on this machine (Debian: ``/usr/lib/postgresql/<n>/bin``) run as a
temporary cluster in a temp dir, listening only on 127.0.0.1 on a free port,
with trust authentication; else the PostgreSQL tests are skipped with the
reason. ``initdb`` refuses to run as root, so as root the cluster runs as the
``postgres`` (or ``nobody``) user via ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "LESSONSTUDY_TEST_PG_URL"
SUPERUSER = "lessonstudy_test"


@dataclass
class PgServer:
    """A server the tests may create databases on; ``url_for(db)`` names one."""

    base_url: str  # postgresql+psycopg://user@host:port/  (no database)
    admin_db: str
    cluster_dir: Path | None = None
    bin_dir: Path | None = None
    run_as: str | None = None

    def url_for(self, database: str) -> str:
        return self.base_url.rstrip("/") + "/" + database

    def stop(self) -> None:
        if self.cluster_dir is None or self.bin_dir is None:
            return
        _run([str(self.bin_dir / "pg_ctl"), "-D", str(self.cluster_dir / "data"), "-m",
              "immediate", "-w", "stop"], self.run_as, check=False)
        shutil.rmtree(self.cluster_dir, ignore_errors=True)


def find_bin_dir() -> Path | None:
    """The newest installed server binaries (initdb and pg_ctl), if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def from_environment() -> PgServer | None:
    url = os.environ.get(ENV_URL, "").strip()
    if not url:
        return None
    base, _, database = url.rpartition("/")
    return PgServer(base_url=base + "/", admin_db=database or "postgres")


def start_cluster() -> PgServer:
    """initdb + pg_ctl start in a fresh temp dir; raises RuntimeError with the reason."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) on this machine; "
                           f"install postgresql or set {ENV_URL}")
    run_as = _unprivileged_user() if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="lessonstudy-pg-"))
    data = root / "data"
    if run_as:
        user = pwd.getpwnam(run_as)
        os.chown(root, user.pw_uid, user.pw_gid)
    port = _free_port()
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], run_as)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off " \
              "-c full_page_writes=off -c synchronous_commit=off"
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-o",
          options, "-w", "-t", "60", "start"], run_as)
    server = PgServer(f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/", "postgres",
                      root, bin_dir, run_as)
    _wait_ready(port)
    return server


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and there is no 'postgres' or 'nobody' user for initdb")


def _run(command: list[str], run_as: str | None, check: bool = True) -> None:
    if run_as:
        command = ["runuser", "-u", run_as, "--", *command]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd="/")
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}… failed: {proc.stderr.strip()[-500:]}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start listening on port {port}")
