"""An administrator's changes to accounts on the Accounts dialog: unlock after wrong PINs, a new
PIN, disable and enable, each confirmed with the administrator's own PIN and written to the
audit log; the last enabled administrator stays enabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.accounts import SignInRefused
from app.ui.main_window import MainWindow
from tests.conftest import World
from tests.staff_ui import ADMIN, PASSWORD, PINS, PROCTOR, add_staff, sign_in

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

ADMIN_PIN = "1111"


def accounts_dialog(qtbot, world: World):
    add_staff(world.center)
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, ADMIN, PASSWORD)
    qtbot.mouseClick(window.accounts_button, Qt.MouseButton.LeftButton)
    return window, window.accounts_dialog


def choose(dialog, username: str) -> None:
    dialog.choose(username)
    assert dialog.chosen().username == username


def confirm(qtbot, dialog, pin: str, new_pin: str = "") -> None:
    change = dialog.change_dialog
    assert change is not None and change.isVisible()
    if new_pin:
        qtbot.keyClicks(change.pin_edit, new_pin)
        qtbot.keyClicks(change.repeat_edit, new_pin)
    change.secret_edit.clear()
    qtbot.keyClicks(change.secret_edit, pin)
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)


def status_of(dialog, username: str) -> str:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == username)
    return dialog.table.item(row, 3).text()


def test_the_administrator_unlocks_a_locked_proctor_with_their_pin(qtbot, world: World) -> None:
    window, dialog = accounts_dialog(qtbot, world)
    accounts = world.center.accounts
    for _ in range(5):
        assert not accounts.check_pin(PROCTOR, "0000")
    dialog.refresh()
    choose(dialog, PROCTOR)
    assert "locked" in status_of(dialog, PROCTOR) and dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "Pat Proctor" in dialog.change_dialog.windowTitle()
    confirm(qtbot, dialog, "9999")   # a wrong administrator PIN: nothing changes, the dialog says why
    assert dialog.change_dialog is not None and "wrong" in dialog.change_dialog.problem.text()
    assert accounts.get(PROCTOR).locked_minutes
    confirm(qtbot, dialog, ADMIN_PIN)
    assert dialog.change_dialog is None and "Unlocked Pat Proctor" in dialog.message.text()
    assert status_of(dialog, PROCTOR) == "active" and not dialog.unlock_button.isEnabled()
    assert accounts.check_pin(PROCTOR, PINS[PROCTOR])
    assert accounts.audit_entries(actor=ADMIN, action_prefix="account.unlocked")[-1].subject == PROCTOR
    dialog.accept()


def test_a_new_pin_typed_twice_replaces_the_old_one(qtbot, world: World) -> None:
    window, dialog = accounts_dialog(qtbot, world)
    choose(dialog, PROCTOR)
    qtbot.mouseClick(dialog.reset_pin_button, Qt.MouseButton.LeftButton)
    change = dialog.change_dialog
    qtbot.keyClicks(change.pin_edit, "2580")
    qtbot.keyClicks(change.repeat_edit, "2581")
    qtbot.keyClicks(change.secret_edit, ADMIN_PIN)
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert "differ" in change.problem.text() and world.center.accounts.check_pin(PROCTOR, PINS[PROCTOR])
    qtbot.keyClicks(change.repeat_edit, "2580")
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.change_dialog is None and "new PIN" in dialog.message.text()
    assert world.center.accounts.check_pin(PROCTOR, "2580")
    assert not world.center.accounts.check_pin(PROCTOR, PINS[PROCTOR])
    dialog.accept()


def test_a_disabled_proctor_cannot_sign_in_until_enabled_again(qtbot, world: World) -> None:
    window, dialog = accounts_dialog(qtbot, world)
    choose(dialog, PROCTOR)
    assert dialog.active_button.text().replace("&", "") == "Disable"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, dialog, ADMIN_PIN)
    assert "Disabled Pat Proctor" in dialog.message.text() and "disabled" in status_of(dialog, PROCTOR)
    assert dialog.active_button.text().replace("&", "") == "Enable"
    dialog.accept()
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, PROCTOR, PASSWORD)
    assert window.account is None and "wrong" in window.sign_in.result_label.text()

    sign_in(qtbot, window, ADMIN, PASSWORD)
    qtbot.mouseClick(window.accounts_button, Qt.MouseButton.LeftButton)
    dialog = window.accounts_dialog
    choose(dialog, PROCTOR)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, dialog, ADMIN_PIN)
    assert "Enabled Pat Proctor" in dialog.message.text()
    dialog.accept()
    assert world.center.accounts.sign_in(PROCTOR, PASSWORD).active
    actions = [e.action for e in world.center.accounts.audit_entries(actor=ADMIN, subject=PROCTOR)]
    assert actions[-2:] == ["account.disabled", "account.enabled"]


def test_the_last_administrator_is_not_disabled(qtbot, world: World) -> None:
    window, dialog = accounts_dialog(qtbot, world)
    choose(dialog, ADMIN)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, dialog, ADMIN_PIN)
    assert "last enabled administrator" in dialog.change_dialog.problem.text()
    qtbot.mouseClick(dialog.change_dialog.buttons.button(dialog.change_dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.change_dialog is None and world.center.accounts.get(ADMIN).active
    try:
        world.center.accounts.sign_in(ADMIN, PASSWORD)
    except SignInRefused as error:  # pragma: no cover - would mean the station lost its administrator
        raise AssertionError(error.line()) from error
    dialog.accept()


def test_the_changed_staff_screens_have_44_px_targets(qtbot, world: World) -> None:
    """Every button and field of the accounts dialog and its confirmation, the console and the
    session's end and new-session steps is at least 44 px high."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from app.ui.admin.accounts import AccountsDialog
    from app.ui.proctor.common import TARGET
    from tests.staff_ui import check_in, session_window

    def small(root) -> list[str]:
        found = [w for kind in (QAbstractButton, QLineEdit) for w in root.findChildren(kind)
                 if w.isVisibleTo(root) and type(w).__name__ in ("QPushButton", "QLineEdit")]
        return [f"{w.accessibleName() or w.text()}: {w.height()} px" for w in found if w.height() < TARGET]

    window, session = session_window(qtbot, world)
    dialog = AccountsDialog(world.center, ADMIN, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert small(dialog) == []
    dialog.choose(PROCTOR)
    dialog.ask_reset_pin()
    qtbot.waitExposed(dialog.change_dialog)
    assert small(dialog.change_dialog) == []
    dialog.change_dialog.reject()
    dialog.accept()
    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    session.tabs.setCurrentIndex(1)
    assert small(session.console) == []
    session.services.proctoring.void(attempt_id, session.exam, "test", by="pat")
    session.ask_end_session()
    assert small(session.end_dialog) == []
    session.end_dialog.accept()
    session.ask_new_session()
    qtbot.waitExposed(session.new_dialog)
    assert small(session.new_dialog) == [] and session.new_button.height() >= TARGET
    session.new_dialog.reject()
