"""Cold start of the desktop app (`python -m app --smoke-test`, offscreen) against a bare
PySide6 window (the floor), in the same run and interleaved with it: process start to the
window shown, and to the home's first real screen shown; peak memory (RSS). Also the CPU time
used to the first screen and the fastest run of each, both steadier than the median wall time
when other work shares the machine. Two homes: a new
station (its first screen is the set-up) and a station with an administrator (sign-in).

Both run with their bytecode compiled once beforehand (an installed app has it; this machine's
PYTHONDONTWRITEBYTECODE would otherwise make every run compile the app's modules again). The
first run of the app creates and migrates the home's database and is not counted.

Run: .venv/bin/python bench/bench_startup.py [--repeat 7] [--root OTHER_CHECKOUT]
(--root times another checkout, such as one from before a change; a checkout whose smoke test
does not report when its window shows is timed to its exit, which comes right after it.)
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
import resource, sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("bare"); window.resize(1000, 720); window.show(); app.processEvents()
print(f"smoke test: {time.monotonic():.3f} window shown: bare", flush=True)
print(f"cpu {time.process_time():.4f} window shown", flush=True)
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

# The app under the same measurement: its own entry point, then the peak RSS printed at exit. The
# CPU time used so far is printed with each stage the start-up check reports (on a shared machine
# the wall clock also counts other people's work): app.ui.app's reporter is wrapped when that
# module loads, so nothing is imported sooner or in another order than in the app itself.
APP = """
import atexit, resource, runpy, sys, time
from importlib.machinery import PathFinder
sys.path.insert(0, {root!r})

class CpuAtEachStage:
    def find_spec(self, name, path, target=None):
        if name != "app.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            say = getattr(module, "_say", None)  # an older checkout may report no stages
            if say is None:
                return
            def say_with_cpu(what, detail):
                say(what, detail)
                print(f"cpu {{time.process_time():.4f}} {{what}}", flush=True)
            module._say = say_with_cpu
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, CpuAtEachStage())
atexit.register(lambda: print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True))
sys.argv = ["examstation", "--home", {home!r}, {smoke!r}]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit:
    pass
"""


def run_child(code: str, cache: str) -> dict[str, float]:
    """Seconds from process start to each stage it reports, to its exit, and its peak MiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PYTHONPYCACHEPREFIX": cache,
           "EXAMSTATION_KEY_PASSPHRASE": "bench"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    stages = {"exit": time.monotonic() - start}
    for line in out.splitlines():
        if line.startswith("smoke test: ") and line.count(":") >= 2:
            stamp, stage = line[len("smoke test: "):].split(":", 1)[0].split(" ", 1)
            stages.setdefault(stage, float(stamp) - start)
        elif line.startswith("cpu "):
            seconds, stage = line[len("cpu "):].split(" ", 1)
            stages.setdefault(f"cpu {stage}", float(seconds))
        elif line.startswith("rss "):
            stages["MiB"] = int(line.split()[1]) / 1024  # ru_maxrss is KiB on Linux
    return stages


def median(samples: list[dict[str, float]], stage: str) -> float | None:
    values = [s[stage] for s in samples if stage in s]
    return statistics.median(values) if values else None


def set_up_station(home: str) -> None:
    """A station past its first run (an administrator exists): its first screen is sign-in."""
    sys.path.insert(0, str(ROOT))
    from app.services.context import create_services
    services = create_services(Path(home), lambda creating: "bench")
    try:
        services.accounts.create("admin", "Bench Admin", "admin", "bench-password-1")
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to time (default: this one)")
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="examstation-pycache-")
    first_run, signed = tempfile.mkdtemp(prefix="examstation-bench-"), tempfile.mkdtemp(prefix="examstation-bench-")
    set_up_station(signed)
    # Only the home's first screen: a checkout whose check walks every screen has it as a scope.
    smoke = "--smoke-test=first-screen" if "first-screen" in (args.root / "app/cli/parser.py").read_text() \
        else "--smoke-test"
    homes = {"new station (set-up screen)": APP.format(root=str(args.root.resolve()), home=first_run, smoke=smoke),
             "set-up station (sign-in screen)": APP.format(root=str(args.root.resolve()), home=signed, smoke=smoke)}
    for code in homes.values():
        run_child(code, cache)  # creates and migrates the database, compiles the bytecode
    run_child(BARE, cache)
    bare: list[dict[str, float]] = []
    ours: dict[str, list[dict[str, float]]] = {name: [] for name in homes}
    for _ in range(args.repeat):  # interleaved, so a change in the machine's load meets both alike
        bare.append(run_child(BARE, cache))
        for name, code in homes.items():
            ours[name].append(run_child(code, cache))
    floor, floor_cpu = median(bare, "window shown"), median(bare, "cpu window shown")
    print(f"bare PySide6 window: shown {floor:.3f} s (CPU {floor_cpu:.3f} s), {median(bare, 'MiB'):.0f} MiB")
    for name, samples in ours.items():
        shown, first = median(samples, "window shown"), median(samples, "first screen shown")
        if shown is None:
            end = median(samples, "exit")
            print(f"ExamStation, {name} ({args.root}): first screen shown and closed {end:.3f} s; ratio "
                  f"{end / floor:.1f}x; {median(samples, 'MiB'):.0f} MiB")
            continue
        print(f"ExamStation, {name}: window shown {shown:.3f} s (ratio {shown / floor:.2f}x); first screen "
              f"shown {first:.3f} s ({first / floor:.2f}x); {median(samples, 'MiB'):.0f} MiB")
        cpu = median(samples, "cpu first screen shown")
        if cpu is not None:
            print(f"    CPU to the first screen {cpu:.3f} s ({cpu / floor_cpu:.2f}x the bare window's); "
                  f"first screen shown, fastest run {min(s['first screen shown'] for s in samples):.3f} s "
                  f"({min(s['first screen shown'] for s in samples) / min(s['window shown'] for s in bare):.2f}x "
                  "the bare window's fastest)")


if __name__ == "__main__":
    main()
