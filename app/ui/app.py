"""Starts the desktop app: one QApplication, the theme, the main window.

The window appears first: a plain "Opening ExamStation" frame, painted before SQLAlchemy,
cryptography or any screen is imported and before the database is opened; the home's
services and its real first screen are built on the event loop's first turn and take the
frame's place (about half a second later on a slow machine).
"""

from __future__ import annotations

import signal
import sys
import time
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QProgressBar, QStackedWidget, \
    QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.context import Services


def ensure_application() -> QApplication:
    """The application; made here, it gets the staff's language (app/ui/language.py) too."""
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setApplicationName("ExamStation")
    app.setOrganizationName("ExamStation")
    if existing is None:
        from app.ui.language import install_staff_translator
        install_staff_translator(app)
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
    """The app on services already made (the demo's)."""
    return run_gui_on(lambda: services, demo, smoke_test)


def run_gui_on(make_services: Callable[[], Services], demo: Any = None, smoke_test: bool = False) -> int:
    """Show the window, then make the services and the first screen. Whatever fails while
    making them is raised from here, after the window closed (app.main reports it)."""
    app = ensure_application()
    quit_on_terminate(app)
    if not _single_instance(ask_a_person=not smoke_test):
        return 1
    opening = OpeningWindow()
    opening.show()
    app.processEvents()  # painted now, before anything heavy is imported
    if smoke_test:
        _say("window shown", _loaded_now())
    started = _Start(make_services, demo, opening, smoke_test)
    QTimer.singleShot(0, started.build)
    try:
        status = app.exec()
    finally:
        from app.ui.widgets.tasks import finish_background_work
        finish_background_work()  # work still running reports to the application: let it end first
    if started.failure is not None:
        raise started.failure
    return status


class _Start:
    """The event loop's first turn: services, the home's first screen, the opening frame closed."""

    def __init__(self, make_services: Callable[[], Services], demo: Any, opening: QWidget, smoke_test: bool) -> None:
        self.make_services, self.demo, self.opening, self.smoke_test = make_services, demo, opening, smoke_test
        self.window: QWidget | None = None
        self.failure: BaseException | None = None

    def build(self) -> None:
        try:
            self.window = first_window(self.make_services(), self.demo)
            self.window.show()  # its own size and state (a seat's is full screen)
            self.opening.close()
            if self.smoke_test:
                _say("first screen shown", type(self.window).__name__)
                walk_screens(self.window)
                QTimer.singleShot(0, QApplication.quit)
        except BaseException as error:  # reported by app.main once the loop has ended
            self.failure = error
            self.opening.close()
            QApplication.quit()


def first_window(services: Services, demo: Any = None) -> QWidget:
    """A candidate workstation's screen, a credential body's results, or the station's staff window."""
    if services.seat.is_seat():  # a candidate workstation: its own screen, no station set-up
        from app.ui.seat.seat_window import SeatWindow
        return SeatWindow(services.seat, lockdown=True)
    if services.keys.has("body") and not services.keys.has("center"):
        from app.ui.admin.results_window import ResultsWindow
        return ResultsWindow(services)
    from app.ui.main_window import MainWindow
    return MainWindow(services, demo)


def _single_instance(ask_a_person: bool = True) -> bool:
    """False when this user runs ExamStation already (said on the terminal, and in a message box
    unless nobody is there to close it: the start-up check must end, never wait)."""
    from app.ui.lockdown import AlreadyRunning, SingleInstanceGuard, private_lock_folder
    try:
        guard = SingleInstanceGuard(private_lock_folder())  # one copy per OS user on this computer
        guard.acquire()
    except AlreadyRunning as error:
        print(f"examstation: {error}", file=sys.stderr)
        if ask_a_person:
            QMessageBox.warning(None, "ExamStation", str(error))
        return False
    return True


class OpeningWindow(QMainWindow):
    """What shows while the home's screens are made: the name and a busy bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ExamStation"))
        self.resize(1100, 760)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        label = QLabel(self.tr("Opening ExamStation…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 20pt;")
        busy = QProgressBar()
        busy.setRange(0, 0)  # busy: no percentage to tell
        busy.setAccessibleName(self.tr("Opening ExamStation"))
        busy.setMinimumHeight(44)
        layout.addWidget(label)
        layout.addWidget(busy)
        layout.addStretch(1)
        self.setCentralWidget(central)


def walk_screens(window: QWidget) -> list[str]:
    """The start-up check: show every page of the window's stacks and tabs in turn (each is
    laid out and painted), then the first again. Returns what it showed."""
    shown = []
    stacks = [s for s in window.findChildren(QStackedWidget) if not isinstance(s.parent(), QTabWidget)]
    for pages in stacks + window.findChildren(QTabWidget):  # a tab widget's own stack is walked as tabs
        current = pages.currentIndex()
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            page = pages.widget(index)
            page.grab()
            name = pages.tabText(index) if isinstance(pages, QTabWidget) else type(page).__name__
            shown.append(name.replace("&", ""))
        pages.setCurrentIndex(current)
    for name in shown:
        _say("screen", name)
    return shown


def _loaded_now() -> str:
    """For the start-up check: which heavy parts are already in memory."""
    heavy = ("sqlalchemy", "cryptography", "alembic", "app.services.context", "app.ui.main_window")
    return "; ".join(f"{name} {'loaded' if name in sys.modules else 'not loaded'}" for name in heavy)


def _say(what: str, detail: str) -> None:
    print(f"smoke test: {time.monotonic():.3f} {what}: {detail}", flush=True)
