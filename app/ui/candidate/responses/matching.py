"""Matching, side by side as on paper: the terms on the left, every definition on the right with
its letter, and under each term a row of letter buttons to pair it with one.

Mouse: click a letter (click it again to undo). Keyboard: Tab reaches each term's row once,
Left/Right (or Up/Down) move along it, Space or Enter chooses, and typing a definition's
letter chooses it at once. The stored answer is unchanged: {term id: definition id}, or None."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.exam import Choice, Item
from app.ui.candidate.responses.choices import option_letter
from app.ui.candidate.responses.pictures import Media, option_picture
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.theme import set_role

MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def _text(text: str, role: str | None = None) -> QLabel:
    shown = QLabel(text)
    shown.setTextFormat(Qt.TextFormat.PlainText)   # exam text is never read as HTML
    shown.setWordWrap(True)
    if role:
        set_role(shown, role)
    return shown


class LetterRow(QWidget):
    """One term's letter buttons: one Tab stop, arrows along the row, a letter key chooses."""

    chosen = Signal()

    def __init__(self, term: str, letters: list[str], definitions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters = letters
        self.choice: int | None = None
        self.buttons: list[QPushButton] = []
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for index, (letter, definition) in enumerate(zip(letters, definitions, strict=True)):
            key = QPushButton(letter)
            key.setCheckable(True)
            key.setMinimumSize(44, 44)
            key.setAccessibleName(f"{letter}: {definition}")
            key.setAccessibleDescription(self.tr("Match “{term}” with definition {letter}").format(
                term=term, letter=letter))
            key.setToolTip(definition)
            key.clicked.connect(lambda _=False, i=index: self.toggle(i))
            key.setFocusPolicy(Qt.FocusPolicy.StrongFocus if index == 0 else Qt.FocusPolicy.ClickFocus)
            key.installEventFilter(self)
            flow.addWidget(key)
            self.buttons.append(key)

    def toggle(self, index: int) -> None:
        """Choose the letter; choosing the chosen one again leaves the term unmatched."""
        self.show_choice(None if self.choice == index else index)
        self.chosen.emit()

    def show_choice(self, index: int | None) -> None:
        self.choice = index
        for i, key in enumerate(self.buttons):
            key.setChecked(i == index)

    def tab_stop(self) -> QPushButton:
        """The row's one place in the Tab order (the page orders it); Tab into the row then
        goes on to the chosen letter."""
        return self.buttons[0]

    def eventFilter(self, watched, event) -> bool:
        if watched not in self.buttons:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn and watched is self.buttons[0] and self.choice and \
                event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.buttons[self.choice].setFocus(event.reason())
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(self.buttons.index(watched), event)
        return super().eventFilter(watched, event)

    def _key(self, index: int, event: QKeyEvent) -> bool:
        key, plain = event.key(), not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._leave(forward=key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif key in MOVES and plain:
            self.buttons[(index + MOVES[Qt.Key(key)]) % len(self.buttons)].setFocus(Qt.FocusReason.OtherFocusReason)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.buttons[index].click()
        elif event.text().upper() in self.letters and event.text() and \
                not event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            target = self.letters.index(event.text().upper())
            if self.choice != target:
                self.toggle(target)
            self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            return False
        return True

    def _leave(self, forward: bool) -> None:
        """Tab from any letter goes where Tab from the row's place in the order goes."""
        first: QWidget = self.buttons[0]
        widget = first
        while True:
            # The focus chain is a ring; an end (Qt never gives one) counts as back at the start.
            widget = (widget.nextInFocusChain() if forward else widget.previousInFocusChain()) or first
            if widget is self.buttons[0] or (widget not in self.buttons and widget.isVisible() and
                                             widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                break
        widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)


class MatchingAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, choice_ids: tuple[str, ...], parent: QWidget | None = None,
                 media: Media | None = None) -> None:
        super().__init__(parent)
        self.choice_ids = choice_ids
        choices = {c.id: c for c in item.choices}
        self.letters = [option_letter(i) for i in range(len(choice_ids))]
        texts = [choices[c].text for c in choice_ids]
        self.rows: dict[str, LetterRow] = {}
        terms = QVBoxLayout()
        terms.addWidget(_text(self.tr("Terms"), role="subheading"))
        for number, premise in enumerate(item.premises, start=1):
            self.rows[premise.id] = self._term(terms, number, premise, texts, media)
        terms.addStretch(1)
        definitions = QGridLayout()
        definitions.addWidget(_text(self.tr("Definitions"), role="subheading"), 0, 0, 1, 2)
        for letter, choice_id in zip(self.letters, choice_ids, strict=True):
            self._definition(definitions, letter, choices[choice_id], media)
        definitions.setColumnStretch(1, 1)
        definitions.setRowStretch(definitions.rowCount(), 1)
        side_by_side = QHBoxLayout(self)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addLayout(terms, 1)
        side_by_side.addSpacing(16)
        side_by_side.addLayout(definitions, 1)

    def _term(self, column: QVBoxLayout, number: int, premise: Choice, texts: list[str],
              media: Media | None) -> LetterRow:
        name = _text(f"{number}. {premise.text}")
        column.addWidget(name)
        picture = option_picture(premise, media)
        if picture is not None:
            shown = QLabel()
            shown.setPixmap(picture)
            shown.setAccessibleName(premise.text)
            column.addWidget(shown)
        row = LetterRow(premise.text, self.letters, texts)
        row.chosen.connect(self.changed)
        name.setBuddy(row.tab_stop())
        column.addWidget(row)
        column.addSpacing(8)
        return row

    def _definition(self, grid: QGridLayout, letter: str, choice: Choice, media: Media | None) -> None:
        at = grid.rowCount()
        grid.addWidget(_text(letter, role="subheading"), at, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_text(choice.text), at, 1)
        picture = option_picture(choice, media)
        if picture is not None:
            shown = QLabel()
            shown.setPixmap(picture)
            shown.setAccessibleName(choice.text)
            grid.addWidget(shown, at + 1, 1, Qt.AlignmentFlag.AlignLeft)

    def instruction(self) -> str:
        return self.tr("Match each term on the left with a definition on the right: choose the definition's "
                       "letter under the term (type the letter, or click it). Choose it again to undo.")

    def response(self) -> Any:
        chosen = {p: self.choice_ids[r.choice] for p, r in self.rows.items() if r.choice is not None}
        return chosen or None

    def set_response(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for premise_id, row in self.rows.items():
            choice = value.get(premise_id)
            row.show_choice(self.choice_ids.index(choice) if choice in self.choice_ids else None)
