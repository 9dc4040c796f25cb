"""Reports at the body: per-candidate results, item analysis and reliability per form,
pass rates per center and form. CSV for the CLI; the admin window shows the same rows."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

from app.domain.history_rules import Finding
from app.domain.psychometrics import Reliability, item_analysis
from app.domain.exam import Exam
from app.store.database import Database
from app.store.results import ResultsRepository

RESULT_COLUMNS = ("exam", "form", "center", "candidate_number", "candidate_name", "state", "raw", "maximum",
                  "percent", "scaled", "written_passed", "checklists", "composite", "minutes_used", "rest_breaks",
                  "incidents", "domains", "held_for_review")
CHOICE_TYPES = ("single_choice", "multiple_response", "true_false")
CENTER_COLUMNS = ("exam", "center", "attempts", "held", "submitted", "timed_out", "voided", "pass_rate",
                  "minutes_median", "minutes_p90", "minutes_max", "incidents", "incidents_per_attempt",
                  "attempts_with_incidents", "incident_types")
ITEM_COLUMNS = ("exam", "form", "item", "type", "n", "p", "point_biserial", "omit_rate", "choices", "flags")


@dataclass(frozen=True)
class FormReport:
    exam_id: str
    form_id: str
    items: list[dict]
    reliability: Reliability
    pass_rate: float


class ReportService:
    def __init__(self, database: Callable[[], Database], exams: Callable[[str], Exam | None]) -> None:
        """`exams`: the exam of a package id, as the body recorded it when building."""
        self._database, self._exams = database, exams

    def results(self, exam_id: str | None = None) -> list[dict]:
        repo = ResultsRepository(self._database())
        breaks = Counter(attempt_id for attempt_id, data in repo.incidents(exam_id, kind="paused")
                         if json.loads(data).get("rest_break"))
        rows = []
        for a in repo.attempts(exam_id):
            details, findings = json.loads(a.details), json.loads(a.findings)
            rows.append({
                "exam": a.exam_id, "form": a.form_id, "center": a.center_fingerprint,
                "candidate_number": a.candidate_number, "candidate_name": a.candidate_name, "state": a.state,
                "raw": round(a.raw, 2), "maximum": a.maximum, "percent": round(a.percent, 2), "scaled": a.scaled,
                "written_passed": a.written_passed,
                "checklists": "; ".join(f"{k}: {_outcome(v)}" for k, v in sorted(details["checklists"].items())),
                "composite": "held" if findings else ("pass" if details["composite_passed"] else "fail")
                if details["composite_complete"] else "pending",
                "minutes_used": round(a.elapsed_ms / 60000, 1), "rest_breaks": breaks[a.attempt_id],
                "incidents": a.incidents,
                "domains": "; ".join(f"{d} {p:.0f}%" for d, p in sorted(details["domains"].items())),
                "held_for_review": "; ".join(Finding(**f).line() for f in findings)})
        return rows

    def items(self, exam_id: str | None = None) -> list[FormReport]:
        repo = ResultsRepository(self._database())
        attempts = [a for a in _counted(repo.attempts(exam_id)) if a.state in ("submitted", "timed_out")]
        by_form: dict[tuple[str, str, str], list] = defaultdict(list)
        for a in attempts:
            by_form[(a.exam_id, a.form_id, a.package_id)].append(a)
        reports = []
        for (exam, form_id, package_id), group in sorted(by_form.items()):
            exam_model = self._exams(package_id)
            item_ids = list(exam_model.form(form_id).item_ids)
            responses = _responses(repo, [a.attempt_id for a in group])
            counted = {i for i in item_ids if exam_model.item(i).type in CHOICE_TYPES}
            scores, omitted, choices = _matrix(group, item_ids, responses, counted)
            stats, form_reliability = item_analysis(item_ids, scores, omitted)
            rows = [{"exam": exam, "form": form_id, "item": s.item_id, "type": exam_model.item(s.item_id).type,
                     "n": s.n, "p": round(s.difficulty, 4),
                     "point_biserial": None if s.point_biserial is None else round(s.point_biserial, 4),
                     "omit_rate": round(s.omit_rate, 4),
                     "choices": "; ".join(f"{k}={v}" for k, v in sorted(choices[s.item_id].items())),
                     "flags": ", ".join(s.flags)} for s in stats]
            pass_rate = sum(1 for a in group if a.written_passed) / len(group)
            reports.append(FormReport(exam, form_id, rows, form_reliability, pass_rate))
        return reports

    def pass_rates(self, exam_id: str | None = None) -> list[dict]:
        groups: dict[tuple[str, str], list] = defaultdict(list)
        for a in _counted(ResultsRepository(self._database()).attempts(exam_id)):
            groups[(a.center_fingerprint, a.form_id)].append(a)
        return [{"center": center, "form": form, "attempts": len(g),
                 "pass_rate": round(sum(a.written_passed for a in g) / len(g), 4),
                 "mean_percent": round(sum(a.percent for a in g) / len(g), 2),
                 "incidents": sum(a.incidents for a in g)} for (center, form), g in sorted(groups.items())]


    def centers(self, exam_id: str | None = None) -> list[dict]:
        """Per exam and center: outcomes, time used (minutes of exam time) and incidents by type."""
        repo = ResultsRepository(self._database())
        attempts = repo.attempts(exam_id)
        types_by_attempt: dict[str, Counter] = defaultdict(Counter)
        for attempt_id, data in repo.incidents(exam_id):
            types_by_attempt[attempt_id][str(json.loads(data).get("type") or "other")] += 1
        groups: dict[tuple[str, str], list] = defaultdict(list)
        for a in attempts:
            groups[(a.exam_id, a.center_fingerprint)].append(a)
        return [_center_row(exam, center, group, types_by_attempt) for (exam, center), group in sorted(groups.items())]

    def time_used(self, exam_id: str | None = None) -> list[float]:
        """Minutes of exam time each finished (not voided) attempt used, for a distribution chart."""
        return [a.elapsed_ms / 60000 for a in _counted(ResultsRepository(self._database()).attempts(exam_id))
                if a.state in ("submitted", "timed_out")]


def _counted(attempts: list) -> list:
    """Attempts whose history follows the rules: a held one (app.domain.history_rules) stays
    out of statistics until a person decides about it."""
    return [a for a in attempts if a.findings == "[]"]


def _center_row(exam: str, center: str, group: list, types_by_attempt: dict[str, Counter]) -> dict:
    states = Counter(a.state for a in group)
    counted = _counted(group)  # pass rate and time used over the attempts not held for review
    finished = sorted(a.elapsed_ms / 60000 for a in counted if a.state in ("submitted", "timed_out"))
    types: Counter = Counter()
    for a in group:
        types.update(types_by_attempt.get(a.attempt_id, Counter()))
    incidents = sum(a.incidents for a in group)
    return {"exam": exam, "center": center, "attempts": len(group), "held": len(group) - len(counted),
            "submitted": states["submitted"], "timed_out": states["timed_out"], "voided": states["voided"],
            "pass_rate": round(sum(a.written_passed for a in counted) / len(counted), 4) if counted else None,
            "minutes_median": _quantile(finished, 0.5), "minutes_p90": _quantile(finished, 0.9),
            "minutes_max": round(finished[-1], 1) if finished else None,
            "incidents": incidents, "incidents_per_attempt": round(incidents / len(group), 3),
            "attempts_with_incidents": sum(1 for a in group if a.incidents),
            "incident_types": "; ".join(f"{k}={v}" for k, v in sorted(types.items()))}


def _quantile(ordered: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (the common 'type 7' definition)."""
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 1)


