"""Nothing cut and nothing on top of anything on the station's and the body's screens, in English
and in Spanish, at 100 % and 200 % text, in the standard and the high-contrast theme, on a
1280 × 800 screen (tests/staff_looks.py says how each look is shown).

The station is walked as on an exam day: first run, sign-in (an account locked), opening an exam
(refused, then opened), check-in with a roster (its problems, then candidates admitted), the
console with candidates in every state (writing, paused, on a rest break, screen closed,
submitted, voided, not started) and each of its dialogs, the room with two seats and the move
to a spare seat, the audit log, the accounts and their change dialog, the end of the session and
a new one. The body's window is walked with data in every tab: building, importing, the reports
built, a marker marking an answer, the release step before and after its decision, credentials
issued and one revoked.

Each finding names the screen, the look and the widget (tests/layout_checks.py for labels,
buttons and places; tests/table_checks.py for the cells and headings of tables). The evaluator's
tab is another engineer's and is not walked here."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from app.domain.scoring import key_response
from app.services.simulate import simulate
from app.ui.admin.accounts import AccountsDialog
from app.ui.admin.passphrase_dialog import BackupPassphraseDialog, NewPassphraseDialog
from app.ui.admin.results_window import ResultsWindow
from app.ui.main_window import MainWindow
from app.ui.proctor.session_screen import AUDIT, CHECK_IN, CONSOLE, ROOM
from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme
from tests.conftest import RELEASE_CODE, World, copy_world
from tests.room_helpers import pair_seat
from tests.staff_looks import LOOKS, Screens, faults_in_look, kept, look_name, opened
from tests.staff_ui import ADMIN, PASSWORD, PROCTOR, add_staff, open_package, sign_in

LONG_NAME = "María Fernanda Castillo-Bustamante de la Vega"
ROSTER = ("number,name,seat,time_multiplier,rest_breaks,text_scale,prerequisite_number\n"
          f"C-101,Ada Lovelace,A1,1,0,100,BC-1001\nC-102,{LONG_NAME},A2,1.5,2,150,BC-1002\n"
          "C-103,Alan Turing,A3,1,0,100,BC-1003\nC-104,Katherine Johnson,B1,1,1,125,BC-1004\n"
          "C-105,Edsger Dijkstra,B2,1,0,100,BC-1005\nC-106,Barbara Liskov,B3,1.25,0,100,BC-1006\n"
          "C-107,Grace Hopper,B4,1,0,100,BC-1007\n")
BAD_ROSTER = ("number,name,seat,time_multiplier,rest_breaks,text_scale,prerequisite_number\n"
              "C-101,Ada Lovelace,A1,5,0,100,BC-1001\nC-102,,A2,1,x,100,BC-1002\n")


@pytest.fixture(params=LOOKS, ids=[look_name(*look) for look in LOOKS])
def staff_look(request, qapp, staff_language: str) -> tuple[int, bool]:
    """The staff theme in this look (text size, high contrast) on the whole application, set
    before any window is made and after the language; staff_language puts the application's
    own back afterwards."""
    scale, contrast = request.param
    apply_staff_theme(qapp, Theme(text_scale=scale, high_contrast=contrast))
    return request.param


# -- the station -------------------------------------------------------------------------------------
def first_run(qtbot, world: World) -> Screens:
    window = MainWindow(world.home("fresh"))
    qtbot.addWidget(window)
    page = window.first_run
    yield "first run", kept(window)
    for field, text in ((page.admin_user, "rita"), (page.admin_name, "Rita Admin"),
                        (page.admin_password, PASSWORD), (page.admin_repeat, PASSWORD)):
        field.setText(text)
    page.create_admin()
    yield "first run, the administrator made", kept(window)
    yield "new key passphrase", opened(lambda: NewPassphraseDialog(window))
    yield "restoring keys from a backup", opened(lambda: BackupPassphraseDialog("riverside.backup.json", window))
    window.close()


def sign_in_and_open(qtbot, world: World) -> Iterator:
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    add_staff(world.center)
    window = MainWindow(world.center, launch_candidates=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for attempt in range(5):
        sign_in(qtbot, window, "eve", f"wrong {attempt}")
    yield "sign-in, an account locked", kept(window)
    sign_in(qtbot, window, ADMIN)
    open_package(qtbot, window, "WRONG-CODE")
    yield "opening an exam, a wrong release code", kept(window)
    open_package(qtbot, window)
    assert window.session_screen is not None, window.start_screen.result_label.text()
    return window


def check_in(session, folder: Path) -> Screens:
    panel = session.check_in
    (folder / "bad.csv").write_text(BAD_ROSTER, encoding="utf-8")
    panel.import_roster(folder / "bad.csv")
    yield "check-in, roster problems", kept(session.window())
    (folder / "roster.csv").write_text(ROSTER, encoding="utf-8")
    assert panel.import_roster(folder / "roster.csv")
    for row, number in enumerate(("C-101", "C-102", "C-103", "C-104", "C-105", "C-106", "C-107")):
        panel.roster.choose(number)
        panel.id_type_combo.setCurrentIndex(1 + row % 3)
        panel.id_digits_edit.setText(f"{4821 + 37 * row}")
        assert panel.admit(), panel.message.text()
    yield "check-in, seven admitted", kept(session.window())


def every_state(session) -> None:
    """Writing, paused, on a rest break, screen closed, submitted, voided, not started."""
    services, exam = session.services, session.exam
    attempts = [a.id for a in services.delivery.attempts(session.session_id)]
    clock = {"mono": 1000.0, "wall": services.delivery.clock().timestamp()}
    side = services.delivery.with_clocks(lambda: clock["mono"], lambda: clock["wall"])
    closed = services.delivery.with_clocks(lambda: clock["mono"], lambda: clock["wall"] - 20 * 60)
    screens = [(closed if n == 2 else side).live(a, exam) for n, a in enumerate(attempts[:6])]
    for screen in screens:
        screen.start()
        first = screen.plan.item_ids[0]
        screen.answer(first, key_response(exam.item(first)))
    clock["mono"] += 300
    clock["wall"] += 300
    for screen in screens:
        screen.tick()
    screens[1].take_rest_break(2)
    screens[2].incident("focus_lost", "window lost focus for 4 s", by="lockdown")
    services.proctoring.pause(attempts[0], exam, "fire alarm", by=PROCTOR)
    services.proctoring.void(attempts[3], exam, "used a phone during the exam", by=PROCTOR)
    screens[4].submit()


def console(session) -> Screens:
    every_state(session)
    session.tabs.setCurrentIndex(CONSOLE)
    panel = session.console
    panel.refresh()
    yield "console, every state", kept(session.window())
    long_named = next(r.attempt_id for r in panel.rows() if r.candidate_name == LONG_NAME)
    writing = next(r.attempt_id for r in panel.rows() if r.state == "in_progress" and r.attempt_id != long_named)
    for attempt_id, openers in ((long_named, (panel.ask_extend, panel.ask_void, panel.ask_incident)),
                                (writing, (panel.ask_pause,))):
        for ask in openers:
            yield f"console dialog {ask.__name__}", opened(lambda ask=ask, attempt_id=attempt_id: _action(panel, ask, attempt_id))
    session.tabs.setCurrentIndex(AUDIT)
    session.audit.refresh()
    yield "audit log", kept(session.window())


def _action(panel, ask, attempt_id: str):
    panel.choose(attempt_id)
    ask()
    return panel.dialog


def room(session, world: World, folder: Path) -> Screens:
    session.tabs.setCurrentIndex(ROOM)
    yield "room, closed", kept(session.window())
    opened_package = session.room.opened
    station = world.center.room.open(opened_package, session.session_id, "Station A", host="127.0.0.1")
    seats = [pair_seat(station, folder / f"seat-{n}", f"Seat {n}")[0] for n in (1, 2)]
    attempt = next(r.attempt_id for r in session.console.rows() if r.candidate_name == LONG_NAME)
    station.assign(attempt, next(s.fingerprint for s in station.status() if s.seat_name == "Seat 1"), PROCTOR)
    session.room.refresh()
    session.room.table.selectRow(next(i for i, r in enumerate(session.room.model.rows) if r.seat_name == "Seat 1"))
    yield "room, two seats", kept(session.window())
    yield "room, moving to a spare seat", opened(lambda: _move_dialog(session.room))
    world.center.room.close()
    for seat in seats:
        seat.close()


def _move_dialog(panel):
    panel.ask_move()
    return panel.choice_dialog


def accounts_and_end(window: MainWindow, session) -> Screens:
    yield "accounts", opened(lambda: _accounts(window))
    yield "accounts, a new PIN", opened(lambda: _account_change(window))
    session.tabs.setCurrentIndex(CHECK_IN)
    session.ask_end_session()
    yield "end refused", kept(window)
    for row in session.console.rows():
        if row.state in ("ready", "in_progress", "paused"):
            session.services.proctoring.void(row.attempt_id, session.exam, "end of the test", by=PROCTOR)
    yield "ending the session", opened(lambda: _ask(session, session.ask_end_session, "end_dialog"))
    assert session.end_session()
    yield "session ended", kept(window)
    yield "starting a new session", opened(lambda: _ask(session, session.ask_new_session, "new_dialog"))


def _accounts(window: MainWindow):
    window.accounts_dialog = AccountsDialog(window.services, ADMIN, window)
    window.accounts_dialog.choose("eve")   # locked by the wrong passwords
    return window.accounts_dialog


def _account_change(window: MainWindow):
    dialog = _accounts(window)
    dialog.show()
    dialog.choose(PROCTOR)
    dialog.ask_reset_pin()
    change = dialog.change_dialog
    change.finished.connect(lambda _result: dialog.reject())
    return change


def _ask(session, ask, attribute: str):
    ask()
    return getattr(session, attribute)


def station_screens(qtbot, world: World, folder: Path) -> Screens:
    yield from first_run(qtbot, world)
    window = yield from sign_in_and_open(qtbot, world)
    session = window.session_screen
    yield from check_in(session, folder)
    yield from console(session)
    yield from room(session, world, folder)
    yield from accounts_and_end(window, session)
    session.console.timer.stop()
    window.close()


@pytest.mark.staffed  # its world comes with the staff it signs in (tests/conftest.py)
def test_nothing_is_cut_or_covered_on_the_station(qtbot, world: World, tmp_path: Path,
                                                  staff_look: tuple[int, bool]) -> None:
    found, checked = faults_in_look(qtbot, station_screens(qtbot, world, tmp_path), staff_look)
    assert checked >= 23 and found == [], "\n".join(found)


# -- the body ---------------------------------------------------------------------------------------
def results_at_the_body(world: World, folder: Path) -> None:
    """Twelve simulated candidates sat at the center and imported at the body, one written answer
    left to mark; a marker account."""
    from tests.test_results_replay import _answer_at_minute_600, _timed_out_attempt
    session = simulate(world.center, world.package, RELEASE_CODE, 12, seed=11).session_id
    late, _ = _timed_out_attempt(world, session)
    _answer_at_minute_600(world, late)
    world.body.results.import_bundle(world.center.results.export(session, folder))
    for row in world.body.results.pending_manual()[1:]:
        world.body.results.score_manual(row["attempt_id"], row["item_id"], 1, "R. Diaz")
    world.body.marking.add_marker("ann", "Ann Reader", "marker", PASSWORD)
    world.body.release.set_letterhead("Clean Energy Credentials Board", "12 Solar Way\n1000-001 Lisbon")


@pytest.fixture(scope="session")
def results_world_template(world_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """world_template with results_at_the_body done, closed: made once per worker (simulating and
    importing twelve candidates costs more than a walk) and copied by `results_world`."""
    folder = tmp_path_factory.mktemp("results-world-template")
    made = copy_world(world_template, folder / "world")
    results_at_the_body(made, folder)
    made.close()
    return folder / "world"


@pytest.fixture
def results_world(results_world_template: Path, tmp_path: Path) -> Iterator[World]:
    """A copy of results_world_template of this test's own, in tmp_path."""
    copied = copy_world(results_world_template, tmp_path)
    yield copied
    copied.close()


