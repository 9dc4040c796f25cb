"""The proctor's start screen, driven with real widgets, keys and mouse clicks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from tests.conftest import RELEASE_CODE, World
from tests.staff_ui import add_staff, staff_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)


@pytest.fixture
def window(qtbot, world: World) -> MainWindow:
    shutil.copyfile(world.package, world.center.home.packages_dir / "mini.exampkg")
    add_staff(world.center)
    return staff_window(qtbot, world.center)


def _open_with(qtbot, window: MainWindow, code: str) -> str:
    screen = window.start_screen
    screen.code_edit.clear()
    qtbot.keyClicks(screen.code_edit, code)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.progress.isVisible() and screen.open_button.isEnabled(), timeout=20000)
    return screen.result_label.text()


def test_public_details_show_before_anything_is_decrypted(window: MainWindow) -> None:
    screen = window.start_screen
    assert screen.package_list.count() == 1
    text = screen.details.toPlainText()
    for expected in ("Mini Exam for Tests", "Mini Credential", "Base Credential", "Form A (10 items)",
                     "20 minutes", "Test Credential Body", "trusted by this station", "Center One", "required"):
        assert expected in text
    assert "Zebra" not in text and screen.opened is None


def test_wrong_code_then_right_code(qtbot, window: MainWindow, world: World) -> None:
    screen = window.start_screen
    message = _open_with(qtbot, window, "WRONG")
    assert "release code is wrong" in message and screen.opened is None
    assert window.focusWidget() is screen.code_edit  # ready for another try
    message = _open_with(qtbot, window, RELEASE_CODE.lower())
    assert message.startswith("Opened “Mini Exam for Tests”") and "Next: check in" in message
    assert screen.opened.exam.item("q-single").stem.startswith("Zebra-stem")
    assert [k.exam_id for k in world.center.station.known_packages()] == ["mini-exam"]


def test_enter_in_the_code_field_opens(qtbot, window: MainWindow) -> None:
    screen = window.start_screen
    qtbot.keyClicks(screen.code_edit, RELEASE_CODE)
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.opened is not None, timeout=20000)


def test_a_damaged_package_shows_one_clear_message(qtbot, window: MainWindow, world: World) -> None:
    target = world.center.home.packages_dir / "mini.exampkg"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    screen = window.start_screen
    screen.refresh_packages()
    assert "damaged or has been altered" in screen.details.toPlainText()
    assert not screen.open_button.isEnabled()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QTextBrowser
    controls = [w for kind in (QAbstractButton, QLineEdit, QListWidget, QTextBrowser)
                for w in window.findChildren(kind)]
    assert len(controls) >= 5
    assert [w for w in controls if not w.accessibleName()] == []


def test_keyboard_reaches_every_control(qtbot, window: MainWindow) -> None:
    screen = window.start_screen
    window.activateWindow()
    screen.package_list.setFocus()
    seen = set()
    for _ in range(12):
        seen.add(window.focusWidget())
        window.focusNextChild()
    assert {screen.package_list, screen.code_edit, screen.open_button} <= seen


def test_screenshot_renders(window: MainWindow, tmp_path: Path) -> None:
    image = window.grab()
    assert image.width() >= 800 and image.save(str(tmp_path / "start.png"))


def test_a_locked_key_file_asks_for_the_passphrase_in_a_dialog(qtbot, world: World, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from app.services.context import create_services
    from app.services.keys import PassphraseHolder
    from tests.conftest import PASSPHRASE
    monkeypatch.delenv("EXAMSTATION_KEY_PASSPHRASE")
    services = create_services(world.center.home.root, PassphraseHolder())
    shutil.copyfile(world.package, services.home.packages_dir / "mini.exampkg")
    add_staff(services)
    window = staff_window(qtbot, services)
    answers = ["not the passphrase", PASSPHRASE]
    asked = []

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer_dialog)
            return
        asked.append(dialog.labelText())
        dialog.setTextValue(answers.pop(0))
        dialog.accept()

    screen = window.start_screen
    screen.code_edit.setText(RELEASE_CODE)
    QTimer.singleShot(50, answer_dialog)
    screen.open_selected()
    qtbot.waitUntil(lambda: "passphrase is wrong" in screen.result_label.text(), timeout=20000)
    QTimer.singleShot(50, answer_dialog)
    screen.open_selected()  # the wrong passphrase was not kept: the dialog comes back
    qtbot.waitUntil(lambda: screen.opened is not None, timeout=20000)
    assert len(asked) == 2 and "passphrase" in asked[0]
    services.close()


def test_a_station_without_center_keys_says_what_to_do(qtbot, tmp_path: Path) -> None:
    from app.services.context import create_services
    from tests.conftest import passphrase
    services = create_services(tmp_path / "fresh", passphrase)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "no center identity" in window.start_screen.result_label.text()
    services.close()
