"""Item analysis and reliability per form for the board's reports: the form's score matrix
streamed from the database as numbers (never an object per response) into numpy, where numpy is
installed (app.domain.score_matrix), and the answers to choice items counted by the database,
one row per distinct answer."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from app.domain.errors import known_exam
from app.domain.exam import Exam
from app.domain.item_types import item_kind
from app.domain.psychometrics import Reliability, item_analysis
from app.domain.score_matrix import score_matrix
from app.services.report_counting import flag_text
from app.store.report_queries import FormGroup, ReportQueries


@dataclass(frozen=True)
class FormReport:
    exam_id: str
    form_id: str
    items: list[dict]
    reliability: Reliability
    pass_rate: float


def form_reports(queries: ReportQueries, exams: Callable[[str], Exam | None], exam_id: str | None,
                 minimum: int) -> list[FormReport]:
    """One report per exam, form and package with counted attempts, in that order."""
    groups = sorted(queries.form_groups(exam_id), key=lambda g: (g.exam_id, g.form_id, g.package_id))
    return [_form_report(queries, known_exam(exams(g.package_id), g.package_id), g, minimum) for g in groups]


def _form_report(queries: ReportQueries, exam: Exam, group: FormGroup, minimum: int) -> FormReport:
    item_ids = list(exam.form(group.form_id).item_ids)
    scores, omitted = score_matrix(group.n, item_ids, queries.score_parts(group, item_ids))
    stats, reliability = item_analysis(item_ids, scores, omitted)
    choices = _choices(queries, group, [i for i in item_ids if item_kind(exam.item(i).type).counts_choices])
    rows = [{"exam": group.exam_id, "form": group.form_id, "item": s.item_id, "type": exam.item(s.item_id).type,
             "n": s.n, "p": round(s.difficulty, 4),
             "point_biserial": None if s.point_biserial is None else round(s.point_biserial, 4),
             "omit_rate": round(s.omit_rate, 4),
             "choices": "; ".join(f"{k}={v}" for k, v in sorted(choices.get(s.item_id, Counter()).items())),
             "flags": flag_text(s.flags, s.n, minimum)} for s in stats]
    return FormReport(group.exam_id, group.form_id, rows, reliability, group.passed / group.n)


def _choices(queries: ReportQueries, group: FormGroup, item_ids: list[str]) -> dict[str, Counter]:
    """Per choice item, how often each option was chosen (a multiple answer counts each option)."""
    found: dict[str, Counter] = {}
    for item_id, response, times in queries.choice_counts(group, item_ids):
        value = json.loads(response)
        for choice in (value if isinstance(value, list) else [value]):
            found.setdefault(item_id, Counter())[str(choice).lower()] += int(times)
    return found
