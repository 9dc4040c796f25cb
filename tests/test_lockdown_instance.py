"""One copy per station, with real processes: a second copy is refused with a message that
names the first; once the first ends, even by SIGKILL, the next copy starts.

Run as a script (`python -m tests.test_lockdown_instance FOLDER`) this file is one copy:
it takes the lock, says so, and keeps it until stdin closes.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.ui.lockdown.instance import AlreadyRunning, SingleInstanceGuard, private_lock_folder
from tests.conftest import ROOT


def start_copy(folder: Path) -> tuple[subprocess.Popen, str]:
    copy = subprocess.Popen([sys.executable, "-m", "tests.test_lockdown_instance", str(folder)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return copy, copy.stdout.readline().strip()


def test_a_second_copy_is_refused_until_the_first_ends(tmp_path: Path) -> None:
    first, said = start_copy(tmp_path)
    assert said == f"running {first.pid}"
    second, refused = start_copy(tmp_path)
    assert second.wait(timeout=30) == 1
    assert refused == (f"refused {first.pid}: ExamStation is already running on this station (process "
                       f"{first.pid}). Use the window that is open, or ask the proctor to close it.")
    first.stdin.close()  # a clean exit releases the lock
    assert first.wait(timeout=30) == 0
    third, said = start_copy(tmp_path)
    assert said == f"running {third.pid}"
    third.send_signal(signal.SIGKILL)  # a crash or a power cut leaves the lock file behind
    third.wait(timeout=30)
    assert (tmp_path / "examstation-station.lock").exists()
    fourth, said = start_copy(tmp_path)  # ...and the next copy sees its owner is gone
    assert said == f"running {fourth.pid}"
    fourth.stdin.close()
    assert fourth.wait(timeout=30) == 0


def test_in_one_process_the_guard_is_held_and_released(tmp_path: Path) -> None:
    guard = SingleInstanceGuard(tmp_path / "new" / "folder")
    guard.acquire()
    assert guard.held and guard.path.exists()
    guard.release()
    assert not guard.held and not guard.path.exists()


# --------------------------------------------------------------------------- where the lock lives
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


@posix_only
def test_the_lock_folder_is_this_users_own_not_a_shared_temp_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    tempfile.tempdir = None  # read TMPDIR again
    try:
        folder = private_lock_folder()
    finally:
        tempfile.tempdir = None
    assert folder == tmp_path / f"examstation-{os.getuid()}"
    info = folder.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    assert private_lock_folder() == tmp_path / "run" / "examstation"


@posix_only
def test_a_lock_folder_another_user_made_first_is_refused(tmp_path: Path) -> None:
    # Another user created the folder before us (as they could in a shared /tmp).
    with pytest.raises(AlreadyRunning, match="belongs to another user"):
        private_lock_folder(tmp_path, uid=os.getuid() + 4242)
    if os.getuid() == 0:  # as root, make it really belong to someone else
        squatted = tmp_path / "examstation-0"
        squatted.mkdir(mode=0o700)
        os.chown(squatted, 65534, 65534)
        with pytest.raises(AlreadyRunning, match="belongs to another user"):
            private_lock_folder(tmp_path)


@posix_only
def test_a_link_in_place_of_the_lock_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / f"examstation-{os.getuid()}").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(AlreadyRunning, match="link"):
        private_lock_folder(tmp_path)


@posix_only
def test_our_own_lock_folder_left_open_is_closed_before_use(tmp_path: Path) -> None:
    folder = tmp_path / f"examstation-{os.getuid()}"
    folder.mkdir()
    folder.chmod(0o777)
    assert private_lock_folder(tmp_path) == folder and stat.S_IMODE(folder.stat().st_mode) == 0o700


def main(folder: str) -> int:
    guard = SingleInstanceGuard(Path(folder))
    try:
        guard.acquire()
    except AlreadyRunning as refused:
        print(f"refused {refused.pid}: {refused}", flush=True)
        return 1
    print(f"running {os.getpid()}", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
    guard.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
