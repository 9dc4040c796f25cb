"""Runs slow work (decryption, key stretching) off the UI thread and reports back."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.work()
        except Exception as error:  # handed to the UI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_in_background(owner: QObject, work: Callable[[], Any],
                      on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]) -> None:
    """Call `work()` on a pool thread; the callbacks run on the UI thread.

    The signals object is parented to `owner` so it lives as long as the screen.
    """
    signals = _Signals(owner)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, signals))