def body_screens(qtbot, world: World, folder: Path) -> Screens:
    """The body's window over `world`, whose body holds results_at_the_body's results."""
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.build_tab)
    yield "build packages", kept(window)
    window.tabs.setCurrentIndex(1)
    yield "import", kept(window)
    window.tabs.setCurrentIndex(2)
    window.refresh()
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60000)
    yield "reports", kept(window)
    yield from marking(qtbot, window)
    yield from release(qtbot, window)
    yield from credentials(qtbot, window, folder)
    window.close()


def marking(qtbot, window: ResultsWindow) -> Screens:
    tab = window.marking_tab
    window.tabs.setCurrentWidget(tab)
    yield "marking, signed out", kept(window)
    tab.user_edit.setText("ann")
    tab.password_edit.setText(PASSWORD)
    tab.sign_in()
    qtbot.waitUntil(lambda: tab.account is not None and not tab.busy and tab.queue_table.rowCount() > 0, timeout=30000)
    tab.start()
    qtbot.waitUntil(lambda: not tab.busy and tab.panel.current is not None, timeout=30000)
    yield "marking an answer", kept(window)
    tab.panel.pick(1)
    tab.save()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)


def release(qtbot, window: ResultsWindow) -> Screens:
    tab = window.release_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.session_table.rowCount() == 1 and not tab.progress.isVisible(), timeout=30000)
    tab.select_session(0)
    qtbot.waitUntil(lambda: tab.review is not None and not tab.progress.isVisible(), timeout=30000)
    tab.attempt_table.selectRow(0)
    tab.who.setText("Ana Admin")
    yield "release, before the decision", kept(window)
    tab.choice.setCurrentIndex(tab.choice.findData("exclude"))
    tab.reason.setText("Answers were entered after the exam time ran out")
    tab.decide()
    qtbot.waitUntil(lambda: not tab.progress.isVisible() and tab.release_button.isEnabled(), timeout=30000)
    tab.release()
    qtbot.waitUntil(lambda: tab.letters_button.isEnabled(), timeout=30000)
    yield "release, released", kept(window)


def credentials(qtbot, window: ResultsWindow, folder: Path) -> Screens:
    tab = window.credentials_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=30000)
    tab.folder.setText(str(folder / "credentials"))
    tab.issue()
    qtbot.waitUntil(lambda: not tab.progress.isVisible() and tab.list.rowCount() > 0, timeout=60000)
    tab.list.selectRow(0)
    tab.reason.setText("Identity fraud found after the exam")
    tab.revoke()
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=30000)
    yield "credentials, one revoked", kept(window)


def test_nothing_is_cut_or_covered_on_the_body_window(qtbot, results_world: World, tmp_path: Path,
                                                      staff_look: tuple[int, bool]) -> None:
    found, checked = faults_in_look(qtbot, body_screens(qtbot, results_world, tmp_path), staff_look)
    assert checked >= 8 and found == [], "\n".join(found)
