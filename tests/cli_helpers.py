"""Running the real `examstation` command: as a separate process, or in-process for speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from tests.conftest import PASSPHRASE, ROOT


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
