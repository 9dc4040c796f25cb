"""Reports at the body: per-candidate results, item analysis and reliability per form, pass
rates per center and form with their intervals, form equivalence, and the attempts kept out of
the statistics (app.services.report_counting says which and why). Centers by name. CSV for the
CLI; the admin window and its PDF show the same rows (docs/reports.md)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

from app.domain.board_statistics import DifferenceTest, GroupMoments, mean_sd_of, one_way_anova_of, welch_t_of
from app.domain.exam import Exam
from app.domain.history_rules import Finding
from app.domain.incidents import is_staff_action
from app.services.report_counting import left_out_words, pass_rate_figures, quantile
from app.services.report_items import FormReport, form_reports
from app.store.database import Database
from app.store.report_queries import ReportQueries

MINIMUM_ATTEMPTS_FOR_FLAGS = 30  # below this, item statistics are too unstable to flag an item

RESULT_COLUMNS = ("exam", "form", "center", "candidate_number", "candidate_name", "state", "raw", "maximum",
                  "percent", "scaled", "written_passed", "checklists", "composite", "minutes_used", "rest_breaks",
                  "incidents", "domains", "held_for_review", "in_statistics", "left_out_because", "staff_actions")
LEFT_OUT_COLUMNS = ("exam", "form", "center", "candidate_number", "candidate_name", "state", "left_out_because")
CENTER_COLUMNS = ("exam", "center", "attempts", "held", "submitted", "timed_out", "voided", "left_out", "counted",
                  "pass_rate", "pass_rate_ci_low", "pass_rate_ci_high",
                  "minutes_median", "minutes_p90", "minutes_max", "incidents", "incidents_per_attempt",
                  "attempts_with_incidents", "incident_types", "staff_actions", "staff_action_types")
ITEM_COLUMNS = ("exam", "form", "item", "type", "n", "p", "point_biserial", "omit_rate", "choices", "flags")
RATE_COLUMNS = ("exam", "center", "form", "attempts", "passed", "pass_rate", "pass_rate_ci_low", "pass_rate_ci_high",
                "mean_percent", "incidents")
FORM_COLUMNS = ("exam", "form", "attempts", "mean_percent", "sd_percent", "mean_item_p", "pass_rate")


@dataclass(frozen=True)
class FormComparison:
    """Form equivalence for one exam: mean, SD, mean item p and pass rate by form, and a test of
    the difference in mean percent (Welch's t for two forms, one-way ANOVA for more)."""

    exam_id: str
    forms: list[dict]
    test: DifferenceTest | None


class ReportService:
    def __init__(self, database: Callable[[], Database], exams: Callable[[str], Exam | None], home=None) -> None:
        """`exams`: the exam of a package id, as the body recorded it when building; `home`:
        where the body's settings live (the minimum attempts before items are flagged). Every
        figure is counted in the database (app.store.report_queries): centers by the name their
        bundle carries, the release decisions that stand, the attempts kept out."""
        self._database, self._exams, self._home = database, exams, home

    # -- settings -------------------------------------------------------------------------
    def minimum_attempts(self) -> int:
        """How many counted attempts a form needs before its items are flagged for review."""
        saved = (self._home.config().get("reports") or {}) if self._home is not None else {}
        return int(saved.get("minimum_attempts_for_flags") or MINIMUM_ATTEMPTS_FOR_FLAGS)

    def set_minimum_attempts(self, minimum: int) -> None:
        if self._home is None:
            raise ValueError("This report service has no settings to write to.")
        if not 2 <= int(minimum) <= 100000:
            raise ValueError("The minimum number of attempts is between 2 and 100000.")
        config = self._home.config()
        config["reports"] = {**(config.get("reports") or {}), "minimum_attempts_for_flags": int(minimum)}
        self._home.save_config(config)

    def _queries(self) -> ReportQueries:
        return ReportQueries(self._database())

    # -- reports --------------------------------------------------------------------------
    def results(self, exam_id: str | None = None) -> list[dict]:
        """One row per attempt, with its center's name and why it is kept out of statistics."""
        rows = []
        for a in self._queries().attempts(exam_id):
            rows.append({
                "exam": a.exam_id, "form": a.form_id, "center": a.center, **stored_result(a),
                "rest_breaks": int(a.breaks), "incidents": a.incidents - int(a.staff), "staff_actions": int(a.staff),
                "in_statistics": a.left_out is None,
                "left_out_because": left_out_words(a.left_out, a.state, int(a.waiting))})
        return rows

    def items(self, exam_id: str | None = None) -> list[FormReport]:
        """Item analysis and reliability per form, over the counted attempts."""
        return form_reports(self._queries(), self._exams, exam_id, self.minimum_attempts())

    def pass_rates(self, exam_id: str | None = None) -> list[dict]:
        """Per exam, center and form: the pass rate with its 95 % Wilson score interval."""
        rows = sorted(self._queries().pass_rates(exam_id), key=lambda r: (r.exam_id, r.center, r.form_id))
        return [{"exam": r.exam_id, "center": r.center, "form": r.form_id, "attempts": r.n,
                 **pass_rate_figures(int(r.passed), r.n), "mean_percent": round(r.percent / r.n, 2),
                 "incidents": int(r.incidents)} for r in rows]

    def forms(self, exam_id: str | None = None, items: list[FormReport] | None = None) -> list[FormComparison]:
        """Form equivalence per exam over the counted attempts (see FormComparison)."""
        moments = self._queries().form_moments(exam_id)
        items = items if items is not None else self.items(exam_id)
        item_p = {(f.exam_id, f.form_id): [row["p"] for row in f.items] for f in items}
        by_exam: dict[str, list] = defaultdict(list)
        for r in moments:
            by_exam[r.exam_id].append(r)
        comparisons = []
        for exam, forms in sorted(by_exam.items()):
            rows, groups = [], []
            for r in sorted(forms, key=lambda r: r.form_id):
                group = GroupMoments(r.n, r.percent, r.squares)
                mean, sd = mean_sd_of(group)
                ps = item_p.get((exam, r.form_id)) or []
                rows.append({"exam": exam, "form": r.form_id, "attempts": r.n, "mean_percent": _round(mean, 2),
                             "sd_percent": _round(sd, 2), "mean_item_p": _round(sum(ps) / len(ps), 4) if ps else None,
                             "pass_rate": round(int(r.passed) / r.n, 4)})
                groups.append(group)
            test = welch_t_of(*groups) if len(groups) == 2 else one_way_anova_of(groups) if len(groups) > 2 else None
            comparisons.append(FormComparison(exam, rows, test))
        return comparisons

    def centers(self, exam_id: str | None = None) -> list[dict]:
        """Per exam and center: outcomes, time used (minutes of exam time) and incidents by type."""
        queries = self._queries()
        types: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for r in queries.incident_types(exam_id):
            types[(r.exam_id, r.center)][r.type] += int(r.n)
        minutes: dict[tuple[str, str], list[float]] = defaultdict(list)
        for r in queries.counted_minutes(exam_id):
            minutes[(r.exam_id, r.center)].append(r.elapsed_ms / 60000)
        return [_center_row(r, types[(r.exam_id, r.center)], sorted(minutes[(r.exam_id, r.center)]))
                for r in sorted(queries.centers(exam_id), key=lambda r: (r.exam_id, r.center))]

    def board(self, exam_id: str | None = None) -> dict:
        """Everything the Reports tab and its PDF show, in one call (it runs off the UI thread)."""
        results, forms = self.results(exam_id), self.items(exam_id)
        return {"results": results, "forms": forms, "rates": self.pass_rates(exam_id),
                "centers": self.centers(exam_id), "minutes": self.time_used(exam_id),
                "comparisons": self.forms(exam_id, forms), "minimum": self.minimum_attempts(),
                "left_out": [r for r in results if not r["in_statistics"]]}

    def left_out(self, exam_id: str | None = None) -> list[dict]:
        """The attempts kept out of statistics, with why (voided, incomplete, held, decided)."""
        return [r for r in self.results(exam_id) if not r["in_statistics"]]

    def time_used(self, exam_id: str | None = None) -> list[float]:
        """Minutes of exam time each counted attempt used, for a distribution chart."""
        return [r.elapsed_ms / 60000 for r in self._queries().counted_minutes(exam_id)]


def stored_result(a) -> dict:
    """The cells of a results row that come from the attempt's stored result as they are."""
    details, findings = json.loads(a.details), json.loads(a.findings)
    return {"candidate_number": a.candidate_number, "candidate_name": a.candidate_name, "state": a.state,
            "raw": round(a.raw, 2), "maximum": a.maximum, "percent": round(a.percent, 2), "scaled": a.scaled,
            "written_passed": a.written_passed,
            "checklists": "; ".join(f"{k}: {_outcome(v)}" for k, v in sorted(details["checklists"].items())),
            "composite": "held" if findings else ("pass" if details["composite_passed"] else "fail")
            if details["composite_complete"] else "pending",
            "minutes_used": round(a.elapsed_ms / 60000, 1),
            "domains": "; ".join(f"{d} {p:.0f}%" for d, p in sorted(details["domains"].items())),
            "held_for_review": "; ".join(Finding.from_data(f).line() for f in findings)}


def _center_row(r, types: Counter, finished: list[float]) -> dict:
    """One center's row from its counts (`r`), incident types and sorted minutes of counted attempts."""
    staff = {kind: n for kind, n in types.items() if is_staff_action(kind)}   # the proctor's, not the candidates'
    counted, incidents = int(r.counted), int(r.incidents)
    rate = pass_rate_figures(int(r.passed), counted)
    return {"exam": r.exam_id, "center": r.center, "attempts": r.attempts, "held": int(r.held),
            "submitted": int(r.submitted), "timed_out": int(r.timed_out), "voided": int(r.voided),
            "left_out": r.attempts - counted, "counted": counted,
            "pass_rate": rate["pass_rate"], "pass_rate_ci_low": rate["pass_rate_ci_low"],
            "pass_rate_ci_high": rate["pass_rate_ci_high"],
            "minutes_median": quantile(finished, 0.5), "minutes_p90": quantile(finished, 0.9),
            "minutes_max": round(finished[-1], 1) if finished else None,
            "incidents": incidents, "incidents_per_attempt": round(incidents / r.attempts, 3),
            "attempts_with_incidents": int(r.with_incidents),
            "incident_types": "; ".join(f"{k}={v}" for k, v in sorted(types.items()) if k not in staff),
            "staff_actions": sum(staff.values()),
            "staff_action_types": "; ".join(f"{k}={v}" for k, v in sorted(staff.items()))}

def to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    """CSV for people and spreadsheets: yes/no for true/false, an empty cell for nothing."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def cell(value) -> str:
    """A value as a report shows it (CSV, tables, PDF)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def _outcome(summary: dict) -> str:
    return "pending" if summary["passed"] is None else ("pass" if summary["passed"] else "fail")


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
