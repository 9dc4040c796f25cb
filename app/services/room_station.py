"""The proctor station's side of a testing room: paired seats, which seat holds which
attempt (a lease), every event seats send stored exactly once, the station's clock,
and what the console shows. It is the `RoomBackend` of app.room.station_server and
runs on the room's thread; screens reach it through `StationRoom.call`.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from app.crypto.room_keys import journal_key, room_secret, station_tls_identity
from app.crypto.tls_identity import certificate_fingerprint
from app.domain.attempt import FINAL_STATES, IN_PROGRESS, Event
from app.domain.errors import Conflict, ExamStationError, SaveFailed
from app.domain.history import ChainMac
from app.formats.exam_content import form_document
from app.formats.package_reader import OpenedPackage
from app.room.station_server import PairingRequest, StationServer
from app.services.accounts import AccountService
from app.services.packages import Clock
from app.services.room_attempt import RoomAttempt
from app.services.room_messages import SeatMessages
from app.store.attempts import AttemptRepository
from app.store.database import Database
from app.store.room import Lease, PairedSeat, RoomRepository

log = logging.getLogger(__name__)
TICK_SECONDS = 0.2
CHECKPOINT_SECONDS = 1.0
seat_fingerprint = certificate_fingerprint  # a seat's id, from its certificate (local seats use it)


class RoomRefused(ExamStationError):
    """A room action that cannot be done (the message says why and what to do)."""


@dataclass(frozen=True)
class SeatStatus:
    """One row of the console's seat map, computed from memory (no replay)."""

    fingerprint: str
    seat_name: str
    connected: bool
    since: float | None               # wall time the connection last came or went
    attempt_id: str | None
    candidate_name: str
    candidate_number: str
    state: str
    remaining_ms: int | None
    answered: int
    items: int
    incidents: int
    last_saved: float | None          # wall time the station last stored this seat's event
    role: str = "seat"                # "seat", or "tablet" (an evaluator's tablet: never holds a candidate)


@dataclass(frozen=True)
class PairingAsk:
    seat_name: str
    code: str
    address: str
    fingerprint: str
    role: str = "seat"


@dataclass
class _Seat:
    paired: PairedSeat
    connected: bool = False
    since: float | None = None
    lease: Lease | None = None
    fresh_boots: set[str] = field(default_factory=set)


