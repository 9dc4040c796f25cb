"""Answers chosen from a list: single choice (radio buttons), multiple response (check boxes)
and true/false (two radio buttons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget,
)

from app.domain.exam import Choice, Item
from app.ui.candidate.responses.pictures import Media, option_picture
from app.ui.candidate.responses.strike import StrikeOuts


def option_letter(index: int) -> str:
    """A, B, C ... : options are referred to by letter, as on paper."""
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _option(item: Item, option_id: str) -> Choice:
    return next(o for o in item.options if o.id == option_id)


def _option_text(item: Item, option_id: str) -> str:
    return _option(item, option_id).text


class _OptionText(QLabel):
    """The option's words beside its button: they wrap (a button's own text cannot), and a
    click on them chooses the option, as a click on a button's label does."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()


def _option_row(grid: QGridLayout, button: QAbstractButton, text: str, picture=None,
                strikes: StrikeOuts | None = None, option_id: str = "", letter: str = "") -> None:
    """Button (with its letter) in the first column, the option's words in the second, so the
    words of every option start at the same place; an option's picture goes under its words,
    and a click on it chooses the option too. With `strikes`, the option's strike-out button
    goes last on its line."""
    row = grid.rowCount()
    words = _OptionText(text, button)
    grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(words, row, 1)
    if strikes is not None:
        grid.addWidget(strikes.add(option_id, letter, button, words), row, 2, Qt.AlignmentFlag.AlignTop)
    if picture is not None:
        image = _OptionText("", button)
        image.setPixmap(picture)
        image.setAccessibleName(text)
        grid.addWidget(image, row + 1, 1, Qt.AlignmentFlag.AlignLeft)
    grid.setColumnStretch(1, 1)


class SingleChoiceAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, option_ids: tuple[str, ...], parent: QWidget | None = None,
                 media: Media | None = None) -> None:
        super().__init__(parent)
        self.option_ids = option_ids
        self.group = QButtonGroup(self)
        self.strikes = StrikeOuts(self)
        layout = QGridLayout(self)
        self.buttons: list[QRadioButton] = []
        for index, option_id in enumerate(option_ids):
            letter = option_letter(index)
            button = QRadioButton(f"{letter}.")
            button.setAccessibleName(f"{letter}. {_option_text(item, option_id)}")
            button.setAccessibleDescription(self.tr("Option {letter} of {count}. Choose one answer.").format(
                letter=letter, count=len(option_ids)))
            self.group.addButton(button, index)
            _option_row(layout, button, _option_text(item, option_id), option_picture(_option(item, option_id), media),
                        self.strikes, option_id, letter)
            self.buttons.append(button)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())

    def instruction(self) -> str:
        return self.tr("Choose one answer.")

    def response(self) -> Any:
        index = self.group.checkedId()
        return self.option_ids[index] if index >= 0 else None

    def set_response(self, value: Any) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot show "nothing chosen"
        for index, button in enumerate(self.buttons):
            button.setChecked(self.option_ids[index] == value)
        self.group.setExclusive(True)


class MultipleResponseAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, option_ids: tuple[str, ...], parent: QWidget | None = None,
                 media: Media | None = None) -> None:
        super().__init__(parent)
        self.option_ids = option_ids
        self.strikes = StrikeOuts(self)
        layout = QGridLayout(self)
        self.boxes: list[QCheckBox] = []
        for index, option_id in enumerate(option_ids):
            letter = option_letter(index)
            box = QCheckBox(f"{letter}.")
            box.setAccessibleName(f"{letter}. {_option_text(item, option_id)}")
            box.setAccessibleDescription(self.tr("Option {letter} of {count}. Choose all answers that "
                                                 "apply.").format(letter=letter, count=len(option_ids)))
            box.clicked.connect(lambda _checked: self.changed.emit())
            _option_row(layout, box, _option_text(item, option_id), option_picture(_option(item, option_id), media),
                        self.strikes, option_id, letter)
            self.boxes.append(box)

    def instruction(self) -> str:
        return self.tr("Choose all answers that apply.")

    def response(self) -> Any:
        chosen = [self.option_ids[i] for i, box in enumerate(self.boxes) if box.isChecked()]
        return chosen or None  # nothing ticked is no answer, so it shows as unanswered

    def set_response(self, value: Any) -> None:
        chosen = set(value or [])
        for index, box in enumerate(self.boxes):
            box.setChecked(self.option_ids[index] in chosen)


class TrueFalseAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.true_button = QRadioButton(self.tr("True"))
        self.false_button = QRadioButton(self.tr("False"))
        for index, button in enumerate((self.true_button, self.false_button)):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Choose True or False."))
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())

    def instruction(self) -> str:
        return self.tr("Choose True or False.")

    def response(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else index == 0

    def set_response(self, value: Any) -> None:
        self.group.setExclusive(False)
        self.true_button.setChecked(value is True)
        self.false_button.setChecked(value is False)
        self.group.setExclusive(True)
