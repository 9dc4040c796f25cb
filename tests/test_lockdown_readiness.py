"""The readiness check and lockdown refuse the same forbidden programs, however they are
disguised: both ask one scanner with one set of rules (app/domain/forbidden_programs.py), so
a station `examstation check` passes is one lockdown lets start."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.lockdown import LockdownController, LockdownRefused
from tests.child_programs import ChildPrograms
from tests.cli_helpers import run_inline

pytestmark = pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="needs Linux /proc")

# Names of this test process's own programs: test workers run side by side (the tag comes
# first in the long name, which the kernel cuts to 15 bytes).
TAG = f"{os.getpid() % 100_000:05d}"
LONG_NAME, WATCHER, SNOOPER = f"es{TAG}-recorder-app", f"eswatch-{TAG}", f"essnoop-{TAG}"

# A Python child that renames itself (prctl PR_SET_NAME: the kernel keeps 15 bytes of it).
RENAME = """
import ctypes, sys
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
print("ready", flush=True)
sys.stdin.read()
"""
PRINT_READY = "printf 'ready\\n'; exec -a {name} cat"  # argv[0] changes, comm stays "cat"


@pytest.fixture
def started():
    with ChildPrograms() as children:
        yield children.start


@pytest.fixture
def disguised(tmp_path: Path, started) -> dict[str, tuple[int, str]]:
    """Forbidden programs, each hidden another way: {forbidden entry: (pid, what it is seen as)}."""
    # tac waits on its input, and unlike tail nothing else on a test machine runs it.
    tac = Path(shutil.which("tac")).resolve()
    copy = tmp_path / "notes"
    shutil.copy2(tac, copy)  # comm, argv[0] and exe all say "notes": found by its bytes
    script = tmp_path / f"{SNOOPER}.py"
    script.write_text("import sys\nprint('ready', flush=True)\nsys.stdin.read()\n")
    return {
        LONG_NAME: (started(sys.executable, "-c", RENAME, LONG_NAME).pid, LONG_NAME[:15]),  # the kernel cuts it
        f"{WATCHER.title()}.exe": (started("bash", "-c", PRINT_READY.format(name=WATCHER)).pid, WATCHER),
        SNOOPER: (started(sys.executable, "-u", script).pid, SNOOPER),
        "tac": (started(copy, says_ready=False).pid, f"{copy} (a copy of {tac})"),
    }


def test_readiness_fails_on_every_disguised_forbidden_program(disguised, tmp_path: Path, capsys) -> None:
    forbid = [arg for entry in disguised for arg in ("--forbid", entry)]
    status, out, err = run_inline(capsys, "--home", tmp_path / "station", "check", *forbid)
    assert status == 1, err
    line = next(line for line in out.splitlines() if "forbidden programs" in line)
    assert line.startswith("FAIL")
    for entry, (pid, seen) in disguised.items():
        shown = f"process {pid}" if seen == entry.lower().removesuffix(".exe") else f"process {pid} as {seen}"
        assert shown in line, entry


def test_lockdown_refuses_the_same_programs(disguised, qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    controller = LockdownController(window, exit_pin_check=lambda *_: False, forbidden_processes=list(disguised),
                                    on_incident=lambda *_: None)
    with pytest.raises(LockdownRefused) as refused:
        controller.start()
    assert not controller.active
    for entry in disguised:
        assert entry in str(refused.value)
    found = {(m.forbidden, m.pid, m.seen_as) for m in controller.process_check.found}
    assert {(entry, pid, seen) for entry, (pid, seen) in disguised.items()} <= found


def test_both_pass_once_they_are_closed(tmp_path: Path, capsys, qtbot) -> None:
    forbidden = [LONG_NAME, SNOOPER]
    status, out, err = run_inline(capsys, "--home", tmp_path / "station", "check",
                                  *[arg for entry in forbidden for arg in ("--forbid", entry)])
    line = next(line for line in out.splitlines() if "forbidden programs" in line)
    assert line.startswith("PASS") and "none of 2 listed programs is running" in line
    window = QWidget()
    qtbot.addWidget(window)
    controller = LockdownController(window, exit_pin_check=lambda *_: False, forbidden_processes=forbidden,
                                    on_incident=lambda *_: None)
    controller.start()
    try:
        assert controller.active and controller.process_check.found == ()
    finally:
        controller.release()
