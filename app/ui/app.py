"""Starts the desktop app: one QApplication, the theme, the main window.

The window appears first, before SQLAlchemy, cryptography or Alembic is imported and before
the database is opened: each service is made on first use, and a station's first screen
(set-up or sign-in) needs only the home's settings and a glance at its database file. A seat's
or a body's first screen loads more: a plain "Opening ExamStation" frame shows first, and the
real screen takes its place on the event loop's first turn.
"""

from __future__ import annotations

import signal
import sys
import time
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.context import Services
    from app.ui.smoke import OpenHome

FIRST_SCREEN, EVERY_SCREEN = "first-screen", "every-screen"  # what the start-up check walks


def ensure_application() -> QApplication:
    """The application; made here, it gets the staff's language (app/ui/language.py) too."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("ExamStation")
    app.setOrganizationName("ExamStation")
    if existing is None:
        from app.ui.language import install_staff_translator
        from app.ui.widgets.staff_theme import apply_staff_theme
        install_staff_translator(app)
        apply_staff_theme(app)  # every window's look; a candidate's window sets its own on itself
    return app


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


def run_gui(services: Services, demo: Any = None) -> int:
    """The app on services already made (the demo's)."""
    return run_gui_on(lambda: services, demo)


def run_gui_on(make_services: Callable[[], Services], demo: Any = None, smoke_test: str | None = None,
               open_home: OpenHome | None = None) -> int:
    """Show the first window as soon as it can be, then run the app. Making the services reads
    only the home's settings (each service is made on first use), so a station's first screen
    is the first window; a seat's or a body's screen loads more, and a plain opening frame shows
    while it is made, on the event loop's first turn. Whatever fails while making them is raised
    from here, after the window closed (app.main reports it).

    `smoke_test`: the start-up check, FIRST_SCREEN (the home's first window and its pages) or
    EVERY_SCREEN (then every other screen too, on demo homes `open_home` opens); None: the app."""
    app = ensure_application()
    quit_on_terminate(app)
    if not _single_instance(ask_a_person=smoke_test is None):
        return 1
    started = _Start(make_services(), demo, smoke_test, open_home)
    if started.quick():
        started.build()
    else:
        started.show_opening()
        QTimer.singleShot(0, started.build)
    try:
        status = app.exec() if started.failure is None else 1
    finally:
        from app.ui.widgets.tasks import finish_background_work
        finish_background_work()  # work still running reports to the application: let it end first
    if started.failure is not None:
        raise started.failure
    return status


class _Start:
    """The home's first screen: made at once when it is quick, else behind an opening frame."""

    def __init__(self, services: Services, demo: Any, smoke_test: str | None, open_home: OpenHome | None) -> None:
        self.services, self.demo, self.smoke_test, self.open_home = services, demo, smoke_test, open_home
        self.opening: QWidget | None = None
        self.window: QWidget | None = None
        self.failure: BaseException | None = None

    def quick(self) -> bool:
        """A station's staff window (sign-in or set-up) needs no library beyond Qt to show."""
        return self.demo is None and not self.services.is_seat() and not _body_only(self.services)

    def show_opening(self) -> None:
        self.opening = OpeningWindow()
        self.opening.show()
        QApplication.processEvents()  # painted now, before anything heavy is imported
        if self.smoke_test:
            _say("window shown", _loaded_now())

    def build(self) -> None:
        try:
            self.window = window = first_window(self.services, self.demo)
            window.show()  # its own size and state (a seat's is full screen)
            self._close_opening()
            if self.smoke_test:
                if self.opening is None:
                    QApplication.processEvents()  # painted, as the opening frame is
                    _say("window shown", _loaded_now())
                _say("first screen shown", _screen_name(window))
                self._check_screens(window)
                QTimer.singleShot(0, QApplication.quit)
        except BaseException as error:  # reported by app.main once the loop has ended
            self.failure = error
            self._close_opening()
            if self.window is not None:
                self.window.close()
            QApplication.quit()

    def _check_screens(self, window: QWidget) -> None:
        from app.ui.smoke import walk_every_screen, walk_screens
        walk_screens(window, _say)
        if self.smoke_test == EVERY_SCREEN and self.open_home is not None:
            walk_every_screen(self.open_home, _say)
            _say("every screen shown", "done")

    def _close_opening(self) -> None:
        if self.opening is not None:
            self.opening.close()


def first_window(services: Services, demo: Any = None) -> QWidget:
    """A candidate workstation's screen, a credential body's results, or the station's staff window."""
    if services.is_seat():  # a candidate workstation: its own screen, no station set-up
        from app.ui.seat.seat_window import SeatWindow
        return SeatWindow(services.seat, lockdown=True)
    if _body_only(services):
        from app.ui.admin.results_window import ResultsWindow
        return ResultsWindow(services)
    from app.ui.main_window import MainWindow
    return MainWindow(services, demo)


def _body_only(services: Services) -> bool:
    """A credential body's home (not also a center): it opens on the body's results window."""
    return services.has_role("body") and not services.has_role("center")


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
            from PySide6.QtWidgets import QMessageBox
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
        from PySide6.QtCore import Qt  # its namespace's enums take a while to make: not before a quick screen
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


def _screen_name(window: QWidget) -> str:
    """The window's class, and the page it opened on when it is a stack of pages (the station's)."""
    stack = getattr(window, "stack", None)
    page = stack.currentWidget() if stack is not None else None
    return type(window).__name__ + (f": {type(page).__name__}" if page is not None else "")


def _loaded_now() -> str:
    """For the start-up check: which heavy parts are already in memory."""
    heavy = ("sqlalchemy", "cryptography", "alembic")
    return "; ".join(f"{name} {'loaded' if name in sys.modules else 'not loaded'}" for name in heavy)


def _say(what: str, detail: str) -> None:
    print(f"smoke test: {time.monotonic():.3f} {what}: {detail}", flush=True)
