"""Station accounts: rows in, domain records out. Secrets arrive already hashed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import CursorResult, case, func, select, update
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ExamStationError
from app.store.database import Database
from app.store.models import AccountRecord


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    display_name: str
    role: str
    password_hash: str
    pin_hash: str | None
    failed_attempts: int
    locked_until: float | None
    active: bool


def _account(r: AccountRecord) -> Account:
    return Account(r.username, r.display_name, r.role, r.password_hash, r.pin_hash, r.failed_attempts,
                   r.locked_until, r.active)


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, role: str | None = None) -> int:
        query = select(func.count()).select_from(AccountRecord)
        if role:
            query = query.where(AccountRecord.role == role)
        with self.db.sessions() as s:
            return s.scalar(query) or 0

    def add(self, account: Account, now: datetime) -> None:
        try:
            with self.db.sessions.begin() as s:
                s.add(AccountRecord(**{k: getattr(account, k) for k in Account.__dataclass_fields__},
                                    created_at=now))
        except IntegrityError:
            raise ExamStationError("An account named '{username}' already exists.",
                                   "Choose another user name.", username=account.username) from None

    def get(self, username: str) -> Account | None:
        with self.db.sessions() as s:
            r = s.get(AccountRecord, username)
            return _account(r) if r else None

    def all(self) -> list[Account]:
        with self.db.sessions() as s:
            return [_account(r) for r in s.scalars(select(AccountRecord).order_by(AccountRecord.username))]

    def count_try(self, username: str, now: float, max_failures: int, lock_seconds: float) -> tuple[int, float | None] | None:
        """Count one sign-in try before its secret is checked, in one UPDATE: (tries counted,
        locked until) after it, or None when the account is locked at `now` (no try allowed).

        One statement, so two processes (or two seats) trying at once are both counted and the
        lock falls exactly at `max_failures`; counting before checking means a guess never runs
        without being counted. A right secret then resets the count (record_success)."""
        tries = AccountRecord.failed_attempts + 1
        with self.db.sessions.begin() as s:
            changed = cast(CursorResult, s.execute(update(AccountRecord).where(
                AccountRecord.username == username,
                (AccountRecord.locked_until.is_(None)) | (AccountRecord.locked_until <= now),
            ).values(failed_attempts=tries, locked_until=case(
                (tries >= max_failures, now + lock_seconds), else_=None)))).rowcount
            if not changed:
                return None
            r = s.get_one(AccountRecord, username)
            return r.failed_attempts, r.locked_until

    def record_success(self, username: str) -> None:
        with self.db.sessions.begin() as s:
            r = s.get_one(AccountRecord, username)
            r.failed_attempts, r.locked_until = 0, None

    def set_pin(self, username: str, pin_hash: str) -> None:
        with self.db.sessions.begin() as s:
            s.get_one(AccountRecord, username).pin_hash = pin_hash

    def set_active(self, username: str, active: bool) -> None:
        with self.db.sessions.begin() as s:
            s.get_one(AccountRecord, username).active = active
