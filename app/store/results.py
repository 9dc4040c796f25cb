"""The body's results: each bundle is written in one transaction, or not at all."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from operator import itemgetter
from typing import Any, Callable, cast

from sqlalchemy import CursorResult, delete, func, insert, select
from sqlalchemy import update as sa_update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.errors import ExamStationError
from app.store.database import Database
from app.store.models import Base
from app.store.results_models import (
    BodyExamRecord, ImportedBundleRecord, ManualScoreRecord, ResultAttemptRecord, ResultEvaluationRecord,
    ResultEventRecord, ResultResponseRecord,
)


class AlreadyImported(Exception):
    """The same bundle (same id) is already in the database."""


class ResultConflict(ExamStationError):
    """An attempt in the bundle is already imported with different content."""


def _conflict() -> ResultConflict:
    return ResultConflict("An attempt in this bundle was changed by another import at the same moment.",
                          "Import the bundle again; nothing of it was written.")


@dataclass(frozen=True)
class BuiltPackage:
    """What the body recorded when it built a package (recipients and window: None if unknown)."""

    exam_id: str
    exam_version: str
    sealed_content: str            # the compiled exam, sealed by the body for itself (never plaintext)
    recipients: list[str] | None   # center fingerprints
    not_before: str | None
    not_after: str | None


@dataclass(frozen=True)
class KnownAttempt:
    """How much of an attempt the body holds, and from which center."""

    center_fingerprint: str
    head: str
    events: int
    evaluations: int
    candidate_number: str


@dataclass
class ImportRows:
    """Everything one bundle adds: written in one transaction, or not at all."""

    bundle: dict
    attempts: list[dict] = field(default_factory=list)       # new attempts
    updates: list[dict] = field(default_factory=list)        # attempt_id, expected_head, values
    responses: list[dict] = field(default_factory=list)      # of new and updated attempts
    events: list[dict] = field(default_factory=list)
    evaluations: list[dict] = field(default_factory=list)
    manual_scores: list[dict] = field(default_factory=list)  # blank written answers: 0, rater NO_ANSWER


def _bulk_insert(s: Session, model: type[Base], rows: list[dict]) -> None:
    """Rows that all have the same keys (plain strings, numbers, booleans and None), in one
    statement through the driver: COPY on PostgreSQL (one round trip, where an INSERT per row
    costs one each), executemany of tuples on SQLite (in process). SQLAlchemy's per-row parameter
    handling is skipped: it cost more than the database's own work here."""
    if not rows:
        return
    connection = s.connection()
    table = model.__tablename__
    columns = list(rows[0])
    row_values = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    values = map(row_values, rows)  # each row's values as a tuple, in column order
    if connection.dialect.name != "postgresql":
        _sqlite_insert(connection.connection.driver_connection, table, columns, list(values))
        return
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None  # the psycopg connection under the open session's
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in values:
                copy.write_row(row)
    except connection.dialect.loaded_dbapi.IntegrityError as error:  # as SQLAlchemy reports it elsewhere
        raise IntegrityError(statement, None, error) from error


ROWS_PER_STATEMENT = 64  # SQLite: rows in one INSERT ... VALUES (...), (...) statement


