"""Releasing a session's results at the body (issue 14): a held attempt needs a recorded
decision (who, when, why) before release; only released results produce credentials; a mark
changed after release takes the session back until it is released again; revocation with a
reason reaches the status list; the evidence names the center; score letters as PDF. Through
the CLI and the services, on SQLite and on the PostgreSQL server the tests start."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.domain.errors import ExamStationError
from app.domain.release import (
    COUNT, EXCLUDE, HELD, INCOMPLETE, NOT_COUNTED, NOT_PASSED, PASSED, PENDING, VOID, VOIDED, AttemptFacts, Decision,
    blockers, final_outcome,
)
from app.services.context import create_services
from app.services.letters import session_letters
from app.services.simulate import simulate
from app.store.results import ResultsRepository
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.conftest import RELEASE_CODE, World, copy_world, passphrase
from tests.postgres import fresh_postgres_database
from tests.test_results_replay import _answer_at_minute_600, _timed_out_attempt

REASON = "Answers were entered after the exam time ran out"


@dataclass
class Imported:
    world: World
    session: str
    late: str            # the held attempt (answers after the time-out)
    bundle: Path


def _held_session(world: World) -> Imported:
    """A session of six sat at the world's center, one of them held (answers after the time-out),
    exported and imported at the body."""
    session = simulate(world.center, world.package, RELEASE_CODE, 6, seed=5).session_id
    late, _number = _timed_out_attempt(world, session)
    _answer_at_minute_600(world, late)
    bundle = world.center.results.export(session, world.root)
    world.body.results.import_bundle(bundle)
    return Imported(world, session, late, bundle)


def copy_held(template: Imported, root: Path) -> Imported:
    """The held session of `template` (closed) in a world of its own at `root`."""
    world = copy_world(template.world.root, root)
    return Imported(world, template.session, template.late, root / template.bundle.relative_to(template.world.root))


@pytest.fixture(scope="module")
def held_template(tmp_path_factory, world_template: Path) -> Imported:
    """Built once: the held session, closed. Tests that change it work on copies (copy_held)."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("EXAMSTATION_KEY_PASSPHRASE", "test passphrase 1")
        made = _held_session(copy_world(world_template, tmp_path_factory.mktemp("held") / "world"))
    made.world.close()
    return made


@pytest.fixture(scope="module")
def imported(held_template: Imported, tmp_path_factory):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("EXAMSTATION_KEY_PASSPHRASE", "test passphrase 1")
        made = copy_held(held_template, tmp_path_factory.mktemp("release") / "world")
        yield made
    made.world.close()


def _mark_everything(world: World) -> None:
    for row in world.body.results.pending_manual():
        world.body.results.score_manual(row["attempt_id"], row["item_id"], 1, "R. Diaz")


def _decisions(world: World) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
        return db.execute("SELECT attempt_id, decision, reason, decided_by, decided_at FROM release_decisions "
                          "ORDER BY id").fetchall()


