"""Is a forbidden program running? Lists the processes and applies the rules of
app/domain/forbidden_programs.py; both `examstation check` and lockdown ask this scanner.

Linux is read straight from /proc (comm, cmdline and the exe link, no extra dependency).
A copy of an installed forbidden program under another name is found by its content (see
program_copies). Windows and macOS have no /proc; there psutil is used when it happens to be
installed, and otherwise the check says plainly that it did not run rather than pretending
all is well.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from app.domain.forbidden_programs import ProcessCheck, ProcessInfo, match_forbidden
from app.services.program_copies import CopyFinder


# --------------------------------------------------------------------------- listing
def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # the process ended while we looked, or it is not ours to read
        return b""


def _exe(entry: Path) -> str:
    """The path of the file the process runs ("" when it is not ours to read, or a kernel thread)."""
    try:
        return os.readlink(entry / "exe").removesuffix(" (deleted)")
    except OSError:
        return ""


def processes_from_proc(root: Path = Path("/proc")) -> list[ProcessInfo]:
    found = []
    for entry in root.iterdir():
        if not entry.name.isdigit():
            continue
        comm = _read(entry / "comm").decode("utf-8", "replace").strip()
        raw = _read(entry / "cmdline").rstrip(b"\0")
        cmdline = tuple(p.decode("utf-8", "replace") for p in raw.split(b"\0")) if raw else ()
        if comm or cmdline:
            found.append(ProcessInfo(int(entry.name), comm, cmdline, _exe(entry)))
    return found


def processes_from_psutil(psutil: Any) -> list[ProcessInfo]:
    found = []
    for proc in psutil.process_iter(["pid", "name", "cmdline", "exe"]):
        info = proc.info
        found.append(ProcessInfo(info["pid"], info.get("name") or "",
                                 tuple(info.get("cmdline") or ()), info.get("exe") or ""))
    return found


def _import_psutil() -> Any:
    try:
        import psutil  # optional: only where /proc is missing and someone installed it
    except ImportError:
        return None
    return psutil


@dataclass
class ProcessScanner:
    """Where to look; the defaults are the real system, tests point it elsewhere."""

    proc_root: Path = Path("/proc")
    load_psutil: Callable[[], Any] = field(default=_import_psutil)
    _copies: CopyFinder | None = field(default=None, repr=False)  # the CopyFinder of the last forbidden list

    def running(self) -> tuple[str, list[ProcessInfo] | None]:
        if self.proc_root.is_dir():
            return "proc", processes_from_proc(self.proc_root)
        psutil = self.load_psutil()
        if psutil is not None:
            return "psutil", processes_from_psutil(psutil)
        return "none", None

    def check(self, forbidden: Sequence[str]) -> ProcessCheck:
        if not forbidden:
            return ProcessCheck(True, "none", note="no forbidden programs listed")
        method, processes = self.running()
        if processes is None:
            return ProcessCheck(False, method, note="not checked on this OS (no /proc and no psutil)")
        found = match_forbidden(processes, forbidden, own_pid=os.getpid())
        found += self._copy_finder(forbidden, method).find(processes, {os.getpid(), *(m.pid for m in found)})
        return ProcessCheck(True, method, tuple(found), scanned=len(processes))

    def _copy_finder(self, forbidden: Sequence[str], method: str) -> CopyFinder:
        if self._copies is None or self._copies.forbidden != tuple(forbidden):
            self._copies = CopyFinder(forbidden, self.proc_root if method == "proc" else None)
        return self._copies
