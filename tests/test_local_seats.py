"""Single-computer mode with real processes: each admitted candidate's screen is its own seat
process on this computer, paired with the station's loopback room without the code step and
supervised by the station. The children here are headless simulated candidates (`--simulate`):
the real seat engine, journal and TLS link, without a screen."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from app.services.local_seats import (
    CLOSED, FAILED, FINISHED, PROCTOR_CLOSED, PROCTOR_EXIT, RUNNING, LocalSeats,
)
from app.services.processes import own_command
from app.services.room_station import RoomRefused
from tests.room_helpers import open_session, pair_seat, wait_for

ANSWERS = 60   # at the simulation's pace (about 30 ms an answer) this keeps a seat busy for about 2 s: time to kill it


def _simulating(world, answers: int = ANSWERS) -> LocalSeats:
    seats = world.center.local_seats
    seats.extra_arguments = ["--simulate", "5", "--answers", str(answers)]
    return seats


def _acks(seats: LocalSeats) -> list[tuple[str, str, str, object]]:
    """Every answer a child acknowledged on screen (journaled), from the children's logs."""
    found = []
    for folder in seats._seat_folders():
        log = folder / "screen.log"
        for line in log.read_text("utf-8", "replace").splitlines() if log.exists() else []:
            if line.startswith("ack "):
                _, lease, n, item_id, response = line.split(" ", 4)
                found.append((lease, n, item_id, json.loads(response)))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its parent) is not running either
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


@pytest.mark.slow
def test_two_candidates_two_seat_processes_one_killed_nothing_lost(world) -> None:
    opened, session, attempts = open_session(world, 2)
    seats = _simulating(world)
    first = seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    second = seats.admit(opened, session, attempts[1], "Candidate 2", "pat")
    room = world.center.room.current
    assert seats.only_here() and room.server.host == "127.0.0.1"
    assert first.process_id != second.process_id and first.seat_name != second.seat_name
    # The station made each seat's key in a private folder of its own home, and paired it.
    for folder in seats._seat_folders():
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "seat" / "seat-key.pem").stat().st_mode) == 0o600
    assert {r.candidate_name for r in room.status()} == {"Candidate 1", "Candidate 2"}
    paired = [e for e in world.center.accounts.audit_entries() if e.action == "room.paired"]
    assert len(paired) == 2 and all(e.details["address"] == "this computer" for e in paired)

    # Admitting again while the screen runs starts nothing new.
    assert seats.admit(opened, session, attempts[0], "Candidate 1", "pat").process_id == first.process_id

    # kill -9 the first candidate's seat in the middle of the exam.
    wait_for(lambda: sum(1 for a in _acks(seats) if a[0] == _lease(room, attempts[0])) >= 5, timeout=60,
             what="answers from the first seat")
    os.kill(first.process_id, signal.SIGKILL)
    wait_for(lambda: _screen(seats, attempts[0]).restarts == 1, timeout=20, what="the seat started again")
    restarted = _screen(seats, attempts[0])
    assert restarted.state == RUNNING and restarted.last_exit == -signal.SIGKILL
    assert restarted.process_id not in (None, first.process_id)
    assert any(e.action == "room.local_seat_restarted" and e.subject == attempts[0]
               for e in world.center.accounts.audit_entries())

    # Both finish; each child exits by itself once its attempt is safe on the station.
    wait_for(lambda: all(s.state == FINISHED for s in seats.screens()), timeout=240, what="both seats finished")
    assert not _alive(first.process_id) and not _alive(second.process_id)
    acks = _acks(seats)
    assert len(acks) >= 2 * ANSWERS
    stored = {}
    for attempt_id in attempts:
        events = world.center.delivery.history_with_origins(attempt_id)
        stored.update({origin: event for event, origin in events if origin})
        kinds = [e.kind for e, _ in events]
        assert kinds[-1] == "submitted"
    lost = [(lease, n) for lease, n, item_id, response in acks
            if not (f"{lease}:{n}" in stored and stored[f"{lease}:{n}"].kind == "answered"
                    and stored[f"{lease}:{n}"].data == {"item_id": item_id, "response": response})]
    assert lost == []
    first_kinds = [e.kind for e in world.center.delivery.events(attempts[0])]
    assert "interrupted" in first_kinds  # the resume rules of the room applied to the restart
    assert "interrupted" not in [e.kind for e in world.center.delivery.events(attempts[1])]
    ended = [e for e in world.center.accounts.audit_entries() if e.action == "room.local_seat_ended"]
    assert {e.subject for e in ended} == set(attempts)


def test_closing_the_station_ends_its_seat_processes(world) -> None:
    opened, session, attempts = open_session(world, 2)
    seats = _simulating(world, answers=100000)  # they would run on for a long time
    pids = [seats.admit(opened, session, a, f"Candidate {i}", "pat").process_id for i, a in enumerate(attempts)]
    room = world.center.room.current
    wait_for(lambda: all(r.answered > 0 for r in room.status()), timeout=60, what="both seats answering")
    world.center.close()   # what closing the station's window does
    assert [s.state for s in seats.screens()] == [CLOSED, CLOSED]
    assert not any(_alive(pid) for pid in pids)
    # They ended as after Ctrl+C (the station closed their pipe), not killed.
    assert all(s.last_exit == 130 for s in seats.screens())
    assert sum(e.action == "room.local_seat_closed" for e in world.center.accounts.audit_entries()) == 2


