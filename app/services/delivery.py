"""Sessions, check-in and attempts on a station: the use cases both the proctor's console
and the candidate's screen call."""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Callable

from app.domain.accommodations import Accommodations
from app.domain.attempt import FINAL_STATES, Event, compute_limits, replay
from app.domain.errors import ExamStationError, template
from app.domain.exam import Exam
from app.domain.history import EventUnreadable, ChainMac, first_broken_link
from app.domain.records import Attempt, Candidate, Session
from app.services.live_attempt import LiveAttempt, Monotonic, Wall
from app.services.packages import Clock, utc_now
from app.store.attempts import AttemptRepository
from app.store.database import Database
from app.store.repositories import PackageRepository


class DeliveryService:
    def __init__(self, database: Callable[[], Database], clock: Clock = utc_now,
                 monotonic: Monotonic = time.monotonic, wall: Wall = time.time,
                 chain: Callable[[], ChainMac | None] = lambda: None) -> None:
        """`chain`: gives what authenticates each appended event (app.domain.history), or None."""
        self._database = database  # opened lazily: the station DB is opened on first use
        self.clock, self.monotonic, self.wall, self.chain = clock, monotonic, wall, chain

    @property
    def _repo(self) -> AttemptRepository:
        return AttemptRepository(self._database(), self.chain())

    def first_attempt_of(self, candidate_id: str) -> str | None:
        """The candidate's first attempt, if any (an evaluation not tied to an attempt goes with it)."""
        return self._repo.first_attempt_of(candidate_id)

    def history(self, attempt_id: str) -> list[tuple[Event, str | None]]:
        """The attempt's events with the MAC each was stored with (for checks and bundles)."""
        return self._repo.events_with_macs(attempt_id)

    def history_with_origins(self, attempt_id: str) -> list[tuple[Event, str | None]]:
        """The attempt's events with the seat action each came from ("<lease>:<n>"), if any."""
        return self._repo.events_with_origins(attempt_id)

    def history_problem(self, attempt_id: str) -> str | None:
        """None if the attempt's stored history is whole and authentic, else what is wrong."""
        chain = self.chain()
        if chain is None:
            return template("this station has no center key to check attempt histories with")
        try:
            history = self.history(attempt_id)
        except EventUnreadable as unreadable:
            return template("event {seq} cannot be opened: its sealed content was changed or moved", seq=unreadable.seq)
        return first_broken_link(attempt_id, history, chain)

    def with_clocks(self, monotonic: Monotonic, wall: Wall) -> DeliveryService:
        """The same station database seen through other clocks: a simulated sitting, or a
        candidate's screen in a test, keeps its own time."""
        return DeliveryService(self._database, self.clock, monotonic, wall, self.chain)

    # -- queries: plain records, never the repository ------------------------------------------
    def session(self, session_id: str) -> Session | None:
        found = self._repo.session(session_id)
        return _session(found) if found else None

    def open_sessions(self) -> list[Session]:
        return [_session(s) for s in self._repo.sessions(open_only=True)]

    def candidates(self, session_id: str) -> list[Candidate]:
        """Everyone checked in to the session, by candidate number."""
        return self._repo.candidates(session_id)

    def attempts(self, session_id: str) -> list[Attempt]:
        """The session's attempts in the order they were created."""
        return self._repo.attempts_of_session(session_id)

    def attempt(self, attempt_id: str) -> Attempt | None:
        return self._repo.attempt(attempt_id)

    def candidate_of(self, attempt_id: str) -> Candidate:
        """Who sits this attempt (number, name, session, seat and the rest of their check-in)."""
        attempt = self._repo.attempt(attempt_id)
        if attempt is None:
            raise ExamStationError("This attempt is not on this station.", "Choose a candidate from the console.")
        return next(c for c in self._repo.candidates(attempt.session_id) if c.id == attempt.candidate_id)

    def events(self, attempt_id: str) -> list[Event]:
        """The attempt's recorded history, in order."""
        return self._repo.events(attempt_id)

    def newest(self, attempt_ids: list[str]) -> dict[str, tuple[int, tuple[int, float] | None]]:
        """Per attempt: the newest event's number and the last clock checkpoint (two queries)."""
        return self._repo.newest(attempt_ids)

    def last_checkpoint(self, attempt_id: str) -> tuple[int, float] | None:
        """(exam time used in ms, wall time) the candidate's screen last saved, if any."""
        return self._repo.clock(attempt_id)

    def end_session(self, session_id: str) -> None:
        self._repo.end_session(session_id, self.clock())

    def portable(self, attempt_id: str) -> dict:
        """Everything another station needs to continue this attempt (the inverse of `adopt`)."""
        repo = self._repo
        attempt = repo.attempt(attempt_id)
        if attempt is None:
            raise ExamStationError("No attempt {attempt_id} on this station.", "Check the attempt id.",
                                   attempt_id=attempt_id)
        return {"session": repo.session(attempt.session_id), "candidate": asdict(self.candidate_of(attempt_id)),
                "attempt": asdict(attempt), "clock": repo.clock(attempt_id),
                "events": [asdict(e) for e in repo.events(attempt_id)]}

    def start_session(self, package_id: str, exam: Exam) -> str:
        session_id = str(uuid.uuid4())
        self._repo.add_session(session_id, package_id, exam.id, exam.title, self.clock())
        return session_id

    def check_in(self, session_id: str, number: str, name: str, accommodations: Accommodations,
                 details: dict | None = None) -> str:
        candidate_id = str(uuid.uuid4())
        record = {"accommodations": accommodations.to_data(), **(details or {})}
        self._repo.add_candidate(candidate_id, session_id, number.strip(), name.strip(), record, self.clock())
        return candidate_id

    def create_attempt(self, session_id: str, candidate_id: str, exam: Exam, accommodations: Accommodations,
                       form_id: str | None = None, seed: int | None = None) -> str:
        """A new attempt with its form, shuffle seed and time limits fixed in its first event."""
        seed = secrets.randbits(31) if seed is None else seed
        form = exam.form(form_id) if form_id else exam.forms[seed % len(exam.forms)]
        limits = compute_limits(exam.timing.exam_minutes, {s.id: s.minutes for s in form.sections},
                                accommodations.time_multiplier)
        attempt_id = str(uuid.uuid4())
        at = datetime.fromtimestamp(self.wall(), timezone.utc).isoformat(timespec="milliseconds")
        created = Event(1, "created", 0, at,
                        {"form_id": form.id, "seed": seed, "limits": limits.to_data(),
                         "accommodations": accommodations.to_data()})
        self._repo.add_attempt(Attempt(attempt_id, session_id, candidate_id, form.id), created, self.clock())
        return attempt_id

    def live(self, attempt_id: str, exam: Exam) -> LiveAttempt:
        """Load an attempt to take or watch; one that was running when the app died is recorded
        as interrupted, with the time its exam's policy gives."""
        return LiveAttempt(self._repo, attempt_id, exam, self.monotonic, self.wall)

    def observe(self, attempt_id: str, exam: Exam) -> LiveAttempt:
        """Load an attempt to watch or act on from the proctor's side; its clock stays with
        the candidate's screen, and a running attempt is not treated as interrupted."""
        live = LiveAttempt(self._repo, attempt_id, exam, self.monotonic, self.wall, owner=False)
        checkpoint = self._repo.clock(attempt_id)
        if checkpoint:  # act with the best-known time used
            live.timer = type(live.timer)(max(checkpoint[0], live.state.elapsed_ms), self.monotonic)
        return live

    def adopt(self, session: dict, candidate: dict, row: Attempt, events: list[Event],
              clock: list | None, exam: Exam) -> None:
        """Continue an attempt moved here from another station (see services.transfer)."""
        db = self._database()
        if session["package_id"] not in {k.package_id for k in PackageRepository(db).all()}:
            raise ExamStationError("The exam package of this attempt has not been opened on this station.",
                                   "Open the same package here first, then import the attempt.")
        if self._repo.attempt(row.id) is not None:
            raise ExamStationError("This attempt is already on this station.", "Continue it from the console.")
        self._repo.adopt(session, candidate, row, events, tuple(clock) if clock else None, self.clock())

    def waiting_candidates(self, session_id: str) -> list[tuple[str, Candidate]]:
        """(attempt id, candidate) of each admitted candidate whose attempt has not ended."""
        people = {c.id: c for c in self.candidates(session_id)}
        waiting = []
        for attempt in self.attempts(session_id):
            if replay(self._repo.events(attempt.id)).state not in FINAL_STATES:
                waiting.append((attempt.id, people[attempt.candidate_id]))
        return waiting

    def accommodations(self, attempt_id: str) -> Accommodations:
        created = self._repo.events(attempt_id)[0]
        return Accommodations.from_data(created.data.get("accommodations"))



def _session(row: dict) -> Session:
    ended = row["ended_at"]
    return Session(row["id"], row["package_id"], row["exam_id"], row["title"],
                   datetime.fromisoformat(row["created_at"]), datetime.fromisoformat(ended) if ended else None)
