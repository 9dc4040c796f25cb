"""The body's results: each bundle is written in one transaction, or not at all."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ExamStationError
from app.store.database import Database
from app.store.results_models import (
    BodyExamRecord, ImportedBundleRecord, ManualScoreRecord, ResultAttemptRecord, ResultEventRecord,
    ResultResponseRecord,
)


class AlreadyImported(Exception):
    """The same bundle (same id) is already in the database."""


class ResultConflict(ExamStationError):
    """An attempt in the bundle is already imported with different content."""


class ResultsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_exam(self, package_id: str, exam_id: str, version: str, sealed_content: str, now: datetime) -> None:
        """`sealed_content`: the compiled exam, sealed by the body for itself (never plaintext)."""
        try:
            with self.db.sessions.begin() as s:
                if s.get(BodyExamRecord, package_id) is None:
                    s.add(BodyExamRecord(package_id=package_id, exam_id=exam_id, exam_version=version,
                                         content=sealed_content, built_at=now))
        except IntegrityError:
            pass  # another importer recorded the same exam a moment earlier: same content

    def sealed_exam(self, package_id: str) -> tuple[str, str, str] | None:
        """(exam id, version, sealed content) of a built package."""
        with self.db.sessions() as s:
            r = s.get(BodyExamRecord, package_id)
            return (r.exam_id, r.exam_version, r.content) if r else None

    def bundle_exists(self, bundle_id: str) -> bool:
        with self.db.sessions() as s:
            return s.get(ImportedBundleRecord, bundle_id) is not None

    def attempt_hashes(self, attempt_ids: list[str]) -> dict[str, str]:
        with self.db.sessions() as s:
            rows = s.execute(select(ResultAttemptRecord.attempt_id, ResultAttemptRecord.content_hash)
                             .where(ResultAttemptRecord.attempt_id.in_(attempt_ids))).all()
            return dict(rows)

    def write_bundle(self, bundle: dict, attempts: list[dict], responses: list[dict], events: list[dict]) -> None:
        """All rows of one bundle in one transaction. Another importer that got there first
        shows up as an integrity error: the same bundle is AlreadyImported, else a conflict."""
        try:
            with self.db.sessions.begin() as s:
                s.add(ImportedBundleRecord(**bundle))
                s.flush()  # the bundle row first: a concurrent import of it stops here
                s.add_all(ResultAttemptRecord(**a) for a in attempts)
                s.flush()
                s.bulk_insert_mappings(ResultResponseRecord, responses)
                s.bulk_insert_mappings(ResultEventRecord, events)
        except IntegrityError:
            if self.bundle_exists(bundle["bundle_id"]):
                raise AlreadyImported(bundle["bundle_id"]) from None
            raise ResultConflict("An attempt in this bundle was already imported from another bundle.",
                                 "Check with the testing center which export is the right one.") from None

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
        from sqlalchemy import func
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
                          attempt_update: dict) -> None:
        """The score, the response's score and the attempt's new result, in one transaction."""
        with self.db.sessions.begin() as s:
            s.merge(ManualScoreRecord(attempt_id=attempt_id, item_id=item_id, points=points, rater=rater,
                                      scored_at=now))
            response = s.get(ResultResponseRecord, (attempt_id, item_id))
            response.score = points
            row = s.get(ResultAttemptRecord, attempt_id)
            for key, value in attempt_update.items():
                setattr(row, key, value)
