"""Renders every proctor and evaluator screen offscreen to PNG, at 100 % and 200 % text.

Usage (from the repository root):
    python build/tools/screenshots_staff.py OUT_DIR [--scales 100 200] [--language es] [--contrast]
                                                    [--size 1280x800] [--full-colour]

Files are named NN-scene[-200][-contrast][-es][-WIDTHxHEIGHT].png; the size is named only when
--size is given (else 1100x760 at 100 %, 1400x900 above). --contrast renders in the staff
theme's high contrast (EXAMSTATION_HIGH_CONTRAST=1 in the app). Pictures are saved with a 256-colour palette unless --full-colour is given.

It builds a throwaway credential body and station (keys sealed with a throwaway passphrase),
a package of exam_packages/ess-integration, and plays a morning at a testing center through
the real screens and services: set-up, sign-in, opening, check-in, the console with candidates
in every state, the dialogs, the audit log, evaluator mode and the reconciliation.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXAMSTATION_KEY_PASSPHRASE"] = "screenshots-only-not-secret"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.scoring import key_response  # noqa: E402
from app.services.context import create_services  # noqa: E402
from app.ui.admin.accounts import AccountsDialog  # noqa: E402
from app.ui.admin.passphrase_dialog import NewPassphraseDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from screen_look import Look, run_from_command_line, save  # noqa: E402

CODE = "7Q4M-2KX9"
PASSWORD = "password12"
STAFF = (("pat", "Pat Proctor", "proctor", "9753"), ("lee", "Lee Locked", "proctor", "8642"),
         ("eve", "Eve Evaluator", "evaluator", "2468"), ("sam", "Sam Second", "evaluator", "1357"))
ROSTER = ("number,name,seat,time_multiplier,rest_breaks,text_scale,prerequisite_number\n"
          "C-101,Ada Lovelace,A1,1,0,100,PV-20931\nC-102,Grace Hopper,A2,1.5,2,150,PV-18824\n"
          "C-103,Alan Turing,A3,1,0,100,PV-22107\nC-104,Katherine Johnson,B1,1,1,125,PV-19950\n"
          "C-105,Edsger Dijkstra,B2,1,0,100,PV-20412\nC-106,Barbara Liskov,B3,1.25,0,100,PV-21876\n")
BAD_ROSTER = ("number,name,seat,time_multiplier,rest_breaks,text_scale,prerequisite_number\n"
              "C-101,Ada Lovelace,A1,5,0,100,PV-20931\nC-102,,A2,1,x,100,PV-18824\nC-101,Alan Turing,A3,1,0,120,\n")


class Clocks:
    """The candidates' screens run on this clock so the console shows believable times."""

    def __init__(self) -> None:
        self.mono, self.wall = 1000.0, datetime.now(timezone.utc).timestamp()

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


class Shooter:
    def __init__(self, out: Path, suffix: str, full_colour: bool = False) -> None:
        self.out, self.suffix, self.full_colour = out, suffix, full_colour
        self.names: list[str] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        path = save(widget, self.out / f"{name}{self.suffix}.png", self.full_colour)
        self.names.append(path.name)


def world(root: Path):
    phrase = lambda _creating: os.environ["EXAMSTATION_KEY_PASSPHRASE"]  # noqa: E731 - throwaway keys
    body, station = create_services(root / "body", phrase), create_services(root / "station", phrase)
    body.keys.init("body", "Clean Energy Credentials Board", store="file")
    station.keys.init("center", "Riverside Training Center", store="file")
    body.keys.export("body", root / "body.json")
    station.keys.export("center", root / "center.json")
    body.keys.trust(root / "center.json")
    station.keys.trust(root / "body.json")
    until = (datetime.now(timezone.utc) + timedelta(days=30)).strftime("%Y-%m-%dT18:00:00Z")
    body.packages.build(ROOT / "exam_packages" / "ess-integration", [root / "center.json"],
                        station.home.packages_dir / "ess-integration.exampkg", CODE, not_after=until)
    body.close()
    station.accounts.create("rita", "Rita Admin", "admin", PASSWORD, "1111")
    for username, name, role, pin in STAFF:
        station.accounts.create(username, name, role, PASSWORD, pin, by="rita")
    return station


