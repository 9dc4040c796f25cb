"""A private PostgreSQL server for the tests: started in a temp folder, stopped at the end.

EXAMSTATION_TEST_POSTGRES=postgresql+psycopg://... uses an existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Iterator


def _tool(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_postgres(command: list[str]) -> list[str]:
    # initdb refuses to run as root; run the server as the postgres system user then.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def postgres_server(folder: Path) -> Iterator[str]:
    """Yield a SQLAlchemy URL to an empty server, or raise RuntimeError saying what is missing."""
    if os.environ.get("EXAMSTATION_TEST_POSTGRES"):
        yield os.environ["EXAMSTATION_TEST_POSTGRES"]
        return
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL is not installed: run ./build/test (it installs it) or set "
                           "EXAMSTATION_TEST_POSTGRES")
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]),
                   check=True, capture_output=True)
    port = _free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-w", "-o", options, "-l", str(folder / "log"),
                                 "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]), capture_output=True)


def fresh_postgres_database(server_url: str, name: str) -> str:
    """An empty database `name` on the test server (dropped first if a previous run left it)."""
    from sqlalchemy import create_engine, text
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name
