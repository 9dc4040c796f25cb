"""The application-wide event filter: swallows screenshot, print and escape keys, context
menus and drops from other programs before any widget of the exam sees them.

It sits on the QApplication, so it covers every window and widget, including ones the
candidate window creates later. It cannot see keys the OS or window manager keeps for
itself (see docs/security.md); on X11 the controller's keyboard grab sends most of those
here too.
"""

from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from app.domain.lockdown_policy import (ALT, CTRL, META, SHIFT, KeyVerdict, classify_key, describe_chord,
                                    is_copy_chord)
from app.ui.widgets.application import core_application

_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
_MODIFIER_WORDS = ((Qt.KeyboardModifier.ControlModifier, CTRL), (Qt.KeyboardModifier.AltModifier, ALT),
                   (Qt.KeyboardModifier.ShiftModifier, SHIFT), (Qt.KeyboardModifier.MetaModifier, META))


def key_name(event: QKeyEvent) -> str:
    try:
        return Qt.Key(event.key()).name
    except ValueError:  # a code Qt has no name for (vendor keys): leave it alone
        return f"Key_{event.key():#x}"


def modifier_words(event: QKeyEvent) -> frozenset[str]:
    mods = event.modifiers()
    return frozenset(word for flag, word in _MODIFIER_WORDS if mods & flag)


def in_editable_text(widget: QObject | None) -> bool:
    """The candidate's own answer field: somewhere copy and paste are ordinary editing."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.echoMode() == QLineEdit.EchoMode.Normal
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return False


class KeyFilter(QObject):
    """Install with install(); remove with remove(). Callbacks report what was stopped:
    `on_blocked(record_name, shown_name)` for keys worth recording, `on_proctor_exit()` for the
    proctor's chord and `on_own_copy()` just before an answer field copies its own text."""

    def __init__(self, *, on_blocked: Callable[[str, str], None], on_proctor_exit: Callable[[], None],
                 on_own_copy: Callable[[], None], allow_copy_in_answers: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_blocked = on_blocked
        self._on_proctor_exit = on_proctor_exit
        self._on_own_copy = on_own_copy
        self._allow_copy = allow_copy_in_answers
        self._mac = sys.platform == "darwin"
        self.blocked_count = 0
        self._pressed: set[str] = set()  # blocked keys seen going down, to pair releases

    def install(self) -> None:
        core_application().installEventFilter(self)

    def remove(self) -> None:
        core_application().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):  # PySide6 hands each event as its own class
            return self._key(event)
        if kind == QEvent.Type.ContextMenu:
            return True  # no menu anywhere: they offer copy, paste, print and "open with"
        if kind in _DROP_EVENTS and isinstance(event, QDropEvent) and event.source() is None:
            event.ignore()  # a drag from another program is a paste by other means
            return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        name, mods = key_name(event), modifier_words(event)
        focus = QApplication.focusObject()
        verdict = classify_key(name, mods, in_text_field=in_editable_text(focus),
                               allow_copy_in_answers=self._allow_copy, mac=self._mac)
        if verdict is KeyVerdict.ALLOW:
            if event.type() == QEvent.Type.KeyPress and is_copy_chord(name, mods):
                self._on_own_copy()  # the field is about to copy its own text: expected
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Accepting the override stops any QShortcut/QAction bound to the chord; the key
            # press that follows is then swallowed below.
            event.accept()
            return True
        if event.isAutoRepeat():
            return True
        if event.type() == QEvent.Type.KeyPress:
            self._pressed.add(name)
            self._act(verdict, event)
        elif name in self._pressed:
            self._pressed.discard(name)
        else:
            # Windows delivers only the release of PrintScreen (it keeps the press for its
            # own screenshot), so a release never preceded by a press is reported too.
            self._act(verdict, event)
        return True

    def _act(self, verdict: KeyVerdict, event: QKeyEvent) -> None:
        self.blocked_count += 1
        if verdict is KeyVerdict.PROCTOR_EXIT:
            self._on_proctor_exit()
        elif verdict is KeyVerdict.BLOCK_AND_REPORT:
            # A stable name for the record, and the key as this system writes it for the notice.
            shown = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.NativeText)
            self._on_blocked(describe_chord(key_name(event), modifier_words(event)), shown)
