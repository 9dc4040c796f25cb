"""One attempt being taken in this process: every change is an appended, committed event
before it is acknowledged; time runs on a monotonic clock and is checkpointed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from app.domain.annotations import ANNOTATED, Annotation
from app.domain.attempt import (
    IN_PROGRESS, AttemptState, Event, apply, check_allowed, check_rest_break, check_return_from_break, replay,
)
from app.domain.errors import Conflict, SaveFailed
from app.domain.exam import Exam
from app.domain.plan import AttemptPlan
from app.domain.timing import AttemptTimer, due_warnings, recovered_elapsed_ms
from app.store.attempts import AttemptRepository

Monotonic = Callable[[], float]
Wall = Callable[[], float]


@dataclass
class TickResult:
    remaining_ms: int | None
    section_remaining_ms: int | None
    warnings: list[float] = field(default_factory=list)   # minutes marks just reached
    changed: bool = False                                  # state changed (pause, void, time out, ...)
    pending_saves: int = 0                                 # answers kept on screen, not yet saved


class LiveAttempt:
    def __init__(self, repo: AttemptRepository, attempt_id: str, exam: Exam,
                 monotonic: Monotonic = time.monotonic, wall: Wall = time.time, owner: bool = True) -> None:
        """`owner`: this process delivers the attempt (the candidate's screen). An observer
        (the proctor's console) acts on it without taking over its clock."""
        self.repo, self.attempt_id, self.exam = repo, attempt_id, exam
        self._wall, self._monotonic = wall, monotonic
        self.state: AttemptState = replay(repo.events(attempt_id))
        self.plan = AttemptPlan.build(exam, self.state.form_id, self.state.seed)
        checkpoint = repo.clock(attempt_id)
        self.timer = AttemptTimer(max(self.state.elapsed_ms, checkpoint[0] if checkpoint else 0), monotonic)
        self.pending: dict[str, Any] = {}          # item id -> response not yet saved
        self.warned: set[float] = set(m for m in exam.timing.warnings_minutes
                                      if (self.state.remaining_ms() or 1e18) <= m * 60_000)
        self.interrupted_now = False
        self.owner = owner
        if owner and self.state.state == IN_PROGRESS:  # the process that ran it died
            self._record_interruption(checkpoint)

    # -- life cycle ------------------------------------------------------------
    def _record_interruption(self, checkpoint: tuple[int, float] | None) -> None:
        """The app died while the attempt ran: charge the gap as the exam's policy says, and
        record the interruption (the candidate continues with resume())."""
        # The checkpoint and the last event each pair exam time with the wall time it was
        # written; the later pair is the best knowledge of when the app died.
        last_event = (self.state.elapsed_ms, datetime.fromisoformat(self.state.last_at).timestamp())
        used, wall = max([last_event] + ([checkpoint] if checkpoint else []))
        elapsed = recovered_elapsed_ms(used, wall, self._wall(), self.exam.timing.interruption)
        self.timer = AttemptTimer(elapsed, self._monotonic)
        self._append("interrupted", {"policy": self.exam.timing.interruption})
        self.interrupted_now = True

    def start(self) -> None:
        self._append("started", {})
        self.timer.start()
        self.visit(self.plan.first_item(self.state))

    def resume(self, by: str = "candidate") -> None:
        check_return_from_break(self.state, by, self.exam.timing.proctor_confirms_return)
        self._append("resumed", {"by": by})
        self.timer.start()
        self.interrupted_now = False

    def take_rest_break(self, allowed: int) -> None:
        """The candidate starts one of the `allowed` rest breaks; the clock stops until resume()."""
        check_rest_break(self.state, allowed)
        self.pause("rest break", "candidate", rest_break=True)

    def pause(self, reason: str, by: str, rest_break: bool = False) -> None:
        check_allowed(self.state, "paused")
        self.timer.stop()
        try:
            self._append("paused", {"reason": reason, "by": by, **({"rest_break": True} if rest_break else {})})
        except SaveFailed:
            self.timer.start()  # not paused after all: the clock keeps running
            raise

    def extend(self, minutes: float, reason: str, by: str) -> None:
        if not reason.strip():
            raise ValueError("a reason is required to add time")
        self._append("extended", {"ms": round(minutes * 60_000), "reason": reason.strip(), "by": by})

    def submit(self) -> None:
        self.flush_pending()
        self.timer.stop()
        self._append("submitted", {})

    def void(self, reason: str, by: str) -> None:
        if not reason.strip():
            raise ValueError("a reason is required to void an attempt")
        self.timer.stop()
        self._append("voided", {"reason": reason.strip(), "by": by})

    def transfer_out(self, by: str, **where: str) -> None:
        """Close this station's copy: the attempt goes on at another station (`where`: which
        station and which move file, kept with the event)."""
        self._append("transferred", {"by": by, **where})

    def incident(self, kind: str, description: str, by: str, details: dict | None = None) -> None:
        """Record something that happened (focus lost, noise, illness); it does not change the state.
        `details` keeps what a detector measured (time away, key, programs) with the record."""
        self._append("incident", {**(details or {}), "type": kind, "description": description, "by": by})

    def evaluated(self, evaluation_id: str, digest: str, by: str) -> None:
        """A checklist evaluation was signed for this attempt: its digest joins the history."""
        self._append("evaluated", {"evaluation": evaluation_id, "digest": digest, "by": by})

    # -- the candidate's actions -------------------------------------------------
    def answer(self, item_id: str, response: Any) -> None:
        """Save a response (None clears it). Returns only once committed; SaveFailed otherwise,
        in which case the response is kept and saved by a later tick()."""
        check_allowed(self.state, "answered")
        self.plan.check_reachable(self.state, item_id)
        self.pending[item_id] = response
        self.flush_pending()

    def flush_pending(self) -> None:
        for item_id, response in list(self.pending.items()):
            self._append("answered", {"item_id": item_id, "response": response})
            del self.pending[item_id]

    def visit(self, item_id: str) -> None:
        section_id = self.plan.check_reachable(self.state, item_id)
        current = self.state.current_section
        if current and current != section_id:
            self._append("section_left", {"section_id": current,
                                          "lock": self.plan.section(current).lock_on_exit})
        self._append("visited", {"item_id": item_id, "section_id": section_id})

    def flag(self, item_id: str, on: bool) -> None:
        self.plan.section_of(item_id)
        self._append("flagged", {"item_id": item_id, "on": on})

    def annotate(self, item_id: str, annotation: Annotation) -> None:
        """Keep what the candidate marked on a question (highlights, struck options): not scored."""
        check_allowed(self.state, ANNOTATED)
        self.plan.check_reachable(self.state, item_id)
        self._append(ANNOTATED, annotation.to_data(item_id))

    def annotate_stimulus(self, stimulus_id: str, annotation: Annotation) -> None:
        """Keep the candidate's highlights in a shared passage (shown with every question citing it)."""
        check_allowed(self.state, ANNOTATED)
        self.plan.check_stimulus_shown(self.state, stimulus_id)
        self._append(ANNOTATED, annotation.to_stimulus_data(stimulus_id))

    # -- time ----------------------------------------------------------------------
    def tick(self) -> TickResult:
        """Checkpoint time, pick up other writers' events, retry saves, apply time limits."""
        before = self.state.state
        self.refresh()
        if self.pending and self.state.state == IN_PROGRESS:
            try:
                self.flush_pending()
            except SaveFailed:
                pass
        elapsed = self.timer.elapsed_ms()
        if self.state.state == IN_PROGRESS:
            try:
                self.repo.checkpoint(self.attempt_id, elapsed, self._wall())
            except SaveFailed:
                pass  # the next tick tries again; events still carry the time
            try:
                self._apply_limits(elapsed)
            except SaveFailed:
                pass  # the time-out or section change is written by the next tick
        remaining = self.state.remaining_ms(elapsed)
        warnings = due_warnings(remaining, self.exam.timing.warnings_minutes, self.warned)
        self.warned.update(warnings)
        return TickResult(remaining, self.section_remaining_ms(), warnings,
                          self.state.state != before, len(self.pending))

    def remaining_now(self) -> int | None:
        """Exam time left as this process knows it (for an observer: as of the last checkpoint)."""
        if not self.owner:
            checkpoint = self.repo.clock(self.attempt_id)
            used = max(self.state.elapsed_ms, checkpoint[0] if checkpoint else 0)
            return self.state.remaining_ms(used)
        return self.state.remaining_ms(self.timer.elapsed_ms())

    def section_remaining_ms(self) -> int | None:
        section = self.state.current_section
        if section is None:
            return None
        extra = self.timer.elapsed_ms() - self.state.elapsed_ms if self.state.state == IN_PROGRESS else 0
        return self.state.section_remaining_ms(section, self.state.section_elapsed_ms.get(section, 0) + extra)

    def _apply_limits(self, elapsed: int) -> None:
        if self.state.remaining_ms(elapsed) == 0:
            self.flush_pending_quietly()
            self.timer.stop()
            self._append("timed_out", {})
            return
        section = self.state.current_section
        if section and self.section_remaining_ms() == 0:
            following = self.plan.next_section(section)
            if following is None:
                self.flush_pending_quietly()
                self.timer.stop()
                self._append("timed_out", {"section_id": section})
            else:  # the section's time is over: it closes and the next one opens
                self._append("section_left", {"section_id": section, "lock": True, "timed_out": True})
                first = next(s.item_ids[0] for s in self.plan.sections if s.section_id == following)
                self._append("visited", {"item_id": first, "section_id": following})

    def flush_pending_quietly(self) -> None:
        try:
            self.flush_pending()
        except SaveFailed:
            pass

    def refresh(self) -> None:
        """Apply events other processes appended (the proctor's pause, extension, void)."""
        for event in self.repo.events(self.attempt_id, self.state.last_seq):
            self._apply(event)

    # -- events ------------------------------------------------------------------
    def _append(self, kind: str, data: dict) -> None:
        for attempt in range(3):
            check_allowed(self.state, kind)
            at = datetime.fromtimestamp(self._wall(), timezone.utc).isoformat(timespec="milliseconds")
            event = Event(self.state.last_seq + 1, kind, self.timer.elapsed_ms(), at, data)
            try:
                self.repo.append(self.attempt_id, event)
            except Conflict:
                if attempt == 2:
                    raise
                self.refresh()
                continue
            self._apply(event)
            return

    def _apply(self, event: Event) -> None:
        apply(self.state, event)
        if self.state.state != IN_PROGRESS and self.timer.running:
            self.timer.stop()
        elif self.state.state == IN_PROGRESS and not self.timer.running and event.kind in ("resumed", "started"):
            self.timer.start()

    def wall_now(self) -> float:
        """The wall clock this attempt records events with (the candidate's screen shows how
        long a rest break has lasted by it)."""
        return self._wall()

    @property
    def status(self) -> str:
        return self.state.state

