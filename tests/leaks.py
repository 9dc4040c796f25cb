"""What a test leaves behind: threads, background work, running timers, open windows.

A leftover is a bug in the test or in the code under test: background work that outlives its
screen used to crash a later test (issue 16), and a window or timer kept alive by one test
runs its code during the next. `conftest.nothing_left_behind` fails the test that leaves one.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field

POOL_TAIL_MS = 10_000  # a pool thread that has reported back only has to return: never waited for in vain
LEFTOVER_WORK_MS = 60_000  # work a failing test left running is awaited, so it cannot reach into the next test


@dataclass
class Snapshot:
    threads: set[threading.Thread]
    application: bool = False
    windows: set[int] = field(default_factory=set)
    timers: set[int] = field(default_factory=set)


def _qt_loaded() -> bool:
    return "PySide6.QtCore" in sys.modules


def _python_threads() -> set[threading.Thread]:
    # Pool threads that ran Python show up as _DummyThread and never leave the list; the pool
    # itself is checked instead.
    return {t for t in threading.enumerate() if t.is_alive() and not isinstance(t, threading._DummyThread)}


def _address(qt_object) -> int:
    """The C++ object's address: stable while it lives, unlike the id of a Python wrapper."""
    import shiboken6
    return shiboken6.getCppPointer(qt_object)[0]


def _application():
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.instance()


def _is_widget_application(app) -> bool:
    return "PySide6.QtWidgets" in sys.modules and isinstance(app, sys.modules["PySide6.QtWidgets"].QApplication)


def _windows(app) -> list:
    return list(app.topLevelWidgets()) if _is_widget_application(app) else []


def _running_timers(app) -> list:
    from PySide6.QtCore import QTimer
    return [t for t in app.findChildren(QTimer) if t.isActive()]


def snapshot() -> Snapshot:
    taken = Snapshot(_python_threads())
    app = _application() if _qt_loaded() else None
    if app is not None:
        taken.application = True
        taken.windows = {_address(w) for w in _windows(app)}
        taken.timers = {_address(t) for t in _running_timers(app)}
    return taken


def left_behind(before: Snapshot) -> list[str]:
    """Names every leftover since `before`, and clears the Qt ones so the next test starts clean."""
    found = [f"thread {t.name!r} still running (join it before the test ends)"
             for t in _python_threads() - before.threads]
    if _qt_loaded() and _application() is not None:
        found += _qt_left_behind(_application(), before)
    return found


def _qt_left_behind(app, before: Snapshot) -> list[str]:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from app.ui.widgets.tasks import background_work_pending
    found = []
    if not before.application and not _is_widget_application(app):
        found.append(f"a {type(app).__name__}, which has no widgets: a widget test after this one in the "
                     "same process would abort (create a QApplication)")
    pending = background_work_pending()
    if pending:
        found.append(f"{pending} background task(s) had not reported back (wait for the outcome)")
    pool = QThreadPool.globalInstance()
    pool.waitForDone(LEFTOVER_WORK_MS if pending else POOL_TAIL_MS)
    QCoreApplication.sendPostedEvents()  # delivers what the work reported, to screens that may be gone
    if pool.activeThreadCount():
        found.append(f"{pool.activeThreadCount()} thread-pool thread(s) still busy")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # windows qtbot closed
    timers = [t for t in _running_timers(app) if _address(t) not in before.timers]
    found += [f"timer {t.objectName() or t.metaObject().className()} (interval {t.interval()} ms) "
              "still running on the application" for t in timers]
    windows = [w for w in _windows(app) if _address(w) not in before.windows]
    found += [f"window {type(w).__name__} {w.windowTitle()!r} left open (qtbot.addWidget it, or close "
              "and delete it)" for w in windows]
    for leftover in [*timers, *windows]:
        leftover.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found
