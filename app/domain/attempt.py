"""An attempt is its events. The current state (responses, position, flags, time used,
locks) is derived by replaying them, so what is on disk is always the whole truth.

States: ready -> in_progress <-> paused -> submitted | timed_out | voided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from app.domain.annotations import (
    ANNOTATED, Annotation, annotation_from_data, marks_a_stimulus, stimulus_marks_from_data,
)
from app.domain.errors import ExamStationError, template

READY, IN_PROGRESS, PAUSED = "ready", "in_progress", "paused"
SUBMITTED, TIMED_OUT, VOIDED = "submitted", "timed_out", "voided"
TRANSFERRED = "transferred"  # moved to another station, which carries on with it
FINAL_STATES = (SUBMITTED, TIMED_OUT, VOIDED, TRANSFERRED)
# Why an attempt is paused: the candidate is told different things for each.
PAUSE_BY_PROCTOR, PAUSE_FOR_BREAK, PAUSE_INTERRUPTED = "proctor", "break", "interrupted"


class AttemptRefused(ExamStationError):
    """An action that the attempt's state does not allow (e.g. answering while paused).

    `code` names the refusal for screens that show it in the candidate's language; `values`
    fill the placeholders of its translated text. The English message stays for logs and CLI."""

    def __init__(self, message: str, next_step: str = "", code: str = "", **values: object) -> None:
        super().__init__(message, next_step, **values)
        self.code = code


@dataclass(frozen=True, slots=True)
class Event:
    """One appended fact. `elapsed_ms` is exam time used when it happened; `at` the wall time (record only)."""

    seq: int
    kind: str
    elapsed_ms: int
    at: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TimeLimits:
    """Exam and section limits in ms, already multiplied by the candidate's accommodation."""

    exam_ms: int | None
    section_ms: dict[str, int]

    @classmethod
    def from_data(cls, data: dict) -> "TimeLimits":
        return cls(data.get("exam_ms"), dict(data.get("section_ms", {})))

    def to_data(self) -> dict:
        return {"exam_ms": self.exam_ms, "section_ms": dict(self.section_ms)}


def compute_limits(exam_minutes: float | None, section_minutes: dict[str, float | None],
                   multiplier: float) -> TimeLimits:
    to_ms = lambda minutes: round(minutes * 60_000 * multiplier)  # noqa: E731
    return TimeLimits(to_ms(exam_minutes) if exam_minutes else None,
                      {s: to_ms(m) for s, m in section_minutes.items() if m})


@dataclass
class AttemptState:
    """What the events add up to."""

    form_id: str = ""
    seed: int = 0
    limits: TimeLimits = field(default_factory=lambda: TimeLimits(None, {}))
    state: str = READY
    responses: dict[str, Any] = field(default_factory=dict)
    flagged: set[str] = field(default_factory=set)
    current_item: str | None = None
    current_section: str | None = None
    locked_sections: set[str] = field(default_factory=set)
    extension_ms: int = 0
    elapsed_ms: int = 0                      # exam time used as of the last event
    section_elapsed_ms: dict[str, int] = field(default_factory=dict)
    interruptions: int = 0
    breaks_taken: int = 0                    # rest breaks the candidate started (an accommodation)
    on_break: bool = False                   # paused by the candidate's own rest break
    pause_cause: str = ""                    # why it is paused: PAUSE_BY_PROCTOR, PAUSE_FOR_BREAK or PAUSE_INTERRUPTED
    paused_at: str = ""                      # wall time the current pause or break began (ISO 8601)
    seen: set[str] = field(default_factory=set)   # questions the candidate has had on screen
    annotations: dict[str, Annotation] = field(default_factory=dict)  # highlights, struck options: never scored
    stimulus_annotations: dict[str, Annotation] = field(default_factory=dict)  # a shared passage's highlights
    incidents: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0
    last_at: str = ""                        # wall time of the last event (ISO 8601)

    @property
    def finished(self) -> bool:
        return self.state in FINAL_STATES

    def remaining_ms(self, elapsed_ms: int | None = None) -> int | None:
        """Exam time left, or None for an untimed exam."""
        if self.limits.exam_ms is None:
            return None
        used = self.elapsed_ms if elapsed_ms is None else elapsed_ms
        return max(0, self.limits.exam_ms + self.extension_ms - used)

    def section_remaining_ms(self, section_id: str, section_elapsed: int | None = None) -> int | None:
        limit = self.limits.section_ms.get(section_id)
        if limit is None:
            return None
        used = self.section_elapsed_ms.get(section_id, 0) if section_elapsed is None else section_elapsed
        return max(0, limit - used)


def replay(events: Iterable[Event]) -> AttemptState:
    state = AttemptState()
    for event in events:
        apply(state, event)
    return state


