"""Candidate delivery: answer-save latency (an appended, committed event) against a raw
SQLite WAL + synchronous=FULL single-row commit in the same run; item-to-item navigation
time on the real candidate engine; and item-to-item navigation with the real candidate
window (offscreen), every item type, each with a picture: the UI thread's time from the move
to the next question laid out and painted, against one 60 Hz frame (16.7 ms).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_delivery.py [--answers 2000] [--moves 600]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.domain.accommodations import Accommodations  # noqa: E402
from app.domain.exam_reader import read_exam  # noqa: E402
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


def new_attempt(path: Path, exam):
    """A station database at `path` with one session, one candidate and their attempt (form A),
    not started yet; the database to close after."""
    db = open_database(sqlite_url(path))
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", exam.id, exam.title, exam.version, "F", "/p", now, now))
    delivery = DeliveryService(lambda: db)
    session = delivery.start_session("p", exam)
    candidate = delivery.check_in(session, "C1", "Bench", Accommodations())
    return delivery.live(delivery.create_attempt(session, candidate, exam, Accommodations(), form_id="A"), exam), db


def engine_answers(path: Path, count: int) -> tuple[list[float], list[float]]:
    exam = load_exam_source(ROOT / "exam_packages" / "ess-integration")
    live, db = new_attempt(path, exam)
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


MINI = ROOT / "tests" / "fixtures" / "mini-exam"
CLOZE = {"type": "cloze", "domain": "d1", "points": 3, "scoring": "partial",
         "stem": "A LiFePO4 cell is nominally [1] V; in series cells add their [2]; 15 cells make [3] V.",
         "blanks": [{"id": "b1", "options": [{"id": "a", "text": "3.2"}, {"id": "b", "text": "3.7"}], "key": "a"},
                    {"id": "b2", "answers": ["voltage", "voltages"]},
                    {"id": "b3", "key": 48, "tolerance": 0.5}]}


def every_type_exam(rounds: int):
    """The test fixture's items (one of each type) and a cloze item, `rounds` times over, each
    with the fixture's picture, in one section of one form."""
    import yaml
    main = yaml.safe_load((MINI / "exam.yaml").read_text())
    kinds = yaml.safe_load((MINI / "items" / "all-types.yaml").read_text())["items"] + [dict(CLOZE, id="q-cloze")]
    docs = [dict(kind, id=f"{kind['id']}-{n}", media="media/panel.png") for n in range(rounds) for kind in kinds]
    main["forms"] = [{"id": "A", "title": "Form A", "sections": [
        {"id": "A1", "title": "All", "items": [d["id"] for d in docs]}]}]
    main["scoring"]["composite"] = "written"
    checklist = yaml.safe_load((MINI / "checklists" / "check.yaml").read_text())
    return read_exam(("exam.yaml", main), [("items.yaml", {"items": docs})], [("check.yaml", checklist)],
                     lambda path: path == "media/panel.png")


def window_moves(path: Path, moves: int) -> tuple[dict[str, list[float]], list[float]]:
    """Seconds per move on the UI thread (the navigation's call, then every event it queued:
    layout, paint), by the type of the question moved to, forward through the form, then back;
    and the same moves' CPU time of the UI thread (on a shared machine the wall time also holds
    the wait for a core, and the commit's wait for the disk)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.candidate import CandidateWindow

    application = QApplication.instance() or QApplication([])
    exam = every_type_exam(4)
    picture = (MINI / "media" / "panel.png").read_bytes()
    live, db = new_attempt(path, exam)
    window = CandidateWindow(live, lambda _media: picture, "Bench", Accommodations())
    window.resize(1280, 800)
    window.show()
    live.start()
    window.show_current_state()
    application.processEvents()
    window.ticker.stop()  # the once-a-second tick (timer, checkpoint) is its own event, timed apart
    order = list(live.plan.item_ids)
    route = order[1:] + order[-2::-1]
    by_type: dict[str, list[float]] = {}
    cpu: list[float] = []
    for n in range(moves):
        item_id = route[n % len(route)]
        start, start_cpu = time.perf_counter(), time.thread_time()
        window.navigation.go_to(item_id)
        application.processEvents()
        # the previous question's widgets, deleted later: the event loop (not running here) does
        # that on its next turn, on the same thread, so it is timed with the move
        application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        by_type.setdefault(exam.item(item_id).type, []).append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
        assert window.item_page.item_id == item_id
    for _ in range(max(1, moves // 20)):
        start = time.perf_counter()
        window.tick()
        application.processEvents()
        by_type.setdefault("(the second's tick, not a move)", []).append(time.perf_counter() - start)
    window.close()
    window.deleteLater()
    application.processEvents()
    db.close()
    return by_type, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--moves", type=int, default=600, help="question-to-question moves in the real window")
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
    by_type, cpu = window_moves(folder / "window.db", args.moves)
    every = [t for kind, samples in by_type.items() if not kind.startswith("(") for t in samples]
    w50, w99 = percentiles(every)
    c50, c99 = percentiles(cpu)
    print(f"item-to-item navigation in the real candidate window (UI thread, laid out and painted), "
          f"{len(every)} moves: p50 {w50:.1f} ms, p99 {w99:.1f} ms; p99 / one 60 Hz frame (16.7 ms) "
          f"{w99 / 16.7:.2f}; the UI thread's CPU time p50 {c50:.1f} ms, p99 {c99:.1f} ms")
    for kind, samples in sorted(by_type.items()):
        k50, k99 = percentiles(samples)
        print(f"  to {kind}: p50 {k50:.1f} ms, p99 {k99:.1f} ms, max {max(samples) * 1000:.1f} ms ({len(samples)} moves)")


if __name__ == "__main__":
    main()
