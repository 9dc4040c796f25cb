"""Which running program is a forbidden one: the rules that readiness (`examstation check`)
and lockdown share, so a station the check passes is one lockdown accepts.

A process matches by any of its names: the kernel's short name, argv[0], the file it runs
(so a symbolic link or `exec -a` under another name does not hide it), and the script an
interpreter runs (`python3 obs.py`). Names are compared whole, without folder, case, .exe or
.app. Listing the processes, and finding a copy of a forbidden program under another name by
its content, is app/services/program_scanner.py's job: it reads the system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Iterable, Sequence

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


MAX_LISTED = 10      # processes named in one incident; the others are counted
MAX_SEEN_AS = 160    # characters of how one was seen (a copy's path can be long)


def incident_details(found: Sequence[ProcessMatch]) -> dict[str, list[str] | list[int] | int]:
    """What an incident records about running forbidden programs. Plain lists of words and
    numbers only: a seat sends the record to its station, which accepts nothing else. And a
    bounded number of them, so a list that matches fifty processes still makes a small record."""
    listed = sorted(found, key=lambda m: (m.forbidden, m.pid))[:MAX_LISTED]
    return {"programs": sorted({m.forbidden for m in found}),
            "pids": [m.pid for m in listed],
            "processes": [f"{m.forbidden}: process {m.pid}, seen as {m.seen_as[:MAX_SEEN_AS]}" for m in listed],
            "not_listed": len(found) - len(listed)}


def describe_found(check: ProcessCheck, shown: int = 3) -> str:
    """For a person: "obs (process 812)"; a program under another name also says what it was
    seen as, so the proctor can find it: "obs (process 913 as /home/ana/notes (a copy of
    /usr/bin/obs))". At most `shown` processes per program, the rest counted."""
    words = []
    for name in check.names:
        own_name = normalise(name)
        # A disguised one first: it is the one the proctor cannot find by the name in the list.
        matches = sorted((m for m in check.found if m.forbidden == name), key=lambda m: (m.seen_as == own_name, m.pid))
        each = [f"process {m.pid}" + ("" if m.seen_as == own_name else f" as {m.seen_as}") for m in matches[:shown]]
        more = f" and {len(matches) - shown} more" if len(matches) > shown else ""
        words.append(f"{name} ({', '.join(each)}{more})")
    return "; ".join(words)