def apply(state: AttemptState, event: Event) -> None:
    """Fold one event into the state. Events were checked when appended; replay trusts them
    (the body checks them separately: app.domain.history_rules).

    An event carrying `basis` was made at a seat that had seen only events up to that seq:
    it may land after a pause, a void or a time-out it had not seen yet. Its time counts as
    running time (the candidate was working), and like every event after the end it never
    reopens a finished attempt."""
    data = event.data
    _account_time(state, event.elapsed_ms, running=state.state == IN_PROGRESS or "basis" in data)
    kind = event.kind
    finished = state.finished
    if kind == "created":
        state.form_id, state.seed = data["form_id"], int(data["seed"])
        state.limits = TimeLimits.from_data(data["limits"])
    elif kind in ("started", "resumed"):
        if not finished:
            state.state = IN_PROGRESS
            state.on_break = False
            state.pause_cause, state.paused_at = "", ""
    elif kind in ("paused", "interrupted"):
        _note_pause_cause(state, kind, data, finished, event.at)
        if not finished:
            state.state = PAUSED
        state.interruptions += kind == "interrupted"
        if kind == "paused" and data.get("rest_break"):
            state.breaks_taken += 1
            state.on_break = not finished
    elif kind == "answered":
        if data["response"] is None:
            state.responses.pop(data["item_id"], None)
        else:
            state.responses[data["item_id"]] = data["response"]
    elif kind == "visited":
        state.current_item, state.current_section = data["item_id"], data["section_id"]
        state.seen.add(data["item_id"])
    elif kind == "flagged":
        (state.flagged.add if data["on"] else state.flagged.discard)(data["item_id"])
    elif kind == ANNOTATED:  # the marks after the change: the latest event is the whole truth
        place, annotation = (stimulus_marks_from_data(data) if marks_a_stimulus(data)
                             else annotation_from_data(data))
        kept = state.stimulus_annotations if marks_a_stimulus(data) else state.annotations
        if annotation.empty:
            kept.pop(place, None)
        else:
            kept[place] = annotation
    elif kind == "section_left":
        if data.get("lock"):
            state.locked_sections.add(data["section_id"])
    elif kind == "extended":
        state.extension_ms += int(data["ms"])
    elif kind == "incident":
        state.incidents.append({"at": event.at, **data})
    elif kind in FINAL_STATES and not finished:  # the first end stands (a late submit after a void)
        state.state = kind
    state.last_seq = event.seq
    state.last_at = event.at


def _note_pause_cause(state: AttemptState, kind: str, data: dict[str, Any], finished: bool, at: str) -> None:
    """Remember why the attempt stopped. An interruption noticed while the attempt was already
    paused (the proctor's pause, a rest break) does not change why: the candidate is still
    waiting for the proctor, or on their break."""
    if finished or (kind == "interrupted" and state.state == PAUSED):
        return
    state.paused_at = at
    if kind == "interrupted":
        state.pause_cause = PAUSE_INTERRUPTED
    elif data.get("rest_break"):
        state.pause_cause = PAUSE_FOR_BREAK
    else:
        state.pause_cause = PAUSE_BY_PROCTOR


def _account_time(state: AttemptState, elapsed_ms: int, running: bool) -> None:
    """Time used since the previous event counts toward the section the candidate was in."""
    delta = max(0, elapsed_ms - state.elapsed_ms)
    if delta and state.current_section is not None and running:
        section = state.current_section
        state.section_elapsed_ms[section] = state.section_elapsed_ms.get(section, 0) + delta
    state.elapsed_ms = max(state.elapsed_ms, elapsed_ms)


ALLOWED: dict[str, tuple[str, ...]] = {
    "started": (READY,),
    "answered": (IN_PROGRESS,), "visited": (IN_PROGRESS,), "flagged": (IN_PROGRESS,),
    ANNOTATED: (IN_PROGRESS,),  # like an answer: never after the end
    "section_left": (IN_PROGRESS,),
    "paused": (IN_PROGRESS,), "interrupted": (IN_PROGRESS, PAUSED),
    "resumed": (PAUSED,),
    "extended": (READY, IN_PROGRESS, PAUSED),
    "submitted": (IN_PROGRESS, PAUSED), "timed_out": (IN_PROGRESS, PAUSED),
    "voided": (READY, IN_PROGRESS, PAUSED),
    "transferred": (READY, PAUSED),
    "incident": (READY, IN_PROGRESS, PAUSED, SUBMITTED, TIMED_OUT, VOIDED, TRANSFERRED),
    # A checklist evaluation signed for this attempt: its digest joins the authenticated history.
    "evaluated": (READY, IN_PROGRESS, PAUSED, SUBMITTED, TIMED_OUT, VOIDED, TRANSFERRED),
}


def check_return_from_break(state: AttemptState, by: str, proctor_confirms: bool) -> None:
    """When the exam says so, a rest break ends only with the proctor's confirmation."""
    if proctor_confirms and state.on_break and by == "candidate":
        raise AttemptRefused("The proctor confirms the return from a rest break.",
                             "Tell the proctor you are back; they continue your exam from their console.",
                             code="proctor_confirms_return")


def check_rest_break(state: AttemptState, allowed: int) -> None:
    """A candidate may start one of the rest breaks granted at check-in while the exam runs."""
    if state.state != IN_PROGRESS:
        raise AttemptRefused("A rest break can start only while the exam is running.", code="break_not_running")
    if not allowed:
        raise AttemptRefused("No rest breaks were granted for this exam.", code="no_breaks_granted")
    if state.breaks_taken >= allowed:
        raise AttemptRefused("No rest breaks are left: {allowed} were granted and all have been taken.",
                             code="no_breaks_left", granted=allowed, allowed=allowed)


def check_allowed(state: AttemptState, kind: str) -> None:
    """Refuse an event the current state does not allow, with a reason a person understands."""
    if kind == "created":
        if state.last_seq:
            raise AttemptRefused("This attempt already exists.", code="exists")
        return
    if state.state not in ALLOWED[kind]:
        raise AttemptRefused(_REFUSALS.get(state.state, "The attempt is {state}."), "Ask the proctor.",
                             code=f"state_{state.state}", state=state.state.replace("_", " "))


_REFUSALS = {
    READY: template("The exam has not started yet."),
    PAUSED: template("The exam is paused."),
    SUBMITTED: template("The exam has already been submitted."),
    TIMED_OUT: template("The exam time is over."),
    VOIDED: template("This attempt was voided by the proctor."),
    TRANSFERRED: template("This attempt was moved to another station."),
    IN_PROGRESS: template("The attempt is in progress."),   # e.g. a second start
}
