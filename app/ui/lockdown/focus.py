"""Notices when the candidate leaves the exam: another program (or another ExamStation
window that is not part of the exam) takes the keyboard, or the application goes inactive.

A loss counts only after a short grace period, because moving between the exam's own
windows (opening the PIN dialog, a click on a covered screen) passes through "no window
has focus" for a moment on some platforms. The time recorded is when it started, not when
the grace period ended.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QWindow

from app.domain.incidents import OTHER_PROGRAM  # a reason, as stored in the incident details
from app.ui.widgets.application import gui_application

OTHER_WINDOW = "other_window"


def _root_of(window: QWindow) -> QWindow:
    parent = window.transientParent()
    while parent is not None:
        window, parent = parent, parent.transientParent()
    return window


class FocusWatcher(QObject):
    """`is_ours(window)` says which top-level windows belong to the exam; `on_lost(at, reason)`
    and `on_returned(at, away_ms)` get wall-clock times (seconds) from `clock`."""

    def __init__(self, is_ours: Callable[[QWindow], bool], *, on_lost: Callable[[float, str], None],
                 on_returned: Callable[[float, int], None], grace_ms: int = 250,
                 reclaim_ms: int = 1500, reclaim: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._is_ours = is_ours
        self._on_lost, self._on_returned = on_lost, on_returned
        self._clock = clock
        self._reclaim = reclaim
        self._grace = QTimer(self, singleShot=True, interval=grace_ms)
        self._grace.timeout.connect(self._confirm)
        self._reclaim_timer = QTimer(self, interval=reclaim_ms)
        self._reclaim_timer.timeout.connect(self._try_reclaim)
        self.away = False
        self._since: tuple[float, float] | None = None  # (wall, monotonic) when it started
        self.losses = 0

    def start(self) -> None:
        app = gui_application()
        app.focusWindowChanged.connect(self._evaluate)
        app.applicationStateChanged.connect(self._evaluate)

    def stop(self) -> None:
        app = gui_application()
        app.focusWindowChanged.disconnect(self._evaluate)
        app.applicationStateChanged.disconnect(self._evaluate)
        self._grace.stop()
        self._reclaim_timer.stop()

    def here(self) -> tuple[bool, str]:
        """Is the exam in front? And if not, why not."""
        app = gui_application()
        if app.applicationState() != Qt.ApplicationState.ApplicationActive:
            return False, OTHER_PROGRAM
        focus = app.focusWindow()
        if focus is None:
            return False, OTHER_PROGRAM
        root = _root_of(focus)
        return (self._is_ours(focus) or self._is_ours(root)), OTHER_WINDOW

    def _evaluate(self, *_: object) -> None:
        present, _reason = self.here()
        if present:
            self._grace.stop()
            if self.away:
                self._came_back()
            self._since = None
        elif self._since is None:
            self._since = (self._clock(), time.monotonic())
            self._grace.start()

    def _confirm(self) -> None:
        present, reason = self.here()
        if present or self._since is None or self.away:
            return
        self.away = True
        self.losses += 1
        self._on_lost(self._since[0], reason)
        self._try_reclaim()
        self._reclaim_timer.start()

    def _came_back(self) -> None:
        self.away = False
        self._reclaim_timer.stop()
        started = self._since[1] if self._since else time.monotonic()
        self._on_returned(self._clock(), round((time.monotonic() - started) * 1000))

    def _try_reclaim(self) -> None:
        # Pull the exam back to the front. X11 without a window manager and Windows in kiosk
        # setups allow it; Windows otherwise only flashes the taskbar, and Wayland refuses:
        # the incident is recorded either way.
        if self._reclaim is not None and self.away:
            self._reclaim()
