"""The room under faults, with real processes on loopback: one station process and ten
headless seat processes sit the exam while seats and the station are killed (SIGKILL),
connections are cut, delayed, duplicated and reordered. Every answer a seat acknowledged
must be in the station's database exactly once, and the seat and station agree on time.

Each fault is injected at a random point of the seats' answering (counted in acknowledged
answers), so it never finds a room whose seats are all done, and every kind of fault is
injected at least twice. Ten seats answering at once keep several connections open and the
station's group commit storing several seats' answers in one batch, as thirty did."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.domain.history_rules import check_history
from app.services.home import Home
from app.services.seat import SeatService
from app.store.room import RoomRepository
from tests.conftest import RELEASE_CODE, ROOT
from tests.fault_proxy import FaultProxy
from tests.room_helpers import open_session, wait_for

# A seat answers ANSWERS questions (and as many again each time it is killed and started again),
# thinking PAUSE seconds on average before each: long enough for the faults to find it answering.
SEATS, ANSWERS, PAUSE = 10, 30, 0.1
# Each round injects every kind once, and the kills twice, in a shuffled order.
FAULT_KINDS = ("kill seat", "kill seat", "kill station", "kill station", "cut", "delay", "duplicate", "reorder")
ROUNDS = 2
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pair_all(room, root: Path, count: int) -> list[tuple[Path, str]]:
    """Pair seat homes without screens: the 'proctor' accepts each matching code."""
    return [(root / f"seat{n}", _pair_one(room, root / f"seat{n}", f"Seat {n}")) for n in range(1, count + 1)]


def _pair_one(room, home: Path, name: str) -> str:
    """One seat asks, the 'proctor' accepts the code it showed; the seat's fingerprint."""
    import threading
    service = SeatService(Home.open(home))
    service.set_seat_name(name)
    shown: dict = {}
    thread = threading.Thread(target=lambda: shown.setdefault(
        "outcome", service.pair(f"127.0.0.1:{room.port}", lambda code, *_: shown.setdefault("code", code))))
    thread.start()
    wait_for(lambda: any(a.seat_name == name for a in room.pairing_asks()) and "code" in shown)
    ask = next(a for a in room.pairing_asks() if a.seat_name == name)
    assert ask.code == shown["code"]
    room.decide_pairing(ask.fingerprint, True)
    thread.join(10)
    assert shown["outcome"].accepted
    return ask.fingerprint


class Processes:
    def __init__(self, world, session: str, station_port: int, proxy_port: int) -> None:
        self.world, self.session, self.station_port, self.proxy_port = world, session, station_port, proxy_port
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.station: subprocess.Popen | None = None
        self.seats: dict[int, subprocess.Popen] = {}
        self.outputs: dict[int, list[str]] = {}
        self._readers: dict[int, threading.Thread] = {}
        self._restart: threading.Thread | None = None
        self._restart_failed: list[BaseException] = []

    def start_station(self) -> None:
        self.station = subprocess.Popen(
            [sys.executable, "-m", "tests.room_station_driver", str(self.world.root / "center"),
             str(self.world.package), self.session, str(self.station_port)],
            stdout=subprocess.PIPE, text=True, env=self.env, cwd=ROOT)
        assert self.station.stdout.readline().startswith("listening")

    def start_seat(self, number: int, home: Path, answers: int = ANSWERS) -> None:
        """A seat process, whose lines are read as they come (the test paces its faults by them)."""
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.room_seat_driver", str(home), f"127.0.0.1:{self.proxy_port}",
             str(number), str(answers), str(PAUSE)], stdout=subprocess.PIPE, text=True, env=self.env, cwd=ROOT)
        self.seats[number] = process
        lines = self.outputs.setdefault(number, [])
        self._readers[number] = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
        self._readers[number].start()

    def acknowledged(self) -> int:
        return sum(line.startswith("ack ") for lines in list(self.outputs.values()) for line in list(lines))

    def running(self) -> int:
        return sum(process.poll() is None for process in self.seats.values())

    def collect(self, number: int) -> None:
        self.seats[number].wait(timeout=30)
        self._readers[number].join(30)
        self.seats[number].stdout.close()

    def kill_seat(self, number: int) -> None:
        self.seats[number].send_signal(signal.SIGKILL)
        self.collect(number)

    def kill_station(self, down: float) -> None:
        """SIGKILL the station and start it again after `down` seconds, meanwhile the seats go on
        answering (and the next faults come): a station killed again waits for that start."""
        self.wait_for_station()
        self.station.send_signal(signal.SIGKILL)
        self.station.wait(10)
        self.station.stdout.close()
        failed: list[BaseException] = []

        def restart() -> None:
            time.sleep(down)
            try:
                self.start_station()
            except BaseException as error:  # noqa: BLE001 - raised in the test's thread (wait_for_station)
                failed.append(error)
        self._restart, self._restart_failed = threading.Thread(target=restart), failed
        self._restart.start()

    def wait_for_station(self) -> None:
        """Once the station started after a kill is listening (or raise why it did not start)."""
        if self._restart is not None:
            self._restart.join(60)
            self._restart = None
            if self._restart_failed:
                raise self._restart_failed[0]

    def stop(self) -> None:
        self.wait_for_station()
        for process in [*self.seats.values(), self.station]:
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(10)
        for number, reader in self._readers.items():
            reader.join(10)
            self.seats[number].stdout.close()
        if self.station is not None and not self.station.stdout.closed:
            self.station.stdout.close()


