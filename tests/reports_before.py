"""The board reports as they were computed before issue 14's "Scale" point (every attempt and
response read into Python objects, then counted in Python), kept as the oracle the SQL and numpy
reports are checked against (tests/test_report_scale.py). Not used by the app."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

from app.domain.board_statistics import mean_sd, one_way_anova, welch_t, wilson_interval
from app.domain.errors import known_exam
from app.domain.exam import Exam
from app.domain.incidents import is_staff_action
from app.domain.item_types import item_kind
from app.domain.psychometrics import item_analysis
from app.domain.release import EXCLUDE, VOID
from app.services.report_counting import quantile
from app.services.reports import MINIMUM_ATTEMPTS_FOR_FLAGS, FormComparison, FormReport, stored_result
from app.store.database import Database
from app.store.results import ResultsRepository

FINISHED = ("submitted", "timed_out")


@dataclass(frozen=True)
class Attempts:
    """The attempts a report reads, with the center names and why some stay out of statistics."""

    all: list
    names: dict[str, str]           # attempt id -> the center's name (from its imported bundle)
    left_out: dict[str, str]        # attempt id -> why it is kept out of statistics, in words

    @property
    def counted(self) -> list:
        return [a for a in self.all if a.attempt_id not in self.left_out]

    def center(self, attempt) -> str:
        return self.names.get(attempt.attempt_id) or attempt.center_fingerprint


def left_out_because(a, decision: str | None) -> str | None:
    """Why an attempt stays out of statistics, or None when it counts. An attempt with written
    answers still waiting for a marker counts once they are marked (a blank one was given 0 at
    import). A held attempt (its history broke the rules: app.domain.history_rules) counts only
    once a person decided so."""
    if decision == VOID:
        return "voided at the release step"
    if a.state == "voided":
        return "voided at the center"
    if decision == EXCLUDE:
        return "not counted at the release step"
    if a.state not in FINISHED:
        return f"incomplete ({a.state.replace('_', ' ')})"
    waiting = len(json.loads(a.details).get("pending_manual") or ())
    if waiting:  # its score is not final: counting the answer as 0 would bias p, totals and pass rates
        return f"waiting for a marker ({waiting} written answer{'s' if waiting > 1 else ''})"
    if a.findings != "[]" and decision is None:
        return "held for review"
    return None


def counts_as_passed(a) -> bool:
    """Whether the written part passed; a held attempt that a person let count is stored as not
    passed, with what its scores give kept beside it."""
    if a.findings != "[]":
        return bool((json.loads(a.details).get("held") or {}).get("written_passed", a.written_passed))
    return bool(a.written_passed)


def pass_rate_row(group: list) -> dict:
    passed = sum(1 for a in group if counts_as_passed(a))
    interval = wilson_interval(passed, len(group))
    return {"passed": passed, "pass_rate": round(passed / len(group), 4) if group else None,
            "pass_rate_ci_low": round(interval[0], 4) if interval else None,
            "pass_rate_ci_high": round(interval[1], 4) if interval else None}


def flag_text(flags: tuple[str, ...], n: int, minimum: int) -> str:
    """Flags with the n they rest on; none below the minimum, where they would be noise."""
    if n < minimum:
        return f"not flagged: {n} of the {minimum} attempts needed"
    return f"{', '.join(flags)} (n = {n})" if flags else ""




class ReportsBefore:
    def __init__(self, database: Callable[[], Database], exams: Callable[[str], Exam | None],
                 release=None, home=None) -> None:
        """`exams`: the exam of a package id, as the body recorded it when building. `release`
        (app.services.release.ReleaseService): center names and the release decisions; `home`:
        where the body's settings live (the minimum attempts before items are flagged)."""
        self._database, self._exams, self._release, self._home = database, exams, release, home

    # -- settings -------------------------------------------------------------------------
    def minimum_attempts(self) -> int:
        """How many counted attempts a form needs before its items are flagged for review."""
        saved = (self._home.config().get("reports") or {}) if self._home is not None else {}
        return int(saved.get("minimum_attempts_for_flags") or MINIMUM_ATTEMPTS_FOR_FLAGS)

    # -- what is counted -----------------------------------------------------------------
    def _attempts(self, repo: ResultsRepository, exam_id: str | None) -> Attempts:
        attempts = repo.attempts(exam_id)
        names = self._release.center_names() if self._release is not None else {}
        decisions = self._decisions()
        left_out = {a.attempt_id: reason for a in attempts
                    if (reason := left_out_because(a, decisions.get(a.attempt_id)))}
        return Attempts(attempts, names, left_out)

    def _decisions(self) -> dict[str, str]:
        """Attempt id -> the decision that stands (count, exclude or void), read through the
        release service's public review of each session."""
        if self._release is None:
            return {}
        found = {}
        for status in self._release.sessions():
            for attempt in self._release.review(status.session_id).attempts:
                if attempt.facts.decision is not None:
                    found[attempt.facts.attempt_id] = attempt.facts.decision.decision
        return found

    # -- reports --------------------------------------------------------------------------
    def results(self, exam_id: str | None = None, *, seen: Attempts | None = None) -> list[dict]:
        repo = ResultsRepository(self._database())
        seen = seen or self._attempts(repo, exam_id)
        breaks = Counter(attempt_id for attempt_id, data in repo.incidents(exam_id, kind="paused")
                         if json.loads(data).get("rest_break"))
        staff = _staff_actions(repo, exam_id)
        rows = []
        for a in seen.all:
            rows.append({
                "exam": a.exam_id, "form": a.form_id, "center": seen.center(a), **stored_result(a),
                "rest_breaks": breaks[a.attempt_id], "incidents": a.incidents - staff[a.attempt_id],
                "staff_actions": staff[a.attempt_id],
                "in_statistics": a.attempt_id not in seen.left_out,
                "left_out_because": seen.left_out.get(a.attempt_id, "")})
        return rows

    def items(self, exam_id: str | None = None, *, seen: Attempts | None = None) -> list[FormReport]:
        repo = ResultsRepository(self._database())
        minimum = self.minimum_attempts()
        by_form: dict[tuple[str, str, str], list] = defaultdict(list)
        for a in (seen or self._attempts(repo, exam_id)).counted:
            by_form[(a.exam_id, a.form_id, a.package_id)].append(a)
        reports = []
        for (exam, form_id, package_id), group in sorted(by_form.items()):
            exam_model = known_exam(self._exams(package_id), package_id)
            item_ids = list(exam_model.form(form_id).item_ids)
            responses = _responses(repo, [a.attempt_id for a in group])
            counted = {i for i in item_ids if item_kind(exam_model.item(i).type).counts_choices}
            scores, omitted, choices = _matrix(group, item_ids, responses, counted)
            stats, form_reliability = item_analysis(item_ids, scores, omitted)
            rows = [{"exam": exam, "form": form_id, "item": s.item_id, "type": exam_model.item(s.item_id).type,
                     "n": s.n, "p": round(s.difficulty, 4),
                     "point_biserial": None if s.point_biserial is None else round(s.point_biserial, 4),
                     "omit_rate": round(s.omit_rate, 4),
                     "choices": "; ".join(f"{k}={v}" for k, v in sorted(choices[s.item_id].items())),
                     "flags": flag_text(s.flags, s.n, minimum)} for s in stats]
            pass_rate = sum(1 for a in group if counts_as_passed(a)) / len(group)
            reports.append(FormReport(exam, form_id, rows, form_reliability, pass_rate))
        return reports

    def pass_rates(self, exam_id: str | None = None, *, seen: Attempts | None = None) -> list[dict]:
        """Per exam, center and form: the pass rate with its 95 % Wilson score interval."""
        repo = ResultsRepository(self._database())
        seen = seen or self._attempts(repo, exam_id)
        staff = _staff_actions(repo, exam_id)
        groups: dict[tuple[str, str, str], list] = defaultdict(list)
        for a in seen.counted:
            groups[(a.exam_id, seen.center(a), a.form_id)].append(a)
        return [{"exam": exam, "center": center, "form": form, "attempts": len(g),
                 **pass_rate_row(g), "mean_percent": round(sum(a.percent for a in g) / len(g), 2),
                 "incidents": sum(a.incidents - staff[a.attempt_id] for a in g)}
                for (exam, center, form), g in sorted(groups.items())]

    def forms(self, exam_id: str | None = None, items: list[FormReport] | None = None, *,
              seen: Attempts | None = None) -> list[FormComparison]:
        """Form equivalence per exam over the counted attempts (see FormComparison)."""
        seen = seen or self._attempts(ResultsRepository(self._database()), exam_id)
        items = items if items is not None else self.items(exam_id, seen=seen)
        item_p = {(f.exam_id, f.form_id): [row["p"] for row in f.items] for f in items}
        by_exam: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for a in seen.counted:
            by_exam[a.exam_id][a.form_id].append(a)
        comparisons = []
        for exam, forms in sorted(by_exam.items()):
            rows, groups = [], []
            for form, group in sorted(forms.items()):
                percents = [a.percent for a in group]
                mean, sd = mean_sd(percents)
                ps = item_p.get((exam, form)) or []
                rows.append({"exam": exam, "form": form, "attempts": len(group), "mean_percent": _round(mean, 2),
                             "sd_percent": _round(sd, 2), "mean_item_p": _round(sum(ps) / len(ps), 4) if ps else None,
                             "pass_rate": round(sum(1 for a in group if counts_as_passed(a)) / len(group), 4)})
                groups.append(percents)
            test = welch_t(*groups) if len(groups) == 2 else one_way_anova(groups) if len(groups) > 2 else None
            comparisons.append(FormComparison(exam, rows, test))
        return comparisons

    def centers(self, exam_id: str | None = None, *, seen: Attempts | None = None) -> list[dict]:
        """Per exam and center: outcomes, time used (minutes of exam time) and incidents by type."""
        repo = ResultsRepository(self._database())
        seen = seen or self._attempts(repo, exam_id)
        types_by_attempt: dict[str, Counter] = defaultdict(Counter)
        for attempt_id, data in repo.incidents(exam_id):
            types_by_attempt[attempt_id][str(json.loads(data).get("type") or "other")] += 1
        groups: dict[tuple[str, str], list] = defaultdict(list)
        for a in seen.all:
            groups[(a.exam_id, seen.center(a))].append(a)
        return [_center_row(exam, center, group, seen, types_by_attempt)
                for (exam, center), group in sorted(groups.items())]

    def board(self, exam_id: str | None = None) -> dict:
        """Everything the Reports tab and its PDF show, in one call (it runs off the UI thread)."""
        seen = self._attempts(ResultsRepository(self._database()), exam_id)  # read once for all of them
        results, forms = self.results(exam_id, seen=seen), self.items(exam_id, seen=seen)
        return {"results": results, "forms": forms, "rates": self.pass_rates(exam_id, seen=seen),
                "centers": self.centers(exam_id, seen=seen), "minutes": self.time_used(exam_id, seen=seen),
                "comparisons": self.forms(exam_id, forms, seen=seen), "minimum": self.minimum_attempts(),
                "left_out": [r for r in results if not r["in_statistics"]]}

    def left_out(self, exam_id: str | None = None) -> list[dict]:
        """The attempts kept out of statistics, with why (voided, incomplete, held, decided)."""
        return [r for r in self.results(exam_id) if not r["in_statistics"]]

    def time_used(self, exam_id: str | None = None, *, seen: Attempts | None = None) -> list[float]:
        """Minutes of exam time each counted attempt used, for a distribution chart."""
        seen = seen or self._attempts(ResultsRepository(self._database()), exam_id)
        return [a.elapsed_ms / 60000 for a in seen.counted]


