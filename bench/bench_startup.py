"""Cold start: process start to the proctor's start screen shown, against a bare
PySide6 window (the floor), offscreen, in the same run. Also peak memory (RSS).

Run: .venv/bin/python bench/bench_startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import resource, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("bare"); window.resize(1000, 720); window.show(); app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP = """
import resource, sys
sys.path.insert(0, {root!r})
from app.services.context import create_services
from app.ui.app import ensure_application
from app.ui.main_window import MainWindow
app = ensure_application()
services = create_services({home!r}, lambda creating: "unused")
window = MainWindow(services); window.show(); app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
services.close()
"""


def time_child(code: str) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - start
    return elapsed, int(out.split()[1]) // 1024  # ru_maxrss is KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="examstation-bench-")
    app_code = APP.format(root=str(ROOT), home=home)
    time_child(app_code)  # first run creates and migrates the database; not a cold start of an installed station
    bare = [time_child(BARE) for _ in range(args.repeat)]
    ours = [time_child(app_code) for _ in range(args.repeat)]
    bare_s, ours_s = statistics.median(t for t, _ in bare), statistics.median(t for t, _ in ours)
    bare_mb, ours_mb = max(m for _, m in bare), max(m for _, m in ours)
    print(f"bare PySide6 window: {bare_s:.2f} s, {bare_mb} MiB")
    print(f"ExamStation start screen: {ours_s:.2f} s, {ours_mb} MiB; ratio {ours_s / bare_s:.1f}x time, "
          f"{ours_mb / bare_mb:.1f}x memory")


if __name__ == "__main__":
    main()
