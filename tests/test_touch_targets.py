"""Every target on every screen is at least 44 px, at 100 % and at 200 % text: a walk over the
widgets of each candidate screen (each item type, the tools, review, confirmations, rest break,
pause, interruption and the ends), each staff screen (first run, sign-in, start, the session's
tabs, the console's dialogs, accounts, end of session), the start-up check, a candidate
workstation and the body's window with each tab. tests/targets.py says what is measured.

The evaluator's tab and tablet (app/ui/evaluator) are walked too, and their findings kept in a
test of their own: those screens have their own owner."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.domain.accommodations import Accommodations
from app.services.home import Home
from app.services.seat import SeatService
from app.services.tablet import TabletService
from app.ui.admin.accounts import AccountsDialog
from app.ui.admin.check_screen import CheckScreen
from app.ui.admin.passphrase_dialog import NewPassphraseDialog
from app.ui.admin.results_window import ResultsWindow
from app.ui.evaluator.tablet_window import TabletWindow
from app.ui.lockdown.pin_dialog import ExitPinDialog
from app.ui.main_window import MainWindow
from app.ui.seat.seat_window import SeatWindow
from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme
from tests.conftest import World
from tests.staff_ui import PROCTOR, add_staff, check_in, open_package, sign_in
from tests.targets import counted, small_targets
from tests.candidate_helpers import open_window, start_exam

EVALUATOR_SCREENS = "app.ui.evaluator"
Screens = Iterator[tuple[str, QWidget]]


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def measure(qtbot, screens: Screens, evaluator: bool = False) -> tuple[list[str], int]:
    """Walk each screen as it is shown; keep the findings of the evaluator's screens apart."""
    found, total = [], 0
    for name, root in screens:
        if not root.isVisible():
            root.show()
        settle(qtbot)
        total += counted(root)
        found += [f"{name}: {line}" for line, owner in small_targets(root)
                  if (EVALUATOR_SCREENS in owner) == evaluator]
    return sorted(set(found)), total


@pytest.fixture(params=[(100, False), (200, False), (200, True)], ids=["100%", "200%", "200% high contrast"])
def staff_text(request, qapp):
    """The staff theme at this text size and contrast, set on the application as the app sets it."""
    original_font, original_palette = QFont(QApplication.font()), QPalette(QApplication.palette())
    scale, contrast = request.param
    apply_staff_theme(qapp, Theme(text_scale=scale, high_contrast=contrast))
    yield scale
    qapp.setStyleSheet("")
    qapp.setPalette(original_palette)
    qapp.setFont(original_font)


# -- the candidate ------------------------------------------------------------------------------
def candidate_screens(qtbot, station, scale: int) -> Screens:
    accommodations = Accommodations(text_scale=scale, rest_breaks=1)
    window = open_window(qtbot, station, accommodations)
    window.resize(1280, 800)
    yield "welcome", window
    start_exam(qtbot, window)
    for item_id in window.plan.item_ids:
        window.navigation.go_to(item_id, confirmed=True)
        yield f"question {item_id}", window
    for tool in (window.toolbar.calculator_button, window.toolbar.exhibits_button):
        tool.setChecked(True)
        yield f"tool {tool.accessibleName()}", window
        tool.setChecked(False)
    window.navigation.open_review()
    yield "review", window
    window.ask_rest_break()
    yield "rest break question", window
    window.take_rest_break()
    yield "rest break", window
    window.resume()
    proctor = station.proctor(window.live.attempt_id)
    proctor.pause("fire alarm", by="proctor")
    window.tick()
    yield "paused", window
    proctor.refresh()
    proctor.resume(by="proctor")
    window.tick()
    window.navigation.ask_finish()
    yield "finish confirmation", window
    window.submit()
    yield "end and report", window
    window.close()
    again = open_window(qtbot, station, accommodations, attempt_id=station_started(qtbot, station, accommodations))
    yield "interrupted", again
    again.resume()
    station.proctor(again.live.attempt_id).void("left the room", by="proctor")
    again.tick()
    yield "voided", again
    again.close()


def station_started(qtbot, station, accommodations: Accommodations) -> str:
    """An attempt started on a screen that then closed, as when the computer restarted."""
    first = open_window(qtbot, station, accommodations)
    start_exam(qtbot, first)
    attempt_id = first.live.attempt_id
    first.close()
    return attempt_id


