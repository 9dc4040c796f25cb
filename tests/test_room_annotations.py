"""Highlights and struck-out options over the testing room (real TLS on loopback): a seat's
candidate screen marks a question, the station stores the mark as the seat sent it, a spare seat
taking the candidate over shows the marks again, and the station refuses marks in any other form
or after the end, as it refuses answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from app.domain.annotations import Annotation
from app.domain.attempt import AttemptRefused, apply
from app.services.room_attempt import RoomAttempt
from tests.conftest import RELEASE_CODE
from tests.passage_helpers import PASSAGE, PASSAGE_EXAM, passage_source
from tests.test_history_rules import sitting
from tests.room_helpers import connect_seat, open_session, pair_seat, supervised_seat, wait_for


def _stored_marks(world, attempt_id: str) -> list[dict]:
    return [e.data for e in world.center.delivery.events(attempt_id) if e.kind == "annotated"]


def test_a_seat_screen_marks_and_the_station_keeps_them(qtbot, world, tmp_path) -> None:
    window, _ended, attempt_id, seat, _opened = supervised_seat(qtbot, world, tmp_path / "seat")
    try:
        candidate = window.exam_window
        candidate.welcome.identity_box.setChecked(True)
        qtbot.mouseClick(candidate.welcome.start_button, Qt.MouseButton.LeftButton)
        candidate.navigation.go_to("q-single", confirmed=True)
        page = candidate.item_page
        qtbot.mouseClick(page.answer.strikes.rows["a"].strike, Qt.MouseButton.LeftButton)
        page.stem.setSelection(0, 5)
        qtbot.mouseClick(page.highlight_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session.attempt.station_has_everything, timeout=10000)
        assert _stored_marks(world, attempt_id) == [
            {"item_id": "q-single", "highlights": [], "struck": ["a"]},
            {"item_id": "q-single", "highlights": [[0, 5]], "struck": ["a"]}]
    finally:
        window.shutdown()
        seat.close()
        world.center.room.close()


def test_marks_move_with_the_candidate_to_a_spare_seat(open_room, tmp_path) -> None:
    room, attempts, world = open_room
    first, one = pair_seat(room, tmp_path / "seat-1", "Seat 1")
    spare, two = pair_seat(room, tmp_path / "seat-2", "Seat 2")
    room.assign(attempts[0], one["fingerprint"], "proctor")
    old = connect_seat(first)
    try:
        wait_for(lambda: (old.poll(), old.attempt is not None)[1], what="assignment")
        old.attempt.start()
        old.attempt.visit("q-multi")
        marks = Annotation(((3, 9),), frozenset({"b", "c"}))
        old.attempt.annotate("q-multi", marks)
        assert old.attempt.state.annotations == {"q-multi": marks}   # shown at once, journaled
        wait_for(lambda: (old.poll(), old.attempt.station_has_everything)[1], what="ack")
        room.move(attempts[0], two["fingerprint"], "proctor")
        wait_for(lambda: (old.poll(), old.attempt is None)[1], what="old seat told")
        new = connect_seat(spare)
        try:
            wait_for(lambda: (new.poll(), new.attempt is not None)[1], what="spare assignment")
            assert new.attempt.state.annotations == {"q-multi": marks}
        finally:
            new.stop()
    finally:
        old.stop()
        first.close()
        spare.close()


@pytest.mark.parametrize("data, why", [
    ({"item_id": "q-multi", "highlights": [[9, 3]], "struck": []}, "not in the expected form"),
    ({"item_id": "q-multi", "highlights": [], "struck": ["z"]}, "not in the expected form"),
    ({"item_id": "q-multi", "highlights": [], "struck": [], "response": "a"}, "may not record"),
    ({"stimulus_id": "battery-notes", "highlights": [[0, 5]]}, "not in the expected form"),   # not this exam's
])
def test_the_station_refuses_marks_in_any_other_form(open_room, tmp_path, data, why) -> None:
    room, attempts, world = open_room
    seat, pairing = pair_seat(room, tmp_path / "seat", "Seat 1")
    room.assign(attempts[0], pairing["fingerprint"], "proctor")
    session = connect_seat(seat)
    try:
        wait_for(lambda: (session.poll(), session.attempt is not None)[1], what="assignment")
        attempt = session.attempt
        attempt.start()
        wait_for(lambda: (session.poll(), attempt.station_has_everything)[1], what="ack")
        record = {"n": attempt.next_n, "kind": "annotated", "data": data,
                  "elapsed_ms": attempt.timer.elapsed_ms(), "basis": attempt.committed.last_seq}
        attempt.next_n += 1
        attempt.link.send({"type": "events", "attempt": attempt.attempt_id, "lease": attempt.lease,
                           "events": [record]})
        wait_for(lambda: (session.poll(), any(e.kind == "incident" for e in world.center.delivery.events(attempts[0])))[1],
                 what="refusal")
        incident = next(e.data for e in world.center.delivery.events(attempts[0]) if e.kind == "incident")
        assert why in incident["description"] and incident["refused_kind"] == "annotated"
        assert incident["note"] == "action_not_taken" and why in incident["reason"]
        assert _stored_marks(world, attempts[0]) == []
        attempt.submit()
        with pytest.raises(AttemptRefused, match="already been submitted"):
            attempt.annotate(attempt.state.current_item, Annotation(((0, 1),)))
    finally:
        session.stop()
        seat.close()


# -- a shared passage's highlights (the stimulus form) at the station -------------------------------

def _station_attempt(history) -> RoomAttempt:
    attempt = RoomAttempt.load("att-1", PASSAGE_EXAM, [(event, None) for event in history.events], 0, lambda: 0.0)
    attempt.timer.start()
    return attempt


def _sent(attempt: RoomAttempt, data: dict) -> dict:
    return {"kind": "annotated", "data": data, "basis": attempt.state.last_seq, "elapsed_ms": 45_000}


def test_the_station_keeps_a_seats_passage_highlights_as_sent() -> None:
    attempt = _station_attempt(sitting())
    data = {"stimulus_id": PASSAGE.id, "highlights": [[0, 5]]}
    event = attempt.seat_event("lease-1", _sent(attempt, data), datetime.now(timezone.utc))
    assert event.kind == "annotated" and event.data == data
    apply(attempt.state, event)
    assert attempt.state.stimulus_annotations == {PASSAGE.id: Annotation(((0, 5),))}


@pytest.mark.parametrize("data, code", [
    ({"stimulus_id": "not-a-passage", "highlights": [[0, 5]]}, "bad_annotation"),
    ({"stimulus_id": PASSAGE.id, "highlights": [[5, 0]]}, "bad_annotation"),
    ({"stimulus_id": PASSAGE.id, "highlights": [], "struck": []}, "bad_annotation"),
    ({"stimulus_id": PASSAGE.id, "highlights": [], "item_id": "q-single"}, "bad_annotation"),
    ({"stimulus_id": PASSAGE.id, "highlights": [], "on": True}, "not_from_seat"),
])
def test_the_station_refuses_passage_marks_in_any_other_form(data, code) -> None:
    attempt = _station_attempt(sitting())
    with pytest.raises(AttemptRefused) as refused:
        attempt.seat_event("lease-1", _sent(attempt, data), datetime.now(timezone.utc))
    assert refused.value.code == code


def test_the_station_refuses_passage_marks_once_its_questions_section_closed() -> None:
    closed = (sitting().add("section_left", 50, section_id="A1", lock=True)
              .add("visited", 50, item_id="q-order", section_id="A2"))
    attempt = _station_attempt(closed)
    with pytest.raises(AttemptRefused) as refused:
        attempt.seat_event("lease-1", _sent(attempt, {"stimulus_id": PASSAGE.id, "highlights": [[0, 5]]}),
                           datetime.now(timezone.utc))
    assert refused.value.code == "section_closed"


def test_passage_highlights_go_from_a_seat_to_the_station_and_move_to_a_spare_seat(world, tmp_path) -> None:
    package = tmp_path / "passage.exampkg"
    world.body.packages.build(passage_source(tmp_path), [world.center_file], package, RELEASE_CODE)
    opened, session, attempts = open_session(replace(world, package=package), 1)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    first, one = pair_seat(room, tmp_path / "seat-1", "Seat 1")
    spare, two = pair_seat(room, tmp_path / "seat-2", "Seat 2")
    room.assign(attempts[0], one["fingerprint"], "proctor")
    old = connect_seat(first)
    try:
        wait_for(lambda: (old.poll(), old.attempt is not None)[1], what="assignment")
        old.attempt.start()
        old.attempt.visit("q-single")
        marks = Annotation(((0, 5), (19, 22)))
        old.attempt.annotate_stimulus(PASSAGE.id, marks)
        assert old.attempt.state.stimulus_annotations == {PASSAGE.id: marks}   # shown at once, journaled
        with pytest.raises(AttemptRefused, match="not on this form"):
            old.attempt.annotate_stimulus("not-a-passage", marks)
        wait_for(lambda: (old.poll(), old.attempt.station_has_everything)[1], what="ack")
        assert _stored_marks(world, attempts[0]) == [{"stimulus_id": PASSAGE.id, "highlights": [[0, 5], [19, 22]]}]
        room.move(attempts[0], two["fingerprint"], "proctor")
        wait_for(lambda: (old.poll(), old.attempt is None)[1], what="old seat told")
        new = connect_seat(spare)
        try:
            wait_for(lambda: (new.poll(), new.attempt is not None)[1], what="spare assignment")
            assert new.attempt.state.stimulus_annotations == {PASSAGE.id: marks}
        finally:
            new.stop()
    finally:
        old.stop()
        first.close()
        spare.close()
        world.center.room.close()