def fault_plan(rng: random.Random, first: int) -> list[tuple[int, str]]:
    """(after how many acknowledged answers, which fault): every kind in each round, at random points
    from the `first` answer to nine tenths of the answers the seats give, so seats are still answering."""
    kinds = []
    for _ in range(ROUNDS):
        kinds += rng.sample(FAULT_KINDS, len(FAULT_KINDS))
    points = sorted(rng.sample(range(first, SEATS * ANSWERS * 9 // 10), len(kinds)))
    return list(zip(points, kinds, strict=True))


def test_ten_seats_lose_no_acknowledged_answer_under_faults(world, tmp_path, capsys):
    opened, session, attempts = open_session(world, SEATS)
    room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
    seats = _pair_all(room, tmp_path, SEATS)
    for attempt_id, (_, fingerprint) in zip(attempts, seats, strict=True):
        room.assign(attempt_id, fingerprint, "proctor")
    world.center.room.close()

    station_port = _free_port()
    proxy = FaultProxy(station_port)
    procs = Processes(world, session, station_port, proxy.start())
    rng = random.Random(20261202)
    injected: dict[str, int] = {}
    sitting: list[int] = []  # seats still running at each fault
    try:
        procs.start_station()
        for number, (home, _) in enumerate(seats, start=1):
            procs.start_seat(number, home)
        # Faults begin once every seat answers, so each finds connections carrying answers.
        wait_for(lambda: all(any(line.startswith("ack ") for line in list(lines)) for lines in procs.outputs.values()),
                 timeout=60, what="every seat's first answer")
        for point, fault in fault_plan(rng, procs.acknowledged()):
            wait_for(lambda point=point: procs.acknowledged() >= point, timeout=60,
                     what=f"{point} acknowledged answers")
            injected[fault] = injected.get(fault, 0) + 1
            sitting.append(procs.running())
            assert sitting[-1] > 0, f"the {fault} found every seat done"
            if fault == "kill seat":
                number = rng.choice([n for n, process in sorted(procs.seats.items()) if process.poll() is None])
                procs.kill_seat(number)
                procs.start_seat(number, seats[number - 1][0])
            elif fault == "kill station":
                procs.kill_station(down=rng.uniform(0.1, 1.0))
            elif fault == "cut":
                proxy.cut()
            elif fault == "delay":
                proxy.delay = 0.3
                time.sleep(1.0)
                proxy.delay = 0.0
            elif fault == "duplicate":
                proxy.duplicate_next = True
            else:
                proxy.reorder_next = True
        procs.wait_for_station()
        for number in procs.seats:
            procs.collect(number)
    finally:
        procs.stop()
        proxy.stop()

    assert all(injected[kind] >= ROUNDS for kind in FAULT_KINDS), injected
    room_repo = RoomRepository(world.center.station.db, world.center.keys.attempt_chain())  # answers are sealed at rest
    acked = [line.split(" ", 4) for out in procs.outputs.values() for line in out if line.startswith("ack ")]
    done = [line.split() for out in procs.outputs.values() for line in out if line.startswith("done ")]
    # A seat killed just after it reported "done" reports it again when restarted: count seats.
    assert len({lease for _, lease, _ in done}) == SEATS, "every seat finished"
    stored = {}
    for attempt_id in attempts:
        for event, origin in room_repo.events(attempt_id):
            if origin:
                assert origin not in stored, "an event stored twice"
                stored[origin] = event
    lost = [a for a in acked if f"{a[1]}:{a[2]}" not in stored
            or stored[f"{a[1]}:{a[2]}"].kind != "answered"
            or stored[f"{a[1]}:{a[2]}"].data["item_id"] != a[3]
            or stored[f"{a[1]}:{a[2]}"].data["response"] != json.loads(a[4])]
    by_lease = {e_origin.split(":")[0]: e for e_origin, e in stored.items() if e.kind == "submitted"}
    first_done = {}
    for _, lease, elapsed in done:
        first_done.setdefault(lease, int(elapsed))
    drift = [abs(by_lease[lease].elapsed_ms - elapsed) for lease, elapsed in first_done.items()]
    with capsys.disabled():
        print(f"\nroom faults: {sum(injected.values())} injected {injected}, seats answering at each: {sitting}; "
              f"{len(acked)} answers "
              f"acknowledged on seats, {len(acked) - len(lost)} stored, lost = {len(lost)}; "
              f"largest seat/station time difference {max(drift)} ms")
    if lost:  # say what happened to that attempt, event by event
        lease = lost[0][1]
        attempt_id = next(a for a in attempts for _, o in room_repo.events(a) if o and o.startswith(lease))
        history = [(e.seq, e.kind, o, e.data.get("basis"), e.data.get("description", "")[:60])
                   for e, o in room_repo.events(attempt_id)]
        raise AssertionError(f"lost {lost[:3]}; history {history}")
    assert max(drift) <= 1000
    # The histories the room stored follow the attempt rules the body replays on import.
    for attempt_id in attempts:
        findings = check_history([event for event, _ in room_repo.events(attempt_id)], opened.exam)
        assert findings == [], (attempt_id, findings[:3])


def test_simulate_room_through_the_command_line_loses_nothing(world, capsys):
    from app.main import main
    code = main(["--home", str(world.root / "center"), "simulate", "--package", str(world.package),
                 "--release-code", RELEASE_CODE, "--candidates", "4", "--room", "--faults", "3", "--seed", "5"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "4 seats; faults:" in err and ", 0 lost" in err
    acknowledged = int(err.split(" answers acknowledged")[0].rsplit(" ", 1)[1])
    # Ten answers per seat process; a seat killed and started again answers ten more.
    assert acknowledged >= 40 and f"{acknowledged} stored on the station" in err
    assert len(out.strip()) == 36  # the session id
