"""The body's replay of the attempt rules: given the events a station exported and the exam
they were sat on, list every place where the history could not have come from a working
station: an event the state did not allow, exam time running while the attempt was paused,
an answer after the time was over, a closed section opened again, more rest breaks than
granted, limits that are not the exam's. Each finding names the event, the rule and the
reason in plain words; an attempt with findings is held for a person to decide.

One pass over the events, keeping only what later events may refer to (the state after each
event, for seats' events based on an earlier one), so a body imports thousands of attempts
quickly. Plain Python: no I/O.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Sequence

from app.domain.accommodations import Accommodations
from app.domain.annotations import ANNOTATED, annotation_from_data, marks_a_stimulus, stimulus_marks_from_data
from app.domain.attempt import ALLOWED, IN_PROGRESS, AttemptState, Event, apply, compute_limits
from app.domain.errors import template
from app.domain.exam import Exam
from app.domain.history_findings import EVENT_WORDS, STATE_WORDS, Finding, incomplete, limits_words, not_a_time, span

__all__ = ["Finding", "check_history", "check_history_and_fold"]  # Finding: where its users import it from

# A candidate's screen ticks several times a second, so an action or a time-out may land a
# moment after a limit; a pause reaches the screen on its next tick.
GRACE_MS = 2_000
STILL_TOLERANCE_MS = 2_000
# Exam time is counted on the station's monotonic clock, the events' `at` on its wall clock:
# between two events the first may outrun the second only by this much (and 1 %).
RATE_SLACK_MS, RATE_SLACK = 2_000, 0.01
# A seat's action based on an earlier event (data["basis"]) may be this far behind in exam time.
BASIS_LAG_MS = 5_000

CANDIDATE_KINDS = frozenset({"answered", "visited", "flagged", ANNOTATED, "section_left", "submitted"})
UNTIMED_BY_SECTION = frozenset({"flagged", ANNOTATED})  # marks for the candidate only: no section limit applies
_QUICK_KINDS = frozenset({"answered", "visited", "flagged"})  # most events: _Replay.step_quick


def check_history(events: Sequence[Event], exam: Exam) -> list[Finding]:
    """Every rule the attempt's events break, in event order (empty: a history a station could write)."""
    return check_history_and_fold(events, exam)[0]


def check_history_and_fold(events: Sequence[Event], exam: Exam,
                           in_full: bool = False) -> tuple[list[Finding], AttemptState | None]:
    """check_history's findings, and the state the events add up to (what `replay(events)` gives)
    when the rules' pass folded every event, so that scoring need not fold them again; None when
    it skipped or could not fold one (the caller replays them itself, and meets the same error).
    `in_full`: every event the long way, which the quick step always agrees with (tests)."""
    if not events:
        return [Finding(0, "first_event", template("The attempt has no events."))], None
    replay = _Replay(exam)
    if not replay.begin(events[0]):
        return replay.findings, None
    step = replay.step if in_full else replay.step_quick
    for event in events[1:]:
        step(event)
    return replay.findings, replay.state if replay.folded_all else None


def _wall(at: object) -> float | None:
    try:
        return datetime.fromisoformat(at).timestamp()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


