"""Decisions about imported attempts and the release of each session's results (migration 0011)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.errors import ExamStationError
from app.domain.release import Decision
from app.store.database import Database
from app.store.models import Base
from app.store.results_models import (
    ImportedBundleRecord, ManualScoreRecord, ResultAttemptRecord, ResultEvaluationRecord, ResultEventRecord,
)


class ReleaseDecisionRecord(Base):
    """Appended, never changed: the latest one of an attempt stands, the earlier ones stay as its history."""

    __tablename__ = "release_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), index=True)
    session_id: Mapped[str] = mapped_column(String(36), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionReleaseRecord(Base):
    __tablename__ = "session_releases"

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    released_by: Mapped[str] = mapped_column(String(120))
    released_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # what was released (app.store.release.ReleaseRepository.digest): a later import or mark changes it
    content_digest: Mapped[str] = mapped_column(String(64))


class SessionReleased(ExamStationError):
    """A decision about an attempt whose session is already released."""


@dataclass(frozen=True)
class SessionRow:
    session_id: str
    package_id: str
    exam_id: str
    center_name: str
    imported_at: datetime
    attempts: int


class ReleaseRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def sessions(self) -> list[SessionRow]:
        """Every imported session, counted in the database, oldest import first."""
        with self.db.sessions() as s:
            counts = dict(s.execute(select(ResultAttemptRecord.session_id, func.count())
                                    .group_by(ResultAttemptRecord.session_id)).tuples().all())
            first = (select(ImportedBundleRecord.session_id, func.min(ImportedBundleRecord.imported_at).label("at"))
                     .group_by(ImportedBundleRecord.session_id).subquery())
            rows = s.execute(select(ImportedBundleRecord.session_id, ImportedBundleRecord.package_id,
                                    ImportedBundleRecord.center_name, first.c.at)
                             .join(first, (first.c.session_id == ImportedBundleRecord.session_id)
                                   & (first.c.at == ImportedBundleRecord.imported_at))
                             .order_by(first.c.at, ImportedBundleRecord.session_id)).all()
            exams = dict(s.execute(select(ResultAttemptRecord.session_id, func.min(ResultAttemptRecord.exam_id))
                                   .group_by(ResultAttemptRecord.session_id)).tuples().all())
        seen, found = set(), []
        for session_id, package_id, center, at in rows:
            if session_id in seen or session_id not in counts:
                continue
            seen.add(session_id)
            found.append(SessionRow(session_id, package_id, exams[session_id], center, at, counts[session_id]))
        return found

    def attempts(self, session_id: str) -> list[ResultAttemptRecord]:
        with self.db.sessions() as s:
            return list(s.scalars(select(ResultAttemptRecord).where(ResultAttemptRecord.session_id == session_id)
                                  .order_by(ResultAttemptRecord.candidate_number)).all())

    def events(self, session_id: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
        """(attempt id, kind, at, data JSON) of the session's events of these kinds, in order."""
        with self.db.sessions() as s:
            return [tuple(r) for r in s.execute(
                select(ResultEventRecord.attempt_id, ResultEventRecord.kind, ResultEventRecord.at,
                       ResultEventRecord.data)
                .join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == ResultEventRecord.attempt_id)
                .where(ResultAttemptRecord.session_id == session_id, ResultEventRecord.kind.in_(kinds))
                .order_by(ResultEventRecord.attempt_id, ResultEventRecord.seq)).all()]

    def evaluations(self, session_id: str) -> list[tuple[str, str]]:
        """(attempt id, evaluation JSON) of the session's checklist evaluations, in the order received."""
        with self.db.sessions() as s:
            return [tuple(r) for r in s.execute(
                select(ResultEvaluationRecord.attempt_id, ResultEvaluationRecord.data)
                .join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == ResultEvaluationRecord.attempt_id)
                .where(ResultAttemptRecord.session_id == session_id)
                .order_by(ResultEvaluationRecord.attempt_id, ResultEvaluationRecord.position)).all()]

    def center_names(self, attempt_ids: list[str] | None = None) -> dict[str, str]:
        """Attempt id -> the name of the center whose bundle brought it."""
        query = select(ResultAttemptRecord.attempt_id, ImportedBundleRecord.center_name).join(
            ImportedBundleRecord, ImportedBundleRecord.bundle_id == ResultAttemptRecord.bundle_id)
        if attempt_ids is not None:
            query = query.where(ResultAttemptRecord.attempt_id.in_(attempt_ids))
        with self.db.sessions() as s:
            return dict(s.execute(query).tuples().all())

    # -- decisions ----------------------------------------------------------------------
    def decisions(self, session_id: str | None = None) -> dict[str, list[Decision]]:
        """Attempt id -> its decisions, oldest first (the last one stands)."""
        query = select(ReleaseDecisionRecord).order_by(ReleaseDecisionRecord.id)
        if session_id is not None:
            query = query.where(ReleaseDecisionRecord.session_id == session_id)
        found: dict[str, list[Decision]] = {}
        with self.db.sessions() as s:
            for r in s.scalars(query).all():
                found.setdefault(r.attempt_id, []).append(
                    Decision(r.attempt_id, r.decision, r.reason, r.decided_by, r.decided_at))
        return found

    def add_decision(self, session_id: str, decision: Decision) -> None:
        """Recorded only while the session is not released (checked in the same transaction)."""
        with self.db.sessions.begin() as s:
            if s.get(SessionReleaseRecord, session_id) is not None:
                raise SessionReleased("This session's results are already released; decisions are closed.",
                                      "Nothing was recorded. Revoke a credential instead if one must not stand.")
            s.add(ReleaseDecisionRecord(attempt_id=decision.attempt_id, session_id=session_id,
                                        decision=decision.decision, reason=decision.reason,
                                        decided_by=decision.decided_by, decided_at=decision.decided_at))

    # -- releases -----------------------------------------------------------------------
    def releases(self) -> dict[str, SessionReleaseRecord]:
        with self.db.sessions() as s:
            return {r.session_id: r for r in s.scalars(select(SessionReleaseRecord)).all()}

    def release(self, session_id: str, by: str, now: datetime, digest: str) -> None:
        """Release (or release again what changed since): the digest says what was released."""
        try:
            with self.db.sessions.begin() as s:
                row = s.get(SessionReleaseRecord, session_id)
                if row is None:
                    s.add(SessionReleaseRecord(session_id=session_id, released_by=by, released_at=now,
                                               content_digest=digest))
                else:
                    row.released_by, row.released_at, row.content_digest = by, now, digest
        except IntegrityError:
            raise ExamStationError("Someone else released this session at the same moment.",
                                   "Look at the session again; it is released.") from None

    def digest(self, session_id: str) -> str:
        """SHA-256 over what the session's results rest on: each attempt's history head and
        every manual mark. Released results stand only while it stays the same."""
        with self.db.sessions() as s:
            heads = s.execute(select(ResultAttemptRecord.attempt_id, ResultAttemptRecord.content_hash)
                              .where(ResultAttemptRecord.session_id == session_id)
                              .order_by(ResultAttemptRecord.attempt_id)).all()
            marks = s.execute(select(ManualScoreRecord.attempt_id, ManualScoreRecord.item_id, ManualScoreRecord.points)
                              .join(ResultAttemptRecord, ResultAttemptRecord.attempt_id == ManualScoreRecord.attempt_id)
                              .where(ResultAttemptRecord.session_id == session_id)
                              .order_by(ManualScoreRecord.attempt_id, ManualScoreRecord.item_id)).all()
        text = "\n".join([f"{a} {h}" for a, h in heads] + [f"{a} {i} {p!r}" for a, i, p in marks])
        return hashlib.sha256(text.encode()).hexdigest()
