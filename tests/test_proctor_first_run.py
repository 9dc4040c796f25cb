"""First-run set-up, sign-in with lockout, and station accounts, through the real widgets on a
real home (keys sealed in a passphrase file, SQLite station DB)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from app.services.context import create_services
from app.services.keys import PassphraseHolder
from app.ui.main_window import MainWindow
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.staff_ui import ADMIN, PASSWORD, PROCTOR, add_staff, open_package, sign_in

STATION_PASSPHRASE = "station secret 42"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A brand-new station home with no OS keyring (keyring's own 'fail' backend) and no
    passphrase in the environment: the GUI has to ask for one."""
    monkeypatch.delenv("EXAMSTATION_KEY_PASSPHRASE")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    services = create_services(tmp_path / "station", PassphraseHolder())
    yield services
    services.close()


def answer_passphrase_dialog(phrase: str) -> None:
    """The start screen asks for the key passphrase in a blocking QInputDialog: answer it."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QInputDialog):
        QTimer.singleShot(50, lambda: answer_passphrase_dialog(phrase))
        return
    dialog.setTextValue(phrase)
    dialog.accept()


def test_first_run_sets_up_a_station_that_can_then_open_its_exam(qtbot, fresh, world: World, tmp_path: Path) -> None:
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    window.show()
    setup = window.first_run
    assert window.stack.currentWidget() is setup
    assert not setup.identity_box.isEnabled() and not setup.finish_button.isEnabled()

    # 1. the administrator: a typo in the repeated password is caught, then it is created
    type_into(qtbot, setup.admin_user, "rita")
    type_into(qtbot, setup.admin_name, "Rita Admin")
    type_into(qtbot, setup.admin_password, "a long password")
    type_into(qtbot, setup.admin_repeat, "a long passwort")
    click(qtbot, setup.create_admin_button)
    assert "differ" in setup.admin_message.text() and fresh.accounts.first_run_needed()
    type_into(qtbot, setup.admin_repeat, "a long password")
    click(qtbot, setup.create_admin_button)
    assert "created" in setup.admin_message.text() and not fresh.accounts.first_run_needed()
    assert not setup.admin_box.isEnabled() and setup.identity_box.isEnabled()

    # 2. the center's keys: no keyring here, so a passphrase dialog; a short one is refused
    type_into(qtbot, setup.center_name, "Riverside Training Center")
    click(qtbot, setup.create_keys_button)
    qtbot.waitUntil(lambda: setup.passphrase_dialog is not None and setup.passphrase_dialog.isVisible(),
                    timeout=10000)
    dialog = setup.passphrase_dialog
    type_into(qtbot, dialog.first, "short")
    type_into(qtbot, dialog.second, "short")
    click(qtbot, dialog.ok_button)
    assert "too short" in dialog.problem.text() and dialog.isVisible()
    type_into(qtbot, dialog.first, STATION_PASSPHRASE)
    type_into(qtbot, dialog.second, STATION_PASSPHRASE)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: fresh.keys.has("center") and not setup.keys_progress.isVisible(), timeout=20000)
    identity = fresh.keys.identity("center")
    assert identity.fingerprint in setup.identity_message.text()
    assert "Riverside" not in (fresh.home.keys_dir / "center.key.json").read_text()  # sealed, not plain
    center_file = tmp_path / "riverside.json"
    setup.export_identity(center_file)
    assert center_file.exists() and "Send it to the credential body" in setup.identity_message.text()

    # 3. trust the body; the station's own file is refused
    setup.trust_body_file(center_file)
    assert "own" in setup.trust_message.text()
    setup.trust_body_file(world.body_file)
    assert "Test Credential Body" in setup.trust_message.text()
    click(qtbot, setup.finish_button)
    assert window.stack.currentWidget() is window.sign_in
    actions = [e.action for e in fresh.accounts.audit_entries()]
    assert actions == ["account.created", "keys.created", "keys.trusted"]

    # The body registers the new center and builds for it: the set-up station opens the exam.
    world.body.keys.trust(center_file)
    world.body.packages.build(MINI_EXAM, [center_file], fresh.home.packages_dir / "for-riverside.exampkg",
                              RELEASE_CODE)
    sign_in(qtbot, window, "rita", "a long password")
    assert window.stack.currentWidget() is window.start_screen
    window.start_screen.refresh_packages()
    QTimer.singleShot(50, lambda: answer_passphrase_dialog(STATION_PASSPHRASE))
    open_package(qtbot, window)
    qtbot.waitUntil(lambda: window.session_screen is not None, timeout=20000)
    assert window.stack.currentWidget() is window.session_screen


@pytest.mark.staffed
def test_wrong_passwords_lock_the_account(qtbot, world: World) -> None:
    add_staff(world.center)
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.sign_in
    for attempt in range(1, 6):
        sign_in(qtbot, window, PROCTOR, f"not it {attempt}")
        message = window.sign_in.result_label.text()
        assert ("is now locked" in message) == (attempt == 5), message
        assert window.focusWidget() is window.sign_in.password_edit
    assert "after 5 wrong tries the account locks" in message or "locked" in message
    sign_in(qtbot, window, PROCTOR, PASSWORD)  # the right password no longer helps
    message = window.sign_in.result_label.text()
    assert "is locked" in message and "15 minute" in message and "administrator" in message
    assert window.stack.currentWidget() is window.sign_in and window.account is None
    locked = world.center.accounts.audit_entries(action_prefix="account.sign_in_failed")
    assert len(locked) == 5 and locked[-1].details["locked"] is True


@pytest.mark.staffed
def test_an_evaluator_is_sent_to_evaluator_mode_instead(qtbot, world: World) -> None:
    add_staff(world.center)
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    sign_in(qtbot, window, "eve", PASSWORD)
    assert "evaluator mode" in window.sign_in.result_label.text() and window.account is None


@pytest.mark.staffed
def test_the_administrator_adds_an_evaluator_who_needs_a_pin(qtbot, world: World) -> None:
    add_staff(world.center)
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    window = MainWindow(world.center)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, ADMIN, PASSWORD)
    assert window.accounts_button.isVisible()
    click(qtbot, window.accounts_button)
    dialog = window.accounts_dialog
    type_into(qtbot, dialog.user_edit, "ivy")
    type_into(qtbot, dialog.name_edit, "Ivy Inspector")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("evaluator"))
    type_into(qtbot, dialog.password_edit, "ivy password")
    dialog.add_account()
    assert "needs a PIN" in dialog.message.text() and world.center.accounts.get("ivy") is None
    type_into(qtbot, dialog.pin_edit, "8642")
    dialog.add_account()
    assert "Added Ivy Inspector" in dialog.message.text()
    assert world.center.accounts.check_pin("ivy", "8642", role="evaluator")
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "ivy" in names
    dialog.accept()
    sign_in_screen_after = window.sign_out_button
    click(qtbot, sign_in_screen_after)
    assert window.stack.currentWidget() is window.sign_in and not window.account_bar.isVisible()
