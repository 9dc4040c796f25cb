"""Starts the desktop app: one QApplication, the theme, the main window."""

from __future__ import annotations

import signal
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.context import Services
from app.ui.admin.results_window import ResultsWindow
from app.ui.lockdown import AlreadyRunning, SingleInstanceGuard, private_lock_folder
from app.ui.main_window import MainWindow
from app.ui.widgets.tasks import finish_background_work


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ExamStation")
    app.setOrganizationName("ExamStation")
    return app  # type: ignore[return-value]


def quit_on_terminate(app: QApplication) -> QTimer:
    """Let SIGTERM/SIGINT end the event loop cleanly, so `finally` blocks (demo clean-up) run.

    Python handles signals only between bytecodes; a short idle timer gives it the chance.
    """
    for sig in (signal.SIGTERM, signal.SIGINT):
        # Queued, not immediate: a signal that arrives while the first window is still being
        # built (before the event loop runs) must still end the loop once it starts.
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(services: Services, demo: Any = None, smoke_test: bool = False) -> int:
    app = ensure_application()
    quit_on_terminate(app)
    try:
        guard = SingleInstanceGuard(private_lock_folder())  # one copy per OS user on this computer
        guard.acquire()
    except AlreadyRunning as error:
        print(f"examstation: {error}", file=sys.stderr)
        QMessageBox.warning(None, "ExamStation", str(error))
        return 1
    # A credential body's home opens on results; a station's on the proctor's screens.
    is_body = services.keys.has("body") and not services.keys.has("center")
    if services.seat.is_seat():  # a candidate workstation: its own screen, no station set-up
        from app.ui.seat.seat_window import SeatWindow
        window = SeatWindow(services.seat, lockdown=True)
    else:
        window = ResultsWindow(services) if is_body else MainWindow(services, demo)
    window.show()
    if smoke_test:  # shown and painted once: that is what a start-up check measures
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        finish_background_work()  # work still running reports to the application: let it end first
