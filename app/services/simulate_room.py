"""`examstation simulate --room`: each simulated candidate sits at a headless seat process
joined to this station's room over loopback (paired by the same code comparison a proctor
makes, done here by the program), optionally while faults are injected: a seat killed and
restarted, the station's room restarted, every connection cut. At the end it counts the
answers the seats acknowledged and the answers the station stored for them."""

from __future__ import annotations

import functools
import json
import random
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.accommodations import Accommodations
from app.domain.errors import ExamStationError
from app.services.context import Services
from app.services.processes import own_command
from app.services.room_station import StationRoom
from app.services.seat import SeatService

FAULTS = ("seat killed", "station restarted", "connections cut")


@dataclass
class RoomSimulation:
    session_id: str
    candidates: int
    faults: dict[str, int] = field(default_factory=dict)
    acknowledged: int = 0
    stored: int = 0
    lost: list[str] = field(default_factory=list)


class _Seats:
    """The seat processes, restarted when a fault kills one; their reports are kept."""

    def __init__(self, homes: list[Path], address: str, answers: int) -> None:
        self.homes, self.address, self.answers = homes, address, answers
        self.processes: dict[int, subprocess.Popen] = {}
        self.lines: list[str] = []

    def start(self, index: int) -> None:
        self.processes[index] = subprocess.Popen(
            [*own_command(), "--home", str(self.homes[index]), "seat", "--simulate",
             str(index + 1), "--answers", str(self.answers), "--station", self.address],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def kill(self, index: int) -> None:
        process = self.processes[index]
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        self.collect(index)

    def collect(self, index: int, timeout: float | None = None) -> None:
        out, _ = self.processes[index].communicate(timeout=timeout)
        self.lines += out.splitlines()

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.wait(10)


def simulate_room(services: Services, package: Path, release_code: str | None, candidates: int,
                  seed: int = 1, faults: int = 0, answers: int = 10) -> RoomSimulation:
    opened = services.packages.open(Path(package), release_code)
    services.station.remember(opened)
    exam, rng = opened.exam, random.Random(seed)
    session = services.delivery.start_session(opened.package_id, exam)
    attempts = []
    for number in range(1, candidates + 1):
        candidate = services.delivery.check_in(session, f"S{number:04d}", f"Simulated candidate {number}",
                                               Accommodations(), {"seat": str(number)})
        attempts.append(services.delivery.create_attempt(session, candidate, exam, Accommodations(),
                                                         seed=rng.randrange(2**31)))
    room = services.room.open(opened, session, "Simulation station", host="127.0.0.1")
    result = RoomSimulation(session, candidates)
    with tempfile.TemporaryDirectory(prefix="examstation-seats-") as folder:
        homes = [Path(folder) / f"seat-{i + 1}" for i in range(candidates)]
        for index, home in enumerate(homes):
            fingerprint = _pair(room, SeatService.at(home), f"Seat {index + 1}")
            room.assign(attempts[index], fingerprint, "simulation")
        seats = _Seats(homes, f"127.0.0.1:{room.port}", answers)
        try:
            for index in range(candidates):
                seats.start(index)
            for _ in range(faults):
                time.sleep(rng.uniform(0.3, 1.5))
                room = _inject(services, opened, session, room, seats, rng, result.faults)
            for index in range(candidates):
                seats.collect(index, timeout=300)
        finally:
            seats.stop()
            services.room.close()
    _count(services, attempts, seats.lines, result)
    services.accounts.record("simulation", "session.simulated", session,
                             {"candidates": candidates, "seed": seed, "room": True, "faults": result.faults})
    return result


def _pair(room: StationRoom, seat: SeatService, name: str) -> str:
    """Pair as a proctor would, comparing the code the seat shows with the station's."""
    seat.set_seat_name(name)
    shown: dict = {}
    worker = threading.Thread(target=lambda: shown.setdefault("outcome", seat.pair(
        f"127.0.0.1:{room.port}", lambda code, *_: shown.setdefault("code", code))))
    worker.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not ("code" in shown and any(a.seat_name == name
                                                                       for a in room.pairing_asks())):
        time.sleep(0.01)
    ask = next((a for a in room.pairing_asks() if a.seat_name == name), None)
    if ask is None or ask.code != shown.get("code"):
        raise ExamStationError("{name} could not pair with the simulation's station.", "Run the simulation again.",
                               name=name)
    room.decide_pairing(ask.fingerprint, True)
    worker.join(30)
    return ask.fingerprint


def _inject(services: Services, opened, session: str, room: StationRoom, seats: _Seats, rng: random.Random,
            counts: dict[str, int]) -> StationRoom:
    fault = rng.choice(FAULTS)
    counts[fault] = counts.get(fault, 0) + 1
    if fault == "seat killed":
        index = rng.randrange(len(seats.homes))
        if seats.processes[index].poll() is None:
            seats.kill(index)
            seats.start(index)
    elif fault == "station restarted":  # the room's process state is lost; the database is not
        port = room.port
        services.room.close()
        time.sleep(rng.uniform(0.1, 0.8))
        room = services.room.open(opened, session, "Simulation station", host="127.0.0.1", port=port)
    else:
        server = room.running_server()
        for fingerprint in list(server.connected()):
            room.call(functools.partial(server.disconnect, fingerprint))
    return room


def _count(services: Services, attempts: list[str], lines: list[str], result: RoomSimulation) -> None:
    stored = {}
    for attempt_id in attempts:
        for event, origin in services.delivery.history_with_origins(attempt_id):
            if origin:
                stored[origin] = event
    for line in lines:
        if not line.startswith("ack "):
            continue
        _, lease, n, item_id, response = line.split(" ", 4)
        result.acknowledged += 1
        kept = stored.get(f"{lease}:{n}")
        if kept is not None and kept.kind == "answered" and kept.data.get("item_id") == item_id \
                and kept.data.get("response") == json.loads(response):
            result.stored += 1
        else:
            result.lost.append(f"{lease}:{n}")
