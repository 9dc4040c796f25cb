"""`examstation demo`: a throwaway home with DEMO identities and the sample exam built for it.

The demo body and center keys are generated fresh for each demo, live only in
the throwaway folder (deleted at exit), and are named DEMO so no one mistakes
them for real ones. Their key files use a published passphrase: they protect nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.services.context import Services, create_services
from app.services.processes import own_command
from app.services.packages import Clock, utc_now

DEMO_PASSPHRASE = "demo-keys-not-secret"
DEMO_RELEASE_CODE = "DEMO-2026"
DEMO_BODY = "DEMO Credential Body (demo keys, not for real exams)"
DEMO_CENTER = "DEMO Testing Center (demo keys, not for real exams)"
# The demo station's throwaway accounts: user, name, role, password, PIN (shown on the demo banner).
DEMO_ACCOUNTS = (("demo-admin", "Demo Administrator", "admin", "demo-admin-pass", "2580"),
                 ("demo", "Demo Proctor", "proctor", "demo-proctor-pass", "1470"),
                 ("eva", "Eva Evaluator", "evaluator", "demo-eval-pass", "2468"),
                 ("sam", "Sam Evaluator", "evaluator", "demo-eval-pass", "1357"))
SAMPLES = Path(__file__).resolve().parents[2] / "exam_packages"
DEMO_SOURCES = [SAMPLES / "ess-integration", SAMPLES / "efficiency-maintenance"]


@dataclass
class Demo:
    root: Path
    services: Services          # the station (center) home
    packages: list[Path]
    release_code: str = DEMO_RELEASE_CODE
    seats: list[subprocess.Popen] = field(default_factory=list)

    def start_seats(self, count: int, station: str) -> None:
        """Candidate workstations on this computer: one process each, with its own home, waiting
        to be paired with the station at `station` (the proctor opens the room first)."""
        for number in range(1, count + 1):
            self.seats.append(subprocess.Popen(
                [*own_command(), "--home", str(self.root / f"seat-{number}"), "seat", "--windowed",
                 "--name", f"Seat {number}", "--station", station]))

    def discard(self) -> None:
        for seat in self.seats:
            seat.terminate()
        for seat in self.seats:
            try:
                seat.wait(5)
            except subprocess.TimeoutExpired:
                seat.kill()
        self.services.close()
        shutil.rmtree(self.root, ignore_errors=True)


def prepare_demo(root: Path | None = None, sources: list[Path] | None = None, clock: Clock = utc_now) -> Demo:
    root = Path(root or tempfile.mkdtemp(prefix="examstation-demo-"))
    passphrase = lambda _creating: DEMO_PASSPHRASE  # noqa: E731 - demo keys only
    body = create_services(root / "body", passphrase, clock)
    station = create_services(root / "station", passphrase, clock)
    try:
        body.keys.init("body", DEMO_BODY, store="file")
        station.keys.init("center", DEMO_CENTER, store="file")
        body_file, center_file = root / "demo-body.json", root / "demo-center.json"
        body.keys.export("body", body_file)
        station.keys.export("center", center_file)
        body.keys.trust(center_file)
        station.keys.trust(body_file)
        for username, name, role, password, pin in DEMO_ACCOUNTS:
            station.accounts.create(username, name, role, password, pin, by="demo-admin")
        built = []
        for source in sources or DEMO_SOURCES:
            out = station.home.packages_dir / f"{source.name}.exampkg"
            body.packages.build(source, [center_file], out, DEMO_RELEASE_CODE)
            built.append(out)
        # A candidate admitted before the room is open gets a screen of their own on this computer
        # (single-computer mode); in the demo it is a normal window, not a locked full screen.
        if station.local_seats is not None:
            station.local_seats.extra_arguments = ["--windowed"]
    except BaseException:
        station.close()
        shutil.rmtree(root, ignore_errors=True)
        raise
    finally:
        body.close()
    return Demo(root, station, built)
