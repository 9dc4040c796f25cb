"""Shared set-up for the staff screens' tests: real accounts in the station DB, sign-in
through the real sign-in screen, and a package opened through the real start screen."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from app.services.context import Services
from app.ui.main_window import MainWindow
from tests.conftest import RELEASE_CODE, World

ADMIN, PROCTOR, EVE, SAM = "root", "pat", "eve", "sam"
PASSWORD = "password12"
PINS = {EVE: "2468", SAM: "1357", PROCTOR: "9753"}


def add_staff(services: Services) -> None:
    """Rita the administrator (if the station has none), Pat the proctor, and Eve and Sam the
    evaluators; those already there (a `staffed_world`'s center has them all) are left as they are."""
    if services.accounts.first_run_needed():
        services.accounts.create(ADMIN, "Rita Admin", "admin", PASSWORD, "1111")
    for username, name, role in ((PROCTOR, "Pat Proctor", "proctor"), (EVE, "Eve Evaluator", "evaluator"),
                                 (SAM, "Sam Second", "evaluator")):
        if services.accounts.get(username) is None:
            services.accounts.create(username, name, role, PASSWORD, PINS[username], by=ADMIN)


def sign_in(qtbot, window: MainWindow, username: str = PROCTOR, password: str = PASSWORD) -> None:
    screen = window.sign_in
    screen.user_edit.clear()
    qtbot.keyClicks(screen.user_edit, username)
    screen.password_edit.clear()
    qtbot.keyClicks(screen.password_edit, password)
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)


def staff_window(qtbot, services: Services, username: str = PROCTOR, launch: bool = False) -> MainWindow:
    window = MainWindow(services, launch_candidates=launch)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, username)
    assert window.stack.currentWidget() is window.start_screen, window.sign_in.result_label.text()
    return window


def open_package(qtbot, window: MainWindow, code: str = RELEASE_CODE) -> None:
    screen = window.start_screen
    screen.code_edit.clear()
    qtbot.keyClicks(screen.code_edit, code)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.progress.isVisible() and screen.open_button.isEnabled(), timeout=20000)


def session_window(qtbot, world: World, launch: bool = False):
    """A proctor signed in with the mini exam open: the session screen is showing."""
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    add_staff(world.center)
    window = staff_window(qtbot, world.center, launch=launch)
    open_package(qtbot, window)
    assert window.session_screen is not None, window.start_screen.result_label.text()
    return window, window.session_screen


def check_in(qtbot, session, number: str, name: str, seat: str = "", multiplier: float = 1.0, breaks: int = 0,
             scale: int = 100, prerequisite: str = "BC-1001", admit: bool = True) -> str | None:
    """Fill the check-in form as a proctor would (typing, choosing) and press Admit."""
    panel = session.check_in
    for field, text in ((panel.number_edit, number), (panel.name_edit, name), (panel.seat_edit, seat),
                        (panel.id_digits_edit, "4821")):
        field.clear()
        qtbot.keyClicks(field, text)
    panel.id_type_combo.setCurrentIndex(panel.id_type_combo.findData("passport"))
    for edit in panel.prerequisite_edits:
        edit.clear()
        qtbot.keyClicks(edit, prerequisite)
    panel.multiplier_spin.setValue(multiplier)
    panel.breaks_spin.setValue(breaks)
    panel.scale_combo.setCurrentIndex(panel.scale_combo.findData(scale))
    if not admit:
        return None
    before = len(session.services.delivery.attempts(session.session_id))
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    attempts = session.services.delivery.attempts(session.session_id)
    assert len(attempts) == before + 1, panel.message.text()
    return attempts[-1].id


def accept_seat(qtbot, panel, seat_window) -> None:
    """The proctor accepts the seat asking to join on the Room tab; the seat then waits for a candidate."""
    accept = next(b for b in panel.pairing_box.findChildren(type(panel.open_button)) if b.text().startswith("Accept"))
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Waiting for the proctor" in seat_window.waiting_status.text(), timeout=10000)
