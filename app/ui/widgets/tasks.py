"""Runs slow work (decryption, key stretching) off the UI thread and reports back.

A screen may close, and be deleted, while its work still runs. Two rules make that safe:

- A pool thread touches no object the UI thread may delete. It emits only on the relay, which
  lives as long as the application, and it hands over nothing but a task number.
- A pool thread never drops the last reference to anything the task holds. The work, its
  outcome, the callbacks and the screen stay in the pending table until the UI thread takes
  them out, so a screen (a Qt widget) is never destroyed on a pool thread. That was the crash
  of issue 16: the task object, freed on the pool thread, held the last reference to a closed
  screen through its work's closure.
- Python's cycle collector runs on whichever thread happens to allocate, so a closed screen
  caught in a reference cycle would be destroyed on a pool thread too. Automatic collection
  pauses while work runs and resumes on the UI thread when the last task has reported back.
"""

from __future__ import annotations

import gc
import itertools
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from app.ui.widgets.application import core_application


@dataclass
class _Pending:
    owner: QObject
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[Exception], None]
    outcome: tuple[Any, Exception | None] | None = None


class _Relay(QObject):
    """Lives on the UI thread until the application ends; pool threads emit `finished` on it."""

    finished = Signal(int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._deliver)  # queued: emitted on a pool thread, runs on the UI thread

    def _deliver(self, number: int) -> None:
        task = _pending.pop(number)
        if not _pending:
            _collector.resume()
        if not shiboken6.isValid(task.owner):
            return  # the screen is gone: nobody is waiting for this outcome
        assert task.outcome is not None  # the pool thread sets it before it reports
        result, error = task.outcome
        if error is None:
            task.on_done(result)
        else:
            task.on_failed(error)


class _Collector:
    """Pauses Python's automatic cycle collection while any work runs (see the module's notes)."""

    def __init__(self) -> None:
        self.paused = False

    def pause(self) -> None:
        if not self.paused and gc.isenabled():
            gc.disable()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()  # the next collection starts on this, the UI, thread


_collector = _Collector()
_pending: dict[int, _Pending] = {}
_numbers = itertools.count(1)
_relays: list[_Relay] = []


def _relay() -> _Relay:
    if not _relays or not shiboken6.isValid(_relays[-1]):
        _relays[:] = [_Relay(core_application())]
    return _relays[-1]


def _outcome(work: Callable[[], Any]) -> tuple[Any, Exception | None]:
    try:
        return work(), None
    except Exception as error:  # handed to the UI thread, which shows it
        return None, error


def _run(number: int, relay: _Relay) -> None:  # runs on a pool thread
    # One statement: the references it takes (work, outcome) are dropped before the emit,
    # while the pending table still holds them.
    _pending[number].outcome = _outcome(_pending[number].work)
    relay.finished.emit(number)


def run_in_background(owner: QObject, work: Callable[[], Any],
                      on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]) -> None:
    """Call `work()` on a pool thread; one of the callbacks then runs on the UI thread.

    Neither runs if `owner` has been deleted by then. `work` must not touch widgets: give it
    the values it needs (services, paths, codes), read on the UI thread before the call.
    """
    number = next(_numbers)
    _collector.pause()
    _pending[number] = _Pending(owner, work, on_done, on_failed)
    QThreadPool.globalInstance().start(partial(_run, number, _relay()))


def background_work_pending() -> int:
    """How many tasks have not yet reported back to the UI thread (tests check this is 0)."""
    return len(_pending)


def finish_background_work() -> None:
    """Wait for running work at exit, so no pool thread outlives the application it reports to."""
    QThreadPool.globalInstance().waitForDone()
