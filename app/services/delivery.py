"""Sessions, check-in and attempts on a station: the use cases both the proctor's console
and the candidate's screen call."""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import datetime, timezone
from typing import Callable

from app.domain.accommodations import Accommodations
from app.domain.attempt import FINAL_STATES, Event, compute_limits, replay
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.history import ChainMac, first_broken_link
from app.services.live_attempt import LiveAttempt, Monotonic, Wall
from app.services.packages import Clock, utc_now
from app.store.attempts import AttemptRepository, AttemptRow, CandidateRow
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
    def repo(self) -> AttemptRepository:
        return AttemptRepository(self._database(), self.chain())

    def history_problem(self, attempt_id: str) -> str | None:
        """None if the attempt's stored history is whole and authentic, else what is wrong."""
        chain = self.chain()
        if chain is None:
            return "this station has no center key to check attempt histories with"
        return first_broken_link(attempt_id, self.repo.events_with_macs(attempt_id), chain)

    def start_session(self, package_id: str, exam: Exam) -> str:
        session_id = str(uuid.uuid4())
        self.repo.add_session(session_id, package_id, exam.id, exam.title, self.clock())
        return session_id

    def check_in(self, session_id: str, number: str, name: str, accommodations: Accommodations,
                 details: dict | None = None) -> str:
        candidate_id = str(uuid.uuid4())
        record = {"accommodations": accommodations.to_data(), **(details or {})}
        self.repo.add_candidate(candidate_id, session_id, number.strip(), name.strip(), record, self.clock())
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
        self.repo.add_attempt(AttemptRow(attempt_id, session_id, candidate_id, form.id), created, self.clock())
        return attempt_id

    def live(self, attempt_id: str, exam: Exam) -> LiveAttempt:
        """Load an attempt to take or watch; one that was running when the app died is recorded
        as interrupted, with the time its exam's policy gives."""
        return LiveAttempt(self.repo, attempt_id, exam, self.monotonic, self.wall)

    def observe(self, attempt_id: str, exam: Exam) -> LiveAttempt:
        """Load an attempt to watch or act on from the proctor's side; its clock stays with
        the candidate's screen, and a running attempt is not treated as interrupted."""
        live = LiveAttempt(self.repo, attempt_id, exam, self.monotonic, self.wall, owner=False)
        checkpoint = self.repo.clock(attempt_id)
        if checkpoint:  # act with the best-known time used
            live.timer = type(live.timer)(max(checkpoint[0], live.state.elapsed_ms), self.monotonic)
        return live

    def adopt(self, session: dict, candidate: dict, row: AttemptRow, events: list[Event],
              clock: list | None, exam: Exam) -> None:
        """Continue an attempt moved here from another station (see services.transfer)."""
        db = self._database()
        if session["package_id"] not in {k.package_id for k in PackageRepository(db).all()}:
            raise ExamStationError("The exam package of this attempt has not been opened on this station.",
                                   "Open the same package here first, then import the attempt.")
        if self.repo.attempt(row.id) is not None:
            raise ExamStationError("This attempt is already on this station.", "Continue it from the console.")
        self.repo.adopt(session, candidate, row, events, tuple(clock) if clock else None, self.clock())

    def waiting_candidates(self, session_id: str) -> list[tuple[str, CandidateRow]]:
        """(attempt id, candidate) of each admitted candidate whose attempt has not ended."""
        people = {c.id: c for c in self.repo.candidates(session_id)}
        waiting = []
        for attempt in self.repo.attempts_of_session(session_id):
            if replay(self.repo.events(attempt.id)).state not in FINAL_STATES:
                waiting.append((attempt.id, people[attempt.candidate_id]))
        return waiting

    def accommodations(self, attempt_id: str) -> Accommodations:
        created = self.repo.events(attempt_id)[0]
        return Accommodations.from_data(created.data.get("accommodations"))