def test_release_gates_credentials_and_records_each_decision(imported: Imported, capsys, tmp_path: Path) -> None:
    world, session, home = imported.world, imported.session, imported.world.body.home.root
    body = ["--home", home]
    status, _, err = run_inline(capsys, *body, "results", "release", "--session", session, "--by", "A. Admin")
    assert_one_line_refusal(status, err, "cannot be released yet", "held for review", "decide whether it counts")

    _mark_everything(world)
    status, _, err = run_inline(capsys, *body, "credential", "issue", "-o", tmp_path / "early")
    assert_one_line_refusal(status, err, "No credential was issued", "not released", "results release --session")
    assert not list((tmp_path / "early").glob("*.json"))

    status, _, err = run_inline(capsys, *body, "results", "decide", imported.late, "--decision", "exclude",
                                "--reason", "   ", "--by", "A. Admin")
    assert_one_line_refusal(status, err, "needs a reason")
    assert _decisions(world) == []
    status, out, err = run_inline(capsys, *body, "results", "decide", imported.late, "--decision", "exclude",
                                  "--reason", REASON, "--by", "A. Admin")
    assert status == 0 and f"do not count it: {REASON} (A. Admin" in out, err
    [(attempt, decision, reason, who, when)] = _decisions(world)
    assert (attempt, decision, reason, who) == (imported.late, EXCLUDE, REASON, "A. Admin") and when

    status, out, err = run_inline(capsys, *body, "results", "review", "--session", session)
    assert status == 0 and f"decided: do not count it: {REASON}" in out and "found: event 8" in out, err
    assert "It can be released." in err

    status, out, err = run_inline(capsys, *body, "results", "release", "--session", session, "--by", "A. Admin")
    assert status == 0 and "Released the results" in out, err
    status, out, _ = run_inline(capsys, *body, "results", "sessions")
    assert f"{session}  mini-exam  Center One  7 candidates  released by A. Admin" in out

    status, _, err = run_inline(capsys, *body, "results", "decide", imported.late, "--decision", "count",
                                "--reason", "changed my mind", "--by", "B. Other")
    assert_one_line_refusal(status, err, "already released", "decisions are closed")
    assert len(_decisions(world)) == 1

    out_dir = tmp_path / "credentials"
    status, out, err = run_inline(capsys, *body, "credential", "issue", "-o", out_dir)
    assert status == 0, err
    review = world.body.release.review(session)
    passes = {a.facts.attempt_id for a in review.attempts if a.outcome == PASSED}
    issued = [json.loads(p.read_text()) for p in out_dir.glob("*.json") if p.name != "status-list.json"]
    assert len(issued) == len(passes) >= 2 and imported.late not in {
        r.credential_id for r in world.body.credentials.issued()}
    # the evidence names the center as people know it, not its key's fingerprint
    assert {c["evidence"][0]["name"] for c in issued} == {"Assessed at Center One"}
    fingerprint = world.center.keys.identity("center").fingerprint
    assert all(fingerprint not in json.dumps(c) for c in issued)
    numbers = {c["credentialSubject"]["identifier"][0]["identityHash"] for c in issued}
    assert "C-LATE" not in numbers

    # revoke one, with a reason: the list says so, and the new status list revokes it
    target = world.body.credentials.issued()[0]
    status, _, err = run_inline(capsys, *body, "credential", "revoke", target.credential_id, "--reason", " ",
                                "-o", out_dir)
    assert_one_line_refusal(status, err, "reason is required")
    status, out, err = run_inline(capsys, *body, "credential", "revoke", target.credential_id, "--reason",
                                  "Misconduct found after the exam", "-o", out_dir)
    assert status == 0, err
    status, out, _ = run_inline(capsys, *body, "credential", "list")
    line = next(x for x in out.splitlines() if x.startswith(target.credential_id))
    assert "revoked" in line and "Misconduct found after the exam" in line
    others = [x for x in out.splitlines() if not x.startswith(target.credential_id)]
    assert len(others) == len(passes) - 1 and all(x.endswith("valid") for x in others)
    revoked_file = out_dir / f"{target.credential_id.removeprefix('urn:uuid:')}.json"
    status, _, err = run_inline(capsys, "--home", tmp_path / "employer", "credential", "verify", revoked_file,
                                "--issuer", world.body_file)
    assert_one_line_refusal(status, err, "has been revoked by its issuer")
    kept = next(p for p in out_dir.glob("*.json") if p.name not in ("status-list.json", revoked_file.name))
    status, out, err = run_inline(capsys, "--home", tmp_path / "employer", "credential", "verify", kept,
                                  "--issuer", world.body_file)
    assert status == 0 and "OK" in out, err


