"""The lazy start, through the real program in its own process (offscreen): a station's first
screen (set-up or sign-in, chosen by a glance at the database file) is the first window and
shows before SQLAlchemy, cryptography or Alembic is loaded (and before anything it does not show,
down to Qt's `Qt` namespace, whose 93 enums cost 12 ms to make); a body's results window comes
behind an opening frame. The start-up check walks every page of the first window, and with no
scope every screen of the app on demo homes. A home whose database cannot be opened still ends
in one line and exit status 1. Correctness only: the timing is bench/bench_startup.py's."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.context import create_services
from tests.conftest import PASSPHRASE, ROOT

NOT_LOADED = "sqlalchemy not loaded; cryptography not loaded; alembic not loaded"
FIRST = "--smoke-test=first-screen"


def _start(home: Path, *args: str) -> subprocess.CompletedProcess:
    # Its own runtime folder, so the one-copy-per-user lock does not meet the app other tests
    # start at the same moment on another worker.
    runtime = home.parent / f"runtime-{home.name}"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXAMSTATION_KEY_PASSPHRASE": PASSPHRASE,
           "XDG_RUNTIME_DIR": str(runtime)}
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _stages(out: str) -> list[str]:
    """'smoke test: 123.456 what: detail' lines, without the time."""
    return [line.split(" ", 3)[3] for line in out.splitlines() if line.startswith("smoke test: ")]


def test_a_new_station_opens_on_its_set_up_before_loading_anything_heavy(tmp_path: Path) -> None:
    started = _start(tmp_path / "station", FIRST)
    assert started.returncode == 0, started.stderr
    assert _stages(started.stdout) == [f"window shown: {NOT_LOADED}", "first screen shown: MainWindow: FirstRunScreen",
                                       "screen: FirstRunScreen", "screen: SignInScreen", "screen: StartScreen"]
    again = _start(tmp_path / "station", FIRST)  # the database exists now, still without an administrator
    assert again.returncode == 0, again.stderr
    assert _stages(again.stdout)[:2] == [f"window shown: {NOT_LOADED}", "first screen shown: MainWindow: FirstRunScreen"]


def test_a_station_with_an_administrator_opens_on_sign_in_before_loading_anything_heavy(tmp_path: Path) -> None:
    services = create_services(tmp_path / "station", lambda _creating: PASSPHRASE)
    try:
        services.accounts.create("root", "Rita Admin", "admin", "password12")
    finally:
        services.close()
    started = _start(tmp_path / "station", FIRST)
    assert started.returncode == 0, started.stderr
    assert _stages(started.stdout)[:2] == [f"window shown: {NOT_LOADED}", "first screen shown: MainWindow: SignInScreen"]


@pytest.mark.slow
def test_the_start_up_check_reaches_every_screen_of_the_app(tmp_path: Path) -> None:
    started = _start(tmp_path / "station", "--smoke-test")
    assert started.returncode == 0, started.stderr
    stages = _stages(started.stdout)
    assert stages[-1] == "every screen shown: done"
    windows = [stage for stage in stages if stage.startswith("window: ")]
    assert windows == ["window: station, session open", "window: candidate", "window: candidate workstation",
                       "window: evaluator's tablet", "window: body"]
    assert {"screen: SessionScreen", "screen: 1 Check-in", "screen: 2 Console", "screen: 3 Audit log",
            "screen: 4 Checklists (evaluator mode)", "screen: 5 Room (seats)",             # the station's session
            "screen: WelcomePage", "screen: ItemPage", "screen: ReviewPage", "screen: EndPage",  # the candidate's
            "screen: PairingPage", "screen: TabletPairingPage", "screen: CandidatesPage",
            "screen: Build packages", "screen: Import", "screen: Reports", "screen: Marking", "screen: Release",
            "screen: Credentials"} <= set(stages)
    assert len([stage for stage in stages if stage.startswith("item: ")]) >= 10  # the demo exam's items, each shown


# What a station's first screen does without: the accounts dialog (and its tables), the audit chain's
# checks (hashlib), the key dialogs, the background work, and the `Qt` namespace (naming it makes its
# 93 enum classes: 12 ms, an eighth of a bare window's start). Reported when the first screen shows.
NOT_BEFORE_THE_FIRST_SCREEN = ("app.ui.admin.accounts", "app.ui.widgets.table_fit", "app.domain.audit",
                               "app.ui.admin.passphrase_dialog", "app.ui.widgets.tasks")
AT_THE_FIRST_SCREEN = f"""
import runpy, sys
import PySide6.QtCore
import app.ui.app as started
say = started._say
def _say(what, detail):
    if what == "first screen shown":
        loaded = [name for name in {NOT_BEFORE_THE_FIRST_SCREEN!r} if name in sys.modules]
        print("made before it:", loaded + (["Qt namespace"] if "Qt" in vars(PySide6.QtCore) else []), flush=True)
    say(what, detail)
