"""The board reports count and sum in the database and compute item statistics with numpy over
a streamed score matrix (issue 14, "Scale"): on random bodies (seeded; every state, decisions,
held and waiting attempts, partial credit, missing and blank answers, staff actions), on SQLite
and on the PostgreSQL server the tests start, every figure equals what the previous
implementation (tests/reports_before.py, every response read into Python) gives; the report
path loads no row of the results tables as an object; without numpy the figures are the same."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, update

from app.domain import psychometrics
from app.domain.exam import Exam
from app.services.release import ReleaseService
from app.services.reports import ReportService
from app.store.database import Database, open_database, sqlite_url
from app.store.results import ResultsRepository
from app.store.results_models import ResultAttemptRecord, ResultResponseRecord
from tests.postgres import fresh_postgres_database
from tests.report_bodies import HELD, random_body, two_form_exam
from tests.reports_before import ReportsBefore

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def exam(tmp_path_factory) -> Exam:
    return two_form_exam(tmp_path_factory.mktemp("report-scale"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> Database:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "body.db")
    else:
        url = fresh_postgres_database(request.getfixturevalue("postgres_url"), "report_scale")
    db = open_database(url)
    yield db
    db.close()


def _services(db: Database, exam: Exam) -> tuple[ReportService, ReportsBefore]:
    exams = {"pkg-1": exam, "pkg-2": exam, "pkg-3": exam}.get
    release = ReleaseService(lambda: db, exams, None)   # the old reports read decisions through it
    return ReportService(lambda: db, exams), ReportsBefore(lambda: db, exams, release)


def _plain(value):
    """A board as plain data (its dataclasses as dicts), to compare two of them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _same_board(new: dict, old: dict) -> None:
    new, old = _plain(new), _plain(old)
    for key in ("results", "forms", "rates", "centers", "minutes", "minimum", "left_out"):
        assert new[key] == old[key], key   # item statistics bit for bit: the same matrix, the same sums
    # form equivalence: mean and SD are rounded; the test's statistic and p come from sums the
    # database adds in its own order, so they agree to rounding error
    for a, b in zip(new["comparisons"], old["comparisons"], strict=True):
        assert a["forms"] == b["forms"]
        assert (a["test"] is None) == (b["test"] is None)
        if a["test"] is not None:
            assert a["test"]["test"] == b["test"]["test"]
            for x, y in zip([a["test"]["statistic"], *a["test"]["df"], a["test"]["p_value"]],
                            [b["test"]["statistic"], *b["test"]["df"], b["test"]["p_value"]], strict=True):
                assert x == pytest.approx(y, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_database_counts_what_python_counted(database: Database, exam: Exam, seed: int) -> None:
    random_body(database, exam, seed)
    new, old = _services(database, exam)
    board = new.board()
    _same_board(board, old.board())
    _same_board(new.board("other-exam"), old.board("other-exam"))
    reasons = {r["left_out_because"] for r in board["left_out"]}
    assert {"voided at the center", "held for review", "incomplete (in progress)"} <= reasons
    assert any(r.startswith("waiting for a marker") for r in reasons)
    assert {r["center"] for r in board["results"]} >= {"North Center", "Süd Zentrum", "IIII-JJJJ-KKKK-LLLL"}


def test_without_numpy_the_figures_are_the_same(database: Database, exam: Exam, monkeypatch) -> None:
    """The built program leaves numpy out: the matrix is then nested lists, the sums plain Python."""
    random_body(database, exam, seed=4)
    new, old = _services(database, exam)
    with_numpy = new.board()
    monkeypatch.setitem(sys.modules, "numpy", None)          # `import numpy` now fails
    monkeypatch.setattr(psychometrics, "_vectorised", lambda: None)
    _same_board(new.board(), with_numpy)
    _same_board(new.board(), old.board())


def test_the_report_path_loads_no_row_as_an_object(database: Database, exam: Exam, monkeypatch) -> None:
    """Not one response (nor attempt) becomes an ORM object, and the repository's response loader
    is never called: the rows that reach Python are aggregates, one per attempt, and the numbers
    of the score matrix."""
    random_body(database, exam, seed=5)
    loaded = []

    def count(target, _context) -> None:
        loaded.append(type(target).__name__)
    for model in (ResultResponseRecord, ResultAttemptRecord):
        event.listen(model, "load", count)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the reports loaded every response")
    monkeypatch.setattr(ResultsRepository, "responses", refuse)
    monkeypatch.setattr(ResultsRepository, "attempts", refuse)
    try:
        new, _ = _services(database, exam)
        board = new.board()
    finally:
        for model in (ResultResponseRecord, ResultAttemptRecord):
            event.remove(model, "load", count)
    assert board["results"] and board["forms"] and loaded == []


# -- each rule of what counts, one attempt at a time, through the database ----------------------
RULES = [   # (state, held, pending, decision, held_passed) -> why it is left out ("" counts), passed
    ("submitted", False, 0, None, None, "", None),
    ("timed_out", False, 0, "count", None, "", None),
    ("in_progress", False, 0, None, None, "incomplete (in progress)", None),
    ("voided", False, 0, "count", None, "voided at the center", None),
    ("submitted", False, 0, "void", None, "voided at the release step", None),
    ("submitted", False, 0, "exclude", None, "not counted at the release step", None),
    ("submitted", True, 0, None, None, "held for review", None),
    ("submitted", True, 0, "count", True, "", 1),       # a held attempt counted: what its scores give
    ("submitted", True, 0, "count", False, "", 0),
    ("submitted", False, 1, None, None, "waiting for a marker (1 written answer)", None),
    ("submitted", False, 2, "count", None, "waiting for a marker (2 written answers)", None),
]


@pytest.mark.parametrize("rule", RULES, ids=[f"{r[0]}-{r[1]}-{r[2]}-{r[3]}-{r[4]}" for r in RULES])
def test_why_an_attempt_is_kept_out(database: Database, exam: Exam, rule) -> None:
    state, held, pending, decision, held_passed, why, passed = rule
    rows = random_body(database, exam, seed=6, attempts=1)
    [attempt] = rows.attempts
    details = json.loads(attempt["details"])
    details["pending_manual"] = ["q-manual"] * pending
    details.pop("held", None)
    if held_passed is not None:
        details["held"] = {"written_passed": held_passed, "composite_passed": held_passed}
    with database.engine.begin() as connection:
        connection.execute(update(ResultAttemptRecord).values(
            state=state, findings=HELD if held else "[]", details=json.dumps(details), written_passed=False))
        connection.exec_driver_sql("DELETE FROM release_decisions")
    if decision is not None:
        ReleaseService(lambda: database, lambda _p: exam, None).decide(attempt["attempt_id"], decision, "Checked.",
                                                                       "Pat Admin")
    reports, _ = _services(database, exam)
    [row] = reports.results()
    assert (row["left_out_because"], row["in_statistics"]) == (why, not why)
    if passed is not None:
        [rate] = reports.pass_rates()
        assert rate["passed"] == passed
