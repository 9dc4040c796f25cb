"""What has been signed for a candidate's checklist, the result with its reason, and the
credential's composite result (written test and checklists), in words."""

from __future__ import annotations

from app.domain.checklist import differences
from app.domain.exam import Exam
from app.domain.order import delivered_form
from app.domain.scoring import score_form
from app.services.context import Services
from app.ui.proctor.common import tr

FINISHED = ("submitted", "timed_out")


def describe(services: Services, exam: Exam, session_id: str, candidate_id: str,
             checklist_id: str) -> tuple[str, bool]:
    """The summary text, and whether a reconciliation is due."""
    evaluations = services.evaluation.repo.of_candidate(candidate_id, checklist_id)
    signed = [e for e in evaluations if e.kind in ("first", "second")]
    reconciled = [e for e in evaluations if e.kind == "reconciled"]
    lines = [_signed_line(e) for e in signed]
    due = len(signed) == 2 and not reconciled and bool(differences(signed[0].marks, signed[1].marks))
    if not signed:
        lines.append(tr("Not evaluated yet. Choose the evaluator and start the evaluation."))
    elif len(signed) == 1:
        lines.append(tr("A second evaluator may now score the same performance on their own; they do not see "
                        "these marks."))
    if reconciled:
        lines.append(tr("Differences reconciled by {who} on steps: {steps}.").format(
            who=reconciled[-1].evaluator, steps=", ".join(sorted(reconciled[-1].notes))))
    if due:
        count = len(differences(signed[0].marks, signed[1].marks))
        lines.append(tr("The two evaluators marked {n} step(s) differently: reconcile them to get a result.")
                     .format(n=count))
    outcome = services.evaluation.outcome(exam, checklist_id, candidate_id)
    if outcome is not None:
        verdict = tr("PASSED") if outcome.passed else tr("FAILED")
        lines.append(tr("Checklist result: {verdict}, {p:g} of {q:g} points ({pc:.0f} %).").format(
            verdict=verdict, p=outcome.points, q=outcome.possible, pc=outcome.percent))
        if not outcome.passed:
            lines.append(tr("Reason: {why}.").format(why="; ".join(outcome.reasons)))
    lines.append(_composite_line(services, exam, session_id, candidate_id))
    return "\n".join(lines), due


def _signed_line(evaluation) -> str:
    kind = tr("first evaluation") if evaluation.kind == "first" else tr("second evaluation")
    minutes, seconds = divmod(evaluation.task_seconds, 60)
    return tr("Signed: {kind} by {who} at {at} (task time {m}:{s:02d}).").format(
        kind=kind, who=evaluation.evaluator, at=evaluation.signed_at.strftime("%H:%M"), m=minutes, s=seconds)


def _composite_line(services: Services, exam: Exam, session_id: str, candidate_id: str) -> str:
    written = None
    for attempt in services.delivery.repo.attempts_of_session(session_id):
        if attempt.candidate_id == candidate_id:
            state = services.delivery.observe(attempt.id, exam).state
            if state.state in FINISHED:
                written = score_form(exam, delivered_form(exam.form(state.form_id), state.seed), state.responses)
    result = services.evaluation.composite(exam, candidate_id, written)
    rule = exam.scoring.composite
    if not result.complete:
        return tr("Credential result ({rule}): not complete yet — {why}.").format(rule=rule,
                                                                                 why="; ".join(result.reasons))
    verdict = tr("EARNED") if result.passed else tr("NOT EARNED")
    reasons = (" — " + "; ".join(result.reasons)) if result.reasons else ""
    return tr("Credential result ({rule}): {verdict}{reasons}.").format(rule=rule, verdict=verdict, reasons=reasons)
