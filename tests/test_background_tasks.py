"""Background work outlives the screen that started it without crashing (issue 16).

Before the fix a closed screen could be destroyed on a pool thread (the task held the last
reference to it) and a pool thread emitted on an object the screen had taken with it; both
crashed the UI thread's event processing, seemingly at random.
"""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from app.ui.widgets.tasks import background_work_pending, run_in_background
from tests import leaks

WAIT = 10  # seconds a pool thread waits for the test to let it go; only reached if the test is broken


class Screen(QDialog):
    """A screen like the real ones: its work closes over the screen itself."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel("checking…"))
        self.release, self.outcomes = release, []

    def start(self) -> None:
        run_in_background(self, lambda: self.release.wait(WAIT) and self.outcomes,
                          self.outcomes.append, self.outcomes.append)


def test_a_screen_closed_while_its_work_runs_is_destroyed_on_the_ui_thread(qtbot) -> None:
    release, destroyed_on = threading.Event(), []
    screen = Screen(release)
    weakref.finalize(screen, lambda: destroyed_on.append(threading.get_ident()))
    screen.show()
    screen.start()
    screen.close()
    del screen  # now only the background work holds the screen
    release.set()
    qtbot.waitUntil(lambda: bool(destroyed_on) and not background_work_pending())
    assert destroyed_on == [threading.get_ident()]


def test_a_screen_deleted_while_its_work_runs_gets_no_callback(qtbot) -> None:
    """Deleted before, during and after its work, many times: no callback, no error, no crash."""
    for round_ in range(150):
        release = threading.Event()
        screen = Screen(release)
        outcomes = screen.outcomes
        if round_ % 3 == 0:
            release.set()  # the work may finish before the screen goes
        screen.start()
        if round_ % 3 == 1:
            release.set()  # the work may finish while the screen goes
        shiboken6.delete(screen) if round_ % 2 else _delete_later(screen)
        release.set()
        qtbot.waitUntil(lambda: not background_work_pending())
        assert outcomes == []


def _delete_later(screen: QDialog) -> None:
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_work_that_fails_reports_the_error_on_the_ui_thread(qtbot) -> None:
    screen = QDialog()
    qtbot.addWidget(screen)
    reported = []

    def work() -> None:
        raise ValueError("damaged package")

    run_in_background(screen, work, reported.append,
                      lambda error: reported.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(reported))
    (error, thread), = reported
    assert isinstance(error, ValueError) and thread == threading.get_ident()


def test_the_leak_check_names_what_a_test_leaves_behind(qtbot) -> None:
    from PySide6.QtCore import QTimer
    app = QCoreApplication.instance()
    before = leaks.snapshot()
    window = QDialog()
    window.setWindowTitle("forgotten")
    timer = QTimer(app)
    timer.start(60_000)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="forgotten-worker")
    thread.start()
    release = threading.Event()
    run_in_background(window, lambda: release.wait(WAIT), lambda _: None, lambda _: None)
    release.set()  # reported back only when events are processed: still pending at the check
    try:
        found = " ".join(leaks.left_behind(before))
    finally:
        stop.set()
        thread.join()
    assert "'forgotten'" in found and "QTimer" in found and "'forgotten-worker'" in found
    assert "background task" in found
    assert leaks.left_behind(before) == []  # the check closed what it found
    assert not shiboken6.isValid(window) and not shiboken6.isValid(timer)


class CyclicScreen(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.itself = self  # a reference cycle: only the cycle collector frees this screen


def test_a_closed_screen_in_a_reference_cycle_is_destroyed_on_the_ui_thread(qtbot) -> None:
    """Work that allocates must not run the cycle collector, and so a screen's destructor, on its thread."""
    gc.collect()  # nothing else is due: no collection starts on this thread before the work does
    destroyed_on, reported = [], []
    screen = CyclicScreen()
    weakref.finalize(screen, lambda: destroyed_on.append(threading.get_ident()))
    del screen
    run_in_background(QCoreApplication.instance(), lambda: len([[] for _ in range(20_000)]),
                      reported.append, reported.append)
    qtbot.waitUntil(lambda: bool(reported))
    gc.collect()
    assert destroyed_on == [threading.get_ident()]
