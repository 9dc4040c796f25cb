"""Score letters: one per candidate of a released session, on the body's letterhead: the
result, what was decided about the attempt and why, and feedback by domain. Built here as
plain data and simple HTML; the window lays the HTML out into a PDF (app.ui.admin.letter_pdf)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from app.domain.errors import ExamStationError, template
from app.domain.release import COUNT, EXCLUDE, HELD, NOT_COUNTED, PASSED, VOID, VOIDED
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
    checklists: list[str] = field(default_factory=list)   # "Wiring check: passed"
    decision: str | None = None      # what was decided about the attempt and why
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
    checklists = [f"{checklist_titles.get(k, k)}: {_checklist_word(v)}" for k, v in sorted(details["checklists"].items())]
    decision = review.facts.decision
    return Letter(
        review.facts.attempt_id, body_name, address, released_at, review.candidate_name, review.facts.candidate_number,
        exam.title if exam else attempt.exam_id, exam.credential.name if exam else "", center, review.outcome,
        attempt.percent, attempt.raw, attempt.maximum, attempt.scaled,
        exam.scoring.cut_score_percent if exam else None, checklists if counted else [],
        f"{DECISION_SENTENCES[decision.decision]} Reason: {decision.reason}" if decision else None,
        [(titles.get(d, d), p) for d, p in sorted(details.get("domains", {}).items())] if counted else [])


def _checklist_word(summary: dict) -> str:
    return "not evaluated" if summary.get("passed") is None else ("passed" if summary["passed"] else "not passed")


DECISION_SENTENCES = {COUNT: "The credential body reviewed this attempt and decided that it counts.",
                      EXCLUDE: "The credential body reviewed this attempt and decided that it does not count.",
                      VOID: "The credential body reviewed this attempt and voided it."}
RESULT_SENTENCES = {
    PASSED: "You passed. Your credential is issued by the body and can be verified by anyone you show it to.",
    VOIDED: "This attempt was voided, so it has no result.",
    NOT_COUNTED: "This attempt does not count, so it has no result.",
}


def letter_html(letter: Letter) -> str:
    """The letter as simple HTML (what QTextDocument lays out well: tables, no CSS layout)."""
    address = "<br>".join(escape(line) for line in letter.body_address.splitlines())
    parts = [f"<p><span style='font-size:16pt'><b>{escape(letter.body_name)}</b></span><br>{address}</p><hr>",
             f"<p>{letter.date:%d %B %Y}</p>",
             f"<p>{escape(letter.candidate_name)}<br>Candidate number {escape(letter.candidate_number)}</p>",
             f"<h2>Score letter: {escape(letter.exam_title)}</h2>",
             f"<p>Sat at {escape(letter.center_name)}." + (f" Credential: {escape(letter.credential_name)}."
                                                          if letter.credential_name else "") + "</p>",
             f"<p style='font-size:14pt'><b>Result: {escape(letter.outcome.capitalize())}</b></p>"]
    if letter.outcome not in (VOIDED, NOT_COUNTED):
        cut = f" (the pass mark is {letter.cut_percent:g} %)" if letter.cut_percent is not None else ""
        scaled = f"; scaled score {letter.scaled:.0f}" if letter.scaled is not None else ""
        parts.append(f"<p>Written test: {letter.raw:g} of {letter.maximum:g} points, {letter.percent:.0f} %{cut}"
                     f"{scaled}.</p>")
    if letter.outcome in RESULT_SENTENCES:
        parts.append(f"<p>{RESULT_SENTENCES[letter.outcome]}</p>")
    if letter.checklists:
        parts.append("<h3>Practical assessment</h3><ul>" + "".join(f"<li>{escape(c)}</li>" for c in letter.checklists)
                     + "</ul>")
    if letter.decision:
        parts.append(f"<h3>What was decided, and why</h3><p>{escape(letter.decision)}</p>")
    if letter.domains:
        rows = "".join(f"<tr><td>{escape(name)}</td><td align='right'>{percent:.0f} %</td></tr>"
                       for name, percent in letter.domains)
        parts.append("<h3>How you did in each area</h3>"
                     "<table border='1' cellspacing='0' cellpadding='4'><tr><th align='left'>Area</th>"
                     f"<th align='right'>Points gained</th></tr>{rows}</table>")
    parts.append("<p>If you believe a mistake was made, write to the body within 30 days, quoting your candidate "
                 "number.</p>")
    return "".join(parts)


__all__ = ["Letter", "letter_html", "session_letters"]
