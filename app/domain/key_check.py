"""Build-time proof that the keys are right: answering every item with its key
scores full marks and answering nothing scores 0, on every form."""

from __future__ import annotations

from app.domain.errors import template
from app.domain.exam import Exam
from app.domain.scoring import key_response, score_form, score_item


def key_check(exam: Exam) -> list[str]:
    """Problems found; an empty list means the exam's keys are consistent."""
    problems: list[str] = []
    for item in exam.items:
        if item.manually_scored:
            continue
        earned = score_item(item, key_response(item))
        if abs(earned - item.points) > 1e-9:
            problems.append(template("item '{id}': answering with its key scores {earned:g} of {points:g}",
                                     id=item.id, earned=earned, points=item.points))
    for form in exam.forms:
        manual = sum(exam.item(i).points for i in form.item_ids if exam.item(i).manually_scored)
        keyed = {i: key_response(exam.item(i)) for i in form.item_ids}
        full = score_form(exam, form, keyed)
        if abs(full.raw - (full.maximum - manual)) > 1e-6:
            problems.append(template("form '{id}': the key scores {raw:g} of {automatic:g} automatically scored points",
                                     id=form.id, raw=full.raw, automatic=full.maximum - manual))
        empty = score_form(exam, form, {})
        if empty.raw != 0:
            problems.append(template("form '{id}': answering nothing scores {raw:g}, not 0", id=form.id, raw=empty.raw))
        if manual == 0 and not full.passed:
            problems.append(template("form '{id}': a perfect score does not reach the cut score", id=form.id))
    return problems
