"""A candidate starts (or resumes) while the station cannot hear it: the station is down, or the
connection is cut. The seat keeps the start in its journal and its clock runs; when the station
hears of the start later, with the seat's heartbeats and answers from after it, the history it
stores must still follow the attempt rules the body replays: exam time ran only after the start.

Real TLS on loopback, the real station and seat engines; the seat's clock runs for real (longer
than the rules' tolerance for a stopped clock) while the station is away."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timedelta

import pytest

from app.domain.attempt import Event, apply
from app.domain.history_rules import check_history
from app.services.room_attempt import RoomAttempt
from tests.test_history_rules import EXAM, START, History, sitting
from tests.room_helpers import open_session, pair_seat, wait_for

AWAY_SECONDS = 3.0   # more than the rules' 2 s tolerance (STILL_TOLERANCE_MS, RATE_SLACK_MS)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settle(session, attempt) -> None:
    wait_for(lambda: (session.poll(), attempt.station_has_everything)[1], timeout=20, what="station ack")


def _history(world, attempt_id: str) -> list[tuple[int, str, int, str]]:
    return [(e.seq, e.kind, e.elapsed_ms, e.at) for e in world.center.delivery.events(attempt_id)]


@pytest.mark.parametrize("heartbeat_first", [False, True], ids=["start-then-heartbeat", "heartbeat-then-start"])
def test_a_start_the_station_hears_of_late_keeps_the_exam_clock_stopped_before_it(world, tmp_path, heartbeat_first):
    """Both orders happen: the seat resends its journal as soon as the station takes it back, and
    its heartbeat (the time its clock shows) may reach the station first."""
    opened, session_id, attempts = open_session(world, 1)
    port = _free_port()
    room = world.center.room.open(opened, session_id, "Station", host="127.0.0.1", port=port)
    seat, pairing = pair_seat(room, tmp_path / "seat1", "Seat 1")
    room.assign(attempts[0], pairing["fingerprint"], "proctor")
    session = seat.seat.connect(address=f"127.0.0.1:{port}")
    session.start()
    try:
        wait_for(lambda: (session.poll(), session.attempt is not None)[1], what="assignment")
        attempt = session.attempt
        world.center.room.close()   # the station goes away just as the candidate starts
        wait_for(lambda: (session.poll(), not session.link.connected)[1], what="disconnection")
        attempt.start()
        first, second = attempt.plan.item_ids[:2]
        attempt.answer(first, "while the station was away")
        time.sleep(AWAY_SECONDS)    # the candidate works on; the seat's exam clock runs
        attempt.answer(second, "just before it came back")
        world.center.room.open(opened, session_id, "Station", host="127.0.0.1", port=port)
        if heartbeat_first:  # before the seat takes the station's welcome back and resends its start
            wait_for(lambda: session.link.connected, what="reconnection")
            attempt.beat(session.link)
        _settle(session, attempt)
        attempt.submit()
        _settle(session, attempt)
    finally:
        session.stop()
        seat.close()
    events = world.center.delivery.events(attempts[0])
    start = next(e for e in events if e.kind == "started")
    assert start.elapsed_ms == 0, _history(world, attempts[0])
    assert check_history(events, opened.exam) == [], _history(world, attempts[0])
    # The seat's time while the station was away is charged, not given back.
    assert events[-1].elapsed_ms >= AWAY_SECONDS * 1000


# -- the station's side alone: how a late start is stamped ------------------------------------------

def _station_attempt(history: History, seat_beat_ms: int) -> RoomAttempt:
    attempt = RoomAttempt.load("att-1", EXAM, [(event, None) for event in history.events], 0, lambda: 0.0)
    attempt.last_beat_ms = seat_beat_ms   # the seat's heartbeats, sent after its start
    return attempt


def _sent(attempt: RoomAttempt, kind: str, elapsed_ms: int, **data) -> dict:
    return {"kind": kind, "data": data, "basis": attempt.state.last_seq, "elapsed_ms": elapsed_ms}


def _seat_answer(attempt: RoomAttempt, start: Event, seat_ms: int, now: datetime) -> list[Event]:
    """The visit and answer the seat made `seat_ms` into the exam, stored together with the start."""
    apply(attempt.state, start)
    item = attempt.plan.first_item(attempt.state)
    visit = attempt.seat_event("lease-1", _sent(attempt, "visited", seat_ms, item_id=item,
                                                section_id=attempt.plan.section_of(item)), now)
    apply(attempt.state, visit)
    answer = attempt.seat_event("lease-1", _sent(attempt, "answered", seat_ms, item_id=item, response="b"), now)
    return [visit, answer]


def test_a_late_start_is_stamped_when_the_seat_started_not_when_the_station_heard() -> None:
    history = History()
    now = START + timedelta(seconds=60)
    attempt = _station_attempt(history, seat_beat_ms=30_000)
    start = attempt.seat_event("lease-1", _sent(attempt, "started", 0), now)
    assert (start.elapsed_ms, start.at) == (0, (now - timedelta(seconds=30)).isoformat(timespec="milliseconds"))
    assert check_history([*history.events, start, *_seat_answer(attempt, start, 30_000, now)], EXAM) == []


def test_a_seat_clock_claiming_more_than_the_wall_clock_dates_the_start_no_earlier_than_the_last_event() -> None:
    history = History()
    attempt = _station_attempt(history, seat_beat_ms=600_000)
    start = attempt.seat_event("lease-1", _sent(attempt, "started", 0), START + timedelta(seconds=5))
    assert (start.elapsed_ms, datetime.fromisoformat(start.at)) == (0, START)   # when the attempt was created


def test_a_resume_the_station_hears_of_late_is_stamped_when_the_seat_resumed() -> None:
    history = sitting().add("interrupted", 100, reason="seat 1 restarted", policy="pause")
    resumed_wall = START + timedelta(seconds=200)
    attempt = _station_attempt(history, seat_beat_ms=130_000)
    resume = attempt.seat_event("lease-1", _sent(attempt, "resumed", 100_000, by="candidate"),
                                resumed_wall + timedelta(seconds=30))
    assert (resume.elapsed_ms, resume.at) == (100_000, resumed_wall.isoformat(timespec="milliseconds"))
