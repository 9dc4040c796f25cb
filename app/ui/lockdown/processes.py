"""Is a forbidden program running? Listing processes and matching names, without Qt.

Linux is read straight from /proc (comm, cmdline and the exe link, no extra dependency).
A process matches by any of its names: the kernel's short name, argv[0], the file it runs
(so a symbolic link or `exec -a` under another name does not hide it), and the script an
interpreter runs (`python3 obs.py`). A copy of an installed forbidden program under another
name is found by its content (see program_copies). Windows and macOS have no /proc; there
psutil is used when it happens to be installed, and otherwise the check says plainly that it
did not run rather than pretending all is well.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Callable, Iterable, Sequence

LINUX_COMM_LENGTH = 15  # the kernel keeps only the first 15 bytes of a process name
# Programs that run a script named by their first argument: the script is the program to match.
INTERPRETERS = re.compile(r"^(python[\d.]*m?|pythonw|perl[\d.]*|ruby[\d.]*|node(js)?|bash|sh|dash|zsh|ksh|"
                          r"fish|php[\d.]*|lua[\d.]*|tclsh[\d.]*|wish[\d.]*|osascript|powershell|pwsh|wscript|"
                          r"cscript)$")
SCRIPT_SUFFIXES = (".py", ".pyw", ".pyz", ".pl", ".rb", ".js", ".mjs", ".sh", ".bash", ".php", ".lua", ".tcl",
                   ".ps1", ".vbs")


@dataclass(frozen=True, slots=True)
class ProcessInfo:
    pid: int
    comm: str                      # the kernel's (or psutil's) short name
    cmdline: tuple[str, ...] = ()  # may be empty: kernel threads, or no permission
    exe: str = ""


@dataclass(frozen=True, slots=True)
class ProcessMatch:
    forbidden: str  # the entry of the list, as written there
    pid: int
    seen_as: str    # which of the process's names matched


@dataclass(frozen=True, slots=True)
class ProcessCheck:
    checked: bool
    method: str                    # "proc", "psutil" or "none"
    found: tuple[ProcessMatch, ...] = ()
    note: str = ""                 # why it did not run, in words for a record
    scanned: int = 0

    @property
    def names(self) -> list[str]:
        return sorted({m.forbidden for m in self.found})


def normalise(name: str) -> str:
    """Compare names the way a proctor writes them: no folder, no case, no .exe or .app."""
    base = PureWindowsPath(PurePosixPath(name.strip()).name).name.lower()
    for suffix in (".exe", ".app"):
        base = base.removesuffix(suffix)
    return base


def _names_of(process: ProcessInfo) -> list[str]:
    names = [process.comm]
    if process.cmdline:
        names.append(process.cmdline[0])  # argv[0]: what `exec -a` or a launcher chose
    if process.exe:
        names.append(process.exe)  # the file really running, whatever it was called to start
    script = _script_of(process)
    if script:
        names += [script, _without_script_suffix(script)]
    return [n for n in (normalise(x) for x in names) if n]


def _script_of(process: ProcessInfo) -> str:
    """The script an interpreter runs: its first argument that is not an option."""
    runner = normalise(process.exe or (process.cmdline[0] if process.cmdline else "") or process.comm)
    if not INTERPRETERS.match(runner):
        return ""
    return next((arg for arg in process.cmdline[1:] if arg and not arg.startswith("-")), "")


def _without_script_suffix(name: str) -> str:
    base = normalise(name)
    return next((base[:-len(s)] for s in SCRIPT_SUFFIXES if base.endswith(s) and len(base) > len(s)), base)


def _matches(entry: str, name: str, comm: str) -> bool:
    if name == entry:
        return True
    # A long name shows up in comm cut to 15 bytes; accept that cut only for comm itself.
    return name == comm and len(entry) > LINUX_COMM_LENGTH and entry[:LINUX_COMM_LENGTH] == name


def match_forbidden(processes: Iterable[ProcessInfo], forbidden: Sequence[str],
                    own_pid: int | None = None) -> list[ProcessMatch]:
    """Every (forbidden entry, process) pair that matches by whole name, never by substring:
    a false match refuses a candidate's exam, so "zoom" must not match "zoomer-helper"."""
    entries = [(raw, normalise(raw)) for raw in forbidden if normalise(raw)]
    found = []
    for process in processes:
        if process.pid == own_pid:
            continue
        comm = normalise(process.comm)
        for raw, entry in entries:
            seen = next((n for n in _names_of(process) if _matches(entry, n, comm)), None)
            if seen is not None:
                found.append(ProcessMatch(raw, process.pid, seen))
    return found


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
    _copies: Any = field(default=None, repr=False)  # the CopyFinder of the last forbidden list

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

    def _copy_finder(self, forbidden: Sequence[str], method: str) -> Any:
        from app.ui.lockdown.program_copies import CopyFinder  # it builds on this module
        if self._copies is None or self._copies.forbidden != tuple(forbidden):
            self._copies = CopyFinder(forbidden, self.proc_root if method == "proc" else None)
        return self._copies
