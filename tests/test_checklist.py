"""Checklist scoring: threshold, critical steps, N/A, and two-evaluator differences."""

from __future__ import annotations

import pytest

from app.domain.checklist import differences, score_checklist
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM

CHECKLIST = load_exam_source(MINI_EXAM).checklists[0]  # ppe (critical), loto (critical, 2 pts), label (N/A ok)


@pytest.mark.parametrize("marks, passed, points, possible, reason", [
    ({"ppe": "done", "loto": "done", "label": "done"}, True, 4, 4, None),
    ({"ppe": "done", "loto": "done", "label": "na"}, True, 3, 3, None),
    ({"ppe": "done", "loto": "done", "label": "not_done"}, True, 3, 4, None),
    ({"ppe": "not_done", "loto": "done", "label": "done"}, False, 3, 4, "critical step not done: Wears PPE"),
    ({"ppe": "done", "loto": "na", "label": "done"}, False, 2, 4, "cannot be marked N/A"),
    ({"ppe": "done", "label": "done"}, False, 2, 4, "1 step(s) not marked yet"),
])
def test_checklist_outcomes(marks, passed, points, possible, reason) -> None:
    outcome = score_checklist(CHECKLIST, marks)
    assert (outcome.passed, outcome.points, outcome.possible) == (passed, points, possible)
    if reason:
        assert any(reason in r for r in outcome.reasons), outcome.reasons
    else:
        assert outcome.reasons == ()


def test_threshold_without_critical_failure() -> None:
    from dataclasses import replace
    strict = replace(CHECKLIST, min_percent=100.0)
    outcome = score_checklist(strict, {"ppe": "done", "loto": "done", "label": "not_done"})
    assert not outcome.passed and "below the 100 % needed" in outcome.reasons[0]


def test_differences_between_evaluators() -> None:
    first = {"ppe": "done", "loto": "done", "label": "na"}
    second = {"ppe": "done", "loto": "not_done"}
    assert differences(first, second) == ["label", "loto"]
