"""Marking at the body: the responses still waiting for a person, and their marks.

The queue is one query over the imported results (voided attempts and responses already given
a final score left out in SQL), so it works the same on SQLite and PostgreSQL and never loads
attempts that need nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import and_, false, or_, select
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ExamStationError
from app.domain.marking import Mark
from app.store.database import Database
from app.store.marking_models import MarkRecord
from app.store.results import write_manual_score
from app.store.results_models import ImportedBundleRecord, ManualScoreRecord, ResultAttemptRecord, ResultResponseRecord

VOIDED = "voided"
EMPTY_ANSWERS = ('""', "null")  # the JSON of an answer cleared or never typed


class MarkConflict(ExamStationError):
    """Another marker gave this response the same kind of mark first, or this marker marked it."""


@dataclass(frozen=True, slots=True)
class OpenResponse:
    """A response to a manually scored item that has no final score yet."""

    attempt_id: str
    item_id: str
    exam_id: str
    package_id: str
    center: str          # the center's name: for the overview only, never shown with the response
    answer: str | None   # the stored JSON of the answer


@dataclass(frozen=True, slots=True)
class StoredMark:
    attempt_id: str
    item_id: str
    kind: str
    marker: str
    points: float
    rubric_point: str
    marked_at: datetime

    def mark(self) -> Mark:
        return Mark(self.kind, self.marker, self.points)


class MarkingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def packages(self) -> list[str]:
        """Every package with imported attempts (to learn which of its items a person scores)."""
        with self.db.sessions() as s:
            return list(s.scalars(select(ResultAttemptRecord.package_id).distinct()).all())

    def open_responses(self, manual_items: dict[str, list[str]], exam_id: str | None = None,
                       include_blank: bool = False) -> list[OpenResponse]:
        """Responses to the given manually scored items (package id -> item ids) of attempts not
        voided, without a final score; blank answers only when asked for."""
        wanted = [and_(ResultAttemptRecord.package_id == package, ResultResponseRecord.item_id.in_(items))
                  for package, items in manual_items.items() if items]
        query = (select(ResultResponseRecord.attempt_id, ResultResponseRecord.item_id, ResultAttemptRecord.exam_id,
                        ResultAttemptRecord.package_id, ImportedBundleRecord.center_name, ResultResponseRecord.response)
                 .join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == ResultResponseRecord.attempt_id)
                 .join(ImportedBundleRecord, ImportedBundleRecord.bundle_id == ResultAttemptRecord.bundle_id)
                 .outerjoin(ManualScoreRecord, and_(ManualScoreRecord.attempt_id == ResultResponseRecord.attempt_id,
                                                    ManualScoreRecord.item_id == ResultResponseRecord.item_id))
                 .where(or_(*wanted) if wanted else false(), ResultAttemptRecord.state != VOIDED,
                        ManualScoreRecord.attempt_id.is_(None))
                 .order_by(ResultAttemptRecord.exam_id, ResultResponseRecord.item_id, ResultResponseRecord.attempt_id))
        if not include_blank:
            query = query.where(ResultResponseRecord.response.is_not(None),
                                ResultResponseRecord.response.not_in(EMPTY_ANSWERS))
        if exam_id:
            query = query.where(ResultAttemptRecord.exam_id == exam_id)
        with self.db.sessions() as s:
            return [OpenResponse(*row) for row in s.execute(query).all()]

    def marks_of_open(self) -> list[StoredMark]:
        """Every mark of a response that has no final score yet."""
        query = (select(MarkRecord)
                 .outerjoin(ManualScoreRecord, and_(ManualScoreRecord.attempt_id == MarkRecord.attempt_id,
                                                    ManualScoreRecord.item_id == MarkRecord.item_id))
                 .where(ManualScoreRecord.attempt_id.is_(None)))
        with self.db.sessions() as s:
            return [_stored(r) for r in s.scalars(query).all()]

    def marks(self, attempt_id: str, item_id: str) -> list[StoredMark]:
        with self.db.sessions() as s:
            rows = s.scalars(select(MarkRecord).where(MarkRecord.attempt_id == attempt_id,
                                                      MarkRecord.item_id == item_id).order_by(MarkRecord.id)).all()
            return [_stored(r) for r in rows]

    def all_marks(self, exam_id: str | None = None) -> list[StoredMark]:
        query = select(MarkRecord).order_by(MarkRecord.attempt_id, MarkRecord.item_id, MarkRecord.id)
        if exam_id:
            query = query.join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == MarkRecord.attempt_id) \
                .where(ResultAttemptRecord.exam_id == exam_id)
        with self.db.sessions() as s:
            return [_stored(r) for r in s.scalars(query).all()]

    def add_mark(self, mark: StoredMark,
                 final: tuple[float, str, Callable[[dict[str, float]], dict]] | None = None) -> None:
        """The mark, and when it decides the response (`final`: points, rater, what turns the
        attempt's manual scores into its new result) the final score with it, in one transaction. MarkConflict when another marker
        gave this kind of mark first, or this marker already marked the response."""
        try:
            with self.db.sessions.begin() as s:
                s.add(MarkRecord(attempt_id=mark.attempt_id, item_id=mark.item_id, kind=mark.kind,
                                 marker=mark.marker, points=mark.points, rubric_point=mark.rubric_point,
                                 marked_at=mark.marked_at))
                s.flush()  # the constraints first: a mark that loses a race writes no score
                if final is not None:
                    points, rater, rescore = final
                    write_manual_score(s, mark.attempt_id, mark.item_id, points, rater, mark.marked_at, rescore)
        except IntegrityError:
            raise MarkConflict("This response was marked by someone else a moment ago, or you marked it "
                               "before.", "Nothing was saved; go on with the next response.") from None


def _stored(r: MarkRecord) -> StoredMark:
    return StoredMark(r.attempt_id, r.item_id, r.kind, r.marker, r.points, r.rubric_point, r.marked_at)