class StationRoom(SeatMessages):
    def __init__(self, database: Callable[[], Database], accounts: AccountService, opened: OpenedPackage,
                 session_id: str, center_keys: Any, home_id: str, station_name: str, clock: Clock,
                 monotonic: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 chain: ChainMac | None = None) -> None:
        self.chain = chain  # authenticates every event stored (app.domain.history)
        self._database, self.accounts, self.opened, self.session_id = database, accounts, opened, session_id
        self.exam, self.clock, self.monotonic, self.wall = opened.exam, clock, monotonic, wall
        self.station_name, self.center_name = station_name, center_keys.name
        self._secret = room_secret(center_keys, home_id)
        self.identity = station_tls_identity(self._secret, station_name)
        self.server: StationServer | None = None
        self.seats: dict[str, _Seat] = {}
        self.attempts: dict[str, RoomAttempt] = {}
        self.candidates: dict[str, tuple[str, str]] = {}      # attempt id -> (name, number)
        self.pairing: dict[str, PairingRequest] = {}          # fingerprint -> open request
        self.refusals: list[tuple[float, str, str]] = []      # (wall, address, reason), newest last
        self._last_checkpoint = 0.0
        self.port = 0
        self._event_queue: list = []     # seat events waiting for this turn's group commit
        self._flush_scheduled = False
        self._refusal_recorded: dict[str, float] = {}
        self._claims_recorded: dict[str, float] = {}  # seat -> when a claim on a lease not its own was recorded

    # -- life cycle (any thread) ----------------------------------------------------------
    @property
    def room(self) -> RoomRepository:
        return RoomRepository(self._database(), self.chain)

    @property
    def attempt_repo(self) -> AttemptRepository:
        return AttemptRepository(self._database(), self.chain)

    def start(self, host: str = "0.0.0.0", port: int = 0) -> int:
        self._load()
        self.server = StationServer(self, self.identity, host, port)
        bound = self.server.start()
        self.server.loop.call_soon_threadsafe(self._schedule_tick)
        return bound

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def call(self, function: Callable[[], Any]) -> Any:
        """Run on the room's thread (every change to attempts and leases happens there)."""
        return self.server.call(function) if self.server is not None else function()

    def _load(self) -> None:
        self.seats = {s.fingerprint: _Seat(s) for s in self.room.seats()}
        rows = {a.id: a for a in self.attempt_repo.attempts_of_session(self.session_id)}
        people = {c.id: (c.name, c.number) for c in self.attempt_repo.candidates(self.session_id)}
        for lease in self.room.live_leases():
            if lease.attempt_id in rows and lease.seat_fingerprint in self.seats:
                self.seats[lease.seat_fingerprint].lease = lease
                self._attempt(lease.attempt_id)
                self.candidates[lease.attempt_id] = people[rows[lease.attempt_id].candidate_id]

    def _attempt(self, attempt_id: str) -> RoomAttempt:
        if attempt_id not in self.attempts:
            checkpoint = self.attempt_repo.clock(attempt_id)
            self.attempts[attempt_id] = RoomAttempt.load(attempt_id, self.exam, self.room.events(attempt_id),
                                                         checkpoint[0] if checkpoint else 0, self.monotonic)
        return self.attempts[attempt_id]

    # -- what the proctor does (any thread) -------------------------------------------------
    def decide_pairing(self, fingerprint: str, accepted: bool) -> None:
        request = self.pairing.get(fingerprint)
        if request is None:
            raise RoomRefused("That seat is no longer waiting to pair.", "Ask the seat to start pairing again.")
        self.running_server().decide_pairing(request, accepted)

    def pairing_asks(self) -> list[PairingAsk]:
        return [PairingAsk(r.seat_name, r.code, r.address, f, r.role) for f, r in list(self.pairing.items())]

    def assign(self, attempt_id: str, fingerprint: str, by: str) -> None:
        """Give an admitted candidate's attempt to a seat; the seat shows it at once (or on connect)."""
        self.call(lambda: self._assign(attempt_id, fingerprint, by))

    def move(self, attempt_id: str, fingerprint: str, by: str) -> None:
        """Continue a candidate at another (spare) seat from the station's copy; the old seat is refused."""
        self.call(lambda: self._move(attempt_id, fingerprint, by))

    def remove_seat(self, fingerprint: str, by: str) -> None:
        self.call(lambda: self._remove_seat(fingerprint, by))

    def status(self) -> list[SeatStatus]:
        return self.call(self._status)

    # -- room thread: leases ------------------------------------------------------------------
    def _assign(self, attempt_id: str, fingerprint: str, by: str) -> None:
        seat = self._seat(fingerprint, for_candidate=True)
        if seat.lease is not None and not self._finished(seat.lease.attempt_id):
            holder = self.candidates.get(seat.lease.attempt_id, ("another candidate", ""))[0]
            raise RoomRefused("Seat {seat} is taken by {holder}.", "Choose a free seat.", seat=seat.paired.name, holder=holder)
        row = self.attempt_repo.attempt(attempt_id)
        if row is None or row.session_id != self.session_id:
            raise RoomRefused("That candidate is not in this session.", "Check the candidate in first.")
        current = self._lease_of(attempt_id)
        if current is not None:
            holder_seat = self.seats[current.seat_fingerprint].paired.name
            raise RoomRefused("This candidate already sits at seat {holder_seat}.",
                              "Use Move to spare seat to change seats.", holder_seat=holder_seat)
        people = {c.id: (c.name, c.number) for c in self.attempt_repo.candidates(self.session_id)}
        self.candidates[attempt_id] = people[row.candidate_id]
        lease = Lease(str(uuid.uuid4()), attempt_id, fingerprint, self.clock(), None, None)
        self.room.add_lease(lease)
        seat.lease = lease
        self._attempt(attempt_id)
        self.accounts.record(by, "room.assigned", attempt_id, {"seat": seat.paired.name})
        self._push(fingerprint, [self._assignment(lease)])

    def _move(self, attempt_id: str, fingerprint: str, by: str) -> None:
        old = self._lease_of(attempt_id)
        if old is None:
            raise RoomRefused("This candidate does not sit at a seat.", "Assign a seat instead.")
        if old.seat_fingerprint == fingerprint:
            raise RoomRefused("The candidate already sits at that seat.", "Choose a spare seat.")
        target = self._seat(fingerprint, for_candidate=True)
        if target.lease is not None and not self._finished(target.lease.attempt_id):
            raise RoomRefused("Seat {seat} is taken.", "Choose a free spare seat.", seat=target.paired.name)
        attempt = self._attempt(attempt_id)
        if attempt.state.state in FINAL_STATES:
            raise RoomRefused("This attempt has ended; there is nothing to move.", "")
        old_seat, new_name = self.seats[old.seat_fingerprint], target.paired.name
        reason = f"moved to seat {new_name}"
        if attempt.state.state == IN_PROGRESS:
            self._interrupt(attempt, {"reason": reason, "from_seat": old_seat.paired.name, "to_seat": new_name})
        self.room.revoke_lease(old.id, reason, self.clock())
        old_seat.lease = None
        self._push(old.seat_fingerprint, [{"type": "revoked", "attempt": attempt_id, "lease": old.id,
                                           "reason": reason}])
        lease = Lease(str(uuid.uuid4()), attempt_id, fingerprint, self.clock(), None, None)
        self.room.add_lease(lease)
        target.lease = lease
        self.accounts.record(by, "room.moved", attempt_id, {"from": old_seat.paired.name, "to": new_name})
        self._push(fingerprint, [self._assignment(lease)])

    def _remove_seat(self, fingerprint: str, by: str) -> None:
        seat = self._seat(fingerprint)
        if seat.lease is not None and not self._finished(seat.lease.attempt_id):
            raise RoomRefused("Seat {seat} holds a candidate who has not finished.",
                              "Move the candidate to a spare seat first.", seat=seat.paired.name)
        self.room.remove_seat(fingerprint, self.clock())
        del self.seats[fingerprint]
        self.accounts.record(by, "room.seat_removed", fingerprint, {"seat": seat.paired.name})
        (server := self.running_server()).reload_seats()
        server.disconnect(fingerprint)

    def _seat(self, fingerprint: str, for_candidate: bool = False) -> _Seat:
        seat = self.seats.get(fingerprint)
        if seat is None:
            raise RoomRefused("That seat is not paired with this station.", "Pair it first.")
        if for_candidate and seat.paired.role != "seat":
            raise RoomRefused("{seat} is an evaluator tablet.", "Choose a candidate seat.", seat=seat.paired.name)
        return seat

    def _lease_of(self, attempt_id: str) -> Lease | None:
        return next((s.lease for s in self.seats.values() if s.lease and s.lease.attempt_id == attempt_id), None)

    def _finished(self, attempt_id: str) -> bool:
        return self._attempt(attempt_id).state.state in FINAL_STATES

    def _assignment(self, lease: Lease) -> dict:
        attempt = self._attempt(lease.attempt_id)
        name, number = self.candidates.get(lease.attempt_id, ("", ""))
        created = self.room.events(lease.attempt_id)[:1]
        accommodations = created[0][0].data.get("accommodations") or {} if created else {}
        return {"type": "assign", "attempt": lease.attempt_id, "lease": lease.id,
                "candidate": {"name": name, "number": number},
                "exam": form_document(self.exam, attempt.state.form_id),
                "journal_key": base64.b64encode(journal_key(self._secret, lease.id)).decode("ascii"),
                "events": [_wire_event(e, o) for e, o in self.room.events(lease.attempt_id)],
                "acked": attempt.acked.get(lease.id, 0), "elapsed_ms": attempt.elapsed_ms(),
                "running": attempt.timer.running, "accommodations": accommodations}

    # -- room thread: the backend ---------------------------------------------------------------
    def names(self) -> tuple[str, str]:
        return self.station_name, self.center_name

    def paired_certificates(self) -> list[bytes]:
        return [s.paired.certificate for s in self.seats.values()]

    def is_paired(self, fingerprint: str) -> bool:
        return fingerprint in self.seats

    def _commit(self, attempt: RoomAttempt, events: list[tuple[Event, str | None]], before: int) -> bool:
        """Store events in one transaction. If the database refuses (another writer took a
        seq, or the disk), reload the attempt and send the seat what the other writer stored;
        the caller tries again on top of it."""
        try:
            self.room.append(attempt.attempt_id, events)
            return True
        except (Conflict, SaveFailed) as problem:
            log.warning("room: events of %s not stored (%s); reloading", attempt.attempt_id, problem.message)
            del self.attempts[attempt.attempt_id]
            self._attempt(attempt.attempt_id)
            self._push_log(attempt.attempt_id, self.room.events(attempt.attempt_id, before))
            return False

    def _record_station_event(self, attempt: RoomAttempt, kind: str, data: dict,
                              elapsed_ms: int | None = None) -> None:
        for _ in range(3):
            event = attempt.station_event(kind, data, self.clock(), elapsed_ms)
            before = attempt.state.last_seq
            attempt.stored(event, None)
            if self._commit(attempt, [(event, None)], before):
                self._push_log(attempt.attempt_id, [(event, None)])
                return
            attempt = self.attempts[attempt.attempt_id]
        raise SaveFailed("The station could not record the change.", "Check the station's disk.")

    def _interrupt(self, attempt: RoomAttempt, data: dict) -> None:
        """The seat went away while the exam ran: time stops at the seat's last sign of life
        (or keeps counting, if the exam's interruption policy says 'continue')."""
        policy = self.exam.timing.interruption
        elapsed = attempt.elapsed_ms() if policy == "continue" else max(attempt.last_beat_ms, attempt.state.elapsed_ms)
        self._record_station_event(attempt, "interrupted", {**data, "policy": policy}, elapsed)

    def _log(self, lease: Lease, attempt: RoomAttempt, events: list[tuple[Event, str | None]]) -> dict:
        return {"type": "log", "attempt": lease.attempt_id, "events": [_wire_event(e, o) for e, o in events],
                "acked": attempt.acked.get(lease.id, 0), "elapsed_ms": attempt.elapsed_ms(),
                "running": attempt.timer.running}

    def _push_log(self, attempt_id: str, events: list[tuple[Event, str | None]]) -> None:
        lease = self._lease_of(attempt_id)
        if lease is not None:
            self._push(lease.seat_fingerprint, [self._log(lease, self.attempts[attempt_id], events)])

    def _push(self, fingerprint: str, messages: list[dict]) -> None:
        if self.server is not None:
            self.server.push(fingerprint, messages)

    def _media(self, message: dict) -> dict:
        try:
            data = base64.b64encode(self.opened.media(message["path"])).decode("ascii")
            return {"type": "media_data", "request": message["request"], "data": data, "error": ""}
        except Exception:  # an unknown or damaged media file: the seat shows it as missing
            return {"type": "media_data", "request": message["request"], "data": "",
                    "error": "This picture or file is not in the exam package."}

    def refused(self, address: str, reason: str) -> None:
        now = self.wall()
        host = address.rsplit(":", 1)[0]
        if now - self._refusal_recorded.get(host, 0) > 60:  # one audit entry a minute per machine
            self._refusal_recorded[host] = now
            self.accounts.record("station", "room.refused", host, {"reason": reason})
        self.refusals = (self.refusals + [(now, address, reason)])[-50:]

    def pairing_requested(self, request: PairingRequest) -> None:
        self.pairing[request.fingerprint] = request

    def pairing_decided(self, request: PairingRequest, accepted: bool) -> None:
        self.pairing.pop(request.fingerprint, None)
        if accepted:
            seat = PairedSeat(request.fingerprint, request.seat_name, request.certificate, self.clock(), "proctor", request.role)
            self.room.add_seat(seat)
            self.seats[seat.fingerprint] = _Seat(seat)
        self.accounts.record("proctor", "room.paired" if accepted else "room.pairing_refused",
                             request.fingerprint, {"seat": request.seat_name, "address": request.address, "role": request.role})

    # -- room thread: the clock ------------------------------------------------------------------
    def _schedule_tick(self) -> None:
        try:
            self.tick()
        except Exception:  # the clock must keep ticking; the problem is logged and retried
            log.exception("room tick failed")
        if self.server is not None:
            self.server.loop.call_later(TICK_SECONDS, self._schedule_tick)

    def tick(self) -> None:
        self._pick_up_other_writers()
        for attempt in list(self.attempts.values()):
            for kind, data in attempt.due_limit_events(self.clock()):
                self._record_station_event(attempt, kind, data)
        if self.wall() - self._last_checkpoint >= CHECKPOINT_SECONDS:
            self._last_checkpoint = self.wall()
            running = [(a.attempt_id, a.elapsed_ms()) for a in self.attempts.values() if a.timer.running]
            try:
                self.room.checkpoint(running, self.wall())
            except SaveFailed:
                pass  # the next checkpoint tries again; events still carry the time

    def _pick_up_other_writers(self) -> None:
        """The console (pause, extend, void, incident) writes events itself: send them on."""
        newest = self.room.last_seqs(list(self.attempts))
        for attempt_id, seq in newest.items():
            attempt = self.attempts[attempt_id]
            if seq > attempt.state.last_seq:
                fresh = self.room.events(attempt_id, attempt.state.last_seq)
                for event, origin in fresh:
                    attempt.stored(event, origin)
                self._push_log(attempt_id, fresh)

    def _status(self) -> list[SeatStatus]:
        rows = []
        for seat in sorted(self.seats.values(), key=lambda s: _natural(s.paired.name)):
            attempt = self.attempts.get(seat.lease.attempt_id) if seat.lease else None
            name, number = self.candidates.get(attempt.attempt_id, ("", "")) if attempt else ("", "")
            state = attempt.state if attempt else None
            remaining = None
            if attempt is not None and state is not None and state.limits.exam_ms is not None:
                remaining = max(0, (attempt.limit_ms() or 0) - attempt.elapsed_ms())
            rows.append(SeatStatus(
                seat.paired.fingerprint, seat.paired.name, seat.connected, seat.since,
                attempt.attempt_id if attempt else None, name, number, state.state if state else "",
                remaining, len(state.responses) if state else 0, len(attempt.plan.item_ids) if attempt else 0,
                len(state.incidents) if state else 0, attempt.last_saved_wall or None if attempt else None, seat.paired.role))
        return rows


def _wire_event(event: Event, origin: str | None) -> dict:
    return {"seq": event.seq, "kind": event.kind, "elapsed_ms": event.elapsed_ms, "at": event.at,
            "data": event.data, "origin": origin or ""}


def _natural(name: str) -> tuple:
    """'Seat 2' before 'Seat 10'."""
    digits = "".join(c for c in name if c.isdigit())
    return (name.rstrip("0123456789"), int(digits) if digits else 0, name)