@pytest.mark.parametrize("scale", [100, 200])
def test_every_candidate_target_is_44_px(qtbot, delivery_station, scale: int) -> None:
    small, total = measure(qtbot, candidate_screens(qtbot, delivery_station, scale))
    assert total > 300 and small == [], "\n".join(small)


# -- the staff, the workstation and the body -------------------------------------------------------
def tabs_of(window: QWidget, name: str) -> Screens:
    """Each tab of each tab widget in the window, one after the other."""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{name}, tab {tabs.tabText(index).replace('&', '')}", window


def staff_screens(qtbot, world: World, tmp_path: Path) -> Screens:
    fresh = MainWindow(world.home("fresh"))
    qtbot.addWidget(fresh)
    yield "first run", fresh
    fresh.close()
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    add_staff(world.center)
    window = MainWindow(world.center, launch_candidates=False)
    qtbot.addWidget(window)
    yield "sign-in", window
    sign_in(qtbot, window, PROCTOR)
    yield "start", window
    open_package(qtbot, window)
    session = window.session_screen
    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="A1")
    session.evaluator.refresh()
    session.evaluator.start()
    yield from tabs_of(window, "session")
    session.tabs.setCurrentWidget(session.console)
    session.console.refresh()
    session.console.choose(attempt_id)
    for opener in (session.console.ask_pause, session.console.ask_extend, session.console.ask_void,
                   session.console.ask_incident):
        opener()
        yield f"console dialog {type(session.console.dialog).__name__}", session.console.dialog
        session.console.dialog.reject()
    yield from account_dialogs(window)
    for dialog in (NewPassphraseDialog(window), ExitPinDialog(window)):
        yield type(dialog).__name__, dialog
        dialog.reject()
    session.services.proctoring.void(attempt_id, session.exam, "test", by=PROCTOR)
    session.ask_end_session()
    yield "end of session", session.end_dialog
    session.end_dialog.accept()
    yield "session ended", window
    session.ask_new_session()
    yield "new session", session.new_dialog
    session.new_dialog.reject()
    window.close()


def account_dialogs(window: MainWindow) -> Screens:
    dialog = AccountsDialog(window.services, "root", window)
    yield "accounts", dialog
    dialog.choose(PROCTOR)
    dialog.ask_reset_pin()
    yield "accounts, new PIN", dialog.change_dialog
    dialog.change_dialog.reject()
    dialog.accept()


def other_windows(qtbot, world: World, tmp_path: Path) -> Screens:
    check = CheckScreen(world.center)
    qtbot.addWidget(check)
    yield "start-up check", check
    check.close()
    seat = SeatWindow(SeatService(Home.open(tmp_path / "seat")), lockdown=False)
    qtbot.addWidget(seat)
    yield "candidate workstation", seat
    seat.close()
    results = ResultsWindow(world.body)
    qtbot.addWidget(results)
    results.show()
    yield from tabs_of(results, "body")
    results.close()


@pytest.mark.staffed
def test_every_staff_target_is_44_px(qtbot, world: World, tmp_path: Path, staff_text: int) -> None:
    small, total = measure(qtbot, staff_screens(qtbot, world, tmp_path))
    assert total > 100 and small == [], "\n".join(small)


def test_every_target_of_the_workstation_and_the_body_is_44_px(qtbot, world: World, tmp_path: Path,
                                                             staff_text: int) -> None:
    small, total = measure(qtbot, other_windows(qtbot, world, tmp_path))
    assert total > 30 and small == [], "\n".join(small)


def evaluator_screens(qtbot, world: World, tmp_path: Path) -> Screens:
    for name, root in staff_screens(qtbot, world, tmp_path):
        if "tab" in name:
            yield name, root
    tablet = TabletWindow(TabletService(Home.open(tmp_path / "tablet")))
    qtbot.addWidget(tablet)
    yield "tablet", tablet
    tablet.close()


@pytest.mark.staffed
def test_every_evaluator_target_is_44_px(qtbot, world: World, tmp_path: Path, staff_text: int) -> None:
    small, _total = measure(qtbot, evaluator_screens(qtbot, world, tmp_path), evaluator=True)
    assert small == [], "\n".join(small)
