"""Results of a package whose exam the body did not record are refused with what to do, not a
crash on a missing value (app/domain/errors.py: known_exam)."""

from __future__ import annotations

import pytest

from app.domain.errors import ExamStationError, ExamUnknown, known_exam


def test_a_recorded_exam_passes_through() -> None:
    exam = object()
    assert known_exam(exam, "p1") is exam


def test_a_missing_exam_names_the_package_and_what_to_do() -> None:
    with pytest.raises(ExamUnknown) as raised:
        known_exam(None, "pkg-7f3a")
    assert isinstance(raised.value, ExamStationError)
    assert "pkg-7f3a" in raised.value.message and "not recorded at this body" in raised.value.message
    assert raised.value.next_step.startswith("Work with these results at the body that built the package")
