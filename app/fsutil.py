"""Durable and private file writes shared by every layer (standard library only)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)
PRIVATE_FILE, PRIVATE_FOLDER, SHARED_FILE = 0o600, 0o700, 0o644
POSIX = os.name == "posix"  # Windows keeps only a read-only bit; there the profile's ACLs protect a home


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` so that `path` holds either the old or the whole new content.

    Temp file in the same folder, fsync, rename over the target, fsync the folder:
    a crash or a full disk never leaves a half-written file under the real name.
    Without `mode`, a file in a private folder (a home) is private too (0600); elsewhere
    (an export the user will hand on) it is 0644.
    """
    path = Path(path)
    if mode is None:
        mode = PRIVATE_FILE if is_private_folder(path.parent) else SHARED_FILE
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if not POSIX:
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_private_folder(folder: Path) -> bool:
    """No permission for group or others (always False on Windows, where modes say nothing)."""
    try:
        return POSIX and stat.S_IMODE(os.stat(folder).st_mode) & 0o077 == 0
    except OSError:
        return False


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents) and make the folder itself 0700."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(folder, PRIVATE_FOLDER)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file if there is none (for files another library then fills, such as
    SQLite's database: its journal and WAL files copy the database file's permissions)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass


def make_private(root: Path) -> int:
    """Tighten a home written by an older version: `root` and every folder under it 0700, every
    file 0600. Symbolic links are left alone (chmod would change their target). Returns how
    many entries were changed; entries this user cannot change are logged, not fatal."""
    if not POSIX:
        return 0
    changed = _tighten(Path(root), PRIVATE_FOLDER)
    for folder, folders, files in os.walk(root):
        for name in folders:
            changed += _tighten(Path(folder, name), PRIVATE_FOLDER)
        for name in files:
            changed += _tighten(Path(folder, name), PRIVATE_FILE)
    return changed


def tighten_file(path: Path) -> None:
    """Make an existing file 0600 (nothing if it does not exist)."""
    _tighten(Path(path), PRIVATE_FILE)


def _tighten(path: Path, mode: int) -> int:
    if not POSIX:
        return 0
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) & ~mode == 0:
            return 0
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
        return 1
    except FileNotFoundError:
        return 0
    except OSError as error:
        log.warning("cannot make %s private (%s)", path, error.strerror)
        return 0