def _center_row(exam: str, center: str, group: list, seen: Attempts, types_by_attempt: dict[str, Counter]) -> dict:
    states = Counter(a.state for a in group)
    counted = [a for a in group if a.attempt_id not in seen.left_out]  # pass rate and time used
    finished = sorted(a.elapsed_ms / 60000 for a in counted)
    types: Counter = Counter()
    for a in group:
        types.update(types_by_attempt.get(a.attempt_id, Counter()))
    staff = {kind: n for kind, n in types.items() if is_staff_action(kind)}   # the proctor's, not the candidates'
    staff_by_attempt = {a.attempt_id: sum(n for k, n in types_by_attempt.get(a.attempt_id, Counter()).items()
                                          if is_staff_action(k)) for a in group}
    incidents = sum(a.incidents - staff_by_attempt[a.attempt_id] for a in group)
    rate = pass_rate_row(counted) if counted else dict.fromkeys(("pass_rate", "pass_rate_ci_low", "pass_rate_ci_high"))
    return {"exam": exam, "center": center, "attempts": len(group),
            "held": sum(1 for a in group if a.findings != "[]"),
            "submitted": states["submitted"], "timed_out": states["timed_out"], "voided": states["voided"],
            "left_out": len(group) - len(counted), "counted": len(counted),
            "pass_rate": rate["pass_rate"], "pass_rate_ci_low": rate["pass_rate_ci_low"],
            "pass_rate_ci_high": rate["pass_rate_ci_high"],
            "minutes_median": quantile(finished, 0.5), "minutes_p90": quantile(finished, 0.9),
            "minutes_max": round(finished[-1], 1) if finished else None,
            "incidents": incidents, "incidents_per_attempt": round(incidents / len(group), 3),
            "attempts_with_incidents": sum(1 for a in group if a.incidents > staff_by_attempt[a.attempt_id]),
            "incident_types": "; ".join(f"{k}={v}" for k, v in sorted(types.items()) if k not in staff),
            "staff_actions": sum(staff.values()),
            "staff_action_types": "; ".join(f"{k}={v}" for k, v in sorted(staff.items()))}


def _staff_actions(repo: ResultsRepository, exam_id: str | None) -> Counter:
    """Per attempt, the incidents that were staff actions (a proctor leaving lockdown)."""
    return Counter(attempt_id for attempt_id, data in repo.incidents(exam_id)
                   if is_staff_action(json.loads(data).get("type")))


def _responses(repo: ResultsRepository, attempt_ids: list[str]) -> dict[str, dict[str, tuple]]:
    found: dict[str, dict[str, tuple]] = defaultdict(dict)
    for start in range(0, len(attempt_ids), 500):  # stay under the database's parameter limit
        for r in repo.responses(attempt_ids[start:start + 500]):
            found[r.attempt_id][r.item_id] = (r.response, r.score, r.max_score)
    return found


def _matrix(attempts: list, item_ids: list[str], responses: dict, counted: set[str]) -> tuple[list, list, dict]:
    scores, omitted = [], []
    choices: dict[str, Counter] = {i: Counter() for i in item_ids}
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


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
