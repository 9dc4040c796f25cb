"""Running the real `examstation` command: as a separate process, or in-process for speed."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.main import main
from tests.conftest import PASSPHRASE, RELEASE_CODE, ROOT, World


def run_process(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m app ARGS` in its own process, as a user would run it."""
    full_env = {**os.environ, "EXAMSTATION_KEY_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def run_inline(capsys: pytest.CaptureFixture, *args: str | Path) -> tuple[int, str, str]:
    """The same entry point called in this process: exit status, stdout, stderr."""
    capsys.readouterr()
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_refusal(status: int, err: str, *phrases: str) -> None:
    assert status == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("examstation: ") and "Traceback" not in err
    for phrase in phrases:
        assert phrase in lines[0], lines[0]


class Cli:
    """The real `examstation` command, run in this process (fast) with its output captured."""

    def __init__(self, capsys: pytest.CaptureFixture | None) -> None:
        self.capsys = capsys  # None: not captured by pytest (module fixtures), so capture here

    def __call__(self, *args: str | Path) -> tuple[int, str, str]:
        if self.capsys is not None:
            return run_inline(self.capsys, *args)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main([str(a) for a in args])
        return status, out.getvalue(), err.getvalue()

    def simulate(self, world: World, candidates: int = 3, seed: int = 5) -> str:
        status, out, err = self("--home", world.center.home.root, "simulate", "--package", world.package,
                                "--release-code", RELEASE_CODE, "--candidates", str(candidates), "--seed", str(seed))
        assert status == 0, err
        return out.strip()

    def export(self, world: World, session: str, folder: Path, *extra: str) -> list[Path]:
        folder.mkdir(exist_ok=True)
        status, out, err = self("--home", world.center.home.root, "results", "export", "--session", session,
                                "-o", folder, *extra)
        assert status == 0, err
        return [Path(line) for line in out.split("\n") if line]

    def import_(self, world: World, *bundles: Path, db: str | None = None) -> tuple[int, str, str]:
        return self("--home", world.body.home.root, "results", "import", *bundles, *(["--db", db] if db else []))


def rehash_audit_log(database: Path) -> None:
    """What the issue's attacker did after editing or deleting audit rows: recompute the
    station-wide hash chain (plain SHA-256, no key), so that the hash check alone says it is whole."""
    import sqlite3
    from app.domain.audit import GENESIS, AuditEntry, chain_hash
    connection = sqlite3.connect(database)
    with connection:
        rows = connection.execute("SELECT seq, at, actor, action, subject, details FROM audit_log ORDER BY seq").fetchall()
        connection.execute("UPDATE audit_log SET seq = -seq")
        previous = GENESIS
        for seq, (old, at, actor, action, subject, details) in enumerate(rows, start=1):
            entry = AuditEntry(seq, at, actor, action, subject, json.loads(details), previous)
            previous = chain_hash(entry)
            connection.execute("UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                               (seq, entry.prev_hash, previous, -old))
    connection.close()
