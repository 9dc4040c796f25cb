"""`examstation check`: is this station ready for exam day? Each check gives pass, warn or
fail with a plain next step; the report is also written to a file the proctor can send."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from app import __version__
from app.crypto.keystore import usable_keyring
from app.domain.errors import ExamStationError
from app.domain.forbidden_programs import describe_found
from app.fsutil import atomic_write
from app.services.context import Services
from app.services.program_scanner import ProcessScanner
from app.store.database import SCHEMA_HEAD, current_revision

PASS, WARN, FAIL = "pass", "warn", "fail"
RELEASED = datetime(2026, 11, 1, tzinfo=timezone.utc)  # a clock before this release is certainly wrong


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str
    detail: str
    next_step: str = ""


Probe = Callable[[], CheckResult]


def run_checks(services: Services, package: Path | None = None, release_code: str | None = None,
               probes: Sequence[Probe] = (), forbidden: Sequence[str] = ()) -> list[CheckResult]:
    """`probes`: checks that need the GUI toolkit (screens, PDF), handed in by app.main."""
    checks: list[Callable[[], CheckResult]] = [
        lambda: _version(services), lambda: _disk(services.home.root), lambda: _fsync(services.home.root),
        _keyring, lambda: _identity(services), lambda: _records(services), lambda: _clock(),
        lambda: _processes(forbidden), *probes]
    if package is not None:
        checks.append(lambda: _package(services, package, release_code, checks))
    results = []
    for check in checks:  # the package check may add the exam's own forbidden-program check
        try:
            results.append(check())
        except Exception as error:  # a broken check is itself a finding, never a crash of the tool
            results.append(CheckResult(getattr(check, "__name__", "check"), FAIL,
                                       f"the check itself failed ({type(error).__name__})",
                                       "Run with --debug and send the output to support."))
    return results


def write_report(results: list[CheckResult], folder: Path, now: datetime) -> Path:
    lines = [f"ExamStation {__version__} station readiness check, {now.isoformat(timespec='seconds')}", ""]
    lines += [f"[{r.status.upper():4}] {r.name}: {r.detail}" + (f"\n       next: {r.next_step}" if r.next_step else "")
              for r in results]
    target = Path(folder) / f"readiness-{now.strftime('%Y%m%dT%H%M%SZ')}.txt"
    atomic_write(target, ("\n".join(lines) + "\n").encode("utf-8"))
    return target


def _version(services: Services) -> CheckResult:
    revision = current_revision(services.station.db.engine)
    if revision != SCHEMA_HEAD:
        return CheckResult("program and database", FAIL, f"database schema {revision}, program expects {SCHEMA_HEAD}",
                           "Restart ExamStation so it can update the database (a backup is taken first).")
    return CheckResult("program and database", PASS, f"ExamStation {__version__}, database schema {revision}")


def _disk(home: Path) -> CheckResult:
    free = shutil.disk_usage(home).free
    detail = f"{free / 2**30:.1f} GiB free for {home}"
    if free < 200 * 2**20:
        return CheckResult("free disk", FAIL, detail, "Free at least 1 GiB before exam day; answers need room.")
    if free < 2**30:
        return CheckResult("free disk", WARN, detail, "Free some space: 1 GiB or more is advised.")
    return CheckResult("free disk", PASS, detail)


def _fsync(home: Path) -> CheckResult:
    """How long a durable single-row commit takes here (the cost of saving each answer)."""
    with tempfile.TemporaryDirectory(dir=home) as folder:
        connection = sqlite3.connect(Path(folder) / "probe.db", isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("CREATE TABLE t (v TEXT)")
        samples = []
        for _ in range(40):
            start = time.perf_counter()
            connection.execute("INSERT INTO t VALUES ('answer')")
            samples.append(time.perf_counter() - start)
        connection.close()
    median = statistics.median(samples) * 1000
    detail = f"durable commit {median:.2f} ms (median of 40)"
    if median > 50:
        return CheckResult("database write speed", FAIL, detail, "Use a local disk, not a network or USB drive.")
    if median > 10:
        return CheckResult("database write speed", WARN, detail, "A faster local disk would make saving snappier.")
    return CheckResult("database write speed", PASS, detail)


def _keyring() -> CheckResult:
    backend = usable_keyring()
    if backend is None:
        return CheckResult("key storage", WARN, "no OS keyring: keys are in a passphrase-protected file",
                           "Keep the passphrase at hand on exam day; an OS keyring avoids typing it.")
    return CheckResult("key storage", PASS, f"OS keyring available ({type(backend).__name__})")


def _identity(services: Services) -> CheckResult:
    if not services.keys.has("center"):
        return CheckResult("center identity", FAIL, "this station has no center keys",
                           "Run the first-run set-up (or `examstation keys init --role center`).")
    bodies = services.keys.trusted("body")
    if not bodies:
        return CheckResult("center identity", FAIL, "no credential body is trusted",
                           "Trust your body's identity file with `examstation keys trust BODY.json`.")
    identity = services.keys.identity("center")
    return CheckResult("center identity", PASS, f"'{identity.name}' {identity.fingerprint}; trusts "
                       + ", ".join(b.name for b in bodies))


def _records(services: Services) -> CheckResult:
    """The station's records are whole: the audit log's hash chain, and for every open session
    its keyed audit chain and every attempt's authenticated history (what an export checks)."""
    title = "station records"
    problem = services.accounts.audit_problem()
    if problem:
        return CheckResult(title, FAIL, f"the audit log was altered ({problem})", _RECORDS_CHANGED)
    if not services.keys.has("center"):
        return CheckResult(title, PASS, "audit log whole; no center key here, so no exam records to check")
    sessions = services.delivery.open_sessions()
    attempts = 0
    for session in sessions:
        problem = services.accounts.session_audit_problem(session.id)
        if problem:
            return CheckResult(title, FAIL, f"session '{session.title}': {problem}", _RECORDS_CHANGED)
        for attempt in services.delivery.attempts(session.id):
            attempts += 1
            problem = services.delivery.history_problem(attempt.id)
            if problem:
                number = services.delivery.candidate_of(attempt.id).number
                return CheckResult(title, FAIL, f"session '{session.title}', candidate {number}: {problem}",
                                   _RECORDS_CHANGED)
    return CheckResult(title, PASS, f"audit log whole; {len(sessions)} open session(s) and {attempts} attempt(s) "
                                    "verify under the center's key")


