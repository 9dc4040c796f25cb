"""The audit log table: entries are only inserted; the chain is checked by the domain."""

from __future__ import annotations

import json
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.audit import GENESIS, OUTSIDE_SESSION_CHAIN, AuditEntry, SessionAuditMac, next_entry
from app.domain.errors import SaveFailed
from app.store.database import Database
from app.store.models import AttemptRecord, AuditRecord, CandidateRecord, SessionRecord


def _entry(r: AuditRecord) -> AuditEntry:
    return AuditEntry(r.seq, r.at, r.actor, r.action, r.subject, json.loads(r.details), r.prev_hash, r.hash)


def _session_of(s, subject: str) -> str | None:
    """The session an entry is about: the subject itself, or the session of its candidate or attempt."""
    if s.get(SessionRecord, subject) is not None:
        return subject
    for model in (AttemptRecord, CandidateRecord):
        found = s.scalar(select(model.session_id).where(model.id == subject))
        if found is not None:
            return found
    return None


_TRIES = 20  # each retry follows another writer's commit, so a few processes always get through


def _busy(error: OperationalError) -> bool:
    return str(getattr(error.orig, "sqlite_errorname", "")).startswith("SQLITE_BUSY")


class AuditRepository:
    def __init__(self, db: Database, session_mac: Callable[[], SessionAuditMac | None] | None = None) -> None:
        """`session_mac`: gives what authenticates each session's own chain of entries (None where
        the center's key is not at hand: then an entry about a session is stored without a MAC,
        and that session's export refuses it)."""
        self.db, self._session_mac = db, session_mac

    def append(self, at: str, actor: str, action: str, subject: str, details: dict) -> AuditEntry:
        for _ in range(_TRIES):  # another process may take the same seq: chain onto its entry instead
            try:
                with self.db.sessions.begin() as s:
                    last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
                    entry = next_entry(_entry(last) if last else None, at, actor, action, subject, details)
                    session_id = None if action in OUTSIDE_SESSION_CHAIN else _session_of(s, subject)
                    number, mac = self._session_link(s, session_id, entry) if session_id else (None, None)
                    s.add(AuditRecord(seq=entry.seq, at=entry.at, actor=entry.actor, action=entry.action,
                                      subject=entry.subject, details=json.dumps(entry.details, sort_keys=True),
                                      prev_hash=entry.prev_hash, hash=entry.hash, session_id=session_id,
                                      session_seq=number, mac=mac))
                return entry
            except IntegrityError:
                continue
            except OperationalError as error:
                if _busy(error):
                    continue  # SQLite: another process wrote since we read the head; read it again
                raise SaveFailed("The audit log could not be written ({cause}).",
                                 "Check the disk; the action was not done.", cause=error.orig) from None
        raise SaveFailed("The audit log is busy.", "Try the action again.")

    def _session_link(self, s, session_id: str, entry: AuditEntry) -> tuple[int, str | None]:
        """The entry's place in its session's chain and its MAC there, read in the writer's transaction."""
        last = s.execute(select(AuditRecord.session_seq, AuditRecord.mac).where(AuditRecord.session_id == session_id)
                         .order_by(AuditRecord.session_seq.desc()).limit(1)).first()
        number, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
        chain = self._session_mac() if self._session_mac else None
        return number, (chain(session_id, previous, number, entry) if chain and previous else None)

    def of_session(self, session_id: str) -> list[tuple[int | None, AuditEntry, str | None]]:
        """The session's own chain: (place in it, entry, MAC), in order. A place the database lost
        (None) is reported by the chain check as a missing entry."""
        query = (select(AuditRecord).where(AuditRecord.session_id == session_id)
                 .order_by(AuditRecord.session_seq))
        with self.db.sessions() as s:
            return [(r.session_seq, _entry(r), r.mac) for r in s.scalars(query).all()]

    def entries(self, actor: str | None = None, action_prefix: str | None = None,
                subject: str | None = None) -> list[AuditEntry]:
        query = select(AuditRecord).order_by(AuditRecord.seq)
        if actor:
            query = query.where(AuditRecord.actor == actor)
        if action_prefix:
            query = query.where(AuditRecord.action.startswith(action_prefix))
        if subject:
            query = query.where(AuditRecord.subject == subject)
        with self.db.sessions() as s:
            return [_entry(r) for r in s.scalars(query).all()]

    def about(self, subjects: set[str]) -> list[AuditEntry]:
        """The entries whose subject is one of `subjects`, in order."""
        query = select(AuditRecord).where(AuditRecord.subject.in_(sorted(subjects))).order_by(AuditRecord.seq)
        with self.db.sessions() as s:
            return [_entry(r) for r in s.scalars(query).all()]

    def head(self) -> AuditEntry | None:
        with self.db.sessions() as s:
            last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
            return _entry(last) if last else None

    def count(self) -> int:
        with self.db.sessions() as s:
            return s.scalar(select(func.count()).select_from(AuditRecord)) or 0
