"""Result-bundle import against its floor, on SQLite and (optionally) PostgreSQL: a raw bulk
insert (the database driver's executemany, one transaction) of exactly the rows the import
wrote, into another database of the same schema, in the same run.

The import is timed from the bundle file to the committed rows: the signature over the
bundle, decryption, the payload's checks, the authenticated history of every attempt,
scoring, the replay of the attempt rules and the writes. The body's keys are unlocked and
the database opened before the clock starts (a body does both once, not per bundle).

Run: .venv/bin/python bench/bench_import.py [--candidates 300] [--postgres URL | --postgres auto]
     .venv/bin/python bench/bench_import.py --cpu 7     (the import's CPU time alone, median of 7)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("EXAMSTATION_KEY_PASSPHRASE", "bench passphrase")

from sqlalchemy import text  # noqa: E402

from app.services.context import create_services  # noqa: E402
from app.services.simulate import simulate  # noqa: E402
from app.store.database import open_database  # noqa: E402

PASS = lambda _creating: "bench passphrase"  # noqa: E731
TABLES = ("body_exams", "imported_bundles", "result_attempts", "result_responses", "result_events", "result_evaluations")


def make_bundle(folder: Path, candidates: int) -> tuple[Path, Path]:
    body = create_services(folder / "body", PASS)
    center = create_services(folder / "center", PASS)
    body.keys.init("body", "Bench Body", store="file")
    center.keys.init("center", "Bench Center", store="file")
    body.keys.export("body", folder / "body.json")
    center.keys.export("center", folder / "center.json")
    body.keys.trust(folder / "center.json")
    center.keys.trust(folder / "body.json")
    package = folder / "ess.exampkg"
    body.packages.build(ROOT / "exam_packages" / "ess-integration", [folder / "center.json"], package, "BENCH-CODE")
    session = simulate(center, package, "BENCH-CODE", candidates, seed=2).session_id
    bundle = center.results.export(session, folder)
    body.close()
    center.close()
    return folder / "body", bundle


def timed_import(home: Path, bundle: Path, url: str) -> tuple[float, dict[str, list[tuple]]]:
    """Seconds for one import into the empty database at `url`, and the rows it wrote."""
    services = create_services(home, PASS, database_url=url)
    services.keys.load("body")   # unlocked once per running body
    database = services.station.db  # opened (and migrated) once per running body
    start = time.perf_counter()
    services.results.import_bundle(bundle)
    elapsed = time.perf_counter() - start
    with database.engine.connect() as c:
        rows = {table: [tuple(r) for r in c.execute(text(f"SELECT * FROM {table}"))] for table in TABLES}
    services.close()
    return elapsed, rows


def cpu_times(home: Path, bundle: Path, folder: Path, count: int) -> list[float]:
    """CPU seconds (time.process_time) of `count` imports of the bundle, each into an empty SQLite
    database, in this one process: on a shared, loaded machine the wall clock swings 2-4x, the
    CPU time far less."""
    times = []
    for i in range(count):
        services = create_services(home, PASS, database_url=f"sqlite:///{folder / f'cpu-{i}.db'}")
        services.keys.load("body")
        services.station.db  # opened (and migrated) before the clock starts, as in timed_import
        start = time.process_time()
        services.results.import_bundle(bundle)
        times.append(time.process_time() - start)
        services.close()
    return times


def raw_insert(url: str, rows: dict[str, list[tuple]]) -> float:
    """The floor: the same rows, executemany per table through the bare driver, one commit."""
    database = open_database(url)
    connection = database.engine.raw_connection()
    marker = "?" if database.engine.dialect.name == "sqlite" else "%s"
    try:
        cursor = connection.cursor()
        start = time.perf_counter()
        for table in TABLES:
            if rows[table]:
                cursor.executemany(f"INSERT INTO {table} VALUES ({', '.join([marker] * len(rows[table][0]))})",
                                   rows[table])
        connection.commit()
        elapsed = time.perf_counter() - start
    finally:
        connection.close()
        database.close()
    return elapsed


def postgres_server_url(stack: ExitStack, given: str) -> str:
    """`given`, or with 'auto' a private server as the tests start (its folder must be one the
    postgres system user can reach)."""
    if given != "auto":
        return given
    from tests.postgres import postgres_server
    return stack.enter_context(_generator(postgres_server(Path(tempfile.mkdtemp(prefix="examstation-pg-")))))


def postgres_urls(server: str) -> tuple[str, str]:
    from tests.postgres import fresh_postgres_database
    return fresh_postgres_database(server, "bench_import"), fresh_postgres_database(server, "bench_floor")


class _generator:
    def __init__(self, generator) -> None:
        self.generator = generator

    def __enter__(self) -> str:
        return next(self.generator)

    def __exit__(self, *_exc) -> None:
        self.generator.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", help="a PostgreSQL server URL to measure too, or 'auto' to start one")
    parser.add_argument("--cpu", type=int, metavar="N",
                        help="only the import's CPU time: the median of N imports into SQLite, in one process")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="examstation-bench-"))
    home, bundle = make_bundle(folder, args.candidates)
    if args.cpu:
        times = cpu_times(home, bundle, folder, args.cpu)
        print(f"SQLite import CPU time, {args.cpu} imports: median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms (load average {os.getloadavg()[0]:.1f})", flush=True)
        return
    with ExitStack() as stack:
        backends = [("SQLite", lambda i: (f"sqlite:///{folder / f'import-{i}.db'}",
                                          f"sqlite:///{folder / f'floor-{i}.db'}"))]
        if args.postgres:
            server = postgres_server_url(stack, args.postgres)
            backends.append(("PostgreSQL", lambda _i: postgres_urls(server)))
        for name, urls in backends:
            ours, floor = [], []
            for i in range(args.repeat):
                import_url, floor_url = urls(i)
                seconds, rows = timed_import(home, bundle, import_url)
                ours.append(seconds)
                floor.append(raw_insert(floor_url, rows))
            count = sum(len(r) for r in rows.values())
            ours_s, floor_s = statistics.median(ours), statistics.median(floor)
            print(f"{name}: import {ours_s:.3f} s for {count:,} rows ({len(rows['result_responses']):,} responses, "
                  f"{len(rows['result_events']):,} events; {count / ours_s:,.0f} rows/s, with verify, decrypt, "
                  f"history checks, scoring); raw bulk insert of the same rows {floor_s:.3f} s "
                  f"({count / floor_s:,.0f} rows/s); import rate {floor_s / ours_s:.2f} of the raw rate "
                  f"(1/{ours_s / floor_s:.1f})", flush=True)


if __name__ == "__main__":
    main()
