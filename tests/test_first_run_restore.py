"""First-run set-up restores the center's keys from a backup instead of making new ones (a
replaced disk, a second station of the center): a wrong passphrase and a body's backup are
refused, the key passphrase is asked on a station without a keyring, and the restored station
opens the center's packages with the trust the backup carried."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from app.services.context import create_services
from app.services.keys import PassphraseHolder
from app.ui.main_window import MainWindow
from tests.conftest import RELEASE_CODE, World
from tests.staff_ui import open_package, sign_in
from tests.test_proctor_first_run import STATION_PASSPHRASE, answer_passphrase_dialog, click, type_into

BACKUP_PHRASE = "orange battery river 42"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("EXAMSTATION_KEY_PASSPHRASE")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    services = create_services(tmp_path / "replacement", PassphraseHolder())
    yield services
    services.close()


def restore(qtbot, setup, backup: Path, phrase: str) -> None:
    setup.ask_backup_passphrase(backup)
    dialog = setup.backup_dialog
    assert dialog.isVisible() and backup.name in " ".join(w.text() for w in dialog.findChildren(type(setup.identity_message)))
    type_into(qtbot, dialog.field, phrase)
    click(qtbot, dialog.ok_button)


def test_first_run_restores_the_centers_keys_from_a_backup(qtbot, fresh, world: World, tmp_path: Path) -> None:
    center_backup, body_backup = tmp_path / "center.backup.json", tmp_path / "body.backup.json"
    original = world.center.keys.backup("center", center_backup, BACKUP_PHRASE)
    world.body.keys.backup("body", body_backup, BACKUP_PHRASE)
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    window.show()
    setup = window.first_run
    assert not setup.restore_button.isEnabled()   # the administrator comes first
    fresh.accounts.create("rita", "Rita Admin", "admin", "a long password", "1111")
    setup._update_steps()
    assert setup.restore_button.isEnabled() and setup.create_keys_button.isEnabled()

    restore(qtbot, setup, center_backup, "not the passphrase")
    qtbot.waitUntil(lambda: not setup.keys_progress.isVisible(), timeout=20000)
    assert "passphrase is wrong" in setup.identity_message.text() and not fresh.keys.has("center")
    assert setup.restore_button.isEnabled()

    restore(qtbot, setup, body_backup, BACKUP_PHRASE)
    qtbot.waitUntil(lambda: not setup.keys_progress.isVisible(), timeout=20000)
    assert "not of a center" in setup.identity_message.text() and not fresh.keys.has("body")

    restore(qtbot, setup, center_backup, BACKUP_PHRASE)   # no keyring here: a key passphrase is chosen
    qtbot.waitUntil(lambda: setup.passphrase_dialog is not None and setup.passphrase_dialog.isVisible(),
                    timeout=20000)
    type_into(qtbot, setup.passphrase_dialog.first, STATION_PASSPHRASE)
    type_into(qtbot, setup.passphrase_dialog.second, STATION_PASSPHRASE)
    click(qtbot, setup.passphrase_dialog.ok_button)
    qtbot.waitUntil(lambda: fresh.keys.has("center") and not setup.keys_progress.isVisible(), timeout=20000)
    assert original.fingerprint in setup.identity_message.text()
    assert "Test Credential Body" in setup.trust_message.text()   # the backup's trust came along
    assert not setup.restore_button.isEnabled() and setup.finish_button.isEnabled()
    entry = fresh.accounts.audit_entries(action_prefix="keys.restored")[-1]
    assert entry.actor == "rita" and entry.details["fingerprint"] == original.fingerprint

    click(qtbot, setup.finish_button)
    shutil.copyfile(world.package, fresh.home.packages_dir / "mini.exampkg")   # built for the center
    sign_in(qtbot, window, "rita", "a long password")
    window.start_screen.refresh_packages()
    QTimer.singleShot(50, lambda: answer_passphrase_dialog(STATION_PASSPHRASE))
    open_package(qtbot, window, RELEASE_CODE)
    qtbot.waitUntil(lambda: window.session_screen is not None, timeout=20000)


def test_the_restore_button_says_what_it_does(qtbot, fresh) -> None:
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    button = window.first_run.restore_button
    assert button.accessibleName() == "Restore center keys from a backup" and "&b" in button.text()
    assert button.focusPolicy() != Qt.FocusPolicy.NoFocus
