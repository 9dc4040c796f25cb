"""The README's first command: the demo's station has its accounts, its banner names them, and
signing in as the demo proctor opens the demo package with the shown release code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services.demo import DEMO_ACCOUNTS, prepare_demo
from app.ui.main_window import MainWindow


def test_the_demo_signs_in_and_opens_its_exam(qtbot, tmp_path: Path) -> None:
    demo = prepare_demo(tmp_path / "demo")
    try:
        window = MainWindow(demo.services, demo, launch_candidates=False)
        qtbot.addWidget(window)
        window.show()
        banner = window.findChild(type(window.account_label), "demoBanner").text()
        assert demo.release_code in banner
        for username, _name, role, password, pin in DEMO_ACCOUNTS:  # every account, with its PIN
            assert username in banner and pin in banner and (role == "evaluator" or password in banner)
        assert "Ctrl+Alt+Shift+E" in banner and "Release code: DEMO-2026" in banner
        assert window.stack.currentWidget() is window.sign_in  # no first-run set-up in the demo
        qtbot.keyClicks(window.sign_in.user_edit, "demo")
        qtbot.keyClicks(window.sign_in.password_edit, "demo-proctor-pass")
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.start_screen, window.sign_in.result_label.text()
        screen = window.start_screen
        qtbot.keyClicks(screen.code_edit, demo.release_code)
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session_screen is not None, timeout=30000)
        assert window.opened.exam.id in ("ess-integration", "efficiency-maintenance")
    finally:
        demo.discard()
