"""Cloze: one answer per numbered blank of the text, a list to choose from or a box to type in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.exam import Item

MAX_BLANK = 200


class ClozeAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)   # each blank's label above its field: fits at 200 % text
        self.fields: dict[str, QComboBox | QLineEdit] = {}
        for number, blank in enumerate(item.blanks, 1):
            name = self.tr("Blank {n}").format(n=number)
            field = self._list(blank) if blank.kind == "choice" else self._box(blank.kind == "number")
            field.setAccessibleName(name)
            label = QLabel(name)
            label.setBuddy(field)
            label.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(label)
            column.addWidget(field)
            column.addSpacing(6)
            self.fields[blank.id] = field

    def _list(self, blank) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.addItem(self.tr("— choose —"), None)
        for option in blank.options:
            combo.addItem(option.text, option.id)
        combo.setAccessibleDescription(self.tr("Choose the word or value for this blank"))
        combo.activated.connect(lambda _index: self.changed.emit())
        return combo

    def _box(self, number: bool) -> QLineEdit:
        box = QLineEdit()
        box.setMaxLength(MAX_BLANK)
        box.setAccessibleDescription(self.tr("Type a number for this blank") if number
                                     else self.tr("Type the word or words for this blank"))
        box.textEdited.connect(lambda _text: self.edited.emit())
        box.editingFinished.connect(self.changed.emit)
        return box

    def instruction(self) -> str:
        return self.tr("Fill in each numbered blank of the text.")

    def response(self) -> Any:
        chosen = {}
        for blank_id, field in self.fields.items():
            value = field.currentData() if isinstance(field, QComboBox) else (field.text() if field.text().strip()
                                                                               else None)
            if value is not None:
                chosen[blank_id] = value
        return chosen or None

    def set_response(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for blank_id, field in self.fields.items():
            given = value.get(blank_id)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(given)) if given is not None else 0)
            else:
                field.setText("" if given is None else str(given))