def wait(condition, seconds: float = 30) -> None:
    deadline = datetime.now() + timedelta(seconds=seconds)
    while not condition():
        QApplication.processEvents()
        if datetime.now() > deadline:
            raise TimeoutError("a background task did not finish")


def first_run(root: Path, shoot: Shooter, size) -> None:
    services = create_services(root / "fresh", lambda _c: os.environ["EXAMSTATION_KEY_PASSPHRASE"])
    window = MainWindow(services)
    window.resize(*size)
    window.show()
    page = window.first_run
    page.admin_user.setText("rita")
    page.admin_name.setText("Rita Admin")
    page.admin_password.setText("a long password")
    page.admin_repeat.setText("a long password")
    shoot(window, "01-first-run")
    page.create_admin()
    page.center_name.setText("Riverside Training Center")
    page.create_keys()
    wait(lambda: not page.keys_progress.isVisible())
    shoot(window, "02-first-run-keys")
    dialog = NewPassphraseDialog(window)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.show()
    dialog._check_and_accept()
    shoot(dialog, "03-passphrase")
    dialog.close()
    page.ask_backup_passphrase(root / "riverside-center.backup.json")   # a second station restores instead
    page.backup_dialog.field.setText("backup passphrase")
    shoot(page.backup_dialog, "03-restore-backup")
    page.backup_dialog.reject()
    window.close()
    services.close()


def sign_in_and_open(window: MainWindow, shoot: Shooter) -> None:
    screen = window.sign_in
    for attempt in range(5):
        screen.user_edit.setText("lee")
        screen.password_edit.setText(f"guess {attempt}")
        screen.submit()
    shoot(window, "04-sign-in-locked")
    screen.user_edit.setText("pat")
    screen.password_edit.setText(PASSWORD)
    screen.submit()
    start = window.start_screen
    start.refresh_packages()
    shoot(window, "05-open-exam")
    start.code_edit.setText("WRONG-CODE")
    start.open_selected()
    wait(lambda: not start.progress.isVisible())
    shoot(window, "06-open-refused")
    start.code_edit.setText(CODE)
    start.open_selected()
    wait(lambda: window.session_screen is not None)


