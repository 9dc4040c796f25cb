"""Random body databases for the report tests and bench: imported bundles from several centers,
attempts in every state (held, waiting for a marker, voided, incomplete, decided), responses
with partial credit, missing and blank answers, incidents (the proctor's among them) and rest
breaks, written straight into the tables as an import and the release step would leave them."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert

from app.domain.exam import Exam
from app.formats.exam_source import load_exam_source
from app.store.database import Database
from app.store.release import ReleaseDecisionRecord
from app.store.results_models import (
    BodyExamRecord, ImportedBundleRecord, ResultAttemptRecord, ResultEventRecord, ResultResponseRecord,
)
from tests.conftest import MINI_EXAM

SECOND_FORM = """
  - id: B
    title: Form B
    sections:
      - id: B1
        title: Only section
        items: [q-single, q-multi, q-tf, q-num, q-order, q-match, q-hot, q-text, q-pattern]
"""
PACKAGES = {"pkg-1": "mini-exam", "pkg-2": "mini-exam", "pkg-3": "other-exam"}   # two versions of one exam
CENTERS = [("North Center", "AAAA-BBBB-CCCC-DDDD"), ("Süd Zentrum", "EEEE-FFFF-GGGG-HHHH"),
           ("", "IIII-JJJJ-KKKK-LLLL")]                       # a bundle without a name: the fingerprint shows
STATES = ["submitted"] * 7 + ["timed_out"] * 2 + ["voided", "in_progress", "paused"]
INCIDENT_TYPES = ["focus_lost", "clipboard_blocked", "exit_unlocked", "disruption", "", None]
HELD = '[{"reason": "answered after the end", "rule": "order", "seq": 3}]'
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def two_form_exam(folder: Path) -> Exam:
    """The tests' mini exam with a second form."""
    source = folder / "two-forms"
    shutil.copytree(MINI_EXAM, source)
    (source / "exam.yaml").write_text((source / "exam.yaml").read_text() + SECOND_FORM)
    return load_exam_source(source)


@dataclass
class Rows:
    bundles: list[dict]
    attempts: list[dict]
    responses: list[dict]
    events: list[dict]
    decisions: list[dict]


def random_body(db: Database, exam: Exam, seed: int, attempts: int = 120) -> Rows:
    """Write a random body of `attempts` attempts into `db` (migrated, empty) and return its rows."""
    rng = random.Random(seed)
    rows = Rows([], [], [], [], [])
    sessions = []
    for number, (name, fingerprint) in enumerate(CENTERS * 2):
        package = rng.choice(list(PACKAGES))
        session = f"session-{number}"
        rows.bundles.append({"bundle_id": f"bundle-{number}", "center_fingerprint": fingerprint, "center_name": name,
                             "session_id": session, "package_id": package, "imported_at": NOW,
                             "audit_head": "0" * 64, "payload_digest": None, "extends": None})
        sessions.append((f"bundle-{number}", session, package, fingerprint))
    numbers = rng.sample(range(10000, 99999), attempts)
    for index in range(attempts):
        rows.attempts.append(_attempt(rng, exam, index, numbers[index], rng.choice(sessions), rows))
    for attempt in rng.sample(rows.attempts, attempts // 5):
        for _ in range(rng.randint(1, 3)):   # the last one stands
            rows.decisions.append({"attempt_id": attempt["attempt_id"], "session_id": attempt["session_id"],
                                   "decision": rng.choice(["count", "exclude", "void"]), "reason": "Checked.",
                                   "decided_by": "Pat Admin", "decided_at": NOW})
    write(db, rows)
    return rows


def _attempt(rng: random.Random, exam: Exam, index: int, number: int, session: tuple, rows: Rows) -> dict:
    bundle, session_id, package, fingerprint = session
    form = rng.choice(["A", "B"])
    attempt_id = f"attempt-{index:05d}"
    raw = 0.0
    for item_id in exam.form(form).item_ids:
        if rng.random() < 0.1:
            continue   # no response row at all: scored 0 and omitted
        maximum = rng.choice([1.0, 1.0, 2.0, 3.0, 0.0])
        score = rng.choice([0.0, maximum, rng.uniform(0, maximum)]) if maximum else 0.0
        raw += score
        rows.responses.append({"attempt_id": attempt_id, "item_id": item_id, "score": score, "max_score": maximum,
                               "response": None if rng.random() < 0.15 else _answer(rng, item_id)})
    held = rng.random() < 0.15
    details = {"domains": {"d1": rng.uniform(0, 100)}, "checklists": {}, "composite_complete": rng.random() < 0.9,
               "composite_passed": rng.random() < 0.5,
               "pending_manual": ["q-manual"] * rng.choice([0, 0, 0, 0, 1, 2])}
    if held and rng.random() < 0.8:
        details["held"] = {"written_passed": rng.random() < 0.6, "composite_passed": False}
    incidents = _events(rng, attempt_id, rows)
    return {"attempt_id": attempt_id, "bundle_id": bundle, "content_hash": "0" * 64, "session_id": session_id,
            "package_id": package, "exam_id": PACKAGES[package], "form_id": form, "center_fingerprint": fingerprint,
            "candidate_number": f"C{number}", "candidate_name": f"Candidate {number}", "candidate": "{}",
            "state": rng.choice(STATES), "raw": raw, "maximum": 17.0, "percent": raw / 17.0 * 100,
            "written_passed": (not held) and rng.random() < 0.6, "scaled": rng.choice([None, rng.uniform(100, 500)]),
            "elapsed_ms": rng.randint(60_000, 3_600_000), "incidents": incidents + rng.randint(0, 2),
            "details": json.dumps(details, sort_keys=True), "findings": HELD if held else "[]"}


def _answer(rng: random.Random, item_id: str) -> str:
    if item_id == "q-multi":
        return json.dumps(rng.sample(["A", "b", "c", "d"], rng.randint(1, 3)))
    if item_id == "q-tf":
        return json.dumps(rng.choice([True, False]))
    return json.dumps(rng.choice(["a", "B", "c", "Reverse current"]))


def _events(rng: random.Random, attempt_id: str, rows: Rows) -> int:
    """Incidents and pauses of one attempt; how many incidents."""
    incidents = 0
    for seq in range(1, rng.randint(1, 8)):
        kind = rng.choice(["incident", "incident", "paused", "answered"])
        if kind == "incident":
            incidents += 1
            kept = rng.choice(INCIDENT_TYPES)
            data = {} if kept is None else {"type": kept, "description": "seen"}
        elif kind == "paused":
            data = rng.choice([{"rest_break": True}, {"rest_break": False}, {}])
        else:
            data = {"item": "q-single"}
        rows.events.append({"attempt_id": attempt_id, "seq": seq, "kind": kind, "elapsed_ms": seq * 1000,
                            "at": "2026-12-01T09:00:00Z", "data": json.dumps(data), "mac": None})
    return incidents


def write(db: Database, rows: Rows) -> None:
    with db.engine.begin() as connection:
        connection.execute(insert(BodyExamRecord), [
            {"package_id": p, "exam_id": e, "exam_version": "1", "content": "sealed", "built_at": NOW,
             "recipients": None, "not_before": None, "not_after": None} for p, e in PACKAGES.items()])
        for model, values in ((ImportedBundleRecord, rows.bundles), (ResultAttemptRecord, rows.attempts),
                              (ResultResponseRecord, rows.responses), (ResultEventRecord, rows.events),
                              (ReleaseDecisionRecord, rows.decisions)):
            if values:
                connection.execute(insert(model), values)
