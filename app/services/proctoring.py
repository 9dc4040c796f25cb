"""What a proctor does to a session: watch every candidate, pause, resume, add time, void,
record incidents, end the session. Every action is an attempt event and an audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from app.domain.attempt import FINAL_STATES, IN_PROGRESS, PAUSED, READY
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.incidents import FOCUS_LOST, PROCTOR_KINDS, is_staff_action
from app.services.accounts import AccountService
from app.services.delivery import DeliveryService
from app.services.live_attempt import LiveAttempt

STALE_SECONDS = 10  # a candidate screen checkpoints several times a second while it runs
INCIDENT_TYPES = PROCTOR_KINDS  # what a proctor may record (the incident dialog offers these)
# What the console says a candidate is doing, beyond the attempt's own state: a running attempt
# whose screen is not open is not "writing".
NOT_STARTED, WRITING, SCREEN_CLOSED, ON_BREAK = "not_started", "writing", "screen_closed", "on_break"


@dataclass(frozen=True)
class ConsoleRow:
    attempt_id: str
    candidate_number: str
    candidate_name: str
    seat: str
    state: str
    remaining_ms: int | None
    answered: int
    items: int
    incidents: int
    focus_losses: int
    interruptions: int = 0
    saving_problem: bool = False  # running, but the candidate screen has not saved its clock lately
    on_break: bool = False        # paused by the candidate's own rest break (an accommodation)
    activity: str = ""            # WRITING, SCREEN_CLOSED, NOT_STARTED, ON_BREAK, else the state itself
    staff_actions: int = 0        # the proctor's own lockdown exits and the like: not the candidate's incidents


class ProctorService:
    def __init__(self, delivery: DeliveryService, accounts: AccountService) -> None:
        self.delivery, self.accounts = delivery, accounts
        self._watched: dict[str, LiveAttempt] = {}  # attempts the console follows, updated incrementally

    def console(self, session_id: str, exam: Exam, connected: Mapping[str, bool] | None = None) -> list[ConsoleRow]:
        """Every attempt's row. Called each second: four queries for the whole room, and only
        the events appended since the last call are folded in (no attempt is replayed again).
        `connected`: when the session's room is open, per seated attempt whether its seat is
        connected (the room's seat map; an attempt with no seat has no screen). Without a room a
        screen counts as open while it keeps saving its clock."""
        rows = []
        candidates = {c.id: c for c in self.delivery.candidates(session_id)}
        attempts = self.delivery.attempts(session_id)
        newest = self.delivery.newest([a.id for a in attempts])
        for attempt in attempts:
            live = self._watch(attempt.id, exam, newest[attempt.id][0])
            candidate = candidates[attempt.candidate_id]
            state, checkpoint = live.state, newest[attempt.id][1]
            used = max(state.elapsed_ms, checkpoint[0] if checkpoint else 0)
            stale = state.state == IN_PROGRESS and (
                checkpoint is None or self.delivery.wall() - checkpoint[1] > STALE_SECONDS)
            screen_open = connected.get(attempt.id, False) if connected is not None else not stale
            staff = sum(1 for i in state.incidents if is_staff_action(i.get("type")))
            rows.append(ConsoleRow(
                attempt.id, candidate.number, candidate.name, str(candidate.details.get("seat", "")),
                state.state, state.remaining_ms(used), len(state.responses), len(live.plan.item_ids),
                len(state.incidents) - staff, sum(1 for i in state.incidents if i.get("type") == FOCUS_LOST),
                state.interruptions, stale, state.on_break, activity(state.state, state.on_break, screen_open),
                staff))
        return rows

    def _watch(self, attempt_id: str, exam: Exam, newest_seq: int) -> LiveAttempt:
        live = self._watched.get(attempt_id)
        if live is None or live.exam is not exam:
            live = self._watched[attempt_id] = self.delivery.observe(attempt_id, exam)
        elif newest_seq > live.state.last_seq:
            live.refresh()
        return live

    def end_session(self, session_id: str, exam: Exam, by: str) -> int:
        """Close the session once nobody is still sitting; returns how many attempts it holds."""
        rows = self.console(session_id, exam)
        active = [r.candidate_name for r in rows if r.state not in FINAL_STATES]
        if active:
            raise ExamStationError("The session cannot end while {count} candidate(s) are not finished: {names}.",
                                   "Wait for them to submit, or void with a reason.",
                                   count=len(active), names=", ".join(active))
        self.delivery.end_session(session_id)
        self.accounts.record(by, "session.ended", session_id, {"attempts": len(rows)})
        return len(rows)

    def pause(self, attempt_id: str, exam: Exam, reason: str, by: str) -> None:
        self.delivery.observe(attempt_id, exam).pause(reason, by)
        self.accounts.record(by, "attempt.paused", attempt_id, {"reason": reason})

    def resume(self, attempt_id: str, exam: Exam, by: str) -> None:
        self.delivery.observe(attempt_id, exam).resume(by)
        self.accounts.record(by, "attempt.resumed", attempt_id)

    def pause_all(self, session_id: str, exam: Exam, reason: str, by: str) -> int:
        return self._for_all(session_id, exam, IN_PROGRESS, lambda a: self.pause(a, exam, reason, by))

    def resume_all(self, session_id: str, exam: Exam, by: str) -> int:
        return self._for_all(session_id, exam, PAUSED, lambda a: self.resume(a, exam, by))

    def extend(self, attempt_id: str, exam: Exam, minutes: float, reason: str, by: str) -> None:
        self.delivery.observe(attempt_id, exam).extend(minutes, reason, by)
        self.accounts.record(by, "attempt.extended", attempt_id, {"minutes": minutes, "reason": reason.strip()})

    def void(self, attempt_id: str, exam: Exam, reason: str, by: str) -> None:
        self.delivery.observe(attempt_id, exam).void(reason, by)
        self.accounts.record(by, "attempt.voided", attempt_id, {"reason": reason.strip()})

    def incident(self, attempt_id: str, exam: Exam, kind: str, description: str, by: str) -> None:
        if kind not in INCIDENT_TYPES:
            raise ValueError(f"unknown incident type {kind!r}")
        self.delivery.observe(attempt_id, exam).incident(kind, description, by)
        self.accounts.record(by, "attempt.incident", attempt_id, {"type": kind, "description": description})

    def _for_all(self, session_id: str, exam: Exam, state: str, action) -> int:
        done = 0
        for attempt in self.delivery.attempts(session_id):
            live = self.delivery.observe(attempt.id, exam)
            if live.state.state == state and live.state.state not in FINAL_STATES:
                action(attempt.id)
                done += 1
        return done


def activity(state: str, on_break: bool, screen_open: bool) -> str:
    """What the proctor should read for an attempt: a running attempt with no open screen is
    SCREEN_CLOSED (its time is as of the last save), never "writing"."""
    if state == READY:
        return NOT_STARTED
    if state == IN_PROGRESS:
        return WRITING if screen_open else SCREEN_CLOSED
    if state == PAUSED and on_break:
        return ON_BREAK
    return state
