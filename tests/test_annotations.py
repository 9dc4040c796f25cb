"""Highlights and struck-out options as attempt events: the decoder takes only the canonical form
and never fails any other way (hypothesis), the edits keep that form, replay keeps the latest
marks per question, and the body's rules accept marks made while the exam runs, refuse them
after it ended, and never score them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.annotations import (
    MAX_HIGHLIGHTS, MAX_POSITION, Annotation, AnnotationMalformed, annotation_from_data, marks_a_stimulus,
    stimulus_marks_from_data,
)
from app.domain.attempt import replay
from app.domain.history_rules import check_history
from app.domain.results import attempt_result
from tests.test_history_rules import EXAM, History, rules, sitting

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, MAX_POSITION + 5) | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)
spans = st.tuples(st.integers(0, 300), st.integers(0, 300))
edits = st.lists(st.one_of(st.tuples(st.just("highlight"), spans), st.tuples(st.just("strike"), st.sampled_from("abcd")),
                           st.tuples(st.just("clear"), st.none())), max_size=30)


def marked(**data) -> dict:
    return {"item_id": "q-single", "highlights": [], "struck": [], **data}


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_any_data_decodes_or_is_refused_as_malformed(data) -> None:
    try:
        item_id, annotation = annotation_from_data(data)
    except AnnotationMalformed:
        return
    assert annotation_from_data(annotation.to_data(item_id)) == (item_id, annotation)


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({"item_id": st.text(min_size=1, max_size=8),
                              "highlights": st.lists(st.lists(st.integers(-2, 400), min_size=0, max_size=3), max_size=6),
                              "struck": st.lists(st.text(max_size=3), max_size=5)}))
def test_near_miss_shapes_decode_only_in_canonical_form(data) -> None:
    try:
        item_id, annotation = annotation_from_data(data)
    except AnnotationMalformed:
        return
    assert annotation.to_data(item_id) == data   # accepted only as the station writes it


@settings(max_examples=300, deadline=None)
@given(edits)
def test_every_edit_keeps_the_canonical_form(steps) -> None:
    annotation = Annotation()
    for what, value in steps:
        if what == "highlight":
            annotation = annotation.highlighted(*value)
        elif what == "strike":
            annotation = annotation.toggled(value)
        else:
            annotation = annotation.without_highlights()
        assert annotation_from_data(annotation.to_data("q")) == ("q", annotation)


@given(st.integers(0, 100), st.integers(1, 50))
def test_highlighting_a_highlight_again_removes_it(start: int, length: int) -> None:
    once = Annotation().highlighted(start, start + length)
    assert once.highlights == ((start, start + length),)
    assert once.highlighted(start, start + length) == Annotation()


def test_highlights_merge_and_split() -> None:
    marks = Annotation().highlighted(10, 20).highlighted(30, 40).highlighted(15, 32)
    assert marks.highlights == ((10, 40),)
    assert marks.highlighted(20, 25).highlights == ((10, 20), (25, 40))
    assert marks.highlighted(5, 5) == marks                 # nothing selected: nothing changes
    assert Annotation().highlighted(8, 3).highlights == ((3, 8),)


@pytest.mark.parametrize("data, why", [
    (marked(highlights=[[5, 3]]), "sorted ranges"),
    (marked(highlights=[[1, 4], [4, 6]]), "neither overlap nor touch"),
    (marked(highlights=[[1, 4], [2, 6]]), "neither overlap nor touch"),
    (marked(highlights=[[3, 3]]), "sorted ranges"),
    (marked(highlights=[[1, 2.0]]), "whole numbers"),
    (marked(highlights=[[True, 2]]), "whole numbers"),
    (marked(highlights=[[-1, 2]]), "whole numbers"),
    (marked(highlights=[[1, MAX_POSITION + 1]]), "whole numbers"),
    (marked(highlights=[[2 * i, 2 * i + 1] for i in range(MAX_HIGHLIGHTS + 1)]), "at most"),
    (marked(struck=["b", "a"]), "sorted"),
    (marked(struck=["a", "a"]), "each given once"),
    (marked(struck=[""]), "option ids"),
    (marked(item_id=""), "question id"),
    ({"item_id": "q", "highlights": []}, "needs"),
])
def test_malformed_marks_say_what_is_wrong(data, why) -> None:
    with pytest.raises(AnnotationMalformed, match=why):
        annotation_from_data(data)


def annotated(history: History, exam_s: float, item_id: str = "q-single", **data) -> History:
    return history.add("annotated", exam_s, **marked(item_id=item_id, **data))


def test_replay_keeps_the_latest_marks_of_each_question_and_forgets_cleared_ones() -> None:
    history = annotated(sitting(), 41, highlights=[[0, 5]], struck=["a"])
    history = annotated(history, 42, highlights=[[0, 5], [9, 12]], struck=["a"])
    history = annotated(history, 43, item_id="q-multi", struck=["c"])
    history = annotated(history, 44, item_id="q-multi")
    state = replay(history.events)
    assert state.annotations == {"q-single": Annotation(((0, 5), (9, 12)), frozenset({"a"}))}
    assert state.responses == {"q-single": "b"}


def test_marks_while_the_exam_runs_are_no_finding_and_score_nothing() -> None:
    plain = sitting().add("submitted", 60)
    history = annotated(annotated(sitting(), 45, highlights=[[0, 5]], struck=["a"]), 50, item_id="q-multi",
                        struck=["a", "c"]).add("submitted", 60)
    assert check_history(history.events, EXAM) == []
    assert attempt_result(EXAM, history.events, [], {}) == attempt_result(EXAM, plain.events, [], {})


def test_marks_based_on_an_earlier_event_are_a_candidates_action() -> None:
    history = sitting().add("paused", 100, reason="noise", by="proctor")
    annotated(history, 100, struck=["a"], basis=5)
    assert rules(history) == set()


def test_marks_after_submission_or_time_are_findings() -> None:
    after_submission = annotated(sitting().add("submitted", 60), 60, struck=["a"])
    assert rules(after_submission) == {"state"}
    findings = check_history(after_submission.events, EXAM)
    assert findings[0].reason.startswith("A highlight or struck-out option while the attempt was submitted")
    too_late = annotated(sitting().add("section_left", 50, section_id="A1", lock=False)
                         .add("visited", 50, item_id="q-order", section_id="A2"), 1300, item_id="q-order")
    assert rules(too_late) == {"exam_time"}


def test_marks_on_other_items_closed_sections_or_other_options_are_findings() -> None:
    assert rules(annotated(sitting(), 45, item_id="not-an-item")) == {"form"}
    assert rules(annotated(sitting(), 45, struck=["z"])) == {"annotation"}
    closed = (sitting().add("section_left", 50, section_id="A1", lock=True)
              .add("visited", 50, item_id="q-order", section_id="A2"))
    assert rules(annotated(closed, 55)) == {"locked_section"}
    assert rules(annotated(sitting(), 45, highlights=[[4, 2]])) == {"malformed"}


# -- the stimulus form: a shared passage's highlights -----------------------------------------------

def passage(**data) -> dict:
    return {"stimulus_id": "battery-notes", "highlights": [], **data}


@settings(max_examples=400, deadline=None)
@given(st.one_of(json_values, st.dictionaries(st.sampled_from(["stimulus_id", "item_id", "highlights", "struck"]),
                                              json_values, max_size=4)))
def test_any_data_decodes_as_a_stimulus_mark_or_is_refused_as_malformed(data) -> None:
    try:
        stimulus_id, annotation = stimulus_marks_from_data(data)
    except AnnotationMalformed:
        return
    assert not annotation.struck and marks_a_stimulus(data)
    assert stimulus_marks_from_data(annotation.to_stimulus_data(stimulus_id)) == (stimulus_id, annotation)


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({"stimulus_id": st.text(min_size=1, max_size=8),
                              "highlights": st.lists(st.lists(st.integers(-2, 400), max_size=3), max_size=6)}))
def test_near_miss_stimulus_shapes_decode_only_in_canonical_form(data) -> None:
    try:
        stimulus_id, annotation = stimulus_marks_from_data(data)
    except AnnotationMalformed:
        return
    assert annotation.to_stimulus_data(stimulus_id) == data


@settings(max_examples=200, deadline=None)
@given(edits)
def test_every_passage_edit_keeps_the_stimulus_form(steps) -> None:
    annotation = Annotation()
    for what, value in steps:
        if what == "highlight":
            annotation = annotation.highlighted(*value)
        elif what == "clear":
            annotation = annotation.without_highlights()
        data = annotation.to_stimulus_data("s")
        assert marks_a_stimulus(data) and stimulus_marks_from_data(data) == ("s", annotation)


@pytest.mark.parametrize("data, why", [
    (passage(highlights=[[5, 3]]), "sorted ranges"),
    (passage(highlights=[[1, 4], [4, 6]]), "neither overlap nor touch"),
    (passage(highlights=[[1, MAX_POSITION + 1]]), "whole numbers"),
    (passage(highlights=[[2 * i, 2 * i + 1] for i in range(MAX_HIGHLIGHTS + 1)]), "at most"),
    (passage(stimulus_id=""), "not a stimulus id"),
    (passage(stimulus_id="s" * 201), "not a stimulus id"),
    (passage(struck=[]), "not both"),
    (passage(item_id="q-single"), "not both"),
    ({"stimulus_id": "battery-notes"}, "needs stimulus_id and highlights"),
])
def test_malformed_passage_marks_say_what_is_wrong(data, why) -> None:
    with pytest.raises(AnnotationMalformed, match=why):
        stimulus_marks_from_data(data)


def test_the_item_form_refuses_a_stimulus_id() -> None:
    with pytest.raises(AnnotationMalformed, match="not both"):
        annotation_from_data(marked(stimulus_id="battery-notes"))
