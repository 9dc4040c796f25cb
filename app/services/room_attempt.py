"""One attempt as the station holds it while a seat delivers it.

The station's clock decides: it runs each attempt's timer, applies time limits and
gives every event its sequence number, wall time and exam time. A seat's event is
checked against the state the seat knew when the candidate acted (`basis`), so an
answer made just before the proctor's pause reached the seat is kept, and one made
after the time ran out is refused. Everything is in memory and incremental: nothing
here replays an attempt's whole history after it is loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from app.domain.annotations import (
    ANNOTATED, STIMULUS_FORM, AnnotationMalformed, annotation_from_data, marks_a_stimulus, stimulus_marks_from_data,
)
from app.domain.attempt import (
    ALLOWED, FINAL_STATES, IN_PROGRESS, PAUSED, AttemptRefused, AttemptState, Event, apply, check_return_from_break,
)
from app.domain.exam import Exam
from app.domain.plan import AttemptPlan
from app.domain.timing import AttemptTimer

GRACE_MS = 2_000  # an answer may reach the station this long after the limit (network, clocks)

# What a seat may send, and the fields each kind's data may hold.
SEAT_KINDS: dict[str, frozenset[str]] = {
    "started": frozenset(), "answered": frozenset({"item_id", "response"}),
    "visited": frozenset({"item_id", "section_id"}), "flagged": frozenset({"item_id", "on"}),
    ANNOTATED: frozenset({"item_id", "highlights", "struck"}) | STIMULUS_FORM,   # either form, checked below
    "section_left": frozenset({"section_id", "lock"}), "submitted": frozenset(),
    "paused": frozenset({"reason", "by", "rest_break"}), "resumed": frozenset({"by"}),
    "incident": frozenset(),  # what lockdown detected: free-form details, checked by _check_incident
}
MAX_INCIDENT_BYTES = 4096
CANDIDATE_ACTIONS = frozenset({"answered", "visited", "flagged", ANNOTATED, "section_left", "submitted"})
CLOCK_STARTS = frozenset({"started", "resumed"})   # a seat's actions that set the exam clock running


@dataclass
class RoomAttempt:
    attempt_id: str
    exam: Exam
    plan: AttemptPlan
    state: AttemptState
    timer: AttemptTimer
    monotonic: Callable[[], float]
    transitions: list[tuple[int, str]] = field(default_factory=list)  # (seq, state from that seq on)
    acked: dict[str, int] = field(default_factory=dict)               # lease -> highest n stored
    last_beat_ms: int = 0
    last_saved_wall: float = 0.0                                       # when a seat's event was last stored
    last_pause_kind: str = ""                                          # "paused" or "interrupted"
    own_changes: dict[str, list[int]] = field(default_factory=dict)   # lease -> seqs of its state changes

    @classmethod
    def load(cls, attempt_id: str, exam: Exam, events: list[tuple[Event, str | None]],
             checkpoint_ms: int, monotonic: Callable[[], float]) -> "RoomAttempt":
        state = AttemptState()
        attempt = cls(attempt_id, exam, None, state, AttemptTimer(0, monotonic), monotonic)  # type: ignore[arg-type]
        for event, origin in events:
            attempt._fold(event, origin)
        attempt.plan = AttemptPlan.build(exam, state.form_id, state.seed)
        attempt.timer = AttemptTimer(max(state.elapsed_ms, checkpoint_ms), monotonic)
        if state.state == IN_PROGRESS:
            attempt.timer.start()
        return attempt

    def _fold(self, event: Event, origin: str | None) -> None:
        before = self.state.state
        if event.kind in ("paused", "interrupted"):
            self.last_pause_kind = event.kind
        apply(self.state, event)
        if self.state.state != before or not self.transitions:
            self.transitions.append((event.seq, self.state.state))
        if origin:
            lease, _, n = origin.rpartition(":")
            self.acked[lease] = max(self.acked.get(lease, 0), int(n))
            if self.state.state != before:
                self.own_changes.setdefault(lease, []).append(event.seq)

    # -- time ------------------------------------------------------------------------
    def elapsed_ms(self) -> int:
        """Exam time used: the running clock, or once the attempt has ended, its final time."""
        if self.state.state in FINAL_STATES:
            return self.state.elapsed_ms
        return self.timer.elapsed_ms()

    def raise_elapsed(self, elapsed_ms: int) -> None:
        """Exam time used is at least `elapsed_ms` (a seat that kept going while the station was
        down reports it). Time only ever moves forward: a seat can never win time back."""
        if elapsed_ms > self.timer.elapsed_ms():
            running = self.timer.running
            self.timer = AttemptTimer(elapsed_ms, self.monotonic)
            if running:
                self.timer.start()

    def limit_ms(self) -> int | None:
        limit = self.state.limits.exam_ms
        return None if limit is None else limit + self.state.extension_ms

    # -- events ----------------------------------------------------------------------
    def station_event(self, kind: str, data: dict, now: datetime, elapsed_ms: int | None = None) -> Event:
        """An event the station itself decides (time-out, interruption, section closed by time)."""
        elapsed = max(self.state.elapsed_ms, self.elapsed_ms() if elapsed_ms is None else elapsed_ms)
        return Event(self.state.last_seq + 1, kind, elapsed, _iso(now), data)

    def seat_event(self, lease: str, sent: dict, now: datetime, seat_clock_ms: int = 0) -> Event:
        """Check one event a seat sent and make the event to store; AttemptRefused says why not.
        `seat_clock_ms`: the latest exam time the seat reported with it (its other events sent along)."""
        kind, data = sent["kind"], sent["data"]
        if kind not in SEAT_KINDS or (kind != "incident" and not set(data) <= SEAT_KINDS[kind]):
            raise AttemptRefused("A seat may not record '{kind}' events.", code="not_from_seat", kind=kind[:30])
        if kind == "incident":
            _check_incident(data)
        elif kind == ANNOTATED:
            _check_annotation(data, self.exam)
        # What the seat knew: the station's events up to the basis it sent, and its own state changes
        # after that (a start, a resume) which the station may not have stored when it acted.
        sent_basis = min(int(sent["basis"]), self.state.last_seq)
        basis = max([sent_basis] + [seq for seq in self.own_changes.get(lease, []) if seq > sent_basis])
        known_state = self.state_at(basis)
        concurrent = self.state.state not in ALLOWED.get(kind, ())
        if concurrent and known_state not in ALLOWED.get(kind, ()):
            raise AttemptRefused("The attempt was {known_state} when this was done.",
                                 code=f"state_{known_state}", known_state=known_state.replace('_', ' '))
        self._check_candidate_control(kind, data)
        if kind == ANNOTATED and marks_a_stimulus(data):
            self.plan.check_stimulus_shown(self.state, str(data["stimulus_id"]))
        elif kind in ("answered", "visited", "flagged", ANNOTATED):
            self.plan.check_reachable(self.state, str(data.get("item_id")))
        if kind in CLOCK_STARTS and self.state.state != IN_PROGRESS:
            elapsed, now = self._late_start(int(sent["elapsed_ms"]), seat_clock_ms, now)
        else:
            elapsed = max(int(sent["elapsed_ms"]), self.state.elapsed_ms, self.last_beat_ms)
        limit = self.limit_ms()
        if kind in CANDIDATE_ACTIONS and limit is not None and elapsed > limit + GRACE_MS:
            raise AttemptRefused("This was done after the exam time ran out.", code="after_time")
        if limit is not None and kind in CANDIDATE_ACTIONS:
            elapsed = min(elapsed, limit)  # within the grace: counted as at the limit
            elapsed = max(elapsed, self.state.elapsed_ms)
        # `basis` is stored only for an action the station's order alone would not allow (made before
        # the seat saw, say, the proctor's pause): the body judges it against the state after `basis`.
        return Event(self.state.last_seq + 1, kind, elapsed, _iso(now), {**data, "basis": basis} if concurrent else data)

    def _late_start(self, sent_ms: int, seat_clock_ms: int, now: datetime) -> tuple[int, datetime]:
        """A seat's start (or resume) while the station's clock stands: its exam time and wall time.

        The exam time is the seat's when the candidate started, never less than the station's. The
        seat's clock has run since if the start reached the station late (the station was down,
        the connection cut): its heartbeats and the answers sent along report time used after the
        start, so they do not count before it; they date it instead, that much before now (not
        before the event it follows). The history then reads as it happened: the clock stood until
        the start, then ran no faster than the wall clock."""
        elapsed = max(sent_ms, self.state.elapsed_ms)
        ran_ms = max(self.last_beat_ms, seat_clock_ms) - elapsed
        if ran_ms <= 0:
            return elapsed, now
        try:
            previous = datetime.fromisoformat(self.state.last_at)
        except ValueError:
            previous = now
        return elapsed, min(now, max(previous, now - timedelta(milliseconds=ran_ms)))

    def _check_candidate_control(self, kind: str, data: dict) -> None:
        """A candidate pauses only for a granted rest break and resumes only from one, or after
        an interruption; the proctor's pause is the proctor's to lift."""
        if kind == "paused" and not data.get("rest_break"):
            raise AttemptRefused("Only the proctor can pause the exam.", code="proctor_only")
        if kind == "resumed" and self.state.state == PAUSED and not (
                self.state.on_break or self.last_pause_kind == "interrupted"):
            raise AttemptRefused("The proctor paused the exam; only the proctor can resume it.",
                                 code="proctor_only")
        if kind == "resumed":
            check_return_from_break(self.state, "candidate", self.exam.timing.proctor_confirms_return)

    def state_at(self, seq: int) -> str:
        known = self.transitions[0][1] if self.transitions else self.state.state
        for at_seq, state in self.transitions:
            if at_seq > seq:
                break
            known = state
        return known

    def stored(self, event: Event, origin: str | None) -> None:
        """Fold an event that is now committed, and run the clock as its state says."""
        self._fold(event, origin)
        self.raise_elapsed(event.elapsed_ms)
        if self.state.state == IN_PROGRESS and not self.timer.running:
            self.timer = AttemptTimer(max(event.elapsed_ms, self.state.elapsed_ms), self.monotonic)
            self.timer.start()
        elif self.state.state != IN_PROGRESS and self.timer.running:
            self.timer.stop()
            self.timer = AttemptTimer(self.state.elapsed_ms, self.monotonic)

    def due_limit_events(self, now: datetime) -> list[tuple[str, dict[str, Any]]]:
        """What the station must record because time ran out, if anything (one step at a time)."""
        if self.state.state != IN_PROGRESS:
            return []
        limit = self.limit_ms()
        if limit is not None and self.elapsed_ms() >= limit:
            return [("timed_out", {})]
        section = self.state.current_section
        section_limit = self.state.limits.section_ms.get(section or "")
        if section and section_limit is not None:
            used = self.state.section_elapsed_ms.get(section, 0) + self.elapsed_ms() - self.state.elapsed_ms
            if used >= section_limit:
                following = self.plan.next_section(section)
                if following is None:
                    return [("timed_out", {"section_id": section})]
                first = next(s.item_ids[0] for s in self.plan.sections if s.section_id == following)
                return [("section_left", {"section_id": section, "lock": True, "timed_out": True}),
                        ("visited", {"item_id": first, "section_id": following})]
        return []


def _check_incident(data: dict) -> None:
    """Lockdown's details are plain values (time away, a key, program names), and small."""
    plain = (str, int, float, bool)
    if not isinstance(data.get("type"), str) or not all(
            isinstance(v, plain) or (isinstance(v, list) and all(isinstance(x, plain) for x in v))
            for v in data.values()) or len(json.dumps(data)) > MAX_INCIDENT_BYTES:
        raise AttemptRefused("The seat's incident report is not in the expected form.", code="bad_incident")


def _check_annotation(data: dict, exam: Exam) -> None:
    """Marks in their canonical form (either form), striking out only the question's own options
    or highlighting one of the exam's stimuli (the plan then checks that the form shows it)."""
    try:
        if marks_a_stimulus(data):
            exam.stimulus(stimulus_marks_from_data(data)[0])   # KeyError: not one of the exam's
            fits = True
        else:
            item_id, annotation = annotation_from_data(data)
            fits = annotation.struck <= {option.id for option in exam.item(item_id).options}
    except (AnnotationMalformed, KeyError):
        fits = False
    if not fits:
        raise AttemptRefused("The seat's highlights or struck-out options are not in the expected form.",
                             code="bad_annotation")


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")