def test_a_seat_that_keeps_failing_is_given_up_and_the_proctor_can_start_it_again(world, tmp_path) -> None:
    opened, session, attempts = open_session(world, 1)
    seats = world.center.local_seats
    seats.extra_arguments = ["--no-such-option"]  # every start fails at once (usage error, status 2)
    screen = seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    wait_for(lambda: _screen(seats, attempts[0]).state == FAILED, timeout=120, what="given up")
    given_up = _screen(seats, attempts[0])
    assert given_up.restarts == 5 and given_up.last_exit == 2 and given_up.process_id is None
    assert any(e.action == "room.local_seat_failed" for e in world.center.accounts.audit_entries())
    assert "usage" in (seats._seat_folders()[0] / "screen.log").read_text()  # kept for the technician
    # The proctor put it right and asks again (Open screen): the same seat starts, the same lease.
    seats.extra_arguments = ["--simulate", "3", "--answers", "3"]
    again = seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    assert again.seat_name == screen.seat_name and again.state == RUNNING and again.restarts == 0
    wait_for(lambda: _screen(seats, attempts[0]).state == FINISHED, timeout=120, what="finished")


def test_a_candidate_at_a_workstation_does_not_get_a_local_screen_and_seats_are_reused(world, tmp_path) -> None:
    opened, session, attempts = open_session(world, 3)
    seats = _simulating(world, answers=2)
    seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    room = world.center.room.current
    workstation, pairing = pair_seat(room, tmp_path / "ws", "Seat 9")
    room.assign(attempts[1], pairing["fingerprint"], "pat")
    with pytest.raises(RoomRefused, match="already sits at seat Seat 9"):
        seats.admit(opened, session, attempts[1], "Candidate 2", "pat")
    wait_for(lambda: _screen(seats, attempts[0]).state == FINISHED, timeout=120, what="first finished")
    # The next candidate takes the local seat the first one left: no new seat is made.
    seats.admit(opened, session, attempts[2], "Candidate 3", "pat")
    assert len(seats._seat_folders()) == 1
    wait_for(lambda: _screen(seats, attempts[2]).state == FINISHED, timeout=120, what="third finished")
    workstation.close()


def test_the_proctor_closing_a_local_screen_is_not_a_crash(world) -> None:
    """A seat that ends with PROCTOR_EXIT (the proctor left its lockdown with their PIN) is not
    started again; Open screen brings it back."""
    opened, session, attempts = open_session(world, 1)
    seats = world.center.local_seats
    seats._command = lambda: [sys.executable, "-c", f"import sys; sys.exit({PROCTOR_EXIT})"]
    seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    wait_for(lambda: _screen(seats, attempts[0]).state == PROCTOR_CLOSED, timeout=30, what="closed by the proctor")
    time.sleep(1)  # several checks later: still not started again
    assert _screen(seats, attempts[0]).restarts == 0 and _screen(seats, attempts[0]).process_id is None
    seats._command = own_command
    seats.extra_arguments = ["--simulate", "3", "--answers", "3"]
    assert seats.admit(opened, session, attempts[0], "Candidate 1", "pat").state == RUNNING
    wait_for(lambda: _screen(seats, attempts[0]).state == FINISHED, timeout=120, what="finished")


def test_when_the_room_opens_to_workstations_the_local_screens_follow_it(world) -> None:
    opened, session, attempts = open_session(world, 1)
    seats = _simulating(world, answers=100000)
    before = seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    old = world.center.room.current
    wait_for(lambda: old.status()[0].answered > 0, timeout=60, what="answers")
    new = world.center.room.open(opened, session, "Proctor station", host="127.0.0.1", port=0)  # Open the room
    assert new.port != old.port and seats.only_here()
    wait_for(lambda: _screen(seats, attempts[0]).process_id not in (None, before.process_id), timeout=30,
             what="the screen started on the new port")
    answered = new.status()[0].answered
    wait_for(lambda: new.status()[0].connected and new.status()[0].answered > answered, timeout=60,
             what="answers through the reopened room")
    assert _screen(seats, attempts[0]).restarts == 0  # a move, not a crash
    seats.close()


def test_a_seat_ends_when_its_station_is_killed(world, tmp_path) -> None:
    """The station dies (kill -9): the OS closes the pipe only it held, and the seat ends."""
    opened, session, attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
    seat, pairing = pair_seat(room, tmp_path / "seat", "Seat 1")
    seat.close()
    room.assign(attempts[0], pairing["fingerprint"], "pat")
    station = subprocess.Popen(
        [sys.executable, "-c", "import subprocess, sys, time\n"
         "child = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)\n"
         "print(child.pid, flush=True)\ntime.sleep(600)",
         *own_command(), "--home", str(tmp_path / "seat"), "seat", "--supervised", "--station",
         f"127.0.0.1:{room.port}", "--simulate", "1", "--answers", "100000"], stdout=subprocess.PIPE, text=True)
    try:
        child = int(station.stdout.readline())
        wait_for(lambda: room.status()[0].answered > 0, timeout=60, what="the seat answering")
        station.kill()
        station.wait()
        wait_for(lambda: not _alive(child), timeout=30, what="the orphaned seat ending")
    finally:
        station.kill()
        station.wait()
        station.stdout.close()


def _screen(seats: LocalSeats, attempt_id: str):
    return next(s for s in seats.screens() if s.attempt_id == attempt_id)


def _lease(room, attempt_id: str) -> str:
    return room.call(lambda: room._lease_of(attempt_id)).id

