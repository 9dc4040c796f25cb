"""Forbidden programs found among real running processes, by the name the kernel keeps
(comm) and by the name they were started under (argv[0]); the lockdown start refused, or
the finding recorded, as the station chooses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.lockdown import LockdownController, LockdownOptions, LockdownRefused
from app.domain import incidents as p
from app.services.program_scanner import ProcessScanner
from app.services.room_attempt import _check_incident as check_incident
from tests.child_programs import ChildPrograms

pytestmark = pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="needs Linux /proc")

# Names of this test process's own programs: test workers run side by side, and another
# worker's "recorder" must not count here (the kernel keeps 15 bytes of a name).
TAG = f"{os.getpid() % 100_000:05d}"
REC, LATE, VIEWER, GRABBER = f"esrec-{TAG}", f"eslate-{TAG}", f"esview-{TAG}", f"esgrab-{TAG}"

# A Python child that renames itself (prctl PR_SET_NAME), as a screen recorder's comm reads.
RENAME = """
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def recorder():
    child = subprocess.Popen([sys.executable, "-c", RENAME, REC], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    yield child
    child.kill()
    child.wait()


@pytest.fixture
def viewer():
    # `exec -a` changes argv[0] only; comm stays "sleep". Found by its command line.
    child = subprocess.Popen(["bash", "-c", f"exec -a {VIEWER} sleep 60"])
    for _ in range(100):
        if Path(f"/proc/{child.pid}/cmdline").read_bytes().startswith(VIEWER.encode()):
            break
        time.sleep(0.02)
    yield child
    child.kill()
    child.wait()


def test_running_programs_are_found_by_comm_and_by_argv0(recorder, viewer) -> None:
    assert Path(f"/proc/{recorder.pid}/comm").read_text().strip() == REC
    check = ProcessScanner().check([REC.upper(), VIEWER, "esfake-absent"])
    assert check.checked and check.method == "proc" and check.scanned > 3
    assert {(m.forbidden, m.pid, m.seen_as) for m in check.found} == {
        (REC.upper(), recorder.pid, REC), (VIEWER, viewer.pid, VIEWER)}
    recorder.kill()
    recorder.wait()
    assert ProcessScanner().check([REC]).found == ()


def _controller(qtbot, incidents: list, refuse: bool) -> LockdownController:
    window = QWidget()
    qtbot.addWidget(window)
    options = LockdownOptions(refuse_on_forbidden_process=refuse, process_recheck_ms=100)
    return LockdownController(window, exit_pin_check=lambda *_: False, options=options,
                              forbidden_processes=[REC, LATE],
                              on_incident=lambda kind, d: incidents.append((kind, d)))


def test_a_forbidden_program_refuses_the_start_and_changes_nothing(qtbot, recorder) -> None:
    incidents: list = []
    controller = _controller(qtbot, incidents, refuse=True)
    with pytest.raises(LockdownRefused) as refused:
        controller.start()
    assert REC in str(refused.value) and "Close them" in str(refused.value)
    assert not controller.active and not controller.window.isVisible() and incidents == []


def test_or_it_is_recorded_and_later_ones_too(qtbot, recorder) -> None:
    incidents: list = []
    controller = _controller(qtbot, incidents, refuse=False)
    controller.start()
    try:
        assert [k for k, _ in incidents] == [p.FORBIDDEN_PROCESS]
        record = incidents[0][1]
        assert record["programs"] == [REC] and record["pids"] == [recorder.pid]
        assert record["processes"] == [f"{REC}: process {recorder.pid}, seen as {REC}"]
        check_incident({"type": p.FORBIDDEN_PROCESS, "by": "lockdown", **record})  # a station takes it from a seat
        late = subprocess.Popen([sys.executable, "-c", RENAME, LATE], stdout=subprocess.PIPE, text=True)
        try:
            assert late.stdout.readline().strip() == "ready"
            qtbot.waitUntil(lambda: len(incidents) == 2, timeout=3000)  # the periodic re-check
            assert incidents[1][1]["pids"] == [late.pid]
            qtbot.wait(300)
            assert len(incidents) == 2  # each process is reported once, not on every check
        finally:
            late.kill()
            late.wait()
    finally:
        controller.release()


def test_where_processes_cannot_be_listed_the_record_says_so(qtbot, tmp_path: Path) -> None:
    incidents: list = []
    window = QWidget()
    qtbot.addWidget(window)
    controller = LockdownController(window, exit_pin_check=lambda *_: False, forbidden_processes=["obs"],
                                    scanner=ProcessScanner(tmp_path / "no-proc", lambda: None),
                                    on_incident=lambda kind, d: incidents.append((kind, d)))
    controller.start()
    try:
        assert [k for k, _ in incidents] == [p.PROCESS_CHECK_UNAVAILABLE]
        assert incidents[0][1]["description"] == "not checked on this OS (no /proc and no psutil)"
        assert controller.process_check.checked is False
    finally:
        controller.release()


# --------------------------------------------------------------------------- under another name
@pytest.fixture
def started():
    with ChildPrograms() as children:
        yield children.start


@pytest.fixture
def ready_file(tmp_path: Path) -> Path:
    """What `tail -f` prints first, then waits on forever."""
    path = tmp_path / "ready.txt"
    path.write_text("ready\n")
    return path


def _found(check, pid: int) -> set[tuple[str, str]]:
    return {(m.forbidden, m.seen_as) for m in check.found if m.pid == pid}


def test_a_forbidden_program_copied_under_another_name_is_found(tmp_path: Path, started, ready_file) -> None:
    copy = tmp_path / "notes"
    shutil.copy2(shutil.which("tail"), copy)  # comm, argv[0] and exe all say "notes" now
    child = started(copy, "-f", ready_file)
    check = ProcessScanner().check(["tail"])
    assert _found(check, child.pid) == {("tail", f"{copy} (a copy of {Path(shutil.which('tail')).resolve()})")}
    assert _found(ProcessScanner().check(["head"]), child.pid) == set()  # another program's bytes


def test_a_forbidden_program_started_through_a_link_is_found_by_its_file(tmp_path: Path, started,
                                                                        ready_file) -> None:
    link = tmp_path / "editor"
    link.symlink_to(Path(shutil.which("tail")).resolve())
    child = started(link, "-f", ready_file)
    assert Path(f"/proc/{child.pid}/comm").read_text().strip() == "editor"
    assert _found(ProcessScanner().check(["tail"]), child.pid) == {("tail", "tail")}


def test_a_forbidden_script_run_by_an_interpreter_is_found(tmp_path: Path, started) -> None:
    script = tmp_path / f"{GRABBER}.py"
    script.write_text("import sys\nprint('ready', flush=True)\nsys.stdin.read()\n")
    child = started(sys.executable, "-u", script)
    assert _found(ProcessScanner().check([GRABBER]), child.pid) == {(GRABBER, GRABBER)}


def test_a_file_named_like_a_forbidden_program_is_not_a_match(tmp_path: Path, started) -> None:
    opened = tmp_path / GRABBER
    opened.write_text("ready\n")
    child = started("tail", "-f", opened)  # tail is no interpreter: its argument is only a file
    assert _found(ProcessScanner().check([GRABBER]), child.pid) == set()
