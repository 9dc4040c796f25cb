"""Where a candidate stands right after the written test: what is decided, what is still to
be scored and by whom. The candidate's score report says this instead of a provisional
"Not passed" while a person has answers or a checklist left to score.

The written test is decided as soon as the answers still to be scored cannot change the
outcome: it passes if it meets the cut with those answers at zero, and fails if it would not
meet the cut even with full marks on them. The credential's composite rule is decided when
the decided parts settle it (written failed AND checklist pending is already failed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection

from app.domain.composite import components, evaluate_known, parse_rule
from app.domain.exam import Exam
from app.domain.scoring import WrittenResult, meets_cut

PASSED, NOT_PASSED, PENDING = "passed", "not_passed", "pending"


@dataclass(frozen=True, slots=True)
class Standing:
    written: str                     # PASSED, NOT_PASSED or PENDING
    pending_answers: int             # written answers an examiner still scores
    pending_points: float            # the points those answers are worth
    checklists: tuple[str, ...]      # ids of the checklists the credential needs (an evaluator scores them)
    credential: str                  # PASSED, NOT_PASSED or PENDING


def _outcome(value: bool | None) -> str:
    return PENDING if value is None else PASSED if value else NOT_PASSED


def written_outcome(exam: Exam, result: WrittenResult, waiting: tuple[str, ...]) -> tuple[bool | None, float]:
    """True / False when decided, None while the answers left to score (`waiting`) could still
    change it; and the points those answers are worth."""
    open_points = sum(exam.item(i).points for i in waiting)
    if not waiting or result.passed:
        return result.passed, open_points   # passes even with nothing for the answers still open
    best_raw = result.raw + open_points
    best_percent = 100.0 * best_raw / result.maximum if result.maximum else 0.0
    return (None if meets_cut(exam, best_raw, best_percent) else False), open_points


def standing(exam: Exam, result: WrittenResult, checklist_results: dict[str, bool] | None = None,
             answered: Collection[str] | None = None) -> Standing:
    """The written test's outcome and the credential's, as far as they are decided now.
    `checklist_results`: checklist id -> passed, for those already signed (none, on the candidate's
    screen). `answered`: the items the candidate answered, when known: a written question left
    blank earns nothing for sure, so it waits for no examiner."""
    waiting = tuple(i for i in result.pending_manual if answered is None or i in answered)
    written, open_points = written_outcome(exam, result, waiting)
    rule = parse_rule(exam.scoring.composite)
    needed = tuple(sorted(c.split(":", 1)[1] for c in components(rule) if c.startswith("checklist:")))
    outcomes: dict[str, bool | None] = {"written": written}
    for checklist_id in needed:
        outcomes[f"checklist:{checklist_id}"] = (checklist_results or {}).get(checklist_id)
    return Standing(_outcome(written), len(waiting), open_points, needed,
                    _outcome(evaluate_known(rule, outcomes)))
