"""Typed answers: a number (with its unit shown after the box) and a short text.

Both are stored exactly as typed: scoring parses the number (a decimal comma is fine), and
a person reading a manually scored answer sees what the candidate wrote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.exam import Item

MAX_TEXT = 500
NUMBER_CHARACTERS = r"[-+0-9.,\s eE]{0,40}"  # digits, sign, decimal point or comma, exponent


class _TypedLine(QLineEdit):
    """A line edit that reports typing (edited) and finished edits (changed) separately."""

    def __init__(self, owner: QWidget) -> None:
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