_RECORDS_CHANGED = ("Do not change anything on this station or restore its database; tell the credential body, "
                    "which must review it.")


def _clock() -> CheckResult:
    now = datetime.now(timezone.utc)
    detail = f"station clock says {now.isoformat(timespec='minutes')} UTC"
    if now < RELEASED or now.year > RELEASED.year + 10:
        return CheckResult("clock", FAIL, detail, "Set the date, time and time zone; packages open only in their window.")
    return CheckResult("clock", PASS, detail)


def _processes(forbidden: Sequence[str], title: str = "forbidden programs") -> CheckResult:
    """The same scanner and rules as lockdown, so a station this passes is one lockdown accepts."""
    if not forbidden:
        return CheckResult(title, PASS, "no forbidden programs listed")
    check = ProcessScanner().check(forbidden)
    if not check.checked:
        return CheckResult(title, WARN, "not checked on this operating system",
                           "Check by hand that no remote-desktop, recording or chat program runs.")
    if check.found:
        return CheckResult(title, FAIL, "running: " + describe_found(check), "Close them before the exam.")
    return CheckResult(title, PASS, f"none of {len(forbidden)} listed programs is running")


def _package(services: Services, package: Path, release_code: str | None,
             checks: list[Callable[[], CheckResult]]) -> CheckResult:
    try:
        if release_code is None and services.packages.inspect(package).get("release_code"):
            warnings = services.packages.precheck(package)  # the code comes on exam day
            detail = "signed by a trusted body and built for this center; the release code is not checked"
            if warnings:
                return CheckResult("exam package", WARN, f"{detail}; {warnings[0]}",
                                   "Open it on exam day; check the station clock if that date looks wrong.")
            return CheckResult("exam package", PASS, detail)
        summary = services.packages.verify(package, release_code)
    except ExamStationError as error:
        return CheckResult("exam package", FAIL, error.message, error.next_step)
    if summary["forbidden_programs"]:  # the exam's own list: lockdown refuses to start while they run
        checks.append(lambda: _processes(summary["forbidden_programs"], "programs this exam forbids"))
    return CheckResult("exam package", PASS, f"'{summary['title']}' opens with this station's key: "
                       f"{summary['items']} items, {summary['media']} media files")

