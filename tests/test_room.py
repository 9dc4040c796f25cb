"""The testing room over real TLS on loopback: pairing, a seat sitting an exam, the station
storing every acknowledged action once, the proctor's actions reaching the seat."""

from __future__ import annotations

import pytest

from tests.room_helpers import open_session, pair_seat, wait_for


@pytest.fixture
def room(world):
    opened, session, attempts = open_session(world, 3)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    yield room, attempts, world
    world.center.room.close()


def test_a_paired_seat_sits_an_exam_and_the_station_stores_every_answer(room, tmp_path):
    room, attempts, world = room
    seat, pairing = pair_seat(room, tmp_path / "seat1", "Seat 1")
    assert pairing["accepted"] and pairing["seat"] == pairing["station"]
    room.assign(attempts[0], pairing["fingerprint"], "proctor")
    session = seat.seat.connect()
    session.start()
    try:
        wait_for(lambda: session.poll() is not None and session.attempt is not None, what="assignment")
        attempt = session.attempt
        attempt.start()
        for item_id in attempt.plan.item_ids[:3]:
            attempt.visit(item_id)
            attempt.answer(item_id, "x")
        wait_for(lambda: (session.poll(), attempt.station_has_everything)[1], what="station ack")
        stored = world.center.delivery.repo.events(attempts[0])
        answered = [e for e in stored if e.kind == "answered"]
        assert [e.data["item_id"] for e in answered] == list(attempt.plan.item_ids[:3])
        # The proctor pauses from the console: the seat shows it.
        world.center.proctoring.pause(attempts[0], room.exam, "fire alarm", "proctor")
        wait_for(lambda: (session.poll(), attempt.state.state == "paused")[1], what="pause on the seat")
    finally:
        session.stop()
        seat.close()
