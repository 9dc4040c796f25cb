"""The domain rules under the candidate screens (no Qt): whether a response is complete, the
state of every question, why an attempt is paused, and what is decided after the written test."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.domain.attempt import (
    PAUSE_BY_PROCTOR, PAUSE_FOR_BREAK, PAUSE_INTERRUPTED, AttemptState, Event, apply, replay,
)
from app.domain.exam import Blank, Item
from app.domain.composite import Both, Component, Either, Not, evaluate, evaluate_known, parse_rule
from app.domain.plan import AttemptPlan
from app.domain.progress import ANSWERED, INCOMPLETE, NOT_ANSWERED, question_states, response_status, summary
from app.domain.scoring import key_response, score_form
from app.domain.standing import NOT_PASSED, PASSED, PENDING, standing
from tests.candidate_helpers import EXAM

MATCHING = EXAM.item("q-match")


def test_a_matching_item_with_some_terms_matched_is_incomplete() -> None:
    key = dict(key_response(MATCHING))
    premises = list(key)
    assert response_status(MATCHING, key) == ANSWERED
    assert response_status(MATCHING, {premises[0]: key[premises[0]]}) == INCOMPLETE
    assert response_status(MATCHING, {p: None for p in premises}) == NOT_ANSWERED
    assert response_status(MATCHING, None) == NOT_ANSWERED
    assert response_status(MATCHING, {"not-a-premise": "x"}) == NOT_ANSWERED   # nothing it asks for
    assert response_status(MATCHING, "garbage") == NOT_ANSWERED


def test_one_part_items_are_answered_or_not() -> None:
    for item in EXAM.items:
        if item.type not in ("matching", "cloze"):
            response = key_response(item) or "some words"
            assert response_status(item, response) == ANSWERED, item.id
            assert response_status(item, None) == NOT_ANSWERED


def test_a_cloze_item_counts_its_blanks() -> None:
    cloze = Item("c", "cloze", "d", "The [1] and the [2].",
                 blanks=(Blank("b1", "text", answers=("a",)), Blank("b2", "choice", key="o1")))
    assert response_status(cloze, {"b1": "x"}) == INCOMPLETE
    assert response_status(cloze, {"b1": "x", "b2": "o1"}) == ANSWERED
    assert response_status(cloze, {"b1": "  "}) == NOT_ANSWERED   # blank text is no answer


def _plan_and_state(events: list[tuple[str, dict]]) -> tuple[AttemptPlan, AttemptState]:
    form = EXAM.forms[0]
    made = [Event(1, "created", 0, "2026-01-01T10:00:00+00:00",
                  {"form_id": form.id, "seed": 3, "limits": {"exam_ms": None, "section_ms": {}}})]
    for n, (kind, data) in enumerate(events, start=2):
        made.append(Event(n, kind, n * 1000, f"2026-01-01T10:00:{n:02d}+00:00", data))
    state = replay(made)
    return AttemptPlan.build(EXAM, form.id, 3), state


def test_every_question_has_its_state_in_the_candidates_order() -> None:
    plan, _ = _plan_and_state([])
    first, second, third = plan.item_ids[:3]
    section = plan.section_of(first)
    partial = {next(iter(key_response(MATCHING))): next(iter(key_response(MATCHING).values()))}
    plan, state = _plan_and_state([
        ("started", {}), ("visited", {"item_id": first, "section_id": section}),
        ("answered", {"item_id": first, "response": key_response(EXAM.item(first))}),
        ("flagged", {"item_id": first, "on": True}),
        ("visited", {"item_id": second, "section_id": section}),
        ("answered", {"item_id": "q-match", "response": partial})])
    states = {q.item_id: q for q in question_states(plan, state)}
    assert [q.number for q in question_states(plan, state)] == list(range(1, len(plan.item_ids) + 1))
    assert states[first].answer == ANSWERED and states[first].flagged and states[first].seen
    assert states[second].answer == NOT_ANSWERED and states[second].seen and not states[second].flagged
    assert not states[third].seen or third == "q-match"
    assert states["q-match"].answer == INCOMPLETE and states["q-match"].needs_attention
    counts = summary(list(states.values()))
    assert counts == {ANSWERED: 1, INCOMPLETE: 1, NOT_ANSWERED: len(plan.item_ids) - 2, "flagged": 1}


def test_the_attempt_remembers_why_it_paused() -> None:
    _, state = _plan_and_state([("started", {}), ("paused", {"reason": "fire alarm", "by": "pat"})])
    assert state.pause_cause == PAUSE_BY_PROCTOR and state.paused_at.startswith("2026-01-01T10:00:03")
    _, state = _plan_and_state([("started", {}), ("paused", {"reason": "rest break", "by": "candidate",
                                                             "rest_break": True})])
    assert state.pause_cause == PAUSE_FOR_BREAK and state.on_break
    _, state = _plan_and_state([("started", {}), ("interrupted", {"policy": "pause"})])
    assert state.pause_cause == PAUSE_INTERRUPTED
    # the screen died while the proctor had paused: the candidate still waits for the proctor
    _, state = _plan_and_state([("started", {}), ("paused", {"reason": "x", "by": "pat"}),
                                ("interrupted", {"policy": "pause"})])
    assert state.pause_cause == PAUSE_BY_PROCTOR
    # an old interruption, resumed by the proctor, then a proctor's pause: not "interrupted"
    _, state = _plan_and_state([("started", {}), ("interrupted", {"policy": "pause"}),
                                ("resumed", {"by": "pat"}), ("paused", {"reason": "x", "by": "pat"})])
    assert state.pause_cause == PAUSE_BY_PROCTOR
    _, state = _plan_and_state([("started", {}), ("paused", {"reason": "x", "by": "pat"}), ("resumed", {})])
    assert state.pause_cause == "" and state.paused_at == ""


def test_after_the_written_test_only_what_is_settled_is_called_decided() -> None:
    form = EXAM.forms[0]
    everything = {i: key_response(EXAM.item(i)) for i in form.item_ids}
    result = score_form(EXAM, form, everything)            # 10 of 11 points before the examiner
    assert standing(EXAM, result).written == PASSED and standing(EXAM, result).credential == PENDING
    assert standing(EXAM, result).pending_answers == 1 and standing(EXAM, result).pending_points == 1
    assert standing(EXAM, result).checklists == ("mini-check",)
    six = {i: everything[i] for i in ("q-single", "q-multi", "q-tf", "q-num", "q-order")}
    assert standing(EXAM, score_form(EXAM, form, six)).written == PENDING   # 6 + 1 of 11 could reach 60 %
    nothing = standing(EXAM, score_form(EXAM, form, {}))
    assert nothing.written == NOT_PASSED and nothing.credential == NOT_PASSED   # written AND checklist
    assert nothing.pending_answers == 1   # the caller did not say what was answered
    blank = score_form(EXAM, form, {i: r for i, r in everything.items() if i != "q-manual"})
    assert standing(EXAM, blank, answered=set(everything) - {"q-manual"}).pending_answers == 0
    assert standing(EXAM, blank, answered=set(everything)).pending_answers == 1
    close = {i: everything[i] for i in ("q-single", "q-multi", "q-tf", "q-num", "q-order")}
    # the written answer left blank: 6 of 11 is decided, not waiting for an examiner
    assert standing(EXAM, score_form(EXAM, form, close), answered=set(close)).written == NOT_PASSED
    assert standing(EXAM, result, {"mini-check": True}).credential == PASSED
    assert standing(EXAM, result, {"mini-check": False}).credential == NOT_PASSED
    written_only = replace(EXAM, scoring=replace(EXAM.scoring, composite="written"))
    assert standing(written_only, result).checklists == () and standing(written_only, result).credential == PASSED


rules = st.recursive(
    st.sampled_from([Component("written"), Component("checklist:a"), Component("checklist:b")]),
    lambda inner: st.one_of(st.builds(Not, inner), st.builds(Both, inner, inner), st.builds(Either, inner, inner)),
    max_leaves=8)
NAMES = ("written", "checklist:a", "checklist:b")


@given(rule=rules, known=st.fixed_dictionaries({n: st.sampled_from([True, False, None]) for n in NAMES}))
def test_a_partly_known_rule_is_decided_only_when_every_completion_agrees(rule, known) -> None:
    verdict = evaluate_known(rule, known)
    unknown = [n for n in NAMES if known[n] is None]
    completions = {evaluate(rule, {**known, **dict(zip(unknown, values, strict=True))})
                   for values in itertools.product([True, False], repeat=len(unknown))}
    if verdict is not None:
        assert completions == {verdict}
    if not unknown:
        assert verdict == evaluate(rule, known)


def test_the_composite_rules_in_the_samples_read_as_pending_until_the_checklist() -> None:
    rule = parse_rule("written AND checklist:x")
    assert evaluate_known(rule, {"written": True}) is None
    assert evaluate_known(rule, {"written": False}) is False
    assert evaluate_known(parse_rule("written OR checklist:x"), {"written": True}) is True


def test_visiting_a_question_marks_it_seen() -> None:
    state = AttemptState()
    apply(state, Event(1, "visited", 0, "2026-01-01T10:00:00+00:00", {"item_id": "q-tf", "section_id": "A1"}))
    assert state.seen == {"q-tf"}


json_like = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
                         lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                                      max_size=4),
                         max_leaves=10)
ITEMS = list(EXAM.items) + [Item("c", "cloze", "d", "The [1].", blanks=(Blank("b1", "text", answers=("a",)),))]


@given(index=st.integers(0, len(ITEMS) - 1), response=json_like)
def test_any_stored_response_has_a_status_and_never_raises(index, response) -> None:
    """Responses come from the database (and, at a seat, over the wire): whatever is stored, the
    navigator gets a state, and a map that names none of the item's parts is not an answer."""
    item = ITEMS[index]
    status = response_status(item, response)
    assert status in (ANSWERED, INCOMPLETE, NOT_ANSWERED)
    if response is None:
        assert status == NOT_ANSWERED
    if item.type in ("matching", "cloze") and status == ANSWERED:
        assert isinstance(response, dict)
