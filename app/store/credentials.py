"""Issued credentials and their status-list positions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from app.domain.errors import SaveFailed

from app.store.database import Database
from app.store.results_models import IssuedCredentialRecord, ResultAttemptRecord


@dataclass(frozen=True)
class IssuedRow:
    credential_id: str
    candidate_number: str
    candidate_name: str
    exam_id: str
    issued_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


class CredentialRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def issued_attempts(self) -> set[str]:
        with self.db.sessions() as s:
            return set(s.scalars(select(IssuedCredentialRecord.attempt_id)).all())

    def recorded(self, credential_ids: list[str]) -> set[str]:
        """Which of these credential ids the database has issued."""
        with self.db.sessions() as s:
            return set(s.scalars(select(IssuedCredentialRecord.credential_id)
                                 .where(IssuedCredentialRecord.credential_id.in_(credential_ids))).all())

    def next_index(self) -> int:
        with self.db.sessions() as s:
            highest = s.scalar(select(func.max(IssuedCredentialRecord.status_index)))
            return 0 if highest is None else highest + 1

    def add(self, credential_id: str, attempt_id: str, exam_id: str, index: int, now: datetime) -> None:
        """Record an issued credential; SaveFailed (nothing recorded) when the database refuses."""
        try:
            with self.db.sessions.begin() as s:
                s.add(IssuedCredentialRecord(credential_id=credential_id, attempt_id=attempt_id, exam_id=exam_id,
                                             status_index=index, issued_at=now, revoked_at=None, revoked_reason=None))
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or type(error).__name__
            raise SaveFailed("The credential for attempt {attempt_id} could not be recorded ({reason}).",
                             "Fix the database problem and try again.",
                             attempt_id=attempt_id, reason=reason) from None

    def revoke(self, credential_id: str, reason: str, now: datetime) -> bool:
        with self.db.sessions.begin() as s:
            row = s.get(IssuedCredentialRecord, credential_id)
            if row is None:
                return False
            row.revoked_at, row.revoked_reason = now, reason
            return True

    def revoked_indexes(self) -> set[int]:
        with self.db.sessions() as s:
            return set(s.scalars(select(IssuedCredentialRecord.status_index)
                                 .where(IssuedCredentialRecord.revoked_at.is_not(None))).all())

    def listing(self) -> list[IssuedRow]:
        """Every issued credential with its candidate, newest first."""
        with self.db.sessions() as s:
            rows = s.execute(select(IssuedCredentialRecord.credential_id, ResultAttemptRecord.candidate_number,
                                    ResultAttemptRecord.candidate_name, IssuedCredentialRecord.exam_id,
                                    IssuedCredentialRecord.issued_at, IssuedCredentialRecord.revoked_at,
                                    IssuedCredentialRecord.revoked_reason)
                             .join(ResultAttemptRecord,
                                   ResultAttemptRecord.attempt_id == IssuedCredentialRecord.attempt_id)
                             .order_by(IssuedCredentialRecord.status_index.desc())).all()
        return [IssuedRow(*row) for row in rows]
