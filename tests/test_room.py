"""The testing room over real TLS on loopback: pairing, a seat sitting an exam, the station
storing every acknowledged action once, the proctor's actions reaching the seat."""

from __future__ import annotations

import shutil

import pytest

from app.services.home import Home
from app.services.room_station import StationRoom
from app.services.seat import SeatService
from tests.room_helpers import connect_seat, pair_seat, wait_for


def test_a_paired_seat_sits_an_exam_and_the_station_stores_every_answer(open_room, tmp_path):
    room, attempts, world = open_room
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
        stored = world.center.delivery.events(attempts[0])
        answered = [e for e in stored if e.kind == "answered"]
        assert [e.data["item_id"] for e in answered] == list(attempt.plan.item_ids[:3])
        # The proctor pauses from the console: the seat shows it.
        world.center.proctoring.pause(attempts[0], room.exam, "fire alarm", "proctor")
        wait_for(lambda: (session.poll(), attempt.state.state == "paused")[1], what="pause on the seat")
    finally:
        session.stop()
        seat.close()


def test_pairing_refusals_unpaired_machines_and_other_stations_get_nothing(open_room, tmp_path):
    room, attempts, world = open_room
    # The proctor sees a different code (a machine in the middle): refused, and the seat stays unpaired.
    seat, pairing = pair_seat(room, tmp_path / "seat-x", "Seat X", accept=False)
    assert not pairing["accepted"] and seat.seat.pairing() is None
    # A machine that copies the station's certificate without pairing is refused at the handshake.
    good, _ = pair_seat(room, tmp_path / "seat-1", "Seat 1")
    intruder = SeatService(Home.open(tmp_path / "intruder"))
    intruder.folder.mkdir(parents=True)
    shutil.copy(good.seat.folder / "station.json", intruder.folder / "station.json")
    session = intruder.connect()
    session.start()
    try:
        wait_for(lambda: any("certificate" in reason for _, _, reason in room.refusals), what="refusal")
        assert not session.connected and session.attempt is None
    finally:
        session.stop()
    assert any(e.action == "room.refused" for e in world.center.accounts.audit_entries())
    # A station with other keys (another center, or another station): the paired seat refuses it.
    other = world.home("center-b")
    other.keys.init("center", "Center Two", store="file")
    other.keys.trust(world.body_file)
    opened = room.opened  # the same exam; what differs is the station's keys
    other_room = StationRoom(lambda: other.station.db, other.accounts, opened, "s", other.keys.load("center"),
                             other.home.home_id, "Other", other.delivery.clock)
    port = other_room.start("127.0.0.1", 0)
    session = good.seat.connect(address=f"127.0.0.1:{port}")
    session.start()
    try:
        wait_for(lambda: "refused" in session.link.last_problem or other_room.refusals, what="other station refused")
        assert not session.connected
    finally:
        session.stop()
        other_room.stop()
        good.close()
        seat.close()


def test_a_candidate_moves_to_a_spare_seat_with_every_answer_and_the_old_seat_is_refused(open_room, tmp_path):
    room, attempts, world = open_room
    first, one = pair_seat(room, tmp_path / "seat-1", "Seat 1")
    spare, two = pair_seat(room, tmp_path / "seat-2", "Seat 2")
    room.assign(attempts[0], one["fingerprint"], "proctor")
    old = connect_seat(first)
    try:
        wait_for(lambda: (old.poll(), old.attempt is not None)[1], what="assignment")
        old.attempt.start()
        items = old.attempt.plan.item_ids[:2]
        for item_id in items:
            old.attempt.visit(item_id)
            old.attempt.answer(item_id, "before the move")
        wait_for(lambda: (old.poll(), old.attempt.station_has_everything)[1], what="ack")
        room.move(attempts[0], two["fingerprint"], "proctor")
        wait_for(lambda: (old.poll(), old.attempt is None)[1], what="old seat told")
        assert "moved to seat Seat 2" in old.revoked_reason
        new = connect_seat(spare)
        try:
            wait_for(lambda: (new.poll(), new.attempt is not None)[1], what="spare assignment")
            attempt = new.attempt
            assert {i: attempt.state.responses.get(i) for i in items} == {i: "before the move" for i in items}
            assert attempt.state.state == "paused" and attempt.interrupted_now
            attempt.resume()
            attempt.answer(attempt.state.current_item, "after the move")
            wait_for(lambda: (new.poll(), attempt.station_has_everything)[1], what="ack on spare")
        finally:
            new.stop()
        assert room.status()[0].seat_name == "Seat 1" and room.status()[0].attempt_id is None
        kinds = [e.kind for e in world.center.delivery.events(attempts[0])]
        assert "interrupted" in kinds and kinds[-1] == "answered"
    finally:
        old.stop()
        first.close()
        spare.close()


def _break_disk(attempt) -> None:
    """The seat's journal can no longer be written (as a full or failing disk refuses)."""
    attempt.journal.close()
    attempt.journal.path.rename(attempt.journal.path.with_suffix(".moved"))
    attempt.journal.path.mkdir()