def _sqlite_insert(driver: Any, table: str, columns: list[str], rows: list[tuple]) -> None:
    """The rows by executemany of one INSERT of ROWS_PER_STATEMENT rows at a time (the rest one
    by one): each execution binds and steps once for all of them, where executemany of single
    rows paid sqlite3's per-row reset, bind and step (17,580 event rows: 31 -> 16 ms CPU).
    Positional parameters: sqlite3 binds a tuple's items by index, where it looked up each name
    in each dict. SQLite binds each value as it would alone, so the rows stored are the same."""
    width = len(columns)
    per = max(1, min(ROWS_PER_STATEMENT, driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    whole = len(rows) - len(rows) % per
    cursor = driver.cursor()
    try:
        if whole and per > 1:
            cursor.executemany(head + ", ".join([one] * per),
                               [tuple(chain.from_iterable(rows[i:i + per])) for i in range(0, whole, per)])
            rows = rows[whole:]
        if rows:
            cursor.executemany(head + one, rows)
    except sqlite3.IntegrityError as error:  # as SQLAlchemy reports it elsewhere
        raise IntegrityError(head, None, error) from error
    finally:
        cursor.close()


class ResultsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_exam(self, package_id: str, built: BuiltPackage, now: datetime) -> None:
        try:
            with self.db.sessions.begin() as s:
                if s.get(BodyExamRecord, package_id) is None:
                    recipients = None if built.recipients is None else json.dumps(built.recipients)
                    s.add(BodyExamRecord(package_id=package_id, exam_id=built.exam_id, exam_version=built.exam_version,
                                         content=built.sealed_content, built_at=now, recipients=recipients,
                                         not_before=built.not_before, not_after=built.not_after))
        except IntegrityError:
            pass  # another importer recorded the same exam a moment earlier: same content

    def built_package(self, package_id: str) -> BuiltPackage | None:
        with self.db.sessions() as s:
            r = s.get(BodyExamRecord, package_id)
            if r is None:
                return None
            recipients = None if r.recipients is None else json.loads(r.recipients)
            return BuiltPackage(r.exam_id, r.exam_version, r.content, recipients, r.not_before, r.not_after)

    def bundle_exists(self, bundle_id: str) -> bool:
        return self.bundle(bundle_id) is not None

    def bundle(self, bundle_id: str) -> ImportedBundleRecord | None:
        with self.db.sessions() as s:
            return s.get(ImportedBundleRecord, bundle_id)

    def known_attempts(self, attempt_ids: list[str]) -> dict[str, KnownAttempt]:
        with self.db.sessions() as s:
            rows = s.execute(select(ResultAttemptRecord.attempt_id, ResultAttemptRecord.center_fingerprint,
                                    ResultAttemptRecord.content_hash, ResultAttemptRecord.candidate_number)
                             .where(ResultAttemptRecord.attempt_id.in_(attempt_ids))).all()
            events = dict(s.execute(select(ResultEventRecord.attempt_id, func.count())
                                    .where(ResultEventRecord.attempt_id.in_(attempt_ids))
                                    .group_by(ResultEventRecord.attempt_id)).tuples().all())
            evaluations = dict(s.execute(select(ResultEvaluationRecord.attempt_id, func.count())
                                         .where(ResultEvaluationRecord.attempt_id.in_(attempt_ids))
                                         .group_by(ResultEvaluationRecord.attempt_id)).tuples().all())
            return {a: KnownAttempt(center, head, events.get(a, 0), evaluations.get(a, 0), number)
                    for a, center, head, number in rows}

    def evaluations(self, attempt_id: str) -> list[dict]:
        with self.db.sessions() as s:
            rows = s.scalars(select(ResultEvaluationRecord.data).where(ResultEvaluationRecord.attempt_id == attempt_id)
                             .order_by(ResultEvaluationRecord.position)).all()
            return [json.loads(r) for r in rows]

    def write_import(self, rows: ImportRows) -> None:
        """All rows of one bundle in one transaction, one bulk statement per table. Another
        importer that got there first shows up as an integrity error or a changed head: the
        same bundle is AlreadyImported, else a conflict."""
        try:
            with self.db.sessions.begin() as s:
                s.execute(insert(ImportedBundleRecord), [rows.bundle])  # first: a concurrent import of it stops here
                _bulk_insert(s, ResultAttemptRecord, rows.attempts)
                for update in rows.updates:
                    self._extend(s, update)
                _bulk_insert(s, ResultResponseRecord, rows.responses)
                _bulk_insert(s, ResultEventRecord, rows.events)
                _bulk_insert(s, ResultEvaluationRecord, rows.evaluations)
                if rows.manual_scores:  # few rows, with a datetime: the ORM's own insert
                    s.execute(insert(ManualScoreRecord), rows.manual_scores)
        except IntegrityError:
            if self.bundle_exists(rows.bundle["bundle_id"]):
                raise AlreadyImported(rows.bundle["bundle_id"]) from None
            raise _conflict() from None

    @staticmethod
    def _extend(s: Session, update: dict) -> None:
        """An attempt's new result, only if it still has the head the import was checked against."""
        changed = cast(CursorResult, s.execute(sa_update(ResultAttemptRecord)
                            .where(ResultAttemptRecord.attempt_id == update["attempt_id"],
                                   ResultAttemptRecord.content_hash == update["expected_head"])
                            .values(**update["values"])))
        if changed.rowcount != 1:
            raise _conflict()
        s.execute(delete(ResultResponseRecord).where(ResultResponseRecord.attempt_id == update["attempt_id"]))

    def attempts(self, exam_id: str | None = None) -> list[ResultAttemptRecord]:
        query = select(ResultAttemptRecord).order_by(ResultAttemptRecord.candidate_number)
        if exam_id:
            query = query.where(ResultAttemptRecord.exam_id == exam_id)
        with self.db.sessions() as s:
            return list(s.scalars(query).all())

    def incidents(self, exam_id: str | None = None, kind: str = "incident") -> list[tuple[str, str]]:
        """(attempt id, event data JSON) for every event of `kind` (incidents unless told), in attempt order."""
        query = (select(ResultEventRecord.attempt_id, ResultEventRecord.data)
                 .join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == ResultEventRecord.attempt_id)
                 .where(ResultEventRecord.kind == kind)
                 .order_by(ResultEventRecord.attempt_id, ResultEventRecord.seq))
        if exam_id:
            query = query.where(ResultAttemptRecord.exam_id == exam_id)
        with self.db.sessions() as s:
            return [(row[0], row[1]) for row in s.execute(query).all()]

    def responses(self, attempt_ids: list[str]) -> list[ResultResponseRecord]:
        with self.db.sessions() as s:
            return list(s.scalars(select(ResultResponseRecord)
                                  .where(ResultResponseRecord.attempt_id.in_(attempt_ids))).all())

    def counts(self) -> dict[str, int]:
        with self.db.sessions() as s:
            return {name: s.scalar(select(func.count()).select_from(model)) or 0 for name, model in (
                ("bundles", ImportedBundleRecord), ("attempts", ResultAttemptRecord),
                ("responses", ResultResponseRecord), ("events", ResultEventRecord))}

    # -- manual scoring -------------------------------------------------------------
    def attempt(self, attempt_id: str) -> ResultAttemptRecord | None:
        with self.db.sessions() as s:
            return s.get(ResultAttemptRecord, attempt_id)

    def events(self, attempt_id: str) -> list[ResultEventRecord]:
        with self.db.sessions() as s:
            return list(s.scalars(select(ResultEventRecord).where(ResultEventRecord.attempt_id == attempt_id)
                                  .order_by(ResultEventRecord.seq)).all())

    def manual_scores(self, attempt_id: str) -> dict[str, float]:
        with self.db.sessions() as s:
            rows = s.scalars(select(ManualScoreRecord).where(ManualScoreRecord.attempt_id == attempt_id)).all()
            return {r.item_id: r.points for r in rows}

    def save_manual_score(self, attempt_id: str, item_id: str, points: float, rater: str, now: datetime,
                          rescore: Callable[[dict[str, float]], dict]) -> None:
        """The score, the response's score and the attempt's new result, in one transaction."""
        with self.db.sessions.begin() as s:
            write_manual_score(s, attempt_id, item_id, points, rater, now, rescore)


def write_manual_score(s: Session, attempt_id: str, item_id: str, points: float, rater: str, now: datetime,
                       rescore: Callable[[dict[str, float]], dict]) -> None:
    """Within the caller's transaction (marking writes the deciding mark in the same one).
    `rescore` turns the attempt's manual scores into its new result. It is given them after
    this score is written and the attempt is locked (the write takes SQLite's lock, FOR UPDATE
    PostgreSQL's row lock), so two scores of one attempt saved at once both count."""
    s.merge(ManualScoreRecord(attempt_id=attempt_id, item_id=item_id, points=points, rater=rater[:60],
                              scored_at=now))
    s.flush()
    s.execute(select(ResultAttemptRecord.attempt_id).where(ResultAttemptRecord.attempt_id == attempt_id)
              .with_for_update())
    scores: dict[str, float] = {item: points for item, points in s.execute(
        select(ManualScoreRecord.item_id, ManualScoreRecord.points).where(ManualScoreRecord.attempt_id == attempt_id))}
    attempt_update = rescore(scores)
    s.get_one(ResultResponseRecord, (attempt_id, item_id)).score = points
    row = s.get_one(ResultAttemptRecord, attempt_id)
    for key, value in attempt_update.items():
        setattr(row, key, value)
