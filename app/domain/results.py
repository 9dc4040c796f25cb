"""Turning one exported attempt (its events, its candidate, its checklist evaluations) into
a result: responses, written score, checklist outcomes, composite decision. Used by the
body's import; pure, so the same events always give the same result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from app.domain import composite
from app.domain.attempt import AttemptState, Event, replay
from app.domain.checklist import differences, score_checklist
from app.domain.exam import Exam, Item
from app.domain.order import delivered_form
from app.domain.scoring import WrittenResult, score_form, score_item


@dataclass(frozen=True)
class AttemptResult:
    state: str
    form_id: str
    responses: dict[str, Any]
    item_scores: dict[str, tuple[float, float]]   # item id -> (score, max)
    written: WrittenResult
    checklists: dict[str, dict]                   # checklist id -> outcome summary
    composite_passed: bool
    composite_complete: bool
    elapsed_ms: int
    incidents: int


def attempt_result(exam: Exam, events: list[Event], evaluations: list[dict],
                   manual_scores: dict[str, float] | None = None,
                   checklists: dict[str, dict] | None = None, state: AttemptState | None = None,
                   score: Callable[[Item, Any], float] = score_item) -> AttemptResult:
    """`checklists`: outcomes already summarised (when re-scoring at the body), else from `evaluations`.
    `state`: what `replay(events)` gives, when the caller has folded the events already.
    `score`: score_item, or a ScoreMemo's (the same points) across an import's attempts."""
    manual_scores = manual_scores or {}
    state = replay(events) if state is None else state
    form = delivered_form(exam.form(state.form_id), state.seed)   # a pool counts the items drawn
    item_ids = form.item_ids
    responses = {i: state.responses[i] for i in item_ids if i in state.responses}
    automatic = automatic_points(exam, item_ids, responses, manual_scores, score)
    scores = {i: (manual_scores[i] if i in manual_scores else automatic[i], exam.item(i).points)
              for i in item_ids}
    written = score_form(exam, form, responses, manual_scores, automatic)
    if checklists is None:
        checklists = {c.id: _checklist_summary(c, [e for e in evaluations if e["checklist_id"] == c.id])
                      for c in exam.checklists}
    outcomes: dict[str, bool] = {}
    complete = state.state == "submitted" or state.state == "timed_out"
    if not written.pending_manual and complete:
        outcomes["written"] = written.passed
    for checklist_id, summary in checklists.items():
        if summary["passed"] is not None:
            outcomes[f"checklist:{checklist_id}"] = summary["passed"]
    rule = composite.parse_rule(exam.scoring.composite)
    complete = complete and all(name in outcomes for name in composite.components(rule))
    return AttemptResult(state.state, state.form_id, responses, scores, written, checklists,
                         complete and composite.evaluate(rule, outcomes), complete, state.elapsed_ms,
                         len(state.incidents))


def automatic_points(exam: Exam, item_ids: Sequence[str], responses: dict[str, Any],
                     manual_scores: dict[str, float],
                     score: Callable[[Item, Any], float] = score_item) -> dict[str, float]:
    """score_item of each item, once, for both the item's row and the form's total: every item
    but a manually scored one a person has scored (score_item gives a manual item 0 either way)."""
    points = {}
    for item_id in item_ids:
        item = exam.item(item_id)
        if item_id not in manual_scores or not item.manually_scored:
            points[item_id] = score(item, responses.get(item_id))
    return points


def _checklist_summary(checklist: Any, evaluations: list[dict]) -> dict:
    reconciled = [e for e in evaluations if e["kind"] == "reconciled"]
    signed = [e for e in evaluations if e["kind"] in ("first", "second")]
    if reconciled:
        marks = reconciled[-1]["marks"]
    elif signed and not (len(signed) == 2 and differences(signed[0]["marks"], signed[1]["marks"])):
        marks = signed[0]["marks"]
    else:
        return {"passed": None, "points": None, "reasons": ["not evaluated, or evaluators not reconciled"]}
    outcome = score_checklist(checklist, marks)
    return {"passed": outcome.passed, "points": outcome.points, "possible": outcome.possible,
            "percent": outcome.percent, "reasons": list(outcome.reasons)}


def blank_written_answers(result: AttemptResult, finished: Sequence[str]) -> dict[str, float]:
    """The written answers of a finished attempt that wait for a person but hold nothing to read
    (never typed, empty, or only spaces): 0 points each."""
    if result.state not in finished:
        return {}
    return {item_id: 0.0 for item_id in result.written.pending_manual if _blank(result.responses.get(item_id))}


def _blank(answer: object) -> bool:
    return answer is None or (isinstance(answer, str) and not answer.strip())
