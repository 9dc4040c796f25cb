"""The testing room: 60 headless seats (the real seat engine and TLS links, one thread each
in this process) and one station (a separate process), measured in one run with the floors.

- answer acknowledged on the seat (journal sealed + fsynced) against a raw SQLite WAL +
  synchronous=FULL single-row commit;
- answer stored on the station (from the seat's acknowledgement to the station's), p50/p99,
  at a realistic pace and at full speed;
- a proctor's pause, from the action to the seat's screen state;
- the seat map's refresh (the data the console shows each second);
- the station process's CPU use.

Run: .venv/bin/python bench/bench_room.py [--seats 60] [--seconds 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_delivery import percentiles, raw_commits  # noqa: E402
from app.services.home import Home  # noqa: E402
from app.services.seat import SeatService  # noqa: E402
from tests.conftest import make_world  # noqa: E402
from tests.crash_driver import RESPONSES  # noqa: E402
from tests.room_helpers import open_session, wait_for  # noqa: E402
from tests.test_room_faults import _free_port, _pair_all  # noqa: E402


class BenchSeat:
    """One seat and its simulated candidate; records ack-on-seat and ack-on-station times."""

    def __init__(self, home: Path, address: str, pace: float, seed: int) -> None:
        self.session = SeatService(Home.open(home)).connect(address=address)
        self.pace, self.rng = pace, random.Random(seed)
        self.seat_ms: list[float] = []
        self.station_ms: list[float] = []
        self.waiting: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        self.session.start()
        while not self.stop.is_set():
            self.session.poll()
            attempt = self.session.attempt
            if attempt is None:
                time.sleep(0.01)
                continue
            self._acked_on_station(attempt)
            if attempt.state.state == "ready":
                attempt.start()
            elif attempt.state.state == "in_progress":
                item_id = self.rng.choice(attempt.plan.item_ids)
                if attempt.plan.section_of(item_id) in attempt.state.locked_sections:
                    continue
                try:
                    if attempt.state.current_item != item_id:
                        attempt.visit(item_id)
                    started = time.perf_counter()
                    attempt.answer(item_id, RESPONSES[attempt.exam.item(item_id).type](self.rng))
                    done = time.perf_counter()
                except Exception:
                    continue
                self.seat_ms.append((done - started) * 1000)
                self.waiting[attempt.next_n - 1] = done
            time.sleep(self.pace * self.rng.uniform(0.5, 1.5) if self.pace else 0.001)
        self.session.stop()

    def _acked_on_station(self, attempt) -> None:
        now = time.perf_counter()
        for n in [n for n in self.waiting if n <= attempt.acked]:
            self.station_ms.append((now - self.waiting.pop(n)) * 1000)


def run_phase(seats: list[BenchSeat], seconds: float) -> tuple[list[float], list[float]]:
    for seat in seats:
        seat.seat_ms.clear()
        seat.station_ms.clear()
    time.sleep(seconds)
    return ([m for s in seats for m in s.seat_ms], [m for s in seats for m in s.station_ms])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seats", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-room-"))
    world = make_world(root)
    raw = raw_commits(root / "raw.db", 2000)
    opened, session, attempts = open_session(world, args.seats)
    room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
    homes = _pair_all(room, root / "seats", args.seats)
    for attempt_id, (_, fingerprint) in zip(attempts, homes):
        room.assign(attempt_id, fingerprint, "proctor")
    world.center.room.close()
    port = _free_port()
    station = subprocess.Popen([sys.executable, "-m", "tests.room_station_driver", str(root / "center"),
                                str(world.package), session, str(port)], stdout=subprocess.PIPE, text=True,
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert station.stdout.readline().startswith("listening")
    seats = [BenchSeat(home, f"127.0.0.1:{port}", 3.0, i) for i, (home, _) in enumerate(homes)]
    for seat in seats:
        seat.thread.start()
    wait_for(lambda: all(s.session.attempt is not None for s in seats), 60, "every seat assigned")
    print("seats assigned; measuring", flush=True)
    cpu_before, wall_before = cpu_seconds(station.pid), time.monotonic()
    realistic = run_phase(seats, args.seconds)
    cpu_share = (cpu_seconds(station.pid) - cpu_before) / (time.monotonic() - wall_before)
    for seat in seats:
        seat.pace = 0.0
    print("realistic pace measured", flush=True)
    full = run_phase(seats, args.seconds / 2)
    print("full speed measured", flush=True)
    for seat in seats:
        seat.pace = 3.0
    time.sleep(2)  # back to a realistic pace for the proctor's action
    # A proctor's pause reaching a seat: the console writes the event, the room sends it on.
    target = seats[0].session
    pause_started = time.perf_counter()
    world.center.proctoring.pause(target.attempt.attempt_id, opened.exam, "bench", "proctor")
    wait_for(lambda: target.attempt.state.state == "paused", 10, "pause on the seat")
    pause_ms = (time.perf_counter() - pause_started) * 1000

    # The seat map the console refreshes each second, computed by a room over the same data.
    for seat in seats:
        seat.stop.set()
    for seat in seats:
        seat.thread.join(10)
    station.terminate()
    station.wait(10)
    status_room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
    samples = []
    for _ in range(200):
        started = time.perf_counter()
        status_room.status()
        samples.append((time.perf_counter() - started) * 1000)
    world.center.room.close()

    raw50, raw99 = percentiles([s for s in raw])
    print(f"seats: {args.seats}; floor raw SQLite commit p50 {raw50:.3f} ms, p99 {raw99:.3f} ms")
    for name, (seat_ms, station_ms) in (("realistic pace (1 answer / 3 s / seat)", realistic),
                                        ("full speed", full)):
        s50, s99 = statistics.median(seat_ms), sorted(seat_ms)[int(len(seat_ms) * 0.99) - 1]
        t50, t99 = statistics.median(station_ms), sorted(station_ms)[int(len(station_ms) * 0.99) - 1]
        print(f"{name}: {len(seat_ms)} answers; ack on seat p50 {s50:.3f} ms ({s50 / raw50:.1f}x raw commit), "
              f"p99 {s99:.3f} ms; stored on station p50 {t50:.1f} ms, p99 {t99:.1f} ms")
    print(f"station CPU at realistic pace: {cpu_share * 100:.1f} % of one core")
    print(f"proctor pause to seat: {pause_ms:.0f} ms")
    print(f"seat map refresh ({args.seats} seats): p50 {statistics.median(samples):.2f} ms, "
          f"max {max(samples):.2f} ms (one 60 Hz frame: 16.7 ms)")
    world.close()


if __name__ == "__main__":
    main()
