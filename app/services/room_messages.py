"""How the station answers what seats send: hello, events, heartbeats and media requests.
A part of StationRoom (app.services.room_station), kept apart to stay readable."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from app.domain.attempt import IN_PROGRESS, AttemptRefused, Event
from app.domain.errors import Conflict, ExamStationError, SaveFailed
from app.domain.incidents import ACTION_NOT_TAKEN, CAME_BACK_AFTER_MOVE, technical_incident
from app.store.room import Lease

if TYPE_CHECKING:
    from app.room.station_server import StationServer
    from app.services.accounts import AccountService
    from app.services.packages import Clock
    from app.services.room_attempt import RoomAttempt
    from app.services.room_station import _Seat
    from app.store.room import RoomRepository

StoredEvents = list[tuple[Event, "str | None"]]   # events to store, each with its seat's id for it


log = logging.getLogger(__name__)
MAX_LEASES_IN_HELLO = 20  # a seat holds one candidate; old journals of a few more at most


class SeatMessages:
    """Mixed into StationRoom; uses its seats, attempts, commit and push helpers."""

    tablets: Any = None  # evaluator tablets' desk (app.services.room_tablet), set by services.room.RoomService

    if TYPE_CHECKING:  # StationRoom's parts that this half uses (defined in app.services.room_station)
        seats: dict[str, _Seat]
        attempts: dict[str, RoomAttempt]
        server: StationServer | None
        accounts: AccountService
        clock: Clock
        wall: Callable[[], float]
        _event_queue: list[tuple[_Seat, Lease, list[dict]]]
        _flush_scheduled: bool
        _claims_recorded: dict[str, float]

        @property
        def room(self) -> RoomRepository: ...
        def _attempt(self, attempt_id: str) -> RoomAttempt: ...
        def _assignment(self, lease: Lease) -> dict: ...
        def _commit(self, attempt: RoomAttempt, events: StoredEvents, before: int) -> bool: ...
        def _record_station_event(self, attempt: RoomAttempt, kind: str, data: dict,
                                  elapsed_ms: int | None = None) -> None: ...
        def _interrupt(self, attempt: RoomAttempt, data: dict) -> None: ...
        def _log(self, lease: Lease, attempt: RoomAttempt, events: StoredEvents) -> dict: ...
        def _push_log(self, attempt_id: str, events: StoredEvents) -> None: ...
        def _push(self, fingerprint: str, messages: list[dict]) -> None: ...
        def _media(self, message: dict) -> dict: ...

    def running_server(self) -> StationServer:
        """The room's server, for what only an open room does (seats talking, pairing)."""
        if self.server is None:
            raise ExamStationError("The testing room is not open.", "Open the room, then try again.")
        return self.server

    def seat_connected(self, fingerprint: str, hello: dict) -> list[dict]:
        if self.tablets is not None and self.tablets.holds(fingerprint):  # an evaluator's tablet
            return self.tablets.connected(fingerprint)
        seat = self.seats[fingerprint]
        seat.connected, seat.since = True, self.wall()
        replies: list[dict] = []
        for lease_id, held in list(hello["leases"].items())[:MAX_LEASES_IN_HELLO]:
            if seat.lease is None or lease_id != seat.lease.id:
                replies += self._stale_lease(seat, str(lease_id), held)
        if seat.lease is None:
            return replies + [{"type": "wait", "reason": "Wait for the proctor to give this seat a candidate."}]
        attempt = self._attempt(seat.lease.attempt_id)
        held = hello["leases"].get(seat.lease.id)
        elapsed = held.get("elapsed_ms") if isinstance(held, dict) else None
        if isinstance(elapsed, int) and not isinstance(elapsed, bool):
            # The seat's clock, as a heartbeat: a start it made while the station could not hear it
            # is dated by it (RoomAttempt._late_start); only a running attempt is charged it here.
            elapsed = min(elapsed, (attempt.limit_ms() or elapsed))
            attempt.last_beat_ms = max(attempt.last_beat_ms, elapsed)
            if attempt.state.state == IN_PROGRESS:
                attempt.raise_elapsed(elapsed)
        if (held is None or (isinstance(held, dict) and held.get("fresh"))) and attempt.state.state == IN_PROGRESS:
            self._interrupt(attempt, {"reason": f"seat {seat.paired.name} restarted"})
        return replies + [self._assignment(seat.lease)]

    def _stale_lease(self, seat: "_Seat", lease_id: str, held: Any) -> list[dict]:
        """A seat came back holding a lease that was revoked (its candidate moved on)."""
        lease = self.room.lease(lease_id)
        if lease is None or lease.seat_fingerprint != seat.paired.fingerprint:
            return []
        unsent = held.get("unsent", 0) if isinstance(held, dict) else 0
        if isinstance(unsent, int) and unsent > 0 and lease.attempt_id in self.attempts:
            self._record_station_event(self.attempts[lease.attempt_id], "incident", technical_incident(
                CAME_BACK_AFTER_MOVE, "station", seat=seat.paired.name, count=unsent))
        return [{"type": "revoked", "attempt": lease.attempt_id, "lease": lease_id,
                 "reason": lease.revoked_reason or "the candidate moved to another seat"}]

    def _note_foreign_claim(self, seat: "_Seat", message: dict) -> None:
        """A seat speaking for a lease that was never its own (another seat's candidate, or a
        made-up one) is recorded, at most once a minute per seat; one whose own lease was
        revoked (its candidate moved on) is the ordinary case and is only told."""
        held = self.room.lease(str(message["lease"]))
        if held is not None and held.seat_fingerprint == seat.paired.fingerprint:
            return
        now = self.wall()
        if now - self._claims_recorded.get(seat.paired.fingerprint, 0) > 60:
            self._claims_recorded[seat.paired.fingerprint] = now
            self.accounts.record("station", "room.claim_refused", seat.paired.fingerprint,
                                 {"seat": seat.paired.name, "attempt": str(message["attempt"])[:40]})

    def seat_disconnected(self, fingerprint: str) -> None:
        if self.tablets is not None and self.tablets.holds(fingerprint):
            self.tablets.disconnected(fingerprint)
        seat = self.seats.get(fingerprint)
        if seat is not None:
            seat.connected, seat.since = False, self.wall()

    def seat_message(self, fingerprint: str, message: dict) -> list[dict]:
        if self.tablets is not None and self.tablets.holds(fingerprint):
            return self.tablets.message(fingerprint, message)
        seat = self.seats.get(fingerprint)
        if seat is None:
            return []
        kind = message["type"]
        lease = seat.lease
        if kind not in ("events", "beat", "media"):
            return []
        if lease is None or message["lease"] != lease.id or message["attempt"] != lease.attempt_id:
            self._note_foreign_claim(seat, message)
            return [{"type": "revoked", "attempt": message["attempt"], "lease": message["lease"],
                     "reason": "this seat no longer holds that candidate"}]
        if kind == "events":
            self._queue_events(seat, lease, message["events"])
            return []
        if kind == "beat":
            attempt = self._attempt(lease.attempt_id)
            elapsed = min(message["elapsed_ms"], attempt.limit_ms() or message["elapsed_ms"])
            attempt.last_beat_ms = max(attempt.last_beat_ms, elapsed)
            if attempt.state.state == IN_PROGRESS:
                attempt.raise_elapsed(elapsed)
            return [self._log(lease, attempt, [])]
        return [self._media(message)]

    def _queue_events(self, seat: "_Seat", lease: Lease, sent: list[dict]) -> None:
        """Group commit: what every seat sent in this turn of the loop is stored in one
        transaction, right after the turn (a room of 60 seats makes one commit, not 60)."""
        self._event_queue.append((seat, lease, sent))
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self.running_server().loop.call_soon(self._flush_events)

    def _flush_events(self) -> None:
        batch, self._event_queue, self._flush_scheduled = self._event_queue, [], False
        try:
            self._store_batch(batch)
        except Exception:  # never let memory run ahead of the database: reload, the seats resend
            log.exception("room: a batch of seat events could not be stored")
            for _, lease, _ in batch:
                self.attempts.pop(lease.attempt_id, None)

    def _store_batch(self, batch: list) -> None:
        groups: dict[str, list] = {}  # attempt id -> [(seat, lease, stored, replies)]
        known: dict[str, int] = {}    # attempt id -> its last event before this batch
        for seat, lease, sent in batch:
            if seat.lease is None or seat.lease.id != lease.id:
                continue  # moved to another seat meanwhile: the seat is told when it sends again
            attempt = self._attempt(lease.attempt_id)
            known.setdefault(lease.attempt_id, attempt.state.last_seq)
            stored, replies = self._made_from(seat, lease, attempt, sent)
            groups.setdefault(lease.attempt_id, []).append((seat, lease, stored, replies))
        try:
            self.room.append_many({attempt_id: [event for entry in entries for event in entry[2]]
                                   for attempt_id, entries in groups.items()})
        except (Conflict, SaveFailed):
            # Another writer (the console) got in first, or the disk refused: memory ran ahead of
            # the database, so reload and take each seat's events on its own, as they come.
            for attempt_id in groups:
                self.attempts.pop(attempt_id, None)
                # what the other writer stored (a pause, say) goes to the seat now: nothing else would send it
                self._push_log(attempt_id, self.room.events(attempt_id, known[attempt_id]))
            for seat, lease, sent in batch:
                self._push(seat.paired.fingerprint, self._take_events(seat, lease, sent))
            return
        now = self.wall()
        for attempt_id, entries in groups.items():
            attempt = self._attempt(attempt_id)
            for seat, lease, stored, replies in entries:
                if stored:
                    attempt.last_saved_wall = now
                self._push(seat.paired.fingerprint, [self._log(lease, attempt, stored)] + replies)

    def _take_events(self, seat: "_Seat", lease: Lease, sent: list[dict]) -> list[dict]:
        """Store what a seat sent, in one transaction. If another writer (the console) took the
        same sequence numbers first, reload the attempt and take the seat's events again on top."""
        for _ in range(5):
            attempt = self._attempt(lease.attempt_id)
            before = attempt.state.last_seq
            stored, replies = self._made_from(seat, lease, attempt, sent)
            if not stored or self._commit(attempt, stored, before):
                break
        else:  # the disk refuses: nothing is acknowledged; the seat keeps its journal and resends
            return [self._log(lease, self._attempt(lease.attempt_id), [])]
        if stored:
            attempt.last_saved_wall = self.wall()
        return [self._log(lease, attempt, stored)] + replies

    def _made_from(self, seat: "_Seat", lease: Lease, attempt: Any,
                   sent: list[dict]) -> tuple[StoredEvents, list[dict]]:
        """The events to store for what a seat sent (each checked; refusals become incidents)."""
        replies: list[dict] = []
        stored: StoredEvents = []
        now = self.clock()
        seat_clock = max((event["elapsed_ms"] for event in sent), default=0)  # the seat's latest time in these
        for event in sorted(sent, key=lambda e: e["n"]):
            acked = attempt.acked.get(lease.id, 0)
            n = event["n"]
            if n <= acked:
                continue  # already stored: a resend after a reconnect
            if n != acked + 1:
                break     # a gap: the seat resends from `acked` when it reconnects
            origin = f"{lease.id}:{n}"
            try:
                made = attempt.seat_event(lease.id, event, now, seat_clock)
            except (AttemptRefused, ExamStationError) as refusal:
                # Stored as refused so the seat stops resending it; the candidate is told why.
                incident = technical_incident(ACTION_NOT_TAKEN, "station", seat=seat.paired.name,
                                              reason=refusal.message)
                made = attempt.station_event("incident", {**incident, "refused_kind": str(event["kind"])[:30]}, now)
                replies.append({"type": "refused", "attempt": lease.attempt_id, "lease": lease.id, "n": n,
                                "reason": refusal.message})
            attempt.stored(made, origin)
            stored.append((made, origin))
        return stored, replies
