"""What a proctor does to a session: watch every candidate, pause, resume, add time, void,
record incidents, end the session. Every action is an attempt event and an audit entry."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.attempt import FINAL_STATES, IN_PROGRESS, PAUSED
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.incidents import FOCUS_LOST, PROCTOR_KINDS
from app.services.accounts import AccountService
from app.services.delivery import DeliveryService
from app.services.live_attempt import LiveAttempt

STALE_SECONDS = 10  # a candidate screen checkpoints several times a second while it runs
INCIDENT_TYPES = PROCTOR_KINDS  # what a proctor may record (the incident dialog offers these)


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


class ProctorService:
    def __init__(self, delivery: DeliveryService, accounts: AccountService) -> None:
        self.delivery, self.accounts = delivery, accounts
        self._watched: dict[str, LiveAttempt] = {}  # attempts the console follows, updated incrementally

    def console(self, session_id: str, exam: Exam) -> list[ConsoleRow]:
        """Every attempt's row. Called each second: four queries for the whole room, and only
        the events appended since the last call are folded in (no attempt is replayed again)."""
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
            rows.append(ConsoleRow(
                attempt.id, candidate.number, candidate.name, str(candidate.details.get("seat", "")),
                state.state, state.remaining_ms(used), len(state.responses), len(live.plan.item_ids),
                len(state.incidents), sum(1 for i in state.incidents if i.get("type") == FOCUS_LOST),
                state.interruptions, stale, state.on_break))
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
            raise ExamStationError(f"The session cannot end while {len(active)} candidate(s) are not finished: "
                                   + ", ".join(active) + ".", "Wait for them to submit, or void with a reason.")
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
