"""`examstation check`: is this station ready for exam day? Each check gives pass, warn or
fail with a plain next step; the report is also written to a file the proctor can send.

A check's name, detail and next step are Words (template() with values): English as a str
for the command line and the report file, in the staff's language on the check screen."""

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
from app.domain.errors import ExamStationError, message_words, next_step_words, template
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
                                       template("the check itself failed ({kind})", kind=type(error).__name__),
                                       template("Run with --debug and send the output to support.")))
    return results


def write_report(results: list[CheckResult], folder: Path, now: datetime) -> Path:
    lines = [f"ExamStation {__version__} station readiness check, {now.isoformat(timespec='seconds')}", ""]
    lines += [f"[{r.status.upper():4}] {r.name}: {r.detail}" + (f"\n       next: {r.next_step}" if r.next_step else "")
              for r in results]
    target = Path(folder) / f"readiness-{now.strftime('%Y%m%dT%H%M%SZ')}.txt"
    atomic_write(target, ("\n".join(lines) + "\n").encode("utf-8"))
    return target


def _version(services: Services) -> CheckResult:
    revision, title = current_revision(services.station.db.engine), template("program and database")
    if revision != SCHEMA_HEAD:
        return CheckResult(title, FAIL, template("database schema {revision}, program expects {head}",
                                                 revision=revision, head=SCHEMA_HEAD),
                           template("Restart ExamStation so it can update the database (a backup is taken first)."))
    return CheckResult(title, PASS, template("ExamStation {version}, database schema {revision}",
                                             version=__version__, revision=revision))


def _disk(home: Path) -> CheckResult:
    free, title = shutil.disk_usage(home).free, template("free disk")
    detail = template("{size} GiB free for {home}", size=f"{free / 2**30:.1f}", home=str(home))
    if free < 200 * 2**20:
        return CheckResult(title, FAIL, detail, template("Free at least 1 GiB before exam day; answers need room."))
    if free < 2**30:
        return CheckResult(title, WARN, detail, template("Free some space: 1 GiB or more is advised."))
    return CheckResult(title, PASS, detail)


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
    median, title = statistics.median(samples) * 1000, template("database write speed")
    detail = template("durable commit {ms} ms (median of 40)", ms=f"{median:.2f}")
    if median > 50:
        return CheckResult(title, FAIL, detail, template("Use a local disk, not a network or USB drive."))
    if median > 10:
        return CheckResult(title, WARN, detail, template("A faster local disk would make saving snappier."))
    return CheckResult(title, PASS, detail)


def _keyring() -> CheckResult:
    backend, title = usable_keyring(), template("key storage")
    if backend is None:
        return CheckResult(title, WARN, template("no OS keyring: keys are in a passphrase-protected file"),
                           template("Keep the passphrase at hand on exam day; an OS keyring avoids typing it."))
    return CheckResult(title, PASS, template("OS keyring available ({kind})", kind=type(backend).__name__))


def _identity(services: Services) -> CheckResult:
    title = template("center identity")
    if not services.keys.has("center"):
        return CheckResult(title, FAIL, template("this station has no center keys"),
                           template("Run the first-run set-up (or `examstation keys init --role center`)."))
    bodies = services.keys.trusted("body")
    if not bodies:
        return CheckResult(title, FAIL, template("no credential body is trusted"),
                           template("Trust your body's identity file with `examstation keys trust BODY.json`."))
    identity = services.keys.identity("center")
    return CheckResult(title, PASS, template("'{name}' {fingerprint}; trusts {bodies}", name=identity.name,
                                             fingerprint=identity.fingerprint,
                                             bodies=", ".join(b.name for b in bodies)))


def _records(services: Services) -> CheckResult:
    """The station's records are whole: the audit log's hash chain, and for every open session
    its keyed audit chain and every attempt's authenticated history (what an export checks)."""
    title = template("station records")
    problem = services.accounts.audit_problem()
    if problem:
        return CheckResult(title, FAIL, template("the audit log was altered ({problem})", problem=problem),
                           _RECORDS_CHANGED)
    if not services.keys.has("center"):
        return CheckResult(title, PASS, template("audit log whole; no center key here, so no exam records to check"))
    sessions = services.delivery.open_sessions()
    attempts = 0
    for session in sessions:
        problem = services.accounts.session_audit_problem(session.id)
        if problem:
            return CheckResult(title, FAIL, template("session '{session}': {problem}", session=session.title,
                                                     problem=problem), _RECORDS_CHANGED)
        for attempt in services.delivery.attempts(session.id):
            attempts += 1
            problem = services.delivery.history_problem(attempt.id)
            if problem:
                number = services.delivery.candidate_of(attempt.id).number
                return CheckResult(title, FAIL, template("session '{session}', candidate {number}: {problem}",
                                                         session=session.title, number=number, problem=problem),
                                   _RECORDS_CHANGED)
    return CheckResult(title, PASS, template("audit log whole; {sessions} open session(s) and {attempts} attempt(s) "
                                             "verify under the center's key", sessions=len(sessions),
                                             attempts=attempts))


_RECORDS_CHANGED = template("Do not change anything on this station or restore its database; tell the credential "
                            "body, which must review it.")


def _clock() -> CheckResult:
    now = datetime.now(timezone.utc)
    detail = template("station clock says {now} UTC", now=now.isoformat(timespec="minutes"))
    if now < RELEASED or now.year > RELEASED.year + 10:
        return CheckResult(template("clock"), FAIL, detail,
                           template("Set the date, time and time zone; packages open only in their window."))
    return CheckResult(template("clock"), PASS, detail)


def _processes(forbidden: Sequence[str], title: str = template("forbidden programs")) -> CheckResult:
    """The same scanner and rules as lockdown, so a station this passes is one lockdown accepts."""
    if not forbidden:
        return CheckResult(title, PASS, template("no forbidden programs listed"))
    check = ProcessScanner().check(forbidden)
    if not check.checked:
        return CheckResult(title, WARN, template("not checked on this operating system"),
                           template("Check by hand that no remote-desktop, recording or chat program runs."))
    if check.found:
        return CheckResult(title, FAIL, template("running: {programs}", programs=describe_found(check)),
                           template("Close them before the exam."))
    return CheckResult(title, PASS, template("none of {count} listed programs is running", count=len(forbidden)))


def _package(services: Services, package: Path, release_code: str | None,
             checks: list[Callable[[], CheckResult]]) -> CheckResult:
    title = template("exam package")
    try:
        if release_code is None and services.packages.inspect(package).get("release_code"):
            warnings = services.packages.precheck(package)  # the code comes on exam day
            if warnings:
                return CheckResult(title, WARN, template("signed by a trusted body and built for this center; the "
                                                         "release code is not checked; {warning}",
                                                         warning=warnings[0]),
                                   template("Open it on exam day; check the station clock if that date looks wrong."))
            return CheckResult(title, PASS, template("signed by a trusted body and built for this center; the "
                                                     "release code is not checked"))
        summary = services.packages.verify(package, release_code)
    except ExamStationError as error:
        return CheckResult(title, FAIL, message_words(error), next_step_words(error))
    if summary["forbidden_programs"]:  # the exam's own list: lockdown refuses to start while they run
        checks.append(lambda: _processes(summary["forbidden_programs"], template("programs this exam forbids")))
    return CheckResult(title, PASS, template("'{title}' opens with this station's key: {items} items, {media} media "
                                             "files", title=summary["title"], items=summary["items"],
                                             media=summary["media"]))