started._say = _say
sys.argv[0] = "examstation"
runpy.run_module("app", run_name="__main__")
"""


@pytest.mark.parametrize("administrator", [False, True], ids=["set-up", "sign-in"])
def test_a_station_s_first_screen_is_made_without_what_it_does_not_show(tmp_path: Path, administrator: bool) -> None:
    if administrator:
        services = create_services(tmp_path / "station", lambda _creating: PASSPHRASE)
        try:
            services.accounts.create("root", "Rita Admin", "admin", "password12")
        finally:
            services.close()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXAMSTATION_KEY_PASSPHRASE": PASSPHRASE,
           "XDG_RUNTIME_DIR": str(runtime), "PYTHONPATH": str(ROOT)}
    started = subprocess.run([sys.executable, "-c", AT_THE_FIRST_SCREEN, "--home", str(tmp_path / "station"), FIRST],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    screen = "SignInScreen" if administrator else "FirstRunScreen"
    assert f"first screen shown: MainWindow: {screen}" in started.stdout
    assert "made before it: []" in started.stdout.splitlines()  # the walk after it may load them


def test_a_body_opens_on_its_results_and_every_tab_is_reached(tmp_path: Path) -> None:
    made = subprocess.run([sys.executable, "-m", "app", "--home", str(tmp_path / "body"), "keys", "init",
                           "--role", "body", "--name", "Start-up Body", "--store", "file"], cwd=ROOT,
                          env={**os.environ, "EXAMSTATION_KEY_PASSPHRASE": PASSPHRASE}, capture_output=True,
                          text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    started = _start(tmp_path / "body", FIRST)
    assert started.returncode == 0, started.stderr
    stages = _stages(started.stdout)
    assert stages[:2] == [f"window shown: {NOT_LOADED}", "first screen shown: ResultsWindow"]
    assert {"screen: Build packages", "screen: Import", "screen: Reports", "screen: Items"} <= set(stages[2:])


def test_a_database_that_cannot_be_opened_ends_in_one_line(tmp_path: Path) -> None:
    assert _start(tmp_path / "station", FIRST).returncode == 0
    database = sqlite3.connect(tmp_path / "station" / "station.db")
    database.execute("UPDATE alembic_version SET version_num = '9999'")  # written by a newer ExamStation
    database.commit()
    database.close()
    started = _start(tmp_path / "station", FIRST)
    assert started.returncode == 1
    assert _stages(started.stdout)[0] == f"window shown: {NOT_LOADED}"
    lines = [line for line in started.stderr.splitlines() if "propagateSizeHints" not in line]  # Qt offscreen's own
    assert len(lines) == 1 and "newer than this ExamStation" in lines[0] and "Traceback" not in started.stderr


def test_a_second_copy_in_the_start_up_check_ends_instead_of_waiting_for_a_person(tmp_path: Path, monkeypatch) -> None:
    from app.ui.lockdown import SingleInstanceGuard, private_lock_folder
    runtime = tmp_path / "runtime-station"  # the folder _start gives the program for this home
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    guard = SingleInstanceGuard(private_lock_folder())
    guard.acquire()  # this user's ExamStation is running already
    try:
        started = _start(tmp_path / "station", FIRST)
    finally:
        guard.release()
    assert started.returncode == 1 and "already running" in started.stderr  # no message box left open
