"""Where a result import's CPU time goes, phase by phase (bench/README.md, issue 15 sixth part):
each phase's function wrapped with a process_time accumulator, the median of N imports of one
300-candidate bundle into empty SQLite databases, in one process. Phases nest: "open+digest"
holds "loads_strict", "plan total" holds parse_payload to rows.

Run: .venv/bin/python bench/import_phases.py [N]
"""

from __future__ import annotations

import collections
import functools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_import as bench  # noqa: E402  (sets up the path and the passphrase)

import app.formats.result_bundle as result_bundle  # noqa: E402
import app.services.result_import as result_import  # noqa: E402
import app.services.results as results  # noqa: E402
import app.store.results as store  # noqa: E402
from app.services.context import create_services  # noqa: E402

spent: dict[str, float] = collections.defaultdict(float)
PHASES = [(results, "verify_bundle", "verify_bundle"), (result_bundle, "loads_strict", "loads_strict"),
          (results, "open_payload_and_digest", "open+digest (incl loads)"), (result_import, "parse_payload", "parse_payload"),
          (result_import, "_check_audit", "audit"), (results.ResultsRepository, "known_attempts", "known"),
          (result_import, "_check_window", "window"), (result_import, "_events", "Event objs"),
          (result_import, "_check_chain", "chain"), (result_import, "check_history_and_fold", "replay"),
          (result_import, "attempt_result", "scoring"), (result_import, "_add_contents", "rows"),
          (results, "plan_import", "plan total"), (store.ResultsRepository, "write_import", "write")]


def timed(owner, name: str, label: str) -> None:
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
    setattr(owner, name, wrapper)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    for owner, name, label in PHASES:
        timed(owner, name, label)
    folder = Path(tempfile.mkdtemp(prefix="examstation-phases-"))
    home, bundle = bench.make_bundle(folder, 300)
    runs, totals = [], []
    for i in range(count):
        services = create_services(home, bench.PASS, database_url=f"sqlite:///{folder / f'phases-{i}.db'}")
        services.keys.load("body")
        services.station.db
        spent.clear()
        start = time.process_time()
        services.results.import_bundle(bundle)
        totals.append(time.process_time() - start)
        runs.append(dict(spent))
        services.close()
    for _owner, _name, label in PHASES:
        print(f"{label:28s} {statistics.median(r.get(label, 0.0) for r in runs) * 1000:7.1f} ms")
    print(f"{'total':28s} {statistics.median(totals) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
