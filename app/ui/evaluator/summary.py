"""What has been signed for a candidate's checklist, the result with its reason, and the
credential's composite result (written test and checklists), in words. While one evaluation
is signed, nothing of it but who signed and when is said (a second evaluator may be next),
unless its evaluator shows it with their PIN. The evaluation service decides all of it;
this module only says it."""

from __future__ import annotations

from app.domain.checklist import Evaluation, deciders
from app.domain.exam import Exam
from app.services.context import Services
from app.services.evaluation import ChecklistStatus, CompositeResult
from app.ui.proctor.common import tr
from app.ui.widgets.rule_words import checklist_titles, reasons_words, rule_words


def describe(services: Services, exam: Exam, session_id: str, candidate_id: str, checklist_id: str,
             reveal: tuple[str, str] | None = None) -> tuple[str, bool, str | None]:
    """The summary text, whether a reconciliation is due, and (while the first evaluation is
    hidden) who signed it. `reveal` (user name, PIN) shows that evaluator their own result."""
    evaluation = services.evaluation
    status = (evaluation.revealed(exam, session_id, candidate_id, checklist_id, *reveal) if reveal
              else evaluation.status(exam, session_id, candidate_id, checklist_id))
    steps = {s.id: s.text for c in exam.checklists if c.id == checklist_id for s in c.steps}
    lines = [_signed_line(e, status.blind) for e in status.signed] + _progress_lines(status, steps)
    outcome = status.outcome
    if outcome is not None:
        verdict = tr("PASSED") if outcome.passed else tr("FAILED")
        lines.append(tr("Checklist result: {verdict}, {p:g} of {q:g} points ({pc:.0f} %).").format(
            verdict=verdict, p=outcome.points, q=outcome.possible, pc=outcome.percent))
        if not outcome.passed:
            lines.append(tr("Reason: {why}.").format(why=reasons_words(outcome.why, checklist_titles(exam))))
    if status.blind:
        lines.append(tr("Credential result: not shown while the first evaluation is hidden."))
    else:
        lines.append(_credential_line(status.credential, exam))
    return "\n".join(lines), status.reconciliation_due, status.signed[0].evaluator if status.blind else None


def _progress_lines(status: ChecklistStatus, steps: dict[str, str]) -> list[str]:
    lines = []
    if not status.signed:
        lines.append(tr("Not evaluated yet. Choose the evaluator and start the evaluation."))
    elif status.blind:
        lines.append(tr("A second evaluator may now score the same performance on their own. Nothing of the first "
                        "evaluation is shown until both have signed; its evaluator can show its result with their "
                        "PIN below."))
    if status.reconciled is not None:
        who = tr(" and ").join(deciders(status.reconciled))
        lines.append(tr("Differences reconciled by {who}:").format(who=who))
        marks = {"done": tr("Done"), "not_done": tr("Not done"), "na": tr("N/A")}
        for step, reason in sorted(status.reconciled.notes.items()):
            mark = status.reconciled.marks.get(step, "")
            lines.append(tr("• {step}: {mark}, decided by {who} — {reason}").format(
                step=steps.get(step, step), mark=marks.get(mark, mark), who=who, reason=reason))
    if status.reconciliation_due:
        lines.append(tr("The two evaluators marked {n} step(s) differently: reconcile them to get a result.")
                     .format(n=len(status.open_steps)))
    return lines


def _signed_line(evaluation: Evaluation, blind: bool) -> str:
    kind = tr("first evaluation") if evaluation.kind == "first" else tr("second evaluation")
    if blind:
        return tr("Signed: {kind} by {who} at {at}.").format(kind=kind, who=evaluation.evaluator,
                                                            at=evaluation.signed_at.strftime("%H:%M"))
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
