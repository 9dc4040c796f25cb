"""The built desktop app (dist/examstation, from build/dist.sh) against a tiny PySide6 app (one
window, one label) built by the same PyInstaller in its plain one-folder way (the floor: what
any PySide6 program costs), in the same run: folder size unpacked and as tar.gz, and cold start
(offscreen) to the first screen shown, also against `python -m app` and a bare PySide6 window.
The start is read from the programs' own "smoke test: <time> window shown" lines (the same
monotonic clock as this process), interleaved so a change in the machine's load meets all alike.

Run: bash build/dist.sh && .venv/bin/python bench/bench_installer.py [--repeat 5] [--rebuild-floor]
(the floor is built once into dist/tiny-pyside6/, about a minute of CPU.)
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
FLOOR_DIST = ROOT / "dist" / "tiny-pyside6"
TINY = """import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("tiny"); window.resize(1000, 720); window.show(); app.processEvents()
print(f"smoke test: {time.monotonic():.3f} window shown: tiny", flush=True)
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "examstation.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            archive.add(path, arcname=path.name)
        return target.stat().st_size


def build_floor() -> Path:
    """The tiny app, built by the PyInstaller that builds ExamStation (build/dist.sh's)."""
    with tempfile.TemporaryDirectory() as work:
        script = Path(work) / "tiny_pyside6.py"
        script.write_text(TINY)
        subprocess.run([str(ROOT / ".venv/bin/pyinstaller"), "--noconfirm", "--log-level", "WARN", "--onedir",
                        "--name", "tiny-pyside6", "--workpath", str(Path(work) / "build"), "--specpath", work,
                        "--distpath", str(FLOOR_DIST.parent), str(script)], check=True, env={**os.environ, "LANG": "C.UTF-8"})
    return FLOOR_DIST


def shown_after(command: list[str], env: dict[str, str], stage: str = "window shown") -> float:
    """Seconds from starting the command to the stage it reports."""
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    for line in out.splitlines():
        if line.startswith("smoke test: ") and line.split(" ", 3)[3].startswith(stage):
            return float(line.split(" ", 3)[2]) - start
    raise RuntimeError(f"{command[0]} did not report '{stage}'")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild-floor", action="store_true")
    args = parser.parse_args()
    if not DIST.is_dir():
        sys.exit("Build first: bash build/dist.sh")
    floor = build_floor() if args.rebuild_floor or not FLOOR_DIST.is_dir() else FLOOR_DIST
    home = tempfile.mkdtemp(prefix="examstation-bench-")
    runtime = tempfile.mkdtemp(prefix="examstation-runtime-")
    env = {"HOME": home, "PATH": "/nonexistent", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "EXAMSTATION_HOME": home, "XDG_RUNTIME_DIR": runtime}
    scope = "--smoke-test=first-screen"
    ours_stage, floor_stage = "first screen shown", "window shown"  # ExamStation's real first screen
    programs = {
        "built ExamStation": ([str(DIST / "examstation"), scope], ours_stage),
        "python -m app": ([sys.executable, "-m", "app", scope], ours_stage),
        "tiny PySide6 app, built": ([str(floor / "tiny-pyside6")], floor_stage),
        "bare PySide6 window, python": ([sys.executable, "-c", TINY], floor_stage),
    }
    source_env = {**env, "PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    for name, (command, stage) in programs.items():  # the home's database made, the files in the page cache
        shown_after(command, source_env if "python" in name else env, stage)
    samples: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.repeat):
        for name, (command, stage) in programs.items():
            samples[name].append(shown_after(command, source_env if "python" in name else env, stage))
    ours, tiny = folder_size(DIST), folder_size(floor)
    ours_gz, tiny_gz = compressed_size(DIST), compressed_size(floor)
    print(f"built folder: {ours / 2**20:.0f} MiB unpacked, {ours_gz / 2**20:.0f} MiB as tar.gz; tiny PySide6 app "
          f"built the same way: {tiny / 2**20:.0f} MiB, {tiny_gz / 2**20:.0f} MiB; ratio {ours / tiny:.2f}x, "
          f"{ours_gz / tiny_gz:.2f}x")
    median = {name: statistics.median(values) for name, values in samples.items()}
    bare, tiny_start = median["bare PySide6 window, python"], median["tiny PySide6 app, built"]
    print("cold start to the first screen shown: " + "; ".join(f"{name} {value:.3f} s" for name, value in median.items()))
    print(f"built/tiny built {median['built ExamStation'] / tiny_start:.2f}x; built/bare {median['built ExamStation'] / bare:.2f}x; "
          f"python -m app/bare {median['python -m app'] / bare:.2f}x")


if __name__ == "__main__":
    main()
