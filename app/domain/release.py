"""Releasing a session's results at the body: what a result finally is once a person has
decided about what was found in it, and what still stands in the way of releasing.

Plain Python: the service (app.services.release) reads the rows and asks these questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.errors import template

COUNT, EXCLUDE, VOID = "count", "exclude", "void"
DECISIONS = (COUNT, EXCLUDE, VOID)
DECISION_WORDS = {COUNT: template("count it"), EXCLUDE: template("do not count it"), VOID: template("void it")}

PASSED, NOT_PASSED, INCOMPLETE, PENDING, HELD, NOT_COUNTED, VOIDED = (
    "passed", "not passed", "incomplete", "waiting for marks", "held for review", "not counted", "voided")


@dataclass(frozen=True)
class Decision:
    """What the administrator decided about one attempt, by whom, when and why (kept for good)."""

    attempt_id: str
    decision: str
    reason: str
    decided_by: str
    decided_at: datetime

    def line(self) -> str:
        """Words: the English line as a str, in the staff's language on the release tab."""
        return template("{decision}: {reason} ({who}, {at} UTC)", decision=DECISION_WORDS[self.decision],
                        reason=self.reason, who=self.decided_by, at=f"{self.decided_at:%Y-%m-%d %H:%M}")


@dataclass(frozen=True)
class AttemptFacts:
    """What the body holds about one attempt that matters to its release."""

    attempt_id: str
    candidate_number: str
    state: str                       # as the station's events say: submitted, timed_out, voided, ...
    details: dict                    # the stored result details (app.services.result_import)
    findings: list[str]              # the attempt-rule findings (Words, Finding.line()): not empty means held
    open_checklists: list[str] = field(default_factory=list)  # checklists two evaluators still disagree on
    decision: Decision | None = None

    @property
    def held(self) -> bool:
        return bool(self.findings)

    @property
    def pending_marks(self) -> int:
        return len(self.details.get("pending_manual", []))


def finding_reason(line: str) -> str:
    """A finding's reason without its "event N: " (the same rule broken by several events is
    listed once)."""
    reason = getattr(line, "values", {}).get("reason")
    return reason if isinstance(reason, str) else line


def final_outcome(facts: AttemptFacts) -> str:
    """The result as the candidate will be told it: a decision to void or not to count wins;
    a held attempt counts only once a person said so, and then by what its scores give."""
    decision = facts.decision.decision if facts.decision else None
    if decision == VOID or facts.state == "voided":
        return VOIDED
    if decision == EXCLUDE:
        return NOT_COUNTED
    if facts.held and decision != COUNT:
        return HELD
    if facts.pending_marks:
        return PENDING
    if not facts.details.get("composite_complete"):
        return INCOMPLETE
    scored = facts.details.get("held", facts.details) if facts.held else facts.details
    return PASSED if scored.get("composite_passed") else NOT_PASSED


def earns_credential(facts: AttemptFacts, released: bool) -> bool:
    return released and final_outcome(facts) == PASSED


def needs_decision(facts: AttemptFacts) -> bool:
    """Held attempts cannot be released until a person decides whether they count."""
    return facts.held and facts.decision is None


def blockers(attempts: list[AttemptFacts]) -> list[str]:
    """Why a session cannot be released yet, one line each (empty: it can), as Words: English as
    a str, in the staff's language on the release tab."""
    found: list[str] = []
    for facts in attempts:
        number = facts.candidate_number
        if needs_decision(facts):
            found.append(template("Candidate {number}: held for review ({finding}); decide whether it counts.",
                                  number=number, finding=facts.findings[0]))
        if final_outcome(facts) in (VOIDED, NOT_COUNTED):
            continue  # what is left unmarked in an attempt that does not count does not matter
        if facts.pending_marks:
            found.append(template("Candidate {number}: {count} answer(s) still to be marked.",
                                  number=number, count=facts.pending_marks))
        for checklist in facts.open_checklists:
            found.append(template("Candidate {number}: the two evaluators of '{checklist}' disagree and have not "
                                  "reconciled.", number=number, checklist=checklist))
    return found
