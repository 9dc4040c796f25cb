"""Candidate delivery: answer-save latency (an appended, committed event) against a raw
SQLite WAL + synchronous=FULL single-row commit in the same run; and item-to-item
navigation time on the real candidate engine.

Run: .venv/bin/python bench/bench_delivery.py [--answers 2000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.accommodations import Accommodations  # noqa: E402
from app.domain.records import KnownPackage  # noqa: E402
from app.formats.exam_source import load_exam_source  # noqa: E402
from app.services.delivery import DeliveryService  # noqa: E402
from app.store.database import open_database, sqlite_url  # noqa: E402
from app.store.repositories import PackageRepository  # noqa: E402


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.99) - 1] * 1000


def raw_commits(path: Path, count: int) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    samples = []
    for i in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (v) VALUES (?)", (f'{{"item_id": "q{i}", "response": "b"}}',))
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    connection.close()
    return samples


def engine_answers(path: Path, count: int) -> tuple[list[float], list[float]]:
    exam = load_exam_source(ROOT / "exam_packages" / "ess-integration")
    db = open_database(sqlite_url(path))
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", exam.id, exam.title, exam.version, "F", "/p", now, now))
    delivery = DeliveryService(lambda: db)
    session = delivery.start_session("p", exam)
    candidate = delivery.check_in(session, "C1", "Bench", Accommodations())
    live = delivery.live(delivery.create_attempt(session, candidate, exam, Accommodations(), form_id="A"), exam)
    live.start()
    items = [i for i in live.plan.sections[-1].item_ids if exam.item(i).type == "single_choice"] or \
        list(live.plan.sections[-1].item_ids)
    saves, moves = [], []
    for n in range(count):
        item_id = items[n % len(items)]
        start = time.perf_counter()
        live.visit(item_id)
        moves.append(time.perf_counter() - start)
        start = time.perf_counter()
        live.answer(item_id, "a" if n % 2 else "b")
        saves.append(time.perf_counter() - start)
    db.close()
    return saves, moves


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="examstation-bench-"))
    floor = raw_commits(folder / "raw.db", args.answers)
    saves, moves = engine_answers(folder / "station.db", args.answers)
    f50, f99 = percentiles(floor)
    s50, s99 = percentiles(saves)
    m50, m99 = percentiles(moves)
    print(f"raw SQLite commit (WAL, synchronous=FULL): p50 {f50:.3f} ms, p99 {f99:.3f} ms")
    print(f"answer saved (event appended and committed): p50 {s50:.3f} ms, p99 {s99:.3f} ms; "
          f"ratio p50 {s50 / f50:.1f}x, p99 {s99 / f99:.1f}x")
    print(f"item-to-item navigation (position recorded and committed): p50 {m50:.3f} ms, p99 {m99:.3f} ms")


if __name__ == "__main__":
    main()
