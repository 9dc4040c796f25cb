"""Typed answers: a number (with its unit shown after the box) and a short text.

Both are stored exactly as typed: scoring parses the number (a decimal comma is fine), and
a person reading a manually scored answer sees what the candidate wrote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.exam import Item

MAX_TEXT = 500
MAX_WRITTEN = 10_000   # a written answer a person scores: a few paragraphs
NUMBER_CHARACTERS = r"[-+0-9.,\s eE]{0,40}"  # digits, sign, decimal point or comma, exponent


class _TypedLine(QLineEdit):
    """A line edit that reports typing (edited) and finished edits (changed) separately."""

    def __init__(self, owner: NumericAnswer | ShortTextAnswer) -> None:
        super().__init__(owner)
        self.textEdited.connect(lambda _text: owner.edited.emit())
        self.editingFinished.connect(owner.changed.emit)


class NumericAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = _TypedLine(self)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(NUMBER_CHARACTERS), self.line))
        self.line.setAccessibleName(self.tr("Your answer, a number in {unit}").format(unit=item.unit)
                                    if item.unit else self.tr("Your answer, a number"))
        self.line.setAccessibleDescription(self.tr("Type a number. It is saved when you press Enter, leave "
                                                   "the box, or stop typing for a moment."))
        self.unit = QLabel(item.unit)
        self.unit.setBuddy(self.line)
        row = QHBoxLayout(self)
        row.addWidget(self.line, 1)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.setFocusProxy(self.line)

    def instruction(self) -> str:
        return self.tr("Type a number.")

    def response(self) -> Any:
        return self.line.text() if self.line.text().strip() else None

    def set_response(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class ShortTextAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = _TypedLine(self)
        self.line.setMaxLength(MAX_TEXT)
        self.line.setAccessibleName(self.tr("Your answer"))
        self.line.setAccessibleDescription(self.tr("Type your answer. It is saved when you press Enter, "
                                                   "leave the box, or stop typing for a moment."))
        row = QHBoxLayout(self)
        row.addWidget(self.line, 1)
        self.setFocusProxy(self.line)

    def instruction(self) -> str:
        return self.tr("Type your answer.")

    def response(self) -> Any:
        return self.line.text() if self.line.text().strip() else None

    def set_response(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class _WrittenBox(QPlainTextEdit):
    """Several lines of text; Tab leaves the box (keyboard users must be able to get out)."""

    def __init__(self, owner: "WrittenAnswer") -> None:
        super().__init__(owner)
        self.owner = owner
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.owner.changed.emit()


class WrittenAnswer(QWidget):
    """A written answer that a person scores (an essay, an explanation): several lines, with a
    running word count. Saved after a pause in typing and when the box is left."""

    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = _WrittenBox(self)
        self.box.setAccessibleName(self.tr("Your written answer"))
        self.box.setAccessibleDescription(self.tr("Type your answer; Enter starts a new line and Tab leaves "
                                                  "the box. It is saved as you type."))
        self.box.setMinimumHeight(self.box.fontMetrics().lineSpacing() * 8)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Length of your answer"))
        self.box.textChanged.connect(self._typed)
        column = QVBoxLayout(self)
        column.addWidget(self.box, 1)
        column.addWidget(self.count)
        self.setFocusProxy(self.box)
        self._show_count()

    def _typed(self) -> None:
        text = self.box.toPlainText()
        if len(text) > MAX_WRITTEN:  # a paste that would go over the limit is cut, and the box says so
            self.box.setPlainText(text[:MAX_WRITTEN])
            self.box.moveCursor(self.box.textCursor().MoveOperation.End)
            return
        self._show_count()
        self.edited.emit()

    def _show_count(self) -> None:
        text = self.box.toPlainText()
        self.count.setText(self.tr("{words} words, {left} characters left").format(
            words=len(text.split()), left=MAX_WRITTEN - len(text)))

    def instruction(self) -> str:
        return self.tr("Write your answer in the box. A person will score it.")

    def response(self) -> Any:
        text = self.box.toPlainText()
        return text if text.strip() else None

    def set_response(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setPlainText("" if value is None else str(value))
        self.box.blockSignals(False)
        self._show_count()