def test_a_mark_changed_after_release_takes_the_session_back(held_template: Imported, tmp_path: Path, capsys) -> None:
    made = copy_held(held_template, tmp_path / "world")
    world, session = made.world, made.session
    try:
        _mark_everything(world)
        release = world.body.release
        release.decide(made.late, COUNT, "The late answers were entered by the proctor by mistake; "
                       "the candidate's own answers stand", "A. Admin")
        release.release(session, "A. Admin")
        first = world.body.credentials.issue(tmp_path / "c1")
        assert first.issued and first.unreleased == 0
        attempts = ResultsRepository(world.body.station.db).attempts()
        earned, waiting = release.released_passes(attempts)
        assert len(earned) == len(first.issued) and waiting == 0
        # a marker changes a mark after the release: the release no longer covers the results
        some = next(a for a in release.review(session).attempts if a.facts.attempt_id != made.late)
        world.body.results.score_manual(some.facts.attempt_id, "q-manual", 0, "R. Diaz")
        assert release.status(session).state == "changed since its release"
        still_passing = {a.facts.attempt_id for a in release.review(session).attempts if a.outcome == PASSED}
        attempts = ResultsRepository(world.body.station.db).attempts()
        earned, waiting = release.released_passes(attempts)
        assert earned == set() and waiting == len(still_passing) >= 1
        again = world.body.credentials.issue(tmp_path / "c2")  # those issued stay issued; nothing new
        assert again.issued == [] and again.already == len(first.issued)
        release.release(session, "A. Admin")
        assert release.status(session).state == "released"
        assert release.released_passes(attempts)[0] == still_passing
    finally:
        world.close()


def test_score_letters_only_for_released_results_and_they_say_the_result(held_template: Imported, tmp_path: Path, qapp, capsys) -> None:
    from app.ui.admin.letter_pdf import write_letter_pdf
    made = copy_held(held_template, tmp_path / "world")
    world, session = made.world, made.session
    try:
        _mark_everything(world)
        release = world.body.release
        with pytest.raises(ExamStationError, match="only for released results"):
            session_letters(release, session, "Test Credential Body")
        release.decide(made.late, EXCLUDE, REASON, "A. Admin")
        release.release(session, "A. Admin")
        status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "letterhead")
        assert status == 0 and out.startswith("Letterhead: Test Credential Body"), err  # the body key's name
        status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "letterhead", "--name",
                                      "Clean Energy Credentials Board", "--address", "12 Solar Way\\nLisbon 1000-001")
        assert status == 0 and "    Lisbon 1000-001" in out, err
        letters = {letter.candidate_number: letter for letter in session_letters(release, session, "x")}
        passed = next(letter for letter in letters.values() if letter.outcome == PASSED)
        late = letters["C-LATE"]
        for letter in (passed, late):
            pdf = write_letter_pdf(letter, tmp_path / letter.file_name)
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert "Clean Energy Credentials Board" in text and "12 Solar Way" in text
            assert letter.candidate_name in text and f"Result: {letter.outcome.capitalize()}" in text
        assert "Written test:" in _text(tmp_path / passed.file_name)
        assert "How you did in each area" in _text(tmp_path / passed.file_name)
        late_text = " ".join(_text(tmp_path / late.file_name).split())
        assert "Result: Not counted" in late_text and "What was decided, and why" in late_text
        assert REASON in late_text and "Written test" not in late_text
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(tmp_path / passed.file_name),
                        str(tmp_path / "letter")], check=True)
    finally:
        world.close()


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_release_queries_on_postgresql(held_template: Imported, tmp_path: Path, postgres_url: str) -> None:
    made = copy_held(held_template, tmp_path / "world")
    url = fresh_postgres_database(postgres_url, "body_release")
    central = create_services(made.world.body.home.root, passphrase, database_url=url)
    try:
        central.results.import_bundle(made.bundle)
        for row in central.results.pending_manual():
            central.results.score_manual(row["attempt_id"], row["item_id"], 1, "R. Diaz")
        release = central.release
        [status] = release.sessions()
        assert (status.session_id, status.center_name, status.candidates, status.state) == (
            made.session, "Center One", 7, "not released")
        with pytest.raises(ExamStationError, match="held for review"):
            release.release(made.session, "A. Admin")
        release.decide(made.late, VOID, REASON, "A. Admin")
        review = release.review(made.session)
        late = next(a for a in review.attempts if a.facts.attempt_id == made.late)
        assert late.outcome == VOIDED and late.history[-1].reason == REASON and review.blockers == []
        release.release(made.session, "A. Admin")
        assert release.status(made.session).state == "released"
        report = central.credentials.issue(tmp_path / "pg-credentials")
        assert report.issued and report.unreleased == 0
        assert made.late not in {r.credential_id for r in central.credentials.issued()}
        evidence = {json.loads(p.read_text())["evidence"][0]["name"] for p in report.issued}
        assert evidence == {"Assessed at Center One"}
        # the body's home SQLite knows nothing of it: everything went to PostgreSQL
        assert made.world.body.release.status(made.session).state == "not released"
    finally:
        central.close()
        made.world.close()


