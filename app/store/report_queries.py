"""The board reports' figures, counted and summed in the database (SQLAlchemy Core, the same
statements on SQLite and PostgreSQL): no report reads a response, or any row per response, into
an object. Item statistics need the score of every response, so that is the one query that
streams rows: numbers only (attempt row, item column, score, maximum, omitted), in parts, for
numpy to fill a matrix with (app.domain.score_matrix).

Which attempts count is decided here, in SQL, by the rules app.services.report_counting words
(docs/reports.md, "What counts in the statistics"): every query reads the same `_standing`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from sqlalchemy import Connection, Select, and_, case, func, literal, select
from sqlalchemy.sql.expression import ColumnElement, Subquery

from app.domain.incidents import STAFF_KINDS
from app.domain.release import EXCLUDE, VOID
from app.store.database import Database
from app.store.json_sql import json_array_size, json_string, json_truth
from app.store.release import ReleaseDecisionRecord
from app.store.results_models import ImportedBundleRecord, ResultAttemptRecord, ResultEventRecord, ResultResponseRecord

ATTEMPTS = ResultAttemptRecord.__table__
BUNDLES = ImportedBundleRecord.__table__
EVENTS = ResultEventRecord.__table__
RESPONSES = ResultResponseRecord.__table__
DECISIONS = ReleaseDecisionRecord.__table__

FINISHED = ("submitted", "timed_out")
# Why an attempt is kept out of statistics, as a code (app.services.report_counting words it)
VOID_DECIDED, VOIDED_AT_CENTER, EXCLUDED, INCOMPLETE, WAITING, HELD = (
    "void_decided", "voided", "excluded", "incomplete", "waiting", "held")
PART_ROWS = 50_000  # score rows per part streamed to numpy


@dataclass(frozen=True)
class FormGroup:
    """The counted attempts of one form of one package: how many, how many passed."""

    exam_id: str
    form_id: str
    package_id: str
    n: int
    passed: int


class ReportQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, query: Select) -> list[Any]:
        with self.db.engine.connect() as connection:
            return list(connection.execute(query).all())

    # -- per attempt (the results table lists every attempt) ---------------------------------
    def attempts(self, exam_id: str | None) -> list[Any]:
        """Every attempt with what the results table shows: its stored result, its center's name,
        why it is left out (a code, None when it counts), the written answers it waits for, the
        staff actions among its incidents and the rest breaks it took."""
        s = _standing(exam_id, events=True)
        a = ATTEMPTS
        return self._rows(select(s.c.attempt_id, s.c.exam_id, s.c.form_id, s.c.center, s.c.state, s.c.left_out,
                                 s.c.waiting, s.c.staff, s.c.breaks, a.c.candidate_number, a.c.candidate_name,
                                 a.c.raw, a.c.maximum, a.c.percent, a.c.scaled, a.c.written_passed, a.c.elapsed_ms,
                                 a.c.incidents, a.c.details, a.c.findings)
                          .join(a, a.c.attempt_id == s.c.attempt_id).order_by(s.c.number, s.c.attempt_id))

    def counted_minutes(self, exam_id: str | None) -> list[Any]:
        """(exam, center, elapsed ms) of each counted attempt, in the results' order."""
        s = _standing(exam_id)
        return self._rows(select(s.c.exam_id, s.c.center, s.c.elapsed_ms).where(s.c.left_out.is_(None))
                          .order_by(s.c.number, s.c.attempt_id))

    # -- counted and summed ---------------------------------------------------------------
    def pass_rates(self, exam_id: str | None) -> list[Any]:
        """Per exam, center and form of the counted attempts: n, passed, sum of percent, incidents."""
        s = _standing(exam_id, events=True)
        return self._rows(select(s.c.exam_id, s.c.center, s.c.form_id, func.count().label("n"),
                                 func.sum(s.c.passed).label("passed"), func.sum(s.c.percent).label("percent"),
                                 func.sum(s.c.incidents - s.c.staff).label("incidents"))
                          .where(s.c.left_out.is_(None)).group_by(s.c.exam_id, s.c.center, s.c.form_id))

    def form_moments(self, exam_id: str | None) -> list[Any]:
        """Per exam and form of the counted attempts: n, passed, sum of percent and the sum of
        squared distances from the form's mean (two passes, as a careful hand would)."""
        s = _standing(exam_id)
        counted = s.c.left_out.is_(None)
        means = (select(s.c.exam_id, s.c.form_id, func.avg(s.c.percent).label("mean")).where(counted)
                 .group_by(s.c.exam_id, s.c.form_id).subquery("means"))
        distance = s.c.percent - means.c.mean
        return self._rows(select(s.c.exam_id, s.c.form_id, func.count().label("n"),
                                 func.sum(s.c.passed).label("passed"), func.sum(s.c.percent).label("percent"),
                                 func.sum(distance * distance).label("squares"))
                          .join(means, and_(means.c.exam_id == s.c.exam_id, means.c.form_id == s.c.form_id))
                          .where(counted).group_by(s.c.exam_id, s.c.form_id))

    def centers(self, exam_id: str | None) -> list[Any]:
        """Per exam and center, every attempt: outcomes by state, held, left out, counted and
        passed, the candidates' incidents and how many attempts had any."""
        s = _standing(exam_id, events=True)
        counted = s.c.left_out.is_(None)

        def how_many(condition: ColumnElement) -> ColumnElement:
            return func.sum(case((condition, 1), else_=0))
        candidates_own = s.c.incidents - s.c.staff
        return self._rows(select(
            s.c.exam_id, s.c.center, func.count().label("attempts"), how_many(s.c.held == 1).label("held"),
            how_many(s.c.state == "submitted").label("submitted"), how_many(s.c.state == "timed_out").label("timed_out"),
            how_many(s.c.state == "voided").label("voided"), how_many(counted).label("counted"),
            func.sum(case((counted, s.c.passed), else_=0)).label("passed"),
            func.sum(candidates_own).label("incidents"), how_many(candidates_own > 0).label("with_incidents"))
            .group_by(s.c.exam_id, s.c.center))

    def incident_types(self, exam_id: str | None) -> list[Any]:
        """(exam, center, incident type, how many) over every attempt; 'other' for an untyped one."""
        s = _standing(exam_id)
        kind = func.coalesce(func.nullif(json_string(EVENTS.c.data, "type"), ""), literal("other"))
        return self._rows(select(s.c.exam_id, s.c.center, kind.label("type"), func.count().label("n"))
                          .join(EVENTS, EVENTS.c.attempt_id == s.c.attempt_id).where(EVENTS.c.kind == "incident")
                          .group_by(s.c.exam_id, s.c.center, kind))

    # -- item statistics --------------------------------------------------------------------
    def form_groups(self, exam_id: str | None) -> list[FormGroup]:
        """Each (exam, form, package) with counted attempts."""
        s = _standing(exam_id)
        rows = self._rows(select(s.c.exam_id, s.c.form_id, s.c.package_id, func.count(), func.sum(s.c.passed))
                          .where(s.c.left_out.is_(None)).group_by(s.c.exam_id, s.c.form_id, s.c.package_id))
        return [FormGroup(e, f, p, int(n), int(passed or 0)) for e, f, p, n, passed in rows]

    def score_parts(self, group: FormGroup, item_ids: Sequence[str]) -> Iterator[list[Any]]:
        """The form's responses as rows (attempt row, item id, score, maximum, omitted 0/1),
        streamed in parts, attempts numbered from 0 in the results' order. Plain tuples from the
        driver's cursor: SQLAlchemy's row objects would cost more than the database's own work."""
        ranked = _ranked(group)
        query = (select(ranked.c.row, RESPONSES.c.item_id, RESPONSES.c.score, RESPONSES.c.max_score,
                        case((RESPONSES.c.response.is_(None), 1), else_=0))
                 .join(RESPONSES, RESPONSES.c.attempt_id == ranked.c.attempt_id)
                 .where(RESPONSES.c.item_id.in_(list(item_ids))))
        with self.db.engine.connect() as connection:
            yield from _driver_parts(connection, query)

    def choice_counts(self, group: FormGroup, item_ids: Sequence[str]) -> list[Any]:
        """(item, response JSON, how many) of the counted attempts' answers to these items."""
        if not item_ids:
            return []
        ranked = _ranked(group)
        return self._rows(select(RESPONSES.c.item_id, RESPONSES.c.response, func.count())
                          .join(ranked, ranked.c.attempt_id == RESPONSES.c.attempt_id)
                          .where(RESPONSES.c.item_id.in_(list(item_ids)), RESPONSES.c.response.is_not(None))
                          .group_by(RESPONSES.c.item_id, RESPONSES.c.response))


