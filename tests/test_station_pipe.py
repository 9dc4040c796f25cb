"""The private line between the station and a local seat process (app.services.station_pipe):
its decoder against any input, the PIN question answered by the station's real accounts over
real OS pipes, the end of the pipe stopping the seat, and a supervised seat window that the
proctor leaves with their PIN."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from app.services.local_seats import PROCTOR_EXIT
from app.services.station_pipe import StationPipe, decode_reply, decode_request, encode, serve
from tests.room_helpers import supervised_seat, wait_for
from tests.staff_ui import PINS, PROCTOR, add_staff

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                    max_size=5), max_leaves=12)


@given(st.binary(max_size=300))
def test_any_bytes_decode_to_a_message_or_none(line: bytes) -> None:
    for decoded in (decode_request(line), decode_reply(line)):
        assert decoded is None or isinstance(decoded, dict)


@given(JSONISH)
def test_only_exact_messages_are_taken(value) -> None:
    line = json.dumps(value).encode() + b"\n"
    request, reply = decode_request(line), decode_reply(line)
    if request is not None:
        assert set(request) == {"type", "id", "user", "pin"} and isinstance(request["pin"], str)
    if reply is not None:
        assert set(reply) == {"type", "id", "ok"} and isinstance(reply["ok"], bool)


@given(st.integers(0, 2**31 - 1), st.text(max_size=200), st.text(max_size=200), st.booleans())
def test_messages_survive_the_line(ask: int, user: str, pin: str, ok: bool) -> None:
    request = {"type": "exit_check", "id": ask, "user": user, "pin": pin}
    assert decode_request(encode(request)) == request
    assert decode_reply(encode({"type": "exit_result", "id": ask, "ok": ok})) == {"type": "exit_result",
                                                                                   "id": ask, "ok": ok}


def test_wrong_shapes_are_refused() -> None:
    good = {"type": "exit_check", "id": 1, "user": "pat", "pin": "1234"}
    assert decode_request(encode(good)) == good
    for bad in ({**good, "id": True}, {**good, "id": -1}, {**good, "pin": 1234}, {**good, "extra": 1},
                {**good, "type": "exit_result"}, {**good, "user": "x" * 201}):
        assert decode_request(encode(bad)) is None
    assert decode_request(b'{"type":"exit_check","id":1,"id":2,"user":"a","pin":"b"}\n') is None  # repeated key
    assert decode_reply(b'{"type":"exit_result","id":1,"ok":1}\n') is None
    assert decode_request(b'ack lease 3 q1 "a"\n') is None


@pytest.fixture
def interrupts():
    """The SIGINT a seat's pipe raises when the station ends, caught here instead of stopping pytest;
    the test waits for its pipes to end before this handler goes."""
    caught: list[bool] = []
    previous = signal.signal(signal.SIGINT, lambda *_: caught.append(True))
    yield caught
    signal.signal(signal.SIGINT, previous)


def _pipes():
    """The two OS pipes a station and its child share: (child reads, station writes), (station reads, child writes)."""
    down_read, down_write = os.pipe()
    up_read, up_write = os.pipe()
    return (os.fdopen(down_read, "rb"), os.fdopen(down_write, "wb"), os.fdopen(up_read, "rb"),
            os.fdopen(up_write, "w"))


def test_the_station_answers_pin_questions_with_its_accounts_and_passes_other_lines_on(world, interrupts) -> None:
    add_staff(world.center)
    child_in, station_out, station_in, child_out = _pipes()
    printed: list[bytes] = []
    station = threading.Thread(target=serve, args=(station_in, station_out, lambda u, p: world.center.accounts
                                                   .check_pin(u, p, role="proctor"), printed.append))
    station.start()
    try:
        pipe = StationPipe(child_in, child_out, end_grace=None).start()
        print("ack lease 1 q1 \"a\"", file=child_out, flush=True)          # a simulation's report: logged
        print('{"type": "exit_check", "pin": "leaked?"}', file=child_out, flush=True)  # malformed: dropped
        assert pipe.check_exit_pin(PROCTOR, PINS[PROCTOR]) is True
        assert pipe.check_exit_pin(PROCTOR, "0000") is False
        assert pipe.check_exit_pin("eve", PINS["eve"]) is False          # an evaluator is not a proctor
        assert printed == [b'ack lease 1 q1 "a"\n']
        station_out.close()                                              # the station ends: the seat stops
        wait_for(lambda: bool(interrupts) and pipe.ended.is_set(), what="the seat told to stop")
        assert pipe.check_exit_pin(PROCTOR, PINS[PROCTOR]) is False      # nobody to ask: never unlocks
    finally:
        child_out.close()
        station.join(5)
        child_in.close()
        station_in.close()


def test_a_question_nobody_answers_is_a_no(interrupts) -> None:
    read, write = os.pipe()
    with os.fdopen(read, "rb") as silent, os.fdopen(write, "wb"):
        pipe = StationPipe(silent, io.StringIO(), end_grace=None).start()
        assert pipe.check_exit_pin("pat", "9753", timeout=0.2) is False
    wait_for(lambda: pipe.ended.is_set() and bool(interrupts), what="the pipe's end")


def test_a_proctor_leaves_a_supervised_seat_with_their_pin(qtbot, world, tmp_path, interrupts) -> None:
    add_staff(world.center)
    child_in, station_out, station_in, child_out = _pipes()
    station = threading.Thread(target=serve, args=(station_in, station_out, lambda u, p: world.center.accounts
                                                   .check_pin(u, p, role="proctor"), lambda _line: None))
    station.start()
    pipe = StationPipe(child_in, child_out, end_grace=None).start()
    window, ended, attempt_id, seat, _ = supervised_seat(qtbot, world, tmp_path / "seat", pipe.check_exit_pin)
    try:
        controller = window.controller
        controller.request_exit()
        controller._check_exit(PROCTOR, "0000")
        assert controller.active and not ended            # a wrong PIN leaves the seat locked
        controller._check_exit(PROCTOR, PINS[PROCTOR])
        qtbot.waitUntil(lambda: ended == [PROCTOR_EXIT], timeout=10000)
        assert not window.isVisible()
        kinds = [(e.kind, e.data.get("type")) for e in world.center.delivery.events(attempt_id)]
        assert ("incident", "exit_unlocked") in kinds  # reached the station before the seat ended
    finally:
        window.shutdown()
        station_out.close()
        wait_for(lambda: pipe.ended.is_set() and bool(interrupts), what="the pipe's end")
        child_out.close()
        station.join(5)
        for stream in (child_in, station_in):
            stream.close()
        seat.close()
        world.center.room.close()


def test_a_seat_whose_shutdown_hangs_still_ends_soon_after_its_station(tmp_path) -> None:
    """Ctrl+C reaches a stuck main thread late or never: the seat must not outlive its station."""
    program = ("import threading, time\n"
               "from app.services.station_pipe import StationPipe\n"
               "StationPipe(end_grace=0.5).start()\n"
               "try:\n    print('ready', flush=True)\n    time.sleep(600)\n"
               "except KeyboardInterrupt:\n    threading.Event().wait()   # a shutdown that never finishes\n")
    seat = subprocess.Popen([sys.executable, "-c", program], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[1])
    try:
        assert seat.stdout.readline() == b"ready\n"
        seat.stdin.close()   # the station ends
        assert seat.wait(60) == 130
    finally:
        seat.kill()
        seat.wait()
        seat.stdout.close()
