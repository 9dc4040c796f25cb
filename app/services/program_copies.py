"""Copies of forbidden programs running under another name, found by their content.

`cp /usr/bin/obs ~/notes && ~/notes` gives a process whose every name is "notes". What stays
the same is the file's bytes: each forbidden entry installed on this computer (found on PATH)
is fingerprinted (size and SHA-256), and a running process whose executable has the same size
is hashed and compared. The executable is read through /proc/PID/exe on Linux, so a copy that
was deleted after it started is still read. Hashes are kept per file (device, inode, change
time), so the check every minute reads nothing new.

Not found this way: a forbidden program that is not installed here under its own name
(brought on a USB stick), or one changed by a single byte. A program that is a link to a
multi-call binary (busybox) is not fingerprinted: its bytes are shared by innocent commands.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from app.domain.forbidden_programs import ProcessInfo, ProcessMatch, normalise

_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class InstalledProgram:
    entry: str    # the forbidden list's entry, as written there
    path: Path
    size: int
    digest: str


def installed_programs(forbidden: Sequence[str], which: Callable[[str], str | None] = shutil.which
                       ) -> list[InstalledProgram]:
    found = []
    for raw in forbidden:
        name = normalise(raw)
        located = which(name) if name else None
        if not located:
            continue
        real = Path(located).resolve()
        if normalise(real.name) != name:
            continue  # a multi-call binary or an alias: its content is not this program's alone
        try:
            found.append(InstalledProgram(raw, real, real.stat().st_size, _digest(real)))
        except OSError:
            continue
    return found


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


class CopyFinder:
    """Finds running copies of the installed forbidden programs; keep one per forbidden list."""

    def __init__(self, forbidden: Sequence[str], proc_root: Path | None,
                 which: Callable[[str], str | None] = shutil.which) -> None:
        self.forbidden = tuple(forbidden)
        self.programs = installed_programs(forbidden, which)
        self.proc_root = proc_root
        self._hashes: dict[tuple[int, int, int, int], str] = {}

    def find(self, processes: Iterable[ProcessInfo], skip: set[int]) -> list[ProcessMatch]:
        by_size: dict[int, list[InstalledProgram]] = {}
        for program in self.programs:
            by_size.setdefault(program.size, []).append(program)
        if not by_size:
            return []
        found = []
        for process in processes:
            if process.pid in skip:
                continue
            executable = self._executable(process)
            digest = self._hash_if_size(executable, by_size) if executable else None
            if digest is None:
                continue
            for program in by_size.get(digest[0], []):
                if program.digest == digest[1]:
                    found.append(ProcessMatch(program.entry, process.pid,
                                              f"{process.exe or executable} (a copy of {program.path})"))
        return found

    def _executable(self, process: ProcessInfo) -> str:
        if self.proc_root is not None:
            return str(self.proc_root / str(process.pid) / "exe")  # the running file, even if deleted
        return process.exe

    def _hash_if_size(self, path: str, by_size: dict) -> tuple[int, str] | None:
        try:
            info = os.stat(path)
            if info.st_size not in by_size:
                return None
            key = (info.st_dev, info.st_ino, info.st_ctime_ns, info.st_size)
            if key not in self._hashes:
                self._hashes[key] = _digest(Path(path))
            return info.st_size, self._hashes[key]
        except OSError:  # gone, or not ours to read
            return None
