"""One ExamStation per station: a lock file that a second copy cannot take.

QLockFile rather than a local server: it needs no socket name that another user could
squat, works before a QApplication exists, and notices a lock left by a copy that was
killed (it checks that the recorded process still runs on this host), so a power cut never
leaves a station that refuses to start.

The lock lives in a folder of this OS user's own (private_lock_folder), never in a shared
temp folder: there another user could create the folder first and then hold, fake or remove
the lock, keeping ExamStation from starting or letting a second copy run.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_NAME = "examstation-station.lock"


class AlreadyRunning(Exception):
    """Another copy holds the lock; `str()` is the message to show."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


def tr(text: str) -> str:
    """lupdate files a bare tr("…") call under the empty context: look it up there."""
    return QCoreApplication.translate("", text)


class UnsafeLockFolder(AlreadyRunning):
    """The lock folder exists but belongs to another user, is a link, or cannot be made private."""

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(tr("ExamStation will not keep its lock in {folder}: {why}. Remove that folder "
                             "(as administrator if needed) and start again.").format(folder=folder, why=why), None)


def private_lock_folder(base: Path | None = None, uid: int | None = None) -> Path:
    """This user's own folder for the lock, created 0700 and checked: owned by `uid` (default:
    this process's user), a real folder (not a link), no access for others.

    POSIX: $XDG_RUNTIME_DIR (already private, made by the login manager) when set, else
    `<temp>/examstation-<uid>`. Windows: the per-user temp folder under the user's profile.
    """
    if os.name != "posix":
        folder = Path(base or tempfile.gettempdir()) / "examstation"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    uid = os.getuid() if uid is None else uid
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if base is None and runtime and Path(runtime).is_absolute():
        folder = Path(runtime) / "examstation"
    else:
        folder = Path(base or tempfile.gettempdir()) / f"examstation-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError as error:
        raise UnsafeLockFolder(folder, error.strerror or type(error).__name__) from None
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UnsafeLockFolder(folder, tr("it is a link or not a folder"))
    if info.st_uid != uid:
        raise UnsafeLockFolder(folder, tr("it belongs to another user"))
    if stat.S_IMODE(info.st_mode) & 0o077:
        folder.chmod(0o700)  # ours, made with a loose umask: close it before using it
    return folder


class SingleInstanceGuard:
    """Hold the station lock for as long as this object lives (or until release()).

    Pass a folder shared by every copy that should exclude each other, and only by them:
    private_lock_folder() makes "one per station" mean one per OS user on this computer,
    whatever home folder each copy uses.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # Never treat a lock as stale by age: an exam runs for hours. A dead owner is still
        # detected by its process id.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunning with a message naming the other copy."""
        if self._lock.tryLock(0):
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise AlreadyRunning(tr("ExamStation cannot create its lock file in {folder}. "
                                     "Check that the folder is writable.").format(folder=self.path.parent), None)
        pid = self.holder()
        where = tr(" (process {pid})").format(pid=pid) if pid else ""
        raise AlreadyRunning(tr("ExamStation is already running on this station{where}. "
                                 "Use the window that is open, or ask the proctor to close it.")
                             .format(where=where), pid)

    def holder(self) -> int | None:
        """The process id recorded in the lock file, if it can be read."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
