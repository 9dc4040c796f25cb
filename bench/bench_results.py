"""Result import throughput against a raw bulk insert of the same rows, on SQLite and
(optionally) PostgreSQL; and item-analysis time for 100,000 attempts x 100 items.

Run: .venv/bin/python bench/bench_results.py [--candidates 300] [--postgres URL]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("EXAMSTATION_KEY_PASSPHRASE", "bench passphrase")

from sqlalchemy import create_engine, text  # noqa: E402

from app.domain.psychometrics import item_statistics, reliability  # noqa: E402
from app.services.context import create_services  # noqa: E402
from app.services.simulate import simulate  # noqa: E402
from app.store.results import ResultsRepository  # noqa: E402

PASS = lambda _creating: "bench passphrase"  # noqa: E731


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


def import_rate(home: Path, bundle: Path, url: str) -> tuple[float, int]:
    services = create_services(home, PASS, database_url=url)
    start = time.perf_counter()
    report = services.results.import_bundle(bundle)
    elapsed = time.perf_counter() - start
    services.close()
    return elapsed, report.responses


def raw_insert_rate(url: str, rows: int) -> float:
    """The floor: the same number of response rows bulk-inserted in one transaction."""
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text("DROP TABLE IF EXISTS bench_raw"))
        c.execute(text("CREATE TABLE bench_raw (attempt_id VARCHAR(36), item_id VARCHAR(80), response TEXT, "
                       "score FLOAT, max_score FLOAT, PRIMARY KEY (attempt_id, item_id))"))
    data = [{"a": f"{i // 30:036d}", "i": f"item-{i % 30}", "r": '"b"', "s": 1.0, "m": 1.0} for i in range(rows)]
    start = time.perf_counter()
    with engine.begin() as c:
        c.execute(text("INSERT INTO bench_raw VALUES (:a, :i, :r, :s, :m)"), data)
    elapsed = time.perf_counter() - start
    with engine.begin() as c:
        c.execute(text("DROP TABLE bench_raw"))
    engine.dispose()
    return elapsed


def item_analysis_time(attempts: int, items: int) -> float:
    rng = random.Random(1)
    ability = [rng.gauss(0, 1) for _ in range(attempts)]
    difficulty = [rng.gauss(0, 1) for _ in range(items)]
    scores = [[1.0 if a - d + rng.gauss(0, 1) > 0 else 0.0 for d in difficulty] for a in ability]
    omitted = [[False] * items for _ in range(attempts)]
    start = time.perf_counter()
    item_statistics([f"i{j}" for j in range(items)], scores, omitted)
    reliability(scores)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--postgres", help="a PostgreSQL URL (an empty database) to measure too")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="examstation-bench-"))
    home, bundle = make_bundle(folder, args.candidates)
    targets = [("SQLite", f"sqlite:///{folder / 'central.db'}")] + ([("PostgreSQL", args.postgres)] if args.postgres else [])
    for name, url in targets:
        seconds, responses = import_rate(home, bundle, url)
        floor = raw_insert_rate(url, responses)
        print(f"{name}: import {responses} responses in {seconds:.2f} s ({responses / seconds:,.0f}/s, with "
              f"verify, decrypt, scoring and events); raw bulk insert {floor:.3f} s ({responses / floor:,.0f}/s); "
              f"ratio {seconds / floor:.0f}x")
    print(f"item analysis, 100,000 attempts x 100 items: {item_analysis_time(100_000, 100):.1f} s")


if __name__ == "__main__":
    main()
