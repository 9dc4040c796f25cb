"""What has been signed for a candidate's checklist, the result with its reason, and the
credential's composite result (written test and checklists), in words. The evaluation
service decides all of it; this module only says it."""

from __future__ import annotations

from app.domain.checklist import Evaluation
from app.domain.exam import Exam
from app.services.context import Services
from app.services.evaluation import ChecklistStatus, CompositeResult
from app.ui.proctor.common import tr
from app.ui.widgets.rule_words import checklist_titles, reasons_words, rule_words


def describe(services: Services, exam: Exam, session_id: str, candidate_id: str,
             checklist_id: str) -> tuple[str, bool]:
    """The summary text, and whether a reconciliation is due."""
    status = services.evaluation.status(exam, session_id, candidate_id, checklist_id)
    lines = [_signed_line(e) for e in status.signed] + _progress_lines(status)
    outcome = status.outcome
    if outcome is not None:
        verdict = tr("PASSED") if outcome.passed else tr("FAILED")
        lines.append(tr("Checklist result: {verdict}, {p:g} of {q:g} points ({pc:.0f} %).").format(
            verdict=verdict, p=outcome.points, q=outcome.possible, pc=outcome.percent))
        if not outcome.passed:
            lines.append(tr("Reason: {why}.").format(why=reasons_words(outcome.why, checklist_titles(exam))))
    lines.append(_credential_line(status.credential, exam))
    return "\n".join(lines), status.reconciliation_due


def _progress_lines(status: ChecklistStatus) -> list[str]:
    lines = []
    if not status.signed:
        lines.append(tr("Not evaluated yet. Choose the evaluator and start the evaluation."))
    elif len(status.signed) == 1:
        lines.append(tr("A second evaluator may now score the same performance on their own; they do not see "
                        "these marks."))
    if status.reconciled is not None:
        lines.append(tr("Differences reconciled by {who} on steps: {steps}.").format(
            who=status.reconciled.evaluator, steps=", ".join(sorted(status.reconciled.notes))))
    if status.reconciliation_due:
        lines.append(tr("The two evaluators marked {n} step(s) differently: reconcile them to get a result.")
                     .format(n=len(status.open_steps)))
    return lines


def _signed_line(evaluation: Evaluation) -> str:
    kind = tr("first evaluation") if evaluation.kind == "first" else tr("second evaluation")
    minutes, seconds = divmod(evaluation.task_seconds, 60)
    return tr("Signed: {kind} by {who} at {at} (task time {m}:{s:02d}).").format(
        kind=kind, who=evaluation.evaluator, at=evaluation.signed_at.strftime("%H:%M"), m=minutes, s=seconds)


def _credential_line(result: CompositeResult, exam: Exam) -> str:
    titles = checklist_titles(exam)
    rule = rule_words(exam.scoring.composite, titles)
    if not result.complete:
        return tr("Credential result (needs {rule}): not complete yet — {why}.").format(
            rule=rule, why=reasons_words(result.why, titles))
    verdict = tr("EARNED") if result.passed else tr("NOT EARNED")
    reasons = (" — " + reasons_words(result.why, titles)) if result.why else ""
    return tr("Credential result (needs {rule}): {verdict}{reasons}.").format(rule=rule, verdict=verdict,
                                                                              reasons=reasons)
