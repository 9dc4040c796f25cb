"""Sessions, candidates, attempts: rows in, domain records out. Events are only ever inserted."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.attempt import Event
from app.domain.errors import Conflict, SaveFailed
from app.domain.history import GENESIS, SEALED_PREFIX, ChainMac, EventUnreadable
from app.domain.records import Attempt, Candidate
from app.store.database import Database
from app.store.models import (
    AttemptClockRecord, AttemptEventRecord, AttemptRecord, CandidateRecord, SessionRecord,
)


# The rows are the domain's records (the store's old names stay for its own code).
CandidateRow = Candidate
AttemptRow = Attempt


def _save_failed(error: OperationalError) -> SaveFailed:
    text = str(error.orig).lower()
    if "full" in text:
        return SaveFailed("The answer could not be saved: the disk is full.",
                          "Tell the proctor; it is kept on screen and saved as soon as there is room.")
    if "readonly" in text or "read-only" in text:
        return SaveFailed("The answer could not be saved: the database is read-only.",
                          "Tell the proctor; it is kept on screen and saved as soon as writing works.")
    return SaveFailed("The answer could not be saved ({cause}).",
                      "Tell the proctor; it is kept on screen and saved as soon as writing works.", cause=error.orig)


class AttemptRepository:
    def __init__(self, db: Database, chain: ChainMac | None = None) -> None:
        """`chain`: authenticates every event appended (app.domain.history); None where the
        center's key is not at hand (then events are stored without a MAC)."""
        self.db, self.chain = db, chain

    def macs(self, attempt_id: str, previous: str | None, events: list[Event]) -> list[str | None]:
        """Each event's MAC, chained from `previous` (the MAC of the event before the first)."""
        if self.chain is None or previous is None:
            return [None] * len(events)
        macs: list[str | None] = []
        for event in events:
            previous = self.chain(attempt_id, previous, event)
            macs.append(previous)
        return macs

    def previous_mac(self, connection, attempt_id: str, seq: int) -> str | None:
        """The MAC of event `seq - 1` (GENESIS before the first), read in the writer's transaction."""
        if seq == 1:
            return GENESIS
        return connection.execute(select(AttemptEventRecord.mac).where(
            AttemptEventRecord.attempt_id == attempt_id, AttemptEventRecord.seq == seq - 1)).scalar()

    def add_session(self, session_id: str, package_id: str, exam_id: str, title: str, now: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.add(SessionRecord(id=session_id, package_id=package_id, exam_id=exam_id, title=title,
                                created_at=now, ended_at=None))

    def add_candidate(self, candidate_id: str, session_id: str, number: str, name: str, details: dict,
                      now: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.add(CandidateRecord(id=candidate_id, session_id=session_id, candidate_number=number,
                                  full_name=name, details=json.dumps(details, sort_keys=True), checked_in_at=now))

    def session(self, session_id: str) -> dict | None:
        with self.db.sessions() as s:
            r = s.get(SessionRecord, session_id)
            return None if r is None else _session(r)

    def end_session(self, session_id: str, now: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.get_one(SessionRecord, session_id).ended_at = now

    def sessions(self, open_only: bool = True) -> list[dict]:
        query = select(SessionRecord).order_by(SessionRecord.created_at.desc())
        if open_only:
            query = query.where(SessionRecord.ended_at.is_(None))
        with self.db.sessions() as s:
            return [_session(r) for r in s.scalars(query).all()]

    def candidates(self, session_id: str) -> list[CandidateRow]:
        with self.db.sessions() as s:
            rows = s.scalars(select(CandidateRecord).where(CandidateRecord.session_id == session_id)
                             .order_by(CandidateRecord.candidate_number)).all()
            return [CandidateRow(r.id, r.session_id, r.candidate_number, r.full_name, json.loads(r.details))
                    for r in rows]

    def add_attempt(self, row: AttemptRow, created: Event, now: datetime) -> None:
        """The attempt and its first event in one transaction: never an attempt without a form and seed."""
        with self.db.sessions.begin() as s:
            s.add(AttemptRecord(id=row.id, session_id=row.session_id, candidate_id=row.candidate_id,
                                form_id=row.form_id, created_at=now))
            s.flush()
            s.add(_event_record(row.id, created, self.macs(row.id, GENESIS, [created])[0], self.chain))

    def adopt(self, session: dict, candidate: dict, row: AttemptRow, events: list[Event],
              clock: tuple[int, float] | None, now: datetime) -> None:
        """Take over an attempt moved from another station: session, candidate, attempt and
        all its events in one transaction."""
        with self.db.sessions.begin() as s:
            if s.get(SessionRecord, session["id"]) is None:
                s.add(SessionRecord(id=session["id"], package_id=session["package_id"], exam_id=session["exam_id"],
                                    title=session["title"], created_at=datetime.fromisoformat(session["created_at"]),
                                    ended_at=None))
            if s.get(CandidateRecord, candidate["id"]) is None:
                s.add(CandidateRecord(id=candidate["id"], session_id=candidate["session_id"],
                                      candidate_number=candidate["number"], full_name=candidate["name"],
                                      details=json.dumps(candidate["details"], sort_keys=True), checked_in_at=now))
            s.flush()
            s.add(AttemptRecord(id=row.id, session_id=row.session_id, candidate_id=row.candidate_id,
                                form_id=row.form_id, created_at=now))
            s.flush()
            s.add_all(_event_record(row.id, e, m, self.chain) for e, m in zip(events, self.macs(row.id, GENESIS, events), strict=True))
            if clock:
                s.add(AttemptClockRecord(attempt_id=row.id, elapsed_ms=clock[0], wall=clock[1]))

    def attempt(self, attempt_id: str) -> AttemptRow | None:
        with self.db.sessions() as s:
            r = s.get(AttemptRecord, attempt_id)
            return AttemptRow(r.id, r.session_id, r.candidate_id, r.form_id) if r else None

    def first_attempt_of(self, candidate_id: str) -> str | None:
        with self.db.sessions() as s:
            return s.scalars(select(AttemptRecord.id).where(AttemptRecord.candidate_id == candidate_id)
                             .order_by(AttemptRecord.created_at).limit(1)).first()

    def attempts_of_session(self, session_id: str) -> list[AttemptRow]:
        with self.db.sessions() as s:
            rows = s.scalars(select(AttemptRecord).where(AttemptRecord.session_id == session_id)
                             .order_by(AttemptRecord.created_at)).all()
            return [AttemptRow(r.id, r.session_id, r.candidate_id, r.form_id) for r in rows]

    def append(self, attempt_id: str, event: Event) -> None:
        """Insert one event and commit. Conflict if its seq is taken; SaveFailed if the disk refuses."""
        try:
            # Core, not the ORM unit of work: this is the hot path of every answer.
            with self.db.engine.begin() as connection:
                mac = self.macs(attempt_id, self.previous_mac(connection, attempt_id, event.seq), [event])[0]
                connection.execute(insert(AttemptEventRecord), {**_event_row(attempt_id, event, self.chain), "mac": mac})
        except IntegrityError:
            raise Conflict("Someone else changed this attempt at the same moment.", "Try again.") from None
        except OperationalError as error:
            raise _save_failed(error) from None

    def events(self, attempt_id: str, after_seq: int = 0) -> list[Event]:
        with self.db.sessions() as s:
            rows = s.scalars(select(AttemptEventRecord)
                             .where(AttemptEventRecord.attempt_id == attempt_id, AttemptEventRecord.seq > after_seq)
                             .order_by(AttemptEventRecord.seq)).all()
            return [event_of(r, self.chain) for r in rows]

    def newest(self, attempt_ids: list[str]) -> dict[str, tuple[int, tuple[int, float] | None]]:
        """Per attempt: its newest event's seq and its clock checkpoint, in two queries."""
        if not attempt_ids:
            return {}
        with self.db.sessions() as s:
            seqs = dict(s.execute(select(AttemptEventRecord.attempt_id, func.max(AttemptEventRecord.seq))
                                  .where(AttemptEventRecord.attempt_id.in_(attempt_ids))
                                  .group_by(AttemptEventRecord.attempt_id)).tuples().all())
            clocks = {r.attempt_id: (r.elapsed_ms, r.wall) for r in s.scalars(
                select(AttemptClockRecord).where(AttemptClockRecord.attempt_id.in_(attempt_ids))).all()}
        return {a: (seqs.get(a, 0), clocks.get(a)) for a in attempt_ids}

    def events_with_origins(self, attempt_id: str) -> list[tuple[Event, str | None]]:
        with self.db.sessions() as s:
            rows = s.scalars(select(AttemptEventRecord).where(AttemptEventRecord.attempt_id == attempt_id)
                             .order_by(AttemptEventRecord.seq)).all()
            return [(event_of(r, self.chain), r.origin) for r in rows]

    def events_with_macs(self, attempt_id: str) -> list[tuple[Event, str | None]]:
        with self.db.sessions() as s:
            rows = s.scalars(select(AttemptEventRecord).where(AttemptEventRecord.attempt_id == attempt_id)
                             .order_by(AttemptEventRecord.seq)).all()
            return [(event_of(r, self.chain), r.mac) for r in rows]

    def checkpoint(self, attempt_id: str, elapsed_ms: int, wall: float) -> None:
        """Record exam time used; called several times a second while an attempt runs."""
        try:
            with self.db.sessions.begin() as s:
                if self.db.engine.dialect.name == "sqlite":
                    statement = sqlite_insert(AttemptClockRecord).values(
                        attempt_id=attempt_id, elapsed_ms=elapsed_ms, wall=wall)
                    s.execute(statement.on_conflict_do_update(
                        index_elements=["attempt_id"], set_={"elapsed_ms": elapsed_ms, "wall": wall}))
                else:
                    s.merge(AttemptClockRecord(attempt_id=attempt_id, elapsed_ms=elapsed_ms, wall=wall))
        except OperationalError as error:
            raise _save_failed(error) from None

    def clock(self, attempt_id: str) -> tuple[int, float] | None:
        with self.db.sessions() as s:
            r = s.get(AttemptClockRecord, attempt_id)
            return (r.elapsed_ms, r.wall) if r else None


def _event_row(attempt_id: str, event: Event, chain: ChainMac | None = None) -> dict:
    """The row of an event; its data sealed at rest when `chain` can seal (app.crypto.chain)."""
    data = json.dumps(event.data, sort_keys=True, separators=(",", ":"))
    seal = getattr(chain, "seal", None)
    return {"attempt_id": attempt_id, "seq": event.seq, "kind": event.kind, "elapsed_ms": event.elapsed_ms,
            "at": event.at, "data": seal(attempt_id, event.seq, data) if seal else data}


def _event_record(attempt_id: str, event: Event, mac: str | None = None,
                  chain: ChainMac | None = None) -> AttemptEventRecord:
    return AttemptEventRecord(**_event_row(attempt_id, event, chain), mac=mac)


def event_of(r: AttemptEventRecord, chain: ChainMac | None) -> Event:
    """The stored event, its data opened if it was sealed; EventUnreadable if it does not open."""
    data = r.data
    if data.startswith(SEALED_PREFIX):
        unseal = getattr(chain, "unseal", None)
        if unseal is None:
            raise EventUnreadable(r.attempt_id, r.seq, "its content is sealed under the center's key, "
                                                       "which this program does not have")
        data = unseal(r.attempt_id, r.seq, data)
    return Event(r.seq, r.kind, r.elapsed_ms, r.at, json.loads(data))


def _session(r: SessionRecord) -> dict:
    return {"id": r.id, "package_id": r.package_id, "exam_id": r.exam_id, "title": r.title,
            "created_at": r.created_at.isoformat(), "ended_at": r.ended_at.isoformat() if r.ended_at else None}
