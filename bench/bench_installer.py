"""The built desktop app (dist/examstation, from build/dist.sh): folder size unpacked and
compressed, and cold start to the first screen shown, against `python -m app` and a bare
PySide6 window, offscreen, in the same run.

Run: bash build/dist.sh && .venv/bin/python bench/bench_installer.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "examstation"
BARE = ("from PySide6.QtWidgets import QApplication, QLabel\nimport sys\napp = QApplication(sys.argv[:1])\n"
        "w = QLabel('bare'); w.show(); app.processEvents()\n")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "examstation.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            archive.add(path, arcname="examstation")
        return target.stat().st_size


def start_time(command: list[str], home: str, repeat: int) -> float:
    env = {"HOME": home, "PATH": "/nonexistent", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "EXAMSTATION_HOME": home}
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DIST.is_dir():
        sys.exit("Build first: bash build/dist.sh")
    home = tempfile.mkdtemp(prefix="examstation-bench-")
    built = [str(DIST / "examstation"), "--smoke-test"]
    source = [sys.executable, "-m", "app", "--smoke-test"]
    subprocess.run(built, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXAMSTATION_HOME": home}, check=True)
    built_s = start_time(built, home, args.repeat)
    source_s = start_time(source, home, args.repeat)
    bare_s = start_time([sys.executable, "-c", BARE], home, args.repeat)
    print(f"built folder: {folder_size(DIST) / 2**20:.0f} MiB unpacked, {compressed_size(DIST) / 2**20:.0f} MiB as tar.gz")
    print(f"cold start to the first screen: built {built_s:.2f} s; python -m app {source_s:.2f} s; "
          f"bare PySide6 window {bare_s:.2f} s; built/bare {built_s / bare_s:.1f}x")


if __name__ == "__main__":
    main()