def to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _outcome(summary: dict) -> str:
    return "pending" if summary["passed"] is None else ("pass" if summary["passed"] else "fail")


def _responses(repo: ResultsRepository, attempt_ids: list[str]) -> dict[str, dict[str, tuple]]:
    found: dict[str, dict[str, tuple]] = defaultdict(dict)
    for start in range(0, len(attempt_ids), 500):  # stay under the database's parameter limit
        for r in repo.responses(attempt_ids[start:start + 500]):
            found[r.attempt_id][r.item_id] = (r.response, r.score, r.max_score)
    return found


def _matrix(attempts: list, item_ids: list[str], responses: dict, counted: set[str]) -> tuple[list, list, dict]:
    scores, omitted, choices = [], [], {i: Counter() for i in item_ids}
    for a in attempts:
        row, omits = [], []
        for item_id in item_ids:
            response, score, maximum = responses[a.attempt_id].get(item_id, (None, 0.0, 1.0))
            row.append(score / maximum if maximum else 0.0)
            omits.append(response is None)
            if item_id in counted and response is not None:  # distractor counts
                value = json.loads(response)
                for choice in (value if isinstance(value, list) else [value]):
                    choices[item_id][str(choice).lower()] += 1
        scores.append(row)
        omitted.append(omits)
    return scores, omitted, choices