class _Replay:
    """The rules applied to one event at a time; the attempt's own fold keeps the state."""

    def __init__(self, exam: Exam) -> None:
        self.exam = exam
        self.findings: list[Finding] = []
        self.state = AttemptState()
        self.history: list[tuple[str, frozenset[str]]] = []  # (state, closed sections) after each event
        self.locked: frozenset[str] = frozenset()
        self.item_section: dict[str, str] = {}
        self.sections: set[str] = set()
        self.breaks_granted = 0
        self.still_at = 0          # exam time when the attempt last stopped running
        self.last_wall = 0.0       # latest wall time seen
        self.last_seq = 0
        self.last_at: object = None        # the last event's time as written, and as read (_wall)
        self.last_at_wall: float | None = None
        self.folded_all = True     # every event so far went through `apply`, as replay() would

    def flag(self, seq: int, rule: str, reason: str) -> None:
        self.findings.append(Finding(seq, rule, reason))

    # -- the first event ------------------------------------------------------------------
    def begin(self, event: Event) -> bool:
        """Check the creation event; False when nothing after it can be judged."""
        data = event.data if isinstance(event.data, dict) else {}
        if event.seq != 1:
            self.flag(event.seq, "sequence", template("The first event is number {seq}, not 1.", seq=event.seq))
        if event.kind != "created" or not {"form_id", "seed", "limits"} <= data.keys():
            self.flag(event.seq, "first_event", template("The attempt does not begin with its creation "
                                                         "(form, shuffle seed and time limits)."))
            return False
        try:
            apply(self.state, event)
            form = self.exam.form(self.state.form_id)
            accommodations = Accommodations.from_data(data.get("accommodations"))
        except KeyError:
            self.flag(event.seq, "form", template("The attempt's form '{form}' is not a form of this exam.",
                                                  form=str(data["form_id"])))
            return False
        except (TypeError, ValueError, AttributeError) as error:
            self.flag(event.seq, "first_event", template("The creation event is malformed ({error}).",
                                                         error=str(error)))
            return False
        self.item_section = {i: s.id for s in form.sections for i in s.item_ids}
        self.sections = {s.id for s in form.sections}
        self.breaks_granted = accommodations.rest_breaks
        expected = compute_limits(self.exam.timing.exam_minutes, {s.id: s.minutes for s in form.sections},
                                  accommodations.time_multiplier)
        if self.state.limits != expected:
            self.flag(event.seq, "limits", template(
                "The time limits set at creation ({found}) are not the exam's for a time multiplier of "
                "{multiplier} ({expected}).", found=limits_words(self.state.limits),
                multiplier=f"{accommodations.time_multiplier:g}", expected=limits_words(expected)))
        if event.elapsed_ms != 0:
            self.flag(event.seq, "first_event", template("The attempt was created with {span} of exam time "
                                                         "already used.", span=span(event.elapsed_ms)))
        wall = _wall(event.at)
        if wall is None:
            self.flag(event.seq, "malformed", not_a_time(event))
        self.last_wall = wall or 0.0
        self.last_seq = event.seq
        self.history.append((self.state.state, self.locked))
        return True

    # -- every later event ----------------------------------------------------------------
    def step_quick(self, event: Event) -> None:
        """Most events: a candidate's answer, move or flag made at the station (no basis), next in
        line, while the attempt runs, within every limit: judged here with the fewest steps. Anything
        else, or anything a rule would remark on, goes to `step` as it came (only the time read is
        kept, as `step` keeps it): the same verdicts either way (tests/test_history_rules_same.py)."""
        kind, data, elapsed, state = event.kind, event.data, event.elapsed_ms, self.state
        if (kind not in _QUICK_KINDS or type(data) is not dict or type(elapsed) is not int or "basis" in data
                or event.seq != self.last_seq + 1 or state.state != IN_PROGRESS or elapsed < state.elapsed_ms):
            return self.step(event)
        if event.at != self.last_at:  # events come in runs with one time: read it once
            self.last_at, self.last_at_wall = event.at, _wall(event.at)
        wall, last_wall, before = self.last_at_wall, self.last_wall, state.elapsed_ms
        if wall is None or elapsed - before > RATE_SLACK_MS + ((wall - last_wall) * 1000 if wall > last_wall
                                                               else 0.0) * (1 + RATE_SLACK):
            return self.step(event)
        try:
            if not self.quietly_in_time(kind, data, elapsed, state):
                return self.step(event)
        except (KeyError, TypeError, ValueError, AttributeError):
            return self.step(event)
        self.last_seq = event.seq
        if wall > last_wall:
            self.last_wall = wall
        self.fold(event, IN_PROGRESS)

    def quietly_in_time(self, kind: str, data: dict, elapsed: int, state: AttemptState) -> bool:
        """check_candidate finds nothing in this answer, move or flag made while the attempt runs."""
        item_id = data.get("item_id")
        section = self.item_section.get(item_id) if type(item_id) is str else None
        if section is None or (kind == "visited" and data.get("section_id") != section):
            return False
        if kind != "flagged" and section in self.locked:
            return False
        limits, limit = state.limits, state.limits.exam_ms
        if limit is not None and elapsed > limit + state.extension_ms + GRACE_MS:
            return False
        section_limit = None if kind == "flagged" else limits.section_ms.get(section)
        if section_limit is None:
            return True
        used = state.section_elapsed_ms.get(section, 0)
        if section == state.current_section:
            used += elapsed - state.elapsed_ms
        return used <= section_limit + GRACE_MS

    def step(self, event: Event) -> None:
        """One event, every rule: its place in the sequence, the state it needs (or the state its
        basis saw), the clocks, then its kind's own checks (_KIND_CHECKS)."""
        seq, kind, data = event.seq, event.kind, event.data
        if seq != self.last_seq + 1:
            self.flag(seq, "sequence", template("Event {seq} follows event {last}: events are missing, repeated "
                                                "or out of order.", seq=seq, last=self.last_seq))
        self.last_seq = seq
        allowed = ALLOWED.get(kind)
        if allowed is None:
            self.flag(seq, "state", template("The attempt was created a second time.") if kind == "created"
                      else template("'{kind}' is not an event an attempt can have.", kind=str(kind)))
            return self.skip()
        if not isinstance(data, dict) or type(event.elapsed_ms) is not int:
            self.flag(seq, "malformed", template("The {kind} event's details are not readable.", kind=kind))
            return self.skip()
        based = "basis" in data
        view, locked = self.view(event) if based else (self.state.state, self.locked)
        if view not in allowed:
            self.flag(seq, "state", template("{what} while the attempt was {state}: the attempt's rules do not "
                                             "allow it.", what=EVENT_WORDS[kind], state=STATE_WORDS[view]))
        self.check_clock(event, view, based)
        check = _KIND_CHECKS.get(kind)
        if check is not None:
            try:
                check(self, event, locked)
            except (KeyError, TypeError, ValueError, AttributeError):
                self.flag(seq, "malformed", incomplete(kind))
                return self.skip()
        self.fold(event, view)

    def view(self, event: Event) -> tuple[str, frozenset[str]]:
        """The state the event is judged against: right before it, or after its basis event."""
        if "basis" not in event.data:
            return self.state.state, self.locked
        basis = event.data["basis"]
        if event.kind not in CANDIDATE_KINDS and not (event.kind == "paused" and event.data.get("rest_break")):
            self.flag(event.seq, "basis", template("{what} cannot be based on an earlier event: only a "
                                                   "candidate's own actions are made at a seat.",
                                                   what=EVENT_WORDS[event.kind]))
        elif type(basis) is int and 1 <= basis < event.seq and basis <= len(self.history):
            return self.history[basis - 1]
        else:
            self.flag(event.seq, "basis", template("The event says it was made after event {basis}, which is "
                                                   "not an earlier event of this attempt.", basis=repr(basis)))
        return self.state.state, self.locked

    def check_clock(self, event: Event, view: str, based: bool) -> None:
        """Exam time never goes back, stands still while stopped, and never outruns the wall clock."""
        elapsed, before = event.elapsed_ms, self.state.elapsed_ms
        allowed_lag = BASIS_LAG_MS if based else 0
        if elapsed < before - allowed_lag:
            self.flag(event.seq, "time_order", template("Exam time went back from {before} to {after}.",
                                                        before=span(before), after=span(elapsed)))
        if view != IN_PROGRESS and elapsed > self.still_at + STILL_TOLERANCE_MS:
            self.flag(event.seq, "stopped_clock", template("{span} of exam time passed while the attempt was "
                                                           "{state}.", span=span(elapsed - self.still_at),
                                                           state=STATE_WORDS[view]))
        if event.at != self.last_at:  # events come in runs with one time: read it once
            self.last_at, self.last_at_wall = event.at, _wall(event.at)
        wall = self.last_at_wall
        if wall is None:
            self.flag(event.seq, "malformed", not_a_time(event))
            return
        last_wall = self.last_wall
        wall_ms = (wall - last_wall) * 1000 if wall > last_wall else 0.0
        if elapsed - before > RATE_SLACK_MS + wall_ms * (1 + RATE_SLACK):
            self.flag(event.seq, "clock_rate", template("Exam time ran faster than the clock: {span} of exam "
                                                        "time in {wall}.", span=span(elapsed - before),
                                                        wall=span(wall_ms)))
        if wall > last_wall:
            self.last_wall = wall

    def check_pause(self, event: Event, _locked: frozenset[str]) -> None:
        if event.data.get("rest_break") and self.state.breaks_taken >= self.breaks_granted:
            self.flag(event.seq, "rest_breaks", template("Rest break {number} was taken, but {granted} were granted.",
                                                         number=self.state.breaks_taken + 1,
                                                         granted=self.breaks_granted))

    def check_extension(self, event: Event, _locked: frozenset[str]) -> None:
        ms = event.data["ms"]
        if not (type(ms) is int and ms > 0):
            self.flag(event.seq, "extension", template("An extension of {ms} ms: an extension must add time.",
                                                       ms=repr(ms)))

    def check_candidate(self, event: Event, locked: frozenset[str]) -> None:
        """A candidate acts on the attempt's own items, in open sections, within the time."""
        kind, data, seq, state = event.kind, event.data, event.seq, self.state
        if kind == ANNOTATED and marks_a_stimulus(data):
            section = self.check_stimulus_marks(event, locked)
            if section is None:
                return None
        elif kind in ("answered", "visited", "flagged", ANNOTATED):
            section = self.item_section.get(data["item_id"])
            if section is None:
                return self.flag(seq, "form", template("Item '{item}' is not on the attempt's form {form}.",
                                                       item=str(data["item_id"]), form=state.form_id))
            if kind == ANNOTATED:
                self.check_annotation(event)
            if kind == "visited" and data["section_id"] != section:
                self.flag(seq, "form", template("Item '{item}' is in section {section}, not {other}.",
                                                item=str(data["item_id"]), section=section, other=str(data["section_id"])))
            if kind != "flagged" and section in locked:
                self.flag(seq, "locked_section", template("{what} in section {section}, which was closed when the "
                                                          "candidate left it.", what=EVENT_WORDS[kind], section=section))
        else:
            section = data["section_id"] if kind == "section_left" else state.current_section
            if section is not None and section not in self.sections:
                return self.flag(seq, "form", template("Section '{section}' is not on the attempt's form {form}.",
                                                       section=str(section), form=state.form_id))
        limit = state.limits.exam_ms
        if limit is not None and event.elapsed_ms > limit + state.extension_ms + GRACE_MS:
            self.flag(seq, "exam_time", template("{what} at {span} of exam time, after the exam time ended at "
                                                 "{end}.", what=EVENT_WORDS[kind], span=span(event.elapsed_ms),
                                                 end=span(limit + state.extension_ms)))
        if kind == "section_left" and data.get("timed_out") and section is not None:
            self.check_section_end(event, section)
        elif kind not in UNTIMED_BY_SECTION and section is not None:
            section_limit, used = state.limits.section_ms.get(section), self.section_used(event, section)
            if section_limit is not None and used > section_limit + GRACE_MS:
                self.flag(seq, "section_time", template("{what} after {span} in section {section}, whose time "
                                                        "ended at {end}.", what=EVENT_WORDS[kind], span=span(used),
                                                        section=section, end=span(section_limit)))

    def check_stimulus_marks(self, event: Event, locked: frozenset[str]) -> str | None:
        """A passage's highlights (canonical form, else a finding via ValueError) on a stimulus one
        of the form's questions cites, in a section still open. The section to time them by, or
        None after a finding."""
        stimulus_id, _ = stimulus_marks_from_data(event.data)
        citing = sorted({self.item_section[i] for i in self.item_section
                         if self.exam.item(i).stimulus == stimulus_id})
        if not citing:
            self.flag(event.seq, "form", template("Stimulus '{stimulus}' is not shown on the attempt's form {form}.",
                                                  stimulus=stimulus_id, form=self.state.form_id))
            return None
        open_sections = [s for s in citing if s not in locked]
        if not open_sections:
            self.flag(event.seq, "locked_section", template("{what} in section {section}, which was closed when the "
                                                            "candidate left it.", what=EVENT_WORDS[ANNOTATED],
                                                            section=citing[0]))
            return None
        return open_sections[0]

    def check_annotation(self, event: Event) -> None:
        """Marks are in their canonical form (a malformed one is a finding, via ValueError) and
        strike out only the question's own options."""
        item_id, annotation = annotation_from_data(event.data)
        options = {option.id for option in self.exam.item(item_id).options}
        if not annotation.struck <= options:
            self.flag(event.seq, "annotation", template("Options {options} struck out on item '{item}' are not "
                                                        "options of that item.", item=item_id,
                                                        options=", ".join(sorted(annotation.struck - options))))

    def check_time_out(self, event: Event, _locked: frozenset[str] = frozenset()) -> None:
        """The time runs out at the limit: not before it, and not after it (unless the attempt was
        already past it when the station ran again, as after an interruption charged in full)."""
        section = event.data.get("section_id")
        if section is not None:
            return self.check_section_end(event, section)
        state = self.state
        if state.limits.exam_ms is None:
            return self.flag(event.seq, "time_out", template("The attempt timed out, but the exam has no time "
                                                             "limit."))
        end = state.limits.exam_ms + state.extension_ms
        latest = max(end, state.elapsed_ms) + GRACE_MS
        if not end - GRACE_MS <= event.elapsed_ms <= latest:
            self.flag(event.seq, "time_out", template("The attempt timed out at {span} of exam time, but its "
                                                      "time ended at {end}.", span=span(event.elapsed_ms),
                                                      end=span(end)))

    def check_section_end(self, event: Event, section: str) -> None:
        limit = self.state.limits.section_ms.get(section)
        if limit is None:
            return self.flag(event.seq, "time_out", template("Section {section} timed out, but it has no time "
                                                             "limit.", section=section))
        used = self.section_used(event, section)
        latest = max(limit, self.state.section_elapsed_ms.get(section, 0)) + GRACE_MS
        if not limit - GRACE_MS <= used <= latest:
            self.flag(event.seq, "time_out", template("Section {section} timed out after {span} in it, but its "
                                                      "time ended at {end}.", section=section, span=span(used),
                                                      end=span(limit)))

    def section_used(self, event: Event, section: str) -> int:
        """Time spent in the section, counting the time since the previous event as the fold will."""
        state = self.state
        used = state.section_elapsed_ms.get(section, 0)
        running = state.state == IN_PROGRESS or "basis" in event.data
        if section == state.current_section and running:
            used += max(0, event.elapsed_ms - state.elapsed_ms)
        return used

    # -- folding --------------------------------------------------------------------------
    def fold(self, event: Event, view: str) -> None:
        state = self.state
        was_running = state.state == IN_PROGRESS
        try:
            apply(state, event)
        except (KeyError, TypeError, ValueError, AttributeError):
            self.folded_all = False
            self.flag(event.seq, "malformed", incomplete(event.kind))
        now = state.state
        if now != IN_PROGRESS and (was_running or view == IN_PROGRESS):
            self.still_at = state.elapsed_ms  # the clock stopped here
        if len(state.locked_sections) != len(self.locked):
            self.locked = frozenset(state.locked_sections)
        self.history.append((now, self.locked))

    def skip(self) -> None:
        """An event the rules could not judge is not folded either: the state before it stands."""
        self.folded_all = False
        self.history.append((self.state.state, self.locked))


# The checks of each kind of event beyond its state, its clock and its fold (a kind not named
# has none); a KeyError, TypeError, ValueError or AttributeError in one makes the event malformed.
_KIND_CHECKS: dict[str, Callable[[_Replay, Event, frozenset[str]], None]] = {
    **{kind: _Replay.check_candidate for kind in CANDIDATE_KINDS},
    "timed_out": _Replay.check_time_out, "paused": _Replay.check_pause, "extended": _Replay.check_extension}
