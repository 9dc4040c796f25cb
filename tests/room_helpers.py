"""Build a testing room in a test: a station's session with candidates, and seat homes paired
with it over real TLS on loopback (the proctor's confirmation given by comparing the codes).
tests/conftest.py registers it as a plugin, so its fixtures need no import."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.services.context import Services, create_services
from app.services.room_station import StationRoom
from app.services.tablet import TabletService
from tests.conftest import RELEASE_CODE, World, passphrase


def open_session(world: World, candidates: int) -> tuple[object, str, list[str]]:
    center = world.center
    opened = center.packages.open(world.package, RELEASE_CODE)
    center.station.remember(opened)
    session = center.delivery.start_session(opened.package_id, opened.exam)
    attempts = []
    for number in range(1, candidates + 1):
        candidate = center.delivery.check_in(session, f"C{number:03d}", f"Candidate {number}", Accommodations())
        attempts.append(center.delivery.create_attempt(session, candidate, opened.exam, Accommodations(), seed=number))
    return opened, session, attempts


def wait_for(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def pair_seat(room: StationRoom, seat_home: Path, name: str, accept: bool = True,
              tablet: bool = False) -> tuple[Services, dict]:
    """Pair a seat home (or an evaluator tablet's) with the room; the 'proctor' accepts when both
    screens show the same code. The pairing's "machine" is the home's SeatService or TabletService."""
    seat = create_services(seat_home, passphrase)
    machine = TabletService(seat.home) if tablet else seat.seat
    machine.set_seat_name(name)
    shown: dict = {}
    outcome: dict = {}

    def seat_side() -> None:
        outcome["result"] = machine.pair(f"127.0.0.1:{room.port}", lambda code, *_: shown.setdefault("seat", code))

    thread = threading.Thread(target=seat_side)
    thread.start()
    wait_for(lambda: room.pairing_asks() and "seat" in shown, what="pairing request")
    ask = next(a for a in room.pairing_asks() if a.seat_name == name)
    shown["station"] = ask.code
    room.decide_pairing(ask.fingerprint, accept and shown["seat"] == ask.code)
    thread.join(10)
    return seat, {**shown, "accepted": outcome["result"].accepted, "fingerprint": ask.fingerprint, "role": ask.role,
                  "machine": machine}


def supervised_seat(qtbot, world: World, seat_home: Path, exit_pin_check=None):
    """A seat window as the station starts it on its own computer (`supervised`), paired over
    loopback and given one candidate. Returns (window, the exit statuses it reports, the attempt,
    the seat's services, the opened package); the caller shuts them down."""
    from app.ui.seat.seat_window import SeatWindow
    opened, session, attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
    seat, pairing = pair_seat(room, seat_home, "Seat 1")
    room.assign(attempts[0], pairing["fingerprint"], "pat")
    window = SeatWindow(seat.seat, lockdown=True, address=f"127.0.0.1:{room.port}", supervised=True,
                        exit_pin_check=exit_pin_check)
    qtbot.addWidget(window)
    window.show()
    ended: list[int] = []
    window.finished.connect(ended.append)
    qtbot.waitUntil(lambda: window.controller is not None, timeout=15000)
    return window, ended, attempts[0], seat, opened


def connect_seat(seat: Services):
    """A paired seat home's link to its station, started."""
    session = seat.seat.connect()
    session.start()
    return session


@pytest.fixture
def open_room(world: World):
    """(the station's room open on loopback, three candidates' attempt ids, the world)."""
    opened, session, attempts = open_session(world, 3)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    yield room, attempts, world
    world.center.room.close()


@pytest.fixture
def open_room_with_staff(world: World):
    """As open_room, with two candidates and the station's staff: an administrator, Eve the
    evaluator (PIN 2468) and Pat the proctor (PIN 1111)."""
    opened, session, attempts = open_session(world, 2)
    accounts = world.center.accounts
    accounts.create("admin", "Admin", "admin", "correct horse 1")
    accounts.create("eve", "Eve Evaluator", "evaluator", "password12", pin="2468", by="admin")
    accounts.create("pat", "Pat Proctor", "proctor", "password12", pin="1111", by="admin")
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    yield room, attempts, world
    world.center.room.close()


@pytest.fixture
def tablet(open_room_with_staff, tmp_path: Path):
    """An evaluator tablet paired with that room: (its tablet service, the pairing's answer)."""
    station, attempts, world = open_room_with_staff
    home, pairing = pair_seat(station, tmp_path / "tablet", "Bench tablet", tablet=True)
    yield pairing["machine"], pairing
    home.close()
