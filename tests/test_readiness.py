"""`examstation check`: a pass / warn / fail table with next steps, also written to a file."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.formats.package_layout import iso
from tests.cli_helpers import rehash_audit_log, run_inline
from tests.conftest import MINI_EXAM, RELEASE_CODE, World


def _rows(out: str) -> dict[str, str]:
    rows = {}
    for line in out.splitlines():
        if line[:4] in ("PASS", "WARN", "FAIL"):
            rows[line[6:].split("  ")[0].strip()] = line[:4]
    return rows


def test_a_ready_station_passes_and_the_report_is_written(world: World, capsys) -> None:
    status, out, err = run_inline(capsys, "--home", world.center.home.root, "check", "--package", world.package,
                                  "--release-code", RELEASE_CODE)
    rows = _rows(out)
    assert status == 0, err
    assert rows["exam package"] == "PASS" and rows["PDF output"] == "PASS" and rows["clock"] == "PASS"
    assert {"screens", "free disk", "database write speed", "key storage", "center identity"} <= set(rows)
    report = next(world.center.home.root.glob("readiness-*.txt"))
    assert "[PASS] exam package" in report.read_text()


def test_the_day_before_no_code_and_a_window_that_starts_tomorrow(world: World, capsys) -> None:
    later = world.root / "tomorrow.exampkg"
    world.body.packages.build(MINI_EXAM, [world.center_file], later, RELEASE_CODE,
                              not_before=iso(datetime.now(timezone.utc) + timedelta(days=1)))
    status, out, err = run_inline(capsys, "--home", world.center.home.root, "check", "--package", later)
    assert status == 0, err
    assert _rows(out)["exam package"] == "WARN" and "not valid until" in out


def test_failures_name_the_next_step(world: World, capsys, tmp_path: Path) -> None:
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        status, out, err = run_inline(capsys, "--home", tmp_path / "fresh", "check", "--package", world.package,
                                      "--forbid", "sleep", "--forbid", "anydesk")
    finally:
        sleeper.kill()
    rows = _rows(out)
    assert status == 1 and "check(s) failed" in err
    assert rows["center identity"] == "FAIL" and "next: Run the first-run set-up" in out
    assert rows["forbidden programs"] == "FAIL" and "running: sleep" in out
    assert rows["exam package"] == "FAIL"


def test_the_check_verifies_the_station_records_and_names_an_edit(world: World, capsys) -> None:
    import sqlite3
    from app.domain.accommodations import Accommodations
    center = world.center
    opened = center.packages.open(world.package, RELEASE_CODE)
    center.station.remember(opened)
    session = center.delivery.start_session(opened.package_id, opened.exam)
    candidate = center.delivery.check_in(session, "C-7", "Grace Hopper", Accommodations())
    attempt = center.delivery.create_attempt(session, candidate, opened.exam, Accommodations(), seed=1)
    center.delivery.live(attempt, opened.exam).start()
    center.proctoring.incident(attempt, opened.exam, "other", "fire drill", by="pat")
    status, out, _ = run_inline(capsys, "--home", center.home.root, "check")
    assert _rows(out)["station records"] == "PASS" and "1 open session(s) and 1 attempt(s) verify" in out
    with sqlite3.connect(center.home.database_path) as db:  # an incident's words changed behind our back
        db.execute("UPDATE audit_log SET details = '{}' WHERE action = 'attempt.incident'")
    status, out, _ = run_inline(capsys, "--home", center.home.root, "check")
    assert status == 1 and _rows(out)["station records"] == "FAIL" and "the audit log was altered" in out
    rehash_audit_log(center.home.database_path)  # the hash chain redone: only the keyed one can tell
    status, out, _ = run_inline(capsys, "--home", center.home.root, "check")
    assert status == 1 and _rows(out)["station records"] == "FAIL"
    assert "audit entry 1 of the session (attempt.incident) was changed or inserted" in out, out