def test_a_seat_whose_disk_is_full_keeps_answering_through_the_station(open_room, tmp_path):
    from app.domain.errors import SaveFailed
    from app.services.seat_attempt import OnlyOnTheStation
    room, attempts, world = open_room
    seat, pairing = pair_seat(room, tmp_path / "seat1", "Seat 1")
    room.assign(attempts[0], pairing["fingerprint"], "proctor")
    session = seat.seat.connect()
    session.start()
    try:
        wait_for(lambda: session.poll() is not None and session.attempt is not None, what="assignment")
        attempt = session.attempt
        attempt.start()
        first, second, third = attempt.plan.item_ids[:3]
        attempt.answer(first, "on disk")
        _break_disk(attempt)
        with pytest.raises(OnlyOnTheStation, match="cannot save on its own disk"):
            attempt.answer(second, "station only")  # not "Saved" yet: the station must have it first
        assert second not in attempt.pending and attempt.tick().pending_saves > 0
        wait_for(lambda: (session.poll(), attempt.station_has_everything)[1], what="station ack")
        assert attempt.tick().pending_saves == 0  # now it is saved, on the station
        stored = world.center.delivery.events(attempts[0])
        answers = {e.data["item_id"]: e.data["response"] for e in stored if e.kind == "answered"}
        assert answers == {first: "on disk", second: "station only"}
        told = [e.data for e in stored if e.kind == "incident"]
        assert len(told) == 1 and "cannot save on its own disk" in told[0]["description"]
        assert told[0]["note"] == "seat_disk" and told[0]["reason"]   # worded again on the staff's screens

        world.center.room.close()  # now the station is gone too: nothing can keep the answer but the screen
        wait_for(lambda: (session.poll(), not session.link.connected)[1], what="disconnection")
        with pytest.raises(SaveFailed) as refusal:
            attempt.answer(third, "kept on screen")
        assert not isinstance(refusal.value, OnlyOnTheStation) and attempt.pending == {third: "kept on screen"}
    finally:
        session.stop()
        seat.close()


def test_a_seat_link_stopped_at_any_moment_of_connecting_leaves_no_thread(open_room, tmp_path):
    import threading
    import time
    room, attempts, world = open_room
    seat, pairing = pair_seat(room, tmp_path / "seat1", "Seat 1")
    try:
        for attempt in range(24):  # stopped before, during and just after the TLS handshake
            session = seat.seat.connect()
            session.start()
            time.sleep((attempt % 8) * 0.005)
            session.stop()
            assert not [t for t in threading.enumerate() if t.name == "seat-link" and t.is_alive()], attempt
    finally:
        seat.close()


def test_two_seats_claiming_one_candidate_one_is_refused_and_nothing_of_it_is_stored(open_room, tmp_path):
    from app.services.room_station import RoomRefused
    room, attempts, world = open_room
    first, one = pair_seat(room, tmp_path / "seat-1", "Seat 1")
    second, two = pair_seat(room, tmp_path / "seat-2", "Seat 2")
    room.assign(attempts[0], one["fingerprint"], "proctor")
    with pytest.raises(RoomRefused, match="already sits at seat Seat 1"):
        room.assign(attempts[0], two["fingerprint"], "proctor")  # the proctor cannot give it twice
    holder, claimer = connect_seat(first), connect_seat(second)
    try:
        wait_for(lambda: (holder.poll(), holder.attempt is not None)[1], what="assignment")
        holder.attempt.start()
        wait_for(lambda: (holder.poll(), holder.attempt.station_has_everything)[1], what="ack")
        wait_for(lambda: claimer.link.connected, what="the other seat connected")
        before = world.center.delivery.events(attempts[0])
        # The other seat (a tampered program) sends an answer under the first seat's lease.
        lease = holder.attempt.lease
        item = holder.attempt.plan.item_ids[0]
        claimer.link.send({"type": "events", "attempt": attempts[0], "lease": lease, "events": [
            {"n": 99, "kind": "answered", "data": {"item_id": item, "response": "stolen"}, "elapsed_ms": 1000,
             "basis": 1}]})
        told = []
        def refused() -> bool:
            while not claimer.link.inbox.empty():
                told.append(claimer.link.inbox.get())
            return any(m.get("type") == "revoked" for m in told)
        wait_for(refused, what="the claim refused")
        assert next(m for m in told if m.get("type") == "revoked")["reason"] == "this seat no longer holds that candidate"
        assert world.center.delivery.events(attempts[0]) == before  # nothing of it stored
        [claim] = world.center.accounts.audit_entries(action_prefix="room.claim_refused")
        assert claim.details == {"seat": "Seat 2", "attempt": attempts[0]}  # recorded for the proctor
    finally:
        holder.stop()
        claimer.stop()
        first.close()
        second.close()


def test_a_room_closed_under_a_connected_seat_logs_no_error(open_room, tmp_path, caplog):
    """The station closes its room (as it does to open it again) while a seat's connection waits
    for the seat's next message: that connection ends quietly. Python 3.11's server logged its
    cancelled task as "Exception in callback … CancelledError" with a traceback."""
    import logging
    room, attempts, world = open_room
    seat, pairing = pair_seat(room, tmp_path / "seat1", "Seat 1")
    session = connect_seat(seat)
    try:
        wait_for(lambda: any(s.connected for s in room.status()), what="the seat connected")
        with caplog.at_level(logging.DEBUG, logger="asyncio"):
            world.center.room.close()
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    finally:
        session.stop()
        seat.close()