def check_in(window: MainWindow, root: Path, shoot: Shooter) -> list[str]:
    panel = window.session_screen.check_in
    (root / "bad.csv").write_text(BAD_ROSTER, encoding="utf-8")
    panel.import_roster(root / "bad.csv")
    shoot(window, "08-roster-problems")
    (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    panel.import_roster(root / "roster.csv")
    attempts = []
    for row, number in enumerate(("C-101", "C-102", "C-103", "C-104", "C-105", "C-106")):
        panel.roster.choose(number)
        panel.id_type_combo.setCurrentIndex(1 + row % 3)
        panel.id_digits_edit.setText(f"{4821 + 37 * row}")
        if number == "C-106":
            break
        attempts.append(panel.admit())
    shoot(window, "07-check-in")
    return attempts


def run_the_room(window: MainWindow, attempts: list[str], clocks: Clocks) -> None:
    """Candidates in every state: writing, paused, focus losses, voided, submitted."""
    services, exam = window.services, window.session_screen.exam
    side = services.delivery.with_clocks(lambda: clocks.mono, lambda: clocks.wall)
    # Alan Turing's screen stopped saving minutes ago (closed, or its computer froze): not "writing"
    closed = services.delivery.with_clocks(lambda: clocks.mono, lambda: clocks.wall - 20 * 60)
    screens = [(closed if n == 2 else side).live(a, exam) for n, a in enumerate(attempts)]
    for screen in screens:
        screen.start()
    for count, screen in zip((14, 9, 21, 3, 47), screens):
        for item_id in screen.plan.item_ids[:count]:
            try:
                screen.answer(item_id, key_response(exam.item(item_id)))
            except Exception:  # a section that timed out or locked: fewer answers is fine here
                break
    clocks.advance(17 * 60 + 23)
    for screen in screens:
        screen.tick()
    screens[2].incident("focus_lost", "window lost focus for 4 s", by="lockdown")
    screens[2].incident("focus_lost", "window lost focus for 2 s", by="lockdown")
    screens[2].incident("exit_unlocked", "the proctor ended lockdown", "lockdown", {"proctor": "pat"})
    screens[1].take_rest_break(2)
    services.proctoring.void(attempts[3], exam, "used a phone during the exam", by="pat")
    services.proctoring.extend(attempts[0], exam, 10, "late start: projector failed", by="pat")
    services.proctoring.pause(attempts[0], exam, "fire alarm", by="pat")
    screens[4].submit()
    for screen in screens:
        screen.tick()


def console_and_dialogs(window: MainWindow, shoot: Shooter, attempts: list[str]) -> None:
    session = window.session_screen
    session.tabs.setCurrentIndex(1)
    console = session.console
    console.refresh()
    console.choose(attempts[2])
    shoot(window, "09-console")
    for opener, name, fill in ((console.ask_pause, "10-pause", "fire alarm"),
                               (console.ask_extend, "10-add-time", "late start: projector failed"),
                               (console.ask_void, "11-void", ""), (console.ask_incident, "12-incident", None)):
        opener()
        dialog = console.dialog
        if fill:
            dialog.reason_edit.setText(fill)
        elif fill is None:
            dialog.description_edit.setPlainText("Candidate looked at the next desk twice; moved to seat C1.")
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("misconduct"))
        else:   # the void: reason given, the number not typed back yet: it says what is missing
            dialog.reason_edit.setText("used a phone during the exam")
            dialog._check()
        shoot(dialog, name)
        dialog.reject()
    session.tabs.setCurrentIndex(2)
    shoot(window, "13-audit-log")


def evaluator(window: MainWindow, shoot: Shooter, attempts: list[str]) -> None:
    session = window.session_screen
    services = window.services
    session.tabs.setCurrentIndex(3)
    screen = session.evaluator
    candidate = services.delivery.attempt(attempts[4]).candidate_id
    screen.choose(candidate, screen.exam.checklists[0].id, "eve")
    screen.start()
    form = screen.form
    for row in form.rows[:6]:
        row.set_mark("not_done" if row.step.id == "lockout" else "done", emit=True)
    lockout = next(row for row in form.rows if row.step.id == "lockout")
    lockout.note_edit.setText("no lock on the battery disconnect")  # a critical step not done: its reason
    form.started -= 14 * 60 + 5
    form._show_time()
    shoot(window, "14-evaluator-marking")
    for row in form.rows[6:]:
        row.set_mark("na" if row.step.allow_na else "done", emit=True)
    screen.sign_off.pin_edit.setText("2468")
    screen.sign_off._sign()
    shoot(window, "15-evaluator-result")  # blind: nothing of eve's marks or result while sam may be next
    screen.reveal_bar.pin_edit.setText("2468")
    screen.reveal_bar._sign()
    shoot(window, "15-evaluator-result-shown")
    screen.choose(candidate, screen.exam.checklists[0].id, "sam")
    screen.start()
    for row in screen.form.rows:
        row.set_mark("done" if row.step.id in ("lockout", "ppe") or not row.step.allow_na else "na", emit=True)
    screen.form.rows[0].set_mark("not_done", emit=True)
    for row in screen.form.rows:
        if row.needs_reason():
            row.note_edit.setText("not seen on the video")
    screen.back()  # sam's marks are kept; he resumes them with his PIN
    shoot(window, "15-evaluator-resume")
    screen.resume_pin.setText("1357")
    screen.start()
    screen.sign_off.pin_edit.setText("1357")
    screen.sign_off._sign()
    screen.start_reconciling()
    panel = screen.reconcile_panel
    panel.differences[0].buttons["not_done"].setChecked(True)
    panel.differences[0].note_edit.setText("video shows the lock was not applied to the battery")
    panel.deciders.pins[0].setText("2468")
    panel.deciders.pins[1].setText("1357")
    shoot(window, "16-reconcile")
    screen.show_summary()


