"""The board's reports (everything the Reports tab shows: results, item analysis, pass rates,
centers, time used, form equivalence, attempts left out) over a large body database, against the
floor measured in the same run: a bare SQL COUNT/SUM per item over the responses table plus a
direct numpy item analysis of the same matrix already in memory. Time and peak memory (each
measurement in a process of its own, peak RSS), for the reports as they are ("after") and as they
were before issue 14's "Scale" point ("before": every attempt and response loaded as an ORM object,
tests/reports_before.py).

Run: .venv/bin/python bench/bench_reports.py [--attempts 20000] [--items 100] [--repeat 3]
                                             [--postgres URL | --postgres auto] [--skip-before]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.store import release, results_models  # noqa: E402,F401  (their tables in Base.metadata)
from app.store.database import Database, open_database, sqlite_url  # noqa: E402
from bench_item_analysis import floor as numpy_floor, make_matrix as item_analysis_matrix  # noqa: E402
from app.store.models import Base  # noqa: E402

CENTERS = ("North Center", "South Center", "East Center", "West Center")
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


# -- the body database ------------------------------------------------------------------------
def make_matrix(attempts: int, items: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """bench_item_analysis's seeded matrix (scores and omits) and each response's option."""
    scores, omitted = item_analysis_matrix(attempts, items)
    return scores, omitted, np.random.default_rng(3).integers(0, 4, size=(attempts, items))


def build(url: str, attempts: int, items: int) -> None:
    """A body database: four centers' bundles, one package of one form, `attempts` attempts (a
    few voided, timed out or excluded at the release step), `items` responses each, incidents."""
    db = open_database(url)
    scores, omitted, options = make_matrix(attempts, items)
    rng = np.random.default_rng(2)
    item_ids = [f"item-{j:03d}" for j in range(items)]
    tables: dict[str, list[tuple]] = {
        "body_exams": [("pkg", "bench-exam", "1", "sealed", NOW, None, None, None)],
        "imported_bundles": [(f"b{c}", f"FP{c:02d}-0000-0000-0000", name, f"s{c}", "pkg", NOW, "0" * 64, None, None)
                             for c, name in enumerate(CENTERS)],
        "result_attempts": [], "result_responses": [], "result_events": [], "release_decisions": []}
    states = rng.choice(["submitted"] * 18 + ["timed_out", "voided"], size=attempts)
    for a in range(attempts):
        attempt_id, center = f"attempt-{a:06d}", a % len(CENTERS)
        raw = float(scores[a].sum())
        details = json.dumps({"checklists": {}, "composite_complete": True, "composite_passed": raw > items / 2,
                              "domains": {"d1": 100 * raw / items}, "pending_manual": []})
        tables["result_attempts"].append(
            (attempt_id, f"b{center}", "0" * 64, f"s{center}", "pkg", "bench-exam", "A", f"FP{center:02d}-0000-0000-0000",
             f"C{a:06d}", f"Candidate {a}", "{}", str(states[a]), raw, float(items), 100 * raw / items,
             raw > items / 2, None, int(rng.integers(600_000, 3_600_000)), 1, details, "[]"))
        tables["result_events"].append((attempt_id, 1, "incident", 1000, "2026-12-01T09:00:00Z",
                                        json.dumps({"type": "focus_lost"}), None))
        for j, item_id in enumerate(item_ids):
            response = None if omitted[a, j] else json.dumps("abcd"[options[a, j]])
            tables["result_responses"].append((attempt_id, item_id, response, float(scores[a, j]), 1.0))
        if a % 500 == 7:
            tables["release_decisions"].append((a, attempt_id, f"s{center}", "exclude", "Bench.", "Bench", NOW))
    with db.engine.begin() as connection:
        for table, rows in tables.items():
            _insert(connection, Base.metadata.tables[table], rows)
    db.close()


def _insert(connection, table, rows: list[tuple]) -> None:
    """The small tables (with dates) through SQLAlchemy; the big ones by executemany on SQLite and
    COPY on PostgreSQL (an INSERT per row would take minutes)."""
    names = [c.name for c in table.columns]
    if len(rows) < 1000:
        connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
    elif connection.dialect.name != "postgresql":
        marks = ", ".join("?" * len(names))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", rows)
    else:
        driver = connection.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


# -- one measurement, in a process of its own ---------------------------------------------------
class BenchExam:
    """The one form of the bench's package: `items` single-choice items."""

    def __init__(self, items: int) -> None:
        self.item_ids = [f"item-{j:03d}" for j in range(items)]

    def form(self, _form_id: str) -> SimpleNamespace:
        return SimpleNamespace(item_ids=self.item_ids)

    def item(self, _item_id: str) -> SimpleNamespace:
        return SimpleNamespace(type="single_choice")