# -- the rules themselves -------------------------------------------------------------------
def _facts(**changes) -> AttemptFacts:
    base = {"attempt_id": "a", "candidate_number": "C1", "state": "submitted",
            "details": {"composite_complete": True, "composite_passed": True, "pending_manual": []},
            "findings": [], "open_checklists": [], "decision": None}
    return AttemptFacts(**{**base, **changes})


def _decided(kind: str) -> Decision:
    return Decision("a", kind, "why", "A. Admin", datetime(2026, 1, 1, tzinfo=timezone.utc))


def test_final_outcomes() -> None:
    held = {"composite_complete": True, "composite_passed": False, "pending_manual": [],
            "held": {"composite_passed": True, "written_passed": True}}
    assert final_outcome(_facts()) == PASSED
    assert final_outcome(_facts(details={**held, "held": {"composite_passed": False}}, findings=["x"],
                                decision=_decided(COUNT))) == NOT_PASSED
    assert final_outcome(_facts(details=held, findings=["x"])) == HELD
    assert final_outcome(_facts(details=held, findings=["x"], decision=_decided(COUNT))) == PASSED
    assert final_outcome(_facts(decision=_decided(EXCLUDE))) == NOT_COUNTED
    assert final_outcome(_facts(decision=_decided(VOID))) == VOIDED
    assert final_outcome(_facts(state="voided")) == VOIDED
    assert final_outcome(_facts(details={"composite_complete": False, "pending_manual": ["q"]})) == PENDING
    assert final_outcome(_facts(details={"composite_complete": False, "pending_manual": []})) == INCOMPLETE


def test_what_blocks_a_release() -> None:
    assert blockers([_facts()]) == []
    assert "decide whether it counts" in blockers([_facts(findings=["late answers"])])[0]
    pending = _facts(details={"composite_complete": False, "pending_manual": ["q1", "q2"]})
    assert blockers([pending]) == ["Candidate C1: 2 answer(s) still to be marked."]
    # an attempt that does not count needs no marks and no reconciliation
    assert blockers([_facts(details=pending.details, open_checklists=["wiring"], decision=_decided(EXCLUDE))]) == []
    assert "disagree" in blockers([_facts(open_checklists=["wiring"])])[0]


def test_incidents_voids_and_checklists_read_for_the_review() -> None:
    from app.services.release import _checklists, _incidents
    incidents, voided = _incidents([
        ("a1", "incident", "2026-06-01T09:12:30.000+00:00", json.dumps({"type": "noise_disruption",
                                                                         "description": "drill next door"})),
        ("a1", "incident", "2026-06-01T09:40:00.000+00:00", json.dumps({})),
        ("a2", "voided", "2026-06-01T09:50:00.000+00:00", json.dumps({"reason": "phone out", "by": "pat"}))])
    assert incidents == {"a1": ["noise disruption at 09:12: drill next door", "incident at 09:40"]}
    assert voided == {"a2": "phone out"}
    marks_one, marks_two = {"s1": "done", "s2": "done"}, {"s1": "done", "s2": "not_done"}
    evaluation = lambda attempt, kind, marks, notes=None: (attempt, json.dumps(  # noqa: E731
        {"checklist_id": "wiring", "kind": kind, "marks": marks, "notes": notes or {}, "evaluator": "eve"}))
    open_ones, reconciled = _checklists([
        evaluation("a1", "first", marks_one), evaluation("a1", "second", marks_two),          # disagree, open
        evaluation("a2", "first", marks_one), evaluation("a2", "second", marks_two),
        evaluation("a2", "reconciled", marks_one, {"s2": "seen on the video"}),              # settled
        evaluation("a3", "first", marks_one), evaluation("a3", "second", marks_one)])         # agree
    assert open_ones == {"a1": ["wiring"]}
    assert reconciled == {"a2": ["wiring: reconciled by eve (seen on the video)"]}
