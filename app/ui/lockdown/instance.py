"""One ExamStation per station: a lock file that a second copy cannot take.

QLockFile rather than a local server: it needs no socket name that another user could
squat, works before a QApplication exists, and notices a lock left by a copy that was
killed (it checks that the recorded process still runs on this host), so a power cut never
leaves a station that refuses to start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_NAME = "examstation-station.lock"


class AlreadyRunning(Exception):
    """Another copy holds the lock; `str()` is the message to show."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


def _tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstanceGuard", text)


class SingleInstanceGuard:
    """Hold the station lock for as long as this object lives (or until release()).

    Pass a folder shared by every copy that should exclude each other: a machine-wide one
    (the station's data folder or the temp folder) makes "one per station" mean one per
    computer, not one per home folder.
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
            raise AlreadyRunning(_tr("ExamStation cannot create its lock file in {folder}. "
                                     "Check that the folder is writable.").format(folder=self.path.parent), None)
        pid = self.holder()
        where = _tr(" (process {pid})").format(pid=pid) if pid else ""
        raise AlreadyRunning(_tr("ExamStation is already running on this station{where}. "
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
