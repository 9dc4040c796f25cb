"""The body's replay of the attempt rules on hand-written histories: one crafted violation per
rule, the seat's `basis` events, the fold of late events, and random histories never crash it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.annotations import Annotation
from app.domain.attempt import ALLOWED, PAUSED, VOIDED, Event, compute_limits, replay
from app.domain.history_rules import check_history
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM
from tests.passage_helpers import PASSAGE, PASSAGE_EXAM

EXAM = load_exam_source(MINI_EXAM)   # 20 minutes; section A1 10 minutes and closed on leaving, A2 untimed
START = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)


class History:
    """An attempt's events written by hand. Exam time in seconds; the wall clock moves with exam
    time unless a step says otherwise (`wall=`: seconds since creation)."""

    def __init__(self, multiplier: float = 1.0, rest_breaks: int = 0, form_id: str = "A", **created) -> None:
        form = EXAM.form("A")
        limits = compute_limits(20, {s.id: s.minutes for s in form.sections}, multiplier).to_data()
        data = {"form_id": form_id, "seed": 7, "limits": limits,
                "accommodations": {"time_multiplier": multiplier, "rest_breaks": rest_breaks, "text_scale": 100}}
        self.events = [Event(1, "created", 0, START.isoformat(), {**data, **created})]
        self.exam_s = self.wall_s = 0.0

    def add(self, kind: str, exam_s: float, wall: float | None = None, **data) -> "History":
        self.wall_s = self.wall_s + (exam_s - self.exam_s) if wall is None else wall
        self.exam_s = exam_s
        at = (START + timedelta(seconds=self.wall_s)).isoformat(timespec="milliseconds")
        self.events.append(Event(len(self.events) + 1, kind, round(exam_s * 1000), at, data))
        return self

    def answer(self, exam_s: float, item_id: str, **extra) -> "History":
        return self.add("answered", exam_s, item_id=item_id, response="b", **extra)


def sitting() -> History:
    """A candidate who started, answered one item in section A1 and moved on to the next."""
    return (History().add("started", 0).add("visited", 0, item_id="q-single", section_id="A1")
            .answer(30, "q-single").add("visited", 40, item_id="q-multi", section_id="A1"))


def rules(history: History | list[Event]) -> set[str]:
    events = history.events if isinstance(history, History) else history
    return {f.rule for f in check_history(events, EXAM)}


def test_a_history_a_station_writes_has_no_findings() -> None:
    history = (sitting().add("paused", 100, reason="noise", by="proctor").add("resumed", 100, wall=700, by="proctor")
               .add("extended", 100, ms=300_000, reason="noise", by="proctor")
               .add("section_left", 200, section_id="A1", lock=True).add("visited", 200, item_id="q-order",
                                                                         section_id="A2")
               .answer(1380, "q-order").add("timed_out", 1500))
    assert check_history(history.events, EXAM) == []


def test_the_issue_case_an_answer_at_minute_600_after_the_time_out() -> None:
    history = sitting().add("section_left", 60, section_id="A1", lock=True).add(
        "visited", 60, item_id="q-order", section_id="A2").add("timed_out", 1200).answer(36_000, "q-order")
    findings = check_history(history.events, EXAM)
    assert {f.rule for f in findings} >= {"state", "exam_time", "stopped_clock"}
    assert findings[0].line() == "event 9: An answer while the attempt was timed out: the attempt's rules do not allow it."
    assert any("at 600.0 min of exam time, after the exam time ended at 20.0 min" in f.reason for f in findings)


def test_events_must_be_numbered_one_after_another() -> None:
    history = sitting()
    history.events[-1] = replace(history.events[-1], seq=7)
    assert rules(history) == {"sequence"}


def test_the_first_event_creates_the_attempt_at_no_time_used() -> None:
    assert rules(sitting().events[1:]) == {"first_event", "sequence"}
    created = sitting().events
    created[0] = replace(created[0], elapsed_ms=5_000)
    assert rules(created) == {"first_event", "time_order"}
    assert rules(History(limits=None).add("started", 0)) == {"first_event"}


def test_items_and_forms_belong_to_the_exam() -> None:
    assert rules(History(form_id="Z").add("started", 0)) == {"form"}
    assert rules(sitting().answer(50, "q-from-elsewhere")) == {"form"}
    assert rules(sitting().add("visited", 50, item_id="q-tf", section_id="A2")) == {"form"}


def test_limits_are_the_exams_for_the_candidates_multiplier() -> None:
    assert rules(History(multiplier=1.5).add("started", 0)) == set()
    doubled = compute_limits(40, {"A1": 20}, 1.0).to_data()
    assert rules(History(limits=doubled).add("started", 0)) == {"limits"}


def test_the_state_machine_allows_each_event() -> None:
    assert rules(sitting().add("submitted", 50).answer(50, "q-tf")) == {"state"}
    assert rules(sitting().add("started", 50)) == {"state"}
    assert rules(sitting().add("teleported", 50)) == {"state"}
    assert rules(sitting().add("created", 50, form_id="A", seed=1, limits={})) == {"state"}


def test_exam_time_never_goes_back() -> None:
    assert rules(sitting().answer(20, "q-multi")) == {"time_order"}


def test_no_exam_time_passes_while_paused() -> None:
    paused = sitting().add("paused", 60, reason="alarm", by="proctor")
    assert rules(paused.add("resumed", 61.5, wall=600, by="proctor")) == set()
    again = sitting().add("paused", 60, reason="alarm", by="proctor")
    assert rules(again.add("resumed", 300, wall=600, by="proctor")) == {"stopped_clock"}
    assert rules(History().add("extended", 90, ms=60_000, reason="late bus", by="proctor")) == {"stopped_clock"}


def test_exam_time_never_runs_faster_than_the_clock() -> None:
    assert rules(sitting().add("flagged", 400, wall=60, item_id="q-multi", on=True)) == {"clock_rate"}
    assert rules(sitting().add("flagged", 41.5, wall=40, item_id="q-multi", on=True)) == set()


def test_candidate_actions_end_with_the_exam_time_and_its_extensions() -> None:
    in_a2 = sitting().add("section_left", 60, section_id="A1", lock=True).add(
        "visited", 60, item_id="q-order", section_id="A2")
    assert rules(in_a2.answer(1201, "q-order")) == set()  # within the grace of a screen's tick
    assert rules(in_a2.answer(1_260, "q-order")) == {"exam_time"}
    extended = sitting().add("extended", 50, ms=300_000, reason="projector", by="proctor").add(
        "section_left", 60, section_id="A1", lock=True).add("visited", 60, item_id="q-order", section_id="A2")
    assert rules(extended.answer(1_260, "q-order").add("submitted", 1_490)) == set()


def test_candidate_actions_in_a_section_end_with_its_time() -> None:
    assert rules(sitting().answer(660, "q-multi")) == {"section_time"}
    assert rules(sitting().add("section_left", 640, section_id="A1", lock=True)) == {"section_time"}


def test_time_outs_happen_at_the_limit() -> None:
    assert rules(sitting().add("timed_out", 300)) == {"time_out"}
    assert rules(sitting().add("section_left", 200, section_id="A1", lock=True, timed_out=True)) == {"time_out"}
    assert rules(sitting().add("section_left", 600, section_id="A1", lock=True, timed_out=True)) == set()
    untimed = replace(EXAM, timing=replace(EXAM.timing, exam_minutes=None))
    events = History(limits={"exam_ms": None, "section_ms": {"A1": 600_000}}).add("started", 0).add(
        "timed_out", 60).events
    assert {f.rule for f in check_history(events, untimed)} == {"time_out"}


def test_a_closed_section_is_not_opened_again() -> None:
    left = sitting().add("section_left", 60, section_id="A1", lock=True).add(
        "visited", 60, item_id="q-order", section_id="A2")
    assert rules(left.add("visited", 70, item_id="q-tf", section_id="A1").answer(80, "q-tf")) == {"locked_section"}


def test_rest_breaks_within_those_granted() -> None:
    def two_breaks(granted: int) -> History:
        history = History(rest_breaks=granted).add("started", 0)
        for start in (60, 120):
            history.add("paused", start, reason="rest break", by="candidate", rest_break=True)
            history.add("resumed", start, wall=history.wall_s + 300, by="candidate")
        return history
    assert rules(two_breaks(2)) == set()
    assert rules(two_breaks(1)) == {"rest_breaks"}


def test_an_extension_adds_time() -> None:
    assert rules(sitting().add("extended", 50, ms=-60_000, reason="oops", by="proctor")) == {"extension"}


def test_unreadable_events_are_findings_not_crashes() -> None:
    history = sitting()
    history.events.append(Event(6, "answered", 50_000, "yesterday", {"item_id": "q-tf", "response": "b"}))
    history.events.append(Event(7, "answered", 50_000, history.events[4].at, ["q-tf"]))  # type: ignore[arg-type]
    history.events.append(Event(8, "answered", 50_000, history.events[4].at, {"response": "b"}))
    findings = check_history(history.events, EXAM)
    assert [f.seq for f in findings] == [6, 7, 8] and {f.rule for f in findings} == {"malformed"}


# -- a seat's event based on an earlier one -------------------------------------------------------------

def test_an_answer_made_before_the_pause_reached_the_seat_is_valid() -> None:
    history = sitting().add("paused", 60, reason="alarm", by="proctor")
    late = Event(7, "answered", 61_000, history.events[-1].at, {"item_id": "q-multi", "response": ["a"], "basis": 5})
    assert check_history(history.events + [late], EXAM) == []
    state = replay(history.events + [late])
    assert state.state == PAUSED and state.responses["q-multi"] == ["a"]
    assert state.section_elapsed_ms["A1"] == 61_000  # the seat's working time counts toward its section
    unbased = Event(7, "answered", 60_000, late.at, {"item_id": "q-multi", "response": ["a"]})
    assert rules(history.events + [unbased]) == {"state"}


def test_a_based_event_may_be_five_seconds_behind() -> None:
    history = sitting().add("paused", 60, reason="alarm", by="proctor")
    at = history.events[-1].at

    def late(elapsed_ms: int) -> list[Event]:
        return history.events + [Event(7, "flagged", elapsed_ms, at, {"item_id": "q-multi", "on": True, "basis": 5})]
    assert rules(late(55_500)) == set()
    assert rules(late(54_000)) == {"time_order"}


def test_only_a_candidates_actions_may_be_based_on_an_earlier_event() -> None:
    history = sitting()
    at = history.events[-1].at
    assert rules(history.events + [Event(6, "paused", 40_000, at, {"by": "proctor", "basis": 3})]) == {"basis"}
    assert rules(history.events + [Event(6, "flagged", 40_000, at, {"item_id": "q-tf", "on": True,
                                                                      "basis": 6})]) == {"basis"}


def test_a_late_submission_does_not_undo_a_void() -> None:
    history = sitting().add("voided", 50, reason="phone", by="proctor")
    late = Event(7, "submitted", 49_000, history.events[-1].at, {"basis": 5})
    assert check_history(history.events + [late], EXAM) == []
    assert replay(history.events + [late]).state == VOIDED


# -- anything at all -----------------------------------------------------------------------------------

values = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(), st.text(max_size=8),
                   st.lists(st.integers(), max_size=3), st.sampled_from(["A", "A1", "A2", "q-tf", "q-single"]))
fuzzed_event = st.builds(
    Event, seq=st.integers(-2, 12), kind=st.sampled_from([*ALLOWED, "created", "teleported"]),
    elapsed_ms=st.one_of(st.integers(-10**6, 10**9), st.just("12")),
    at=st.one_of(st.just(START.isoformat()), st.text(max_size=30)),
    data=st.one_of(st.dictionaries(st.sampled_from(["item_id", "section_id", "response", "on", "lock", "ms",
                                                    "basis", "rest_break", "timed_out", "form_id", "seed",
                                                    "limits", "accommodations"]), values, max_size=5),
                   st.lists(values, max_size=2)))


@settings(max_examples=300, deadline=None)
@given(st.lists(fuzzed_event, max_size=12), st.booleans())
def test_any_history_gives_findings_never_an_error(events: list[Event], after_a_valid_start: bool) -> None:
    history = (sitting().events if after_a_valid_start else []) + events
    findings = check_history(history, EXAM)
    assert all(f.rule and f.reason for f in findings)


# -- a shared passage's highlights (the stimulus form of `annotated`) ----------------------------------

def passage_marked(history: History, exam_s: float, **data) -> History:
    return history.add("annotated", exam_s, **{"stimulus_id": PASSAGE.id, "highlights": [[0, 5]], **data})


def passage_rules(history: History) -> set[str]:
    return {f.rule for f in check_history(history.events, PASSAGE_EXAM)}


def test_passage_highlights_while_the_exam_runs_are_no_finding() -> None:
    history = passage_marked(passage_marked(sitting(), 45), 46, highlights=[[0, 5], [9, 12]]).add("submitted", 60)
    assert check_history(history.events, PASSAGE_EXAM) == []
    assert replay(history.events).stimulus_annotations == {PASSAGE.id: Annotation(((0, 5), (9, 12)))}
    assert replay(passage_marked(sitting(), 45, highlights=[]).events).stimulus_annotations == {}
    seat = passage_marked(sitting().add("paused", 100, reason="noise", by="proctor"), 100, basis=5)
    assert passage_rules(seat) == set()   # made before the pause reached the seat


def test_a_malformed_or_misplaced_passage_mark_holds_the_attempt() -> None:
    """Each is a finding (held for a person), never an error and never passed."""
    assert passage_rules(passage_marked(sitting(), 45, highlights=[[4, 2]])) == {"malformed"}
    assert passage_rules(passage_marked(sitting(), 45, struck=["a"])) == {"malformed"}
    assert passage_rules(passage_marked(sitting(), 45, item_id="q-single", struck=[])) == {"malformed"}
    assert passage_rules(passage_marked(sitting(), 45, stimulus_id=7)) == {"malformed"}
    assert passage_rules(passage_marked(sitting(), 45, stimulus_id="not-a-passage")) == {"form"}
    assert rules(passage_marked(sitting(), 45)) == {"form"}               # an exam without that passage
    assert passage_rules(passage_marked(sitting().add("submitted", 60), 60)) == {"state"}
    closed = (sitting().add("section_left", 50, section_id="A1", lock=True)
              .add("visited", 50, item_id="q-order", section_id="A2"))
    assert passage_rules(passage_marked(closed, 55)) == {"locked_section"}   # only A1's questions cite it
    too_late = (sitting().add("section_left", 50, section_id="A1", lock=False)
                .add("visited", 50, item_id="q-order", section_id="A2"))
    assert passage_rules(passage_marked(too_late, 1300)) == {"exam_time"}
    findings = check_history(passage_marked(sitting(), 45, stimulus_id="not-a-passage").events, PASSAGE_EXAM)
    assert findings[0].reason == "Stimulus 'not-a-passage' is not shown on the attempt's form A."


fuzzed_mark = st.builds(
    Event, seq=st.just(6), kind=st.just("annotated"), elapsed_ms=st.just(45_000), at=st.just(START.isoformat()),
    data=st.dictionaries(st.sampled_from(["stimulus_id", "item_id", "highlights", "struck", "basis"]),
                         st.one_of(values, st.sampled_from([PASSAGE.id, [[0, 5]], [[5, 0]], []])), max_size=4))


@settings(max_examples=200, deadline=None)
@given(fuzzed_mark)
def test_any_mark_gives_findings_never_an_error(event: Event) -> None:
    findings = check_history(sitting().events + [event], PASSAGE_EXAM)
    assert all(f.rule and f.reason for f in findings)
