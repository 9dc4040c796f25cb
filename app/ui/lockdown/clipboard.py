"""Keeps the clipboard empty of anything from outside the exam.

Cleared at start, checked whenever it changes, whenever focus moves and on a timer (macOS
tells an application about clipboard changes only when it becomes active, so the timer is
what catches them there), and emptied completely whenever the candidate leaves the exam,
so nothing of the exam is left for another program to paste.

One thing is let through: text the candidate copies or cuts inside their own answer field
(the key filter announces it just before it happens). Losing a sentence they cut from their
essay because a timer fired would lose part of an answer.
"""

from __future__ import annotations

import hashlib
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from app.ui.widgets.application import widget_application

OWN_COPY_WINDOW_S = 0.5  # the copy happens while the key press is handled; this is slack


def _fingerprint(clipboard: QClipboard) -> tuple | None:
    """What is on the clipboard, without keeping it: its formats and a hash of its text.
    Only the text is hashed: an image from another program would be slow to fetch, and
    its formats already differ from the candidate's own copied text."""
    data = clipboard.mimeData()
    if data is None or not data.formats():
        return None
    return tuple(sorted(data.formats())), hashlib.sha256(data.text().encode()).hexdigest()


class ClipboardGuard(QObject):
    def __init__(self, on_blocked: Callable[[list[str], str], None], poll_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_blocked = on_blocked
        self._clipboard = QApplication.clipboard()
        self._allowed: tuple | None = None     # the candidate's own copied text
        self._expect_own_until = 0.0
        self._clearing = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(lambda: self.check("poll"))
        self.blocked_count = 0

    def start(self) -> None:
        self.clear_all()
        self._clipboard.dataChanged.connect(self._changed)
        self._clipboard.selectionChanged.connect(self._selection_changed)
        widget_application().focusChanged.connect(self._focus_changed)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._clipboard.dataChanged.disconnect(self._changed)
        self._clipboard.selectionChanged.disconnect(self._selection_changed)
        widget_application().focusChanged.disconnect(self._focus_changed)
        self.clear_all()  # the exam is over: leave nothing of it behind

    def expect_own_copy(self) -> None:
        """The key filter saw Ctrl+C/X in an answer field: the next change is the candidate's."""
        self._expect_own_until = time.monotonic() + OWN_COPY_WINDOW_S

    def clear_all(self) -> None:
        """Empty the clipboard and, on X11, the mouse selection too (middle-click paste)."""
        self._allowed = None
        self._clearing = True
        try:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            if self._clipboard.supportsSelection():
                self._clipboard.clear(QClipboard.Mode.Selection)
        finally:
            self._clearing = False

    def check(self, when: str) -> None:
        """Clear and report anything that is neither empty nor the candidate's own copy."""
        if self._clearing:
            return
        current = _fingerprint(self._clipboard)
        if current is None or current == self._allowed:
            return
        if time.monotonic() <= self._expect_own_until:
            self._allowed = current
            self._expect_own_until = 0.0
            return
        formats = list(current[0])
        self.clear_all()
        self.blocked_count += 1
        self._on_blocked(formats, when)

    def _changed(self) -> None:
        self.check("changed")

    def _focus_changed(self, _old: object, _new: object) -> None:
        self.check("focus")

    def _selection_changed(self) -> None:
        # Selecting text in an answer field sets the X11 selection; that is ours and harmless.
        # Another program's selection could be middle-click pasted: drop it, quietly (it
        # changes whenever text is selected anywhere, which is not itself an attempt).
        if not self._clearing and not self._clipboard.ownsSelection():
            self._clearing = True
            try:
                self._clipboard.clear(QClipboard.Mode.Selection)
            finally:
                self._clearing = False