def measure(what: str, url: str, attempts: int, items: int) -> dict:
    db = open_database(url)
    exams = {"pkg": BenchExam(items)}.get
    run = {"after": lambda: _after(db, exams), "before": lambda: _before(db, exams),
           "floor": _floor(db, attempts, items)}[what]
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": seconds, "peak_mib": _peak_rss_kib() / 1024}


def _peak_rss_kib() -> int:
    """This process's peak resident memory (VmHWM). Not getrusage's ru_maxrss: Linux carries that
    across exec from the parent, which holds the whole database's rows while building it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _after(db: Database, exams) -> None:
    from app.services.reports import ReportService
    board = ReportService(lambda: db, exams).board()
    assert board["forms"]


def _before(db: Database, exams) -> None:
    from app.services.release import ReleaseService
    from tests.reports_before import ReportsBefore
    board = ReportsBefore(lambda: db, exams, ReleaseService(lambda: db, exams, None)).board()
    assert board["forms"]


def _floor(db: Database, attempts: int, items: int):
    """The matrix is made beforehand (not timed); the run is the SQL sums and numpy's statistics."""
    from sqlalchemy import text
    scores, omitted, _options = make_matrix(attempts, items)

    def run() -> None:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT item_id, COUNT(*), SUM(score / max_score) FROM result_responses "
                                    "GROUP BY item_id")).all()
        numpy_floor(scores, omitted)
    return run


def in_process(what: str, url: str, args: argparse.Namespace) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", what, "--url", url, "--attempts", str(args.attempts),
                          "--items", str(args.items)], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(label: str, url: str, args: argparse.Namespace) -> None:
    kinds = ["floor", "after"] + ([] if args.skip_before else ["before"])
    runs: dict[str, list[dict]] = {k: [] for k in kinds}
    for _ in range(args.repeat):   # interleaved, so a change in the machine's load meets each alike
        for kind in kinds:
            runs[kind].append(in_process(kind, url, args))
    seconds = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
    memory = {k: max(r["peak_mib"] for r in v) for k, v in runs.items()}
    print(f"{label}: floor (SQL COUNT/SUM per item + numpy item analysis) {seconds['floor']:.2f} s, "
          f"peak {memory['floor']:.0f} MiB")
    for kind in kinds[1:]:
        print(f"{label}: reports {kind} {seconds[kind]:.2f} s ({seconds[kind] / seconds['floor']:.1f}x the floor), "
              f"peak {memory[kind]:.0f} MiB ({memory[kind] / memory['floor']:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=20000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", help="a PostgreSQL server URL to measure too, or 'auto' to start one")
    parser.add_argument("--skip-before", action="store_true", help="only the floor and the reports as they are")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.url, args.attempts, args.items)))
        return
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-reports-")))
        targets = [("SQLite", sqlite_url(folder / "body.db"))]
        if args.postgres:
            from bench_import import postgres_server_url
            from tests.postgres import fresh_postgres_database
            server = postgres_server_url(stack, args.postgres)
            targets.append(("PostgreSQL", fresh_postgres_database(server, "bench_reports")))
        print(f"{args.attempts:,} attempts x {args.items} items ({args.attempts * args.items:,} responses)")
        for label, url in targets:
            start = time.perf_counter()
            build(url, args.attempts, args.items)
            print(f"{label}: database built in {time.perf_counter() - start:.1f} s")
            report(label, url, args)


if __name__ == "__main__":
    main()
