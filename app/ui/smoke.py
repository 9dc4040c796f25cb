"""The start-up check's second half (`examstation --smoke-test`): after the home's own first
screen, every other screen of the app is made, shown and painted once on throwaway demo homes:
the station's pages and its session (check-in, console, room, evaluator mode, audit), a
candidate's exam with each of its items, a candidate workstation, an evaluator's tablet and the
body's window with each tab. It proves the program (the built one above all, where a left-out
Qt plugin or module shows only when a screen needs it) can reach every screen; it checks
nothing about what they say."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

if TYPE_CHECKING:
    from app.services.context import Services

OpenHome = Callable[[Path], "Services"]  # the services of another home (wired by app.main)


def walk_screens(window: QWidget, say: Callable[[str, str], None]) -> list[str]:
    """Show every page of the window's stacks and tabs in turn (each is laid out and painted),
    then the first again. Returns what it showed."""
    shown = []
    make_every_page = getattr(window, "make_every_page", None)  # a window that makes its pages on first use
    if make_every_page is not None:
        make_every_page()
    stacks = [s for s in window.findChildren(QStackedWidget) if not isinstance(s.parent(), QTabWidget)]
    for pages in stacks + window.findChildren(QTabWidget):  # a tab widget's own stack is walked as tabs
        current = pages.currentIndex()
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            page = pages.widget(index)
            if page is None:  # Qt's answer past the last page; never below count()
                continue
            page.grab()
            name = pages.tabText(index) if isinstance(pages, QTabWidget) else type(page).__name__
            shown.append(name.replace("&", ""))
        pages.setCurrentIndex(current)
    for name in shown:
        say("screen", name)
    return shown


def walk_every_screen(open_home: OpenHome, say: Callable[[str, str], None]) -> None:
    """Every screen of the app, on demo homes in a temporary folder removed afterwards."""
    from app.services.demo import prepare_demo
    with tempfile.TemporaryDirectory(prefix="examstation-smoke-") as folder:
        demo = prepare_demo(Path(folder) / "demo")
        windows: list[QWidget] = []
        try:
            _station_and_candidate(demo, windows, say)
            _other_machines(open_home, Path(folder), demo.root / "body", windows, say)
        finally:
            for window in windows:
                shutdown = getattr(window, "shutdown", None)
                if shutdown is not None:
                    shutdown()
                window.close()
                window.deleteLater()
            QApplication.processEvents()
            demo.discard()


def _walk(window: QWidget, title: str, windows: list[QWidget], say: Callable[[str, str], None]) -> None:
    windows.append(window)
    window.show()
    QApplication.processEvents()
    say("window", title)
    walk_screens(window, say)


def _station_and_candidate(demo, windows: list[QWidget], say: Callable[[str, str], None]) -> None:
    """The station signed in with the demo exam open (its session's tabs), then a candidate's exam."""
    from app.domain.accommodations import Accommodations
    from app.ui.candidate.window import CandidateWindow
    from app.ui.main_window import MainWindow
    services = demo.services
    station = MainWindow(services, demo, launch_candidates=False)
    account = services.accounts.sign_in("demo", "demo-proctor-pass")
    opened = services.packages.open(demo.packages[0], demo.release_code)
    services.station.remember(opened)  # as the start screen does when the proctor opens it
    station.signed_in(account)
    station.open_session(opened)
    _walk(station, "station, session open", windows, say)
    if station.session_screen is None:
        raise RuntimeError("the demo's session did not open on the station window")
    session_id = station.session_screen.session_id
    candidate = services.delivery.check_in(session_id, "SMOKE-1", "Smoke Test", Accommodations())
    attempt_id = services.delivery.create_attempt(session_id, candidate, opened.exam, Accommodations())
    exam_window = CandidateWindow(services.delivery.live(attempt_id, opened.exam), opened.media, "Smoke Test",
                                  Accommodations())
    _walk(exam_window, "candidate", windows, say)
    exam_window.start()
    for item_id, button in exam_window.item_page.grid.buttons.items():  # each item type on screen
        button.click()
        exam_window.grab()
        say("item", item_id)


def _other_machines(open_home: OpenHome, folder: Path, body_home: Path, windows: list[QWidget],
                    say: Callable[[str, str], None]) -> None:
    """A candidate workstation, an evaluator's tablet and the body's window."""
    from app.ui.admin.results_window import ResultsWindow
    from app.ui.evaluator.tablet_window import TabletWindow
    from app.ui.seat.seat_window import SeatWindow
    seat = open_home(folder / "seat")
    tablet = open_home(folder / "tablet")
    body = open_home(body_home)
    try:
        _walk(SeatWindow(seat.seat, lockdown=False), "candidate workstation", windows, say)
        _walk(TabletWindow(tablet.tablet), "evaluator's tablet", windows, say)
        _walk(ResultsWindow(body), "body", windows, say)
    finally:
        for window in windows[-3:]:
            window.close()
        for services in (seat, tablet, body):
            services.close()
