"""The room's tables: paired seats, leases, and the events seats send (stored once each)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.attempt import Event
from app.domain.errors import Conflict
from app.domain.history import ChainMac
from app.store.attempts import AttemptRepository, _event_row, _save_failed, event_of
from app.store.database import Database
from app.store.models import AttemptEventRecord, RoomLeaseRecord, RoomSeatRecord


@dataclass(frozen=True, slots=True)
class PairedSeat:
    fingerprint: str
    name: str
    certificate: bytes
    paired_at: datetime
    paired_by: str
    role: str = "seat"        # "seat" (a candidate workstation) or "tablet" (an evaluator's tablet)


@dataclass(frozen=True, slots=True)
class Lease:
    id: str
    attempt_id: str
    seat_fingerprint: str
    created_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


def _lease(r: RoomLeaseRecord) -> Lease:
    return Lease(r.id, r.attempt_id, r.seat_fingerprint, r.created_at, r.revoked_at, r.revoked_reason)


class RoomRepository:
    def __init__(self, db: Database, chain: ChainMac | None = None) -> None:
        self.db, self.chain = db, chain

    # -- seats -------------------------------------------------------------------------
    def add_seat(self, seat: PairedSeat) -> None:
        with self.db.sessions.begin() as s:
            record = s.get(RoomSeatRecord, seat.fingerprint)
            if record is None:
                s.add(RoomSeatRecord(fingerprint=seat.fingerprint, name=seat.name,
                                     certificate=seat.certificate.decode("ascii"), paired_at=seat.paired_at,
                                     paired_by=seat.paired_by, removed_at=None, role=seat.role))
            else:  # paired again after being removed
                record.name, record.removed_at, record.role = seat.name, None, seat.role
                record.paired_at, record.paired_by = seat.paired_at, seat.paired_by

    def remove_seat(self, fingerprint: str, now: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.execute(update(RoomSeatRecord).where(RoomSeatRecord.fingerprint == fingerprint)
                      .values(removed_at=now))

    def seats(self) -> list[PairedSeat]:
        with self.db.sessions() as s:
            rows = s.scalars(select(RoomSeatRecord).where(RoomSeatRecord.removed_at.is_(None))
                             .order_by(RoomSeatRecord.name)).all()
            return [PairedSeat(r.fingerprint, r.name, r.certificate.encode("ascii"), r.paired_at, r.paired_by,
                               r.role) for r in rows]

    # -- leases ------------------------------------------------------------------------
    def add_lease(self, lease: Lease) -> None:
        with self.db.sessions.begin() as s:
            s.add(RoomLeaseRecord(id=lease.id, attempt_id=lease.attempt_id, seat_fingerprint=lease.seat_fingerprint,
                                  created_at=lease.created_at, revoked_at=None, revoked_reason=None))

    def revoke_lease(self, lease_id: str, reason: str, now: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.execute(update(RoomLeaseRecord).where(RoomLeaseRecord.id == lease_id)
                      .values(revoked_at=now, revoked_reason=reason))

    def live_leases(self) -> list[Lease]:
        with self.db.sessions() as s:
            rows = s.scalars(select(RoomLeaseRecord).where(RoomLeaseRecord.revoked_at.is_(None))
                             .order_by(RoomLeaseRecord.created_at)).all()
            return [_lease(r) for r in rows]

    def lease(self, lease_id: str) -> Lease | None:
        with self.db.sessions() as s:
            r = s.get(RoomLeaseRecord, lease_id)
            return _lease(r) if r else None

    # -- events ------------------------------------------------------------------------
    def append(self, attempt_id: str, events: list[tuple[Event, str | None]]) -> None:
        """Insert events (with the origin of those a seat sent) in one transaction."""
        self.append_many({attempt_id: events})

    def append_many(self, batches: dict[str, list[tuple[Event, str | None]]]) -> None:
        """Events of several attempts in ONE transaction (the room's group commit); Conflict if
        any of them meets another writer's, and then nothing is stored."""
        attempts = AttemptRepository(self.db, self.chain)
        try:
            with self.db.engine.begin() as connection:
                rows = []
                for attempt_id, events in batches.items():
                    if not events:
                        continue
                    previous = attempts.previous_mac(connection, attempt_id, events[0][0].seq)
                    macs = attempts.macs(attempt_id, previous, [event for event, _ in events])
                    rows += [{**_event_row(attempt_id, event, self.chain), "origin": origin, "mac": mac}
                             for (event, origin), mac in zip(events, macs, strict=True)]
                if rows:
                    connection.execute(insert(AttemptEventRecord), rows)
        except IntegrityError:
            raise Conflict("Someone else changed an attempt at the same moment.", "Try again.") from None
        except OperationalError as error:
            raise _save_failed(error) from None

    def events(self, attempt_id: str, after_seq: int = 0) -> list[tuple[Event, str | None]]:
        with self.db.sessions() as s:
            rows = s.scalars(select(AttemptEventRecord)
                             .where(AttemptEventRecord.attempt_id == attempt_id, AttemptEventRecord.seq > after_seq)
                             .order_by(AttemptEventRecord.seq)).all()
            return [(event_of(r, self.chain), r.origin) for r in rows]

    def last_seqs(self, attempt_ids: list[str]) -> dict[str, int]:
        """The newest event of each attempt: one query, for noticing events others wrote."""
        if not attempt_ids:
            return {}
        with self.db.sessions() as s:
            rows = s.execute(select(AttemptEventRecord.attempt_id, func.max(AttemptEventRecord.seq))
                             .where(AttemptEventRecord.attempt_id.in_(attempt_ids))
                             .group_by(AttemptEventRecord.attempt_id)).all()
            return {attempt: seq for attempt, seq in rows}

    def checkpoint(self, clocks: list[tuple[str, int]], wall: float) -> None:
        """Exam time used by every running attempt (once a second; one small upsert each)."""
        if not clocks:
            return
        repository = AttemptRepository(self.db)
        try:
            for attempt_id, elapsed in clocks:
                repository.checkpoint(attempt_id, elapsed, wall)
        except OperationalError as error:
            raise _save_failed(error) from None
