"""Scoring a performance checklist: Done / Not done / N/A per step, the points threshold,
critical steps, and reconciling two evaluators."""

from __future__ import annotations

import hashlib
import json

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Literal, Mapping

from app.domain.exam import Checklist
from app.domain.reasons import (
    BELOW_PERCENT, BELOW_POINTS, CRITICAL_STEP_NOT_DONE, STEP_FAILURES, STEP_NOT_APPLICABLE, STEPS_NOT_MARKED, Reason,
)

Mark = Literal["done", "not_done", "na"]
MARKS: tuple[str, ...] = ("done", "not_done", "na")


@dataclass(frozen=True, slots=True)
class ChecklistOutcome:
    points: float
    possible: float          # points of the steps that apply (N/A steps excluded)
    percent: float
    passed: bool
    complete: bool           # every step has a mark
    why: tuple[Reason, ...]  # why it failed (or what is missing): codes a screen words in its language

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons in English, for the command line, reports and stored results."""
        return tuple(r.english() for r in self.why)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One signed evaluation of a candidate on a checklist; never changed once signed."""

    def record(self) -> dict:
        """The evaluation as files carry it (result bundles); the time in one spelling (UTC, to the
        microsecond) however the database returned it, so its digest is stable."""
        signed = self.signed_at if self.signed_at.tzinfo else self.signed_at.replace(tzinfo=timezone.utc)
        return {**asdict(self), "signed_at": signed.astimezone(timezone.utc).isoformat(timespec="microseconds")}

    id: str
    candidate_id: str
    attempt_id: str | None
    checklist_id: str
    evaluator: str
    kind: str                  # first | second | reconciled
    marks: dict[str, str]
    notes: dict[str, str]
    task_seconds: int
    signed_at: datetime


@dataclass(frozen=True, slots=True)
class ChecklistDraft:
    """An evaluator's marks in progress, kept as they are made and resumed after a cancel or a
    restart; `started` (seconds since the epoch) is when the task timer started."""

    candidate_id: str
    checklist_id: str
    evaluator: str
    marks: dict[str, str]
    notes: dict[str, str]
    started: float


PANEL = "+"  # a reconciliation both evaluators signed: "eve+sam"


def deciders(evaluation: Evaluation) -> list[str]:
    """Who decided a reconciliation's differences: both evaluators, or a third one."""
    return evaluation.evaluator.split(PANEL)


def missing_reasons(checklist: Checklist, marks: Mapping[str, str], notes: Mapping[str, str]) -> list[str]:
    """Critical steps marked Not done without a reason: each needs a short one before sign-off."""
    return [s.id for s in checklist.steps
            if s.critical and marks.get(s.id) == "not_done" and not notes.get(s.id, "").strip()]


def score_checklist(checklist: Checklist, marks: Mapping[str, str]) -> ChecklistOutcome:
    reasons: list[Reason] = []
    points = possible = 0.0
    missing = [s.id for s in checklist.steps if s.id not in marks]
    for step in checklist.steps:
        mark = marks.get(step.id)
        if mark == "na" and not step.allow_na:
            reasons.append(Reason(STEP_NOT_APPLICABLE, {"step": step.text}))
            mark = "not_done"
        if mark == "na":
            continue
        possible += step.points
        if mark == "done":
            points += step.points
        elif step.critical and checklist.all_critical and mark == "not_done":
            reasons.append(Reason(CRITICAL_STEP_NOT_DONE, {"step": step.text}))
    percent = 100.0 * points / possible if possible else 0.0
    threshold_ok = (points + 1e-9 >= checklist.min_points if checklist.min_points is not None
                    else percent + 1e-9 >= (checklist.min_percent or 0.0))
    if not threshold_ok:
        by_points = checklist.min_points is not None
        needed = checklist.min_points if by_points else checklist.min_percent
        reasons.append(Reason(BELOW_POINTS if by_points else BELOW_PERCENT,
                              {"points": points, "possible": possible, "percent": percent, "needed": needed}))
    if missing:
        reasons.append(Reason(STEPS_NOT_MARKED, {"count": len(missing)}))
    passed = not missing and threshold_ok and not any(r.code in STEP_FAILURES for r in reasons)
    return ChecklistOutcome(points, possible, round(percent, 2), passed, not missing, tuple(reasons))


def differences(first: Mapping[str, str], second: Mapping[str, str]) -> list[str]:
    """Steps the two evaluators marked differently: what a reconciliation must settle."""
    return sorted(s for s in set(first) | set(second) if first.get(s) != second.get(s))


def evaluation_digest(record: dict) -> str:
    """SHA-256 of an evaluation's record as canonical JSON: what the attempt's authenticated
    history holds for it (an `evaluated` event), so a changed mark is found."""
    text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