def accounts_and_end(window: MainWindow, shoot: Shooter, attempts: list[str], root: Path) -> None:
    services, session = window.services, window.session_screen
    dialog = AccountsDialog(services, "rita", window)
    dialog.show()
    dialog.choose("lee")   # locked by the wrong passwords at sign-in
    shoot(dialog, "17-accounts")
    dialog.ask_unlock()
    dialog.change_dialog.secret_edit.setText("0000")
    dialog.change_dialog._check()   # a wrong administrator PIN: it says so and stays open
    shoot(dialog.change_dialog, "17-account-unlock")
    dialog.change_dialog.reject()
    dialog.choose("pat")
    dialog.ask_reset_pin()
    shoot(dialog.change_dialog, "17-account-new-pin")
    dialog.change_dialog.reject()
    dialog.close()
    session.tabs.setCurrentIndex(1)
    session.end_session()
    shoot(window, "18-end-refused")
    for attempt in attempts:
        try:
            services.proctoring.void(attempt, session.exam, "screenshot run", by="pat")
        except Exception:  # already finished
            pass
    session.ask_end_session()
    shoot(session.end_dialog, "18-end-confirm")
    session.end_dialog.accept()
    shoot(window, "18-session-ended")
    session.ask_new_session()
    shoot(session.new_dialog, "18-new-session")
    session.new_dialog.reject()
    session.tabs.setCurrentIndex(2)
    import sqlite3
    with sqlite3.connect(services.home.database_path) as db:
        db.execute("UPDATE audit_log SET details = '{}' WHERE action = 'attempt.voided'")
    session.audit.refresh()
    shoot(window, "19-session-ended-audit-altered")


@contextmanager
def staff_run(out: Path, scale: int, language: str, contrast: bool, size: tuple[int, int] | None,
              full_colour: bool, sizes: tuple[tuple[int, int], tuple[int, int]]) -> Iterator[tuple[Shooter, tuple, Path]]:
    """One run's look, its shooter, its window size (`size`, else `sizes` at 100 % and above) and
    a throwaway folder for its homes; the application's look is put back afterwards."""
    app = QApplication.instance() or QApplication([])
    look = Look(app, scale, language, contrast)
    named = f"-{size[0]}x{size[1]}" if size else ""
    size = size or (sizes[0] if scale == 100 else sizes[1])
    with tempfile.TemporaryDirectory(prefix="examstation-shots-") as folder:
        yield Shooter(out, look.suffix + named, full_colour), size, Path(folder)
    look.undo()


def render(out: Path, scale: int, language: str = "en", contrast: bool = False,
           size: tuple[int, int] | None = None, full_colour: bool = False) -> list[str]:
    with staff_run(out, scale, language, contrast, size, full_colour, ((1100, 760), (1400, 900))) as (shoot, size,
                                                                                                    root):
        first_run(root, shoot, size)
        station = world(root)
        window = MainWindow(station, launch_candidates=False)
        window.resize(*size)
        window.show()
        sign_in_and_open(window, shoot)
        attempts = check_in(window, root, shoot)
        run_the_room(window, attempts, Clocks())
        console_and_dialogs(window, shoot, attempts)
        evaluator(window, shoot, attempts)
        accounts_and_end(window, shoot, attempts, root)
        window.session_screen.console.timer.stop()
        window.close()
        station.close()
    return shoot.names


def main() -> int:
    return run_from_command_line(__doc__.splitlines()[0], render)


if __name__ == "__main__":
    sys.exit(main())
