"""Score letters: one per candidate of a released session, on the body's letterhead: the
result, what was decided about the attempt and why, and feedback by domain. Built here as
plain data (outcomes and decisions as the domain's codes); the window words it in the staff's
language and lays it out into a PDF (app.ui.admin.letter_pdf)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.errors import ExamStationError, template
from app.domain.release import HELD, NOT_COUNTED, VOIDED
from app.services.release import CHANGED, RELEASED, AttemptReview, ReleaseService


@dataclass(frozen=True)
class Letter:
    attempt_id: str
    body_name: str
    body_address: str
    date: datetime
    candidate_name: str
    candidate_number: str
    exam_title: str
    credential_name: str
    center_name: str
    outcome: str                     # app.domain.release's words: passed, not passed, voided, ...
    percent: float
    raw: float
    maximum: float
    scaled: float | None
    cut_percent: float | None
    checklists: list[tuple[str, bool | None]] = field(default_factory=list)  # (title, passed; None: not evaluated)
    decision: str | None = None      # what was decided about the attempt (app.domain.release: count, exclude, void)
    decision_reason: str = ""        # and why, in the administrator's words
    domains: list[tuple[str, float]] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.candidate_number)[:60]
        return f"score-letter-{safe or 'candidate'}-{self.attempt_id[:8]}.pdf"


def session_letters(release: ReleaseService, session_id: str, body_name: str) -> list[Letter]:
    """A letter for every candidate of a released session; refused while it is not released."""
    review = release.review(session_id)
    if review.status.state != RELEASED:
        raise ExamStationError("Score letters are written only for released results, and this session's are not "
                               "({state}).", "Release the session first, then write the letters.",
                               state=template("changed since its release") if review.status.state == CHANGED
                               else template("not released"))
    released_at = review.status.released_at
    if released_at is None:  # a released session always records when; an older database may not
        raise ExamStationError("This session is released but its release time is not recorded.",
                               "Release it again (the release tab), then write the letters.")
    name, address = release.letterhead()
    centers = release.center_names([a.facts.attempt_id for a in review.attempts])
    return [_letter(release, a, name or body_name, address, centers.get(a.facts.attempt_id, ""),
                    released_at) for a in review.attempts]


def _letter(release: ReleaseService, review: AttemptReview, body_name: str, address: str, center: str,
            released_at: datetime) -> Letter:
    attempt = release.attempt(review.facts.attempt_id)
    if attempt is None:  # the review was made from the imported attempts a moment ago
        raise ExamStationError("The attempt {attempt_id} is no longer among the imported results.",
                               "Open the session's review again, then write the letters.",
                               attempt_id=review.facts.attempt_id)
    exam = release.exam(attempt.package_id)
    details = review.facts.details
    titles = {d.id: d.title for d in exam.domains} if exam else {}
    counted = review.outcome not in (VOIDED, NOT_COUNTED, HELD)
    checklist_titles = {c.id: c.title for c in exam.checklists} if exam else {}
    checklists = [(checklist_titles.get(k, k), v.get("passed")) for k, v in sorted(details["checklists"].items())]
    decision = review.facts.decision
    return Letter(
        review.facts.attempt_id, body_name, address, released_at, review.candidate_name, review.facts.candidate_number,
        exam.title if exam else attempt.exam_id, exam.credential.name if exam else "", center, review.outcome,
        attempt.percent, attempt.raw, attempt.maximum, attempt.scaled,
        exam.scoring.cut_score_percent if exam else None, checklists if counted else [],
        decision.decision if decision else None, decision.reason if decision else "",
        domains=[(titles.get(d, d), p) for d, p in sorted(details.get("domains", {}).items())] if counted else [])


__all__ = ["Letter", "session_letters"]