def _driver_parts(connection: Connection, query: Select) -> Iterator[list[Any]]:
    """The query's rows as the driver gives them, in parts: a server-side cursor on PostgreSQL
    (rows come as they are read, never all at once), SQLite's own cursor (it steps anyway)."""
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params: Any = compiled.params
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    driver: Any = connection.connection.driver_connection
    postgres = connection.dialect.name == "postgresql"
    cursor = driver.cursor(name="report_scores") if postgres else driver.cursor()
    try:
        cursor.execute(compiled.string, params)
        while part := cursor.fetchmany(PART_ROWS):
            yield part
    finally:
        cursor.close()


def _ranked(group: FormGroup) -> Subquery:
    """The group's counted attempts, each with its row in the matrix (0, 1, ... in the results' order)."""
    s = _standing(group.exam_id)
    row = func.row_number().over(order_by=(s.c.number, s.c.attempt_id)) - 1
    return (select(s.c.attempt_id, row.label("row"))
            .where(s.c.left_out.is_(None), s.c.form_id == group.form_id, s.c.package_id == group.package_id)
            .subquery("ranked"))


def _standing(exam_id: str | None, events: bool = False) -> Subquery:
    """One row per attempt (of the exam, or all): its keys, center's name, state, percent, time,
    incidents, whether it is held, whether it counts as passed, the written answers it waits for
    and why it is left out of statistics (NULL when it counts). With `events`, also the staff
    actions among its incidents and its rest breaks (read from the events table)."""
    a, decided = ATTEMPTS, _standing_decisions()
    waiting = json_array_size(a.c.details, "pending_manual")
    held = a.c.findings != "[]"
    stored_pass = case((a.c.written_passed, 1), else_=0)
    # a held attempt is stored as not passed; what its scores give is kept in its details
    passed = case((held, func.coalesce(json_truth(a.c.details, "held", "written_passed"), stored_pass)),
                  else_=stored_pass)
    left_out = case((decided.c.decision == VOID, VOID_DECIDED), (a.c.state == "voided", VOIDED_AT_CENTER),
                    (decided.c.decision == EXCLUDE, EXCLUDED), (a.c.state.not_in(FINISHED), INCOMPLETE),
                    (waiting > 0, WAITING), (and_(held, decided.c.decision.is_(None)), HELD), else_=None)
    center = func.coalesce(func.nullif(BUNDLES.c.center_name, ""), a.c.center_fingerprint)
    columns: list[Any] = [
        a.c.attempt_id, a.c.exam_id, a.c.form_id, a.c.package_id, a.c.state, a.c.percent, a.c.elapsed_ms,
        a.c.incidents, a.c.candidate_number.label("number"), center.label("center"),
        case((held, 1), else_=0).label("held"), passed.label("passed"), waiting.label("waiting"),
        left_out.label("left_out")]
    query = (select(*columns).select_from(a)
             .outerjoin(BUNDLES, BUNDLES.c.bundle_id == a.c.bundle_id)
             .outerjoin(decided, decided.c.attempt_id == a.c.attempt_id))
    if events:
        staff = _event_counts("incident", json_string(EVENTS.c.data, "type").in_(STAFF_KINDS), "staff")
        breaks = _event_counts("paused", json_truth(EVENTS.c.data, "rest_break") == 1, "breaks")
        query = (query.add_columns(func.coalesce(staff.c.staff, 0).label("staff"),
                                   func.coalesce(breaks.c.breaks, 0).label("breaks"))
                 .outerjoin(staff, staff.c.attempt_id == a.c.attempt_id)
                 .outerjoin(breaks, breaks.c.attempt_id == a.c.attempt_id))
    if exam_id:
        query = query.where(a.c.exam_id == exam_id)
    return query.subquery("standing")


def _standing_decisions() -> Subquery:
    """Each decided attempt's decision that stands: its latest."""
    d = DECISIONS
    latest = select(d.c.attempt_id, func.max(d.c.id).label("id")).group_by(d.c.attempt_id).subquery("latest")
    return select(d.c.attempt_id, d.c.decision).join(latest, latest.c.id == d.c.id).subquery("decided")


def _event_counts(kind: str, condition: ColumnElement, label: str) -> Subquery:
    return (select(EVENTS.c.attempt_id, func.count().label(label)).where(EVENTS.c.kind == kind, condition)
            .group_by(EVENTS.c.attempt_id).subquery(label))
