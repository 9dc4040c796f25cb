"""The body's replay of the attempt rules (app.domain.history_rules) over 300 real engine
histories of about 100 events each, against the floor: the plain fold of the same events
(attempt.replay), which the body runs anyway to score them.

Run: .venv/bin/python bench/bench_history_rules.py [--candidates 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.accommodations import Accommodations  # noqa: E402
from app.domain.attempt import replay  # noqa: E402
from app.domain.history_rules import check_history  # noqa: E402
from app.domain.records import KnownPackage  # noqa: E402
from app.domain.scoring import key_response  # noqa: E402
from app.formats.exam_source import load_exam_source  # noqa: E402
from app.services.delivery import DeliveryService  # noqa: E402
from app.services.simulate import SimClock  # noqa: E402
from app.store.database import open_database, sqlite_url  # noqa: E402
from app.store.repositories import PackageRepository  # noqa: E402


def histories(candidates: int) -> tuple[object, list[list]]:
    """Candidates sit the ESS exam on the real engine: they visit every item, answer, change some
    answers, flag some, and a few are paused by the proctor; about 100 events each."""
    exam = load_exam_source(ROOT / "exam_packages" / "ess-integration")
    memory = "/dev/shm" if Path("/dev/shm").is_dir() else None  # the histories, not the disk, are measured
    folder = Path(tempfile.mkdtemp(prefix="examstation-bench-", dir=memory))
    db = open_database(sqlite_url(folder / "station.db"))
    clock, rng = SimClock(1_800_000_000.0), random.Random(4)
    delivery = DeliveryService(lambda: db, monotonic=lambda: clock.mono, wall=lambda: clock.wall)
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", exam.id, exam.title, exam.version, "F", "/x", now, now))
    session = delivery.start_session("p", exam)
    result = []
    for number in range(candidates):
        accommodations = Accommodations()
        candidate = delivery.check_in(session, f"C{number}", "Bench", accommodations)
        live = delivery.live(delivery.create_attempt(session, candidate, exam, accommodations), exam)
        live.start()
        for item_id in live.plan.item_ids:
            live.visit(item_id)
            clock.advance(rng.uniform(5, 25))
            live.tick()
            if live.status != "in_progress":
                break
            for _ in range(rng.choice((1, 1, 2, 3))):  # some candidates change their answer
                live.answer(item_id, key_response(exam.item(item_id)))
            if rng.random() < 0.2:
                live.flag(item_id, True)
            if rng.random() < 0.02:
                delivery.observe(live.attempt_id, exam).pause("noise", by="proctor")
                live.tick()
                clock.advance(60)
                delivery.observe(live.attempt_id, exam).resume(by="proctor")
                live.tick()
        if live.status == "in_progress":
            live.submit()
        result.append(delivery.events(live.attempt_id))
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    return exam, result


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exam, sat = histories(args.candidates)
    events = sum(len(h) for h in sat)
    assert not any(check_history(h, exam) for h in sat), "an engine history broke a rule"
    rules = best_of(args.repeat, lambda: [check_history(h, exam) for h in sat])
    floor = best_of(args.repeat, lambda: [replay(h) for h in sat])
    print(f"{len(sat)} attempts, {events} events ({events / len(sat):.0f} per attempt)")
    print(f"rules replay: {rules * 1000:.0f} ms ({events / rules:,.0f} events/s); plain fold "
          f"{floor * 1000:.0f} ms ({events / floor:,.0f} events/s); ratio {rules / floor:.1f}x")


if __name__ == "__main__":
    main()
