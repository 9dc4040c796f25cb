"""The rules' quick step (a candidate's answer, move or flag that no rule could remark on, judged
with the fewest calls) gives exactly the verdicts and the folded state of the full step taken for
every event (`in_full`) on every history: a station's, one broken by hand, any at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.attempt import Event
from app.domain.history_rules import check_history_and_fold
from tests.passage_helpers import PASSAGE_EXAM
from tests.test_history_rules import EXAM, History, fuzzed_event, passage_marked, sitting, values


def _same(events: list[Event], exam=EXAM) -> None:
    findings, state = check_history_and_fold(events, exam)
    before, before_state = check_history_and_fold(events, exam, in_full=True)
    assert [f.to_data() for f in findings] == [f.to_data() for f in before]
    assert state == before_state


def _long_sitting() -> list[Event]:
    """A sitting through both sections, with a pause, a flag, a left section and a submission."""
    history = (sitting().add("flagged", 45, item_id="q-multi", on=True).answer(50, "q-multi")
               .add("paused", 60).add("resumed", 60, wall=200).add("section_left", 70, section_id="A1", lock=True)
               .add("visited", 75, item_id="q-tf", section_id="A2").answer(80, "q-tf")
               .add("extended", 81, ms=60_000).add("incident", 82, note="noise").add("submitted", 90))
    return history.events


EDITS = st.sampled_from(["drop", "repeat", "swap", "kind", "elapsed", "at", "data", "basis", "seq", "clock", "clock"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(EDITS, st.integers(0, 30), values, fuzzed_event), max_size=4))
def test_a_history_broken_anywhere_gets_the_same_verdicts(edits) -> None:
    events = _long_sitting()
    for edit, where, value, other in edits:
        i = where % len(events)
        event = events[i]
        if edit == "drop":
            events = events[:i] + events[i + 1:] or events
        elif edit == "repeat":
            events = events[:i + 1] + events[i:]
        elif edit == "swap" and i + 1 < len(events):
            events = events[:i] + [events[i + 1], event] + events[i + 2:]
        elif edit == "kind":
            events[i] = replace(event, kind=other.kind)
        elif edit == "elapsed":
            events[i] = replace(event, elapsed_ms=other.elapsed_ms)
        elif edit == "at":
            events[i] = replace(event, at=other.at)
        elif edit == "data" and isinstance(event.data, dict) and event.data:
            key = sorted(event.data)[where % len(event.data)]
            events[i] = replace(event, data={**event.data, key: value})
        elif edit == "basis":
            events[i] = replace(event, data={**event.data, "basis": value if where % 3 else where % 8})
        elif edit == "clock":  # the wall clock set back or on, exam time moved: the clock rules' edges
            moved = datetime.fromisoformat(event.at) + timedelta(seconds=where * 7 - 100)
            events[i] = replace(event, at=moved.isoformat(), elapsed_ms=event.elapsed_ms + (where - 10) * 1_500)
        elif edit == "seq":
            events[i] = replace(event, seq=other.seq)
        else:
            events[i] = other
    _same(events)


@settings(max_examples=300, deadline=None)
@given(st.lists(fuzzed_event, max_size=12), st.booleans())
def test_any_history_at_all_gets_the_same_verdicts(events: list[Event], after_a_valid_start: bool) -> None:
    _same((sitting().events if after_a_valid_start else []) + events)


def test_the_hand_written_violations_get_the_same_verdicts() -> None:
    _same(_long_sitting())
    _same(History(multiplier=1.5).add("started", 0).add("timed_out", 1_000).events)
    _same(History(rest_breaks=1).add("started", 0).add("paused", 5, rest_break=True).add("resumed", 5)
          .add("paused", 9, rest_break=True).add("extended", 10, ms=-5).add("extended", 11, ms="x").events)
    _same(sitting().add("answered", 2_000, item_id="q-single", response="a", basis=3).add("teleported", 2_001)
          .add("created", 2_002).events)
    _same([])


def test_the_edges_of_every_limit_get_the_same_verdicts() -> None:
    """The quick path's own checks at their edges, a millisecond either side: exam time (20
    minutes), section A1's (10 minutes), the clock's rate, exam time standing still or going back."""
    for offset in (-1, 0, 1):
        for kind in ("answered", "visited", "flagged"):
            data = {"item_id": "q-single", "section_id": "A1", "response": "b", "on": True}
            for at_s in (1_202 + offset / 1000, 602 + offset / 1000):  # 20 min + grace, 10 min + grace
                late = sitting().add(kind, at_s, **data)
                _same(late.events)
                _same(late.add("answered", at_s, item_id="q-tf", response=True).events)
        for wall in (28 + offset / 1000, 27, 10):  # exam time 30 s after 28 s of wall clock: the rate's edge
            _same(sitting().add("answered", 70, wall=40 + wall - 30 + 2, item_id="q-single", response="b").events)
        _same(sitting().add("answered", 40 + offset / 1000, item_id="q-single", response="b").events)
        _same(sitting().add("answered", 39.999, item_id="q-single", response="b").events)
    _same(sitting().add("section_left", 50, section_id="A1", lock=True)
          .add("answered", 51, item_id="q-multi", response=["a"]).add("flagged", 52, item_id="q-multi", on=True)
          .add("visited", 53, item_id="q-single", section_id="A1").events)
    _same(sitting().add("answered", 41, item_id="q-single").add("visited", 42, item_id="nope", section_id="A1")
          .add("visited", 43, item_id="q-tf", section_id="A1").add("flagged", 44, item_id=["q-tf"], on=True)
          .add("flagged", 45, item_id="q-tf").events)


def test_a_shared_passages_marks_get_the_same_verdicts() -> None:
    for data in ({}, {"highlights": [[4, 2]]}, {"struck": ["a"]}, {"stimulus_id": "elsewhere"}, {"basis": 5}):
        _same(passage_marked(sitting(), 45, **data).add("submitted", 60).events, PASSAGE_EXAM)
    closed = sitting().add("section_left", 50, section_id="A1", lock=True)
    _same(passage_marked(closed, 55).events, PASSAGE_EXAM)
