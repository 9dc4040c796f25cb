"""Striking out answer options the candidate has ruled out, as on paper. A struck option is
crossed through and dimmed, and stays choosable: like Pearson VUE, striking out is a note to
oneself, not an answer, and choosing a struck option leaves it struck.

Three ways to strike or restore an option: its own "Strike out" button (a 44 px target that
Tab reaches), a right-click (or the Menu key) on the option, and Alt+X on the option that has
the keyboard focus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from app.ui.candidate.controls import rename
from app.ui.widgets.theme import repolish


@dataclass
class _Row:
    letter: str
    choice: QAbstractButton     # the radio button or check box that chooses the option
    text: QLabel                # the option's words
    strike: QPushButton
    name: str                   # the choice's accessible name when not struck
    description: str


class StrikeOuts(QObject):
    changed = Signal()   # the candidate struck out or restored an option

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: dict[str, _Row] = {}
        self.struck: set[str] = set()

    def add(self, option_id: str, letter: str, choice: QAbstractButton, text: QLabel) -> QPushButton:
        """Make the option's strike-out button (placed by the caller) and its right-click."""
        strike = QPushButton()
        self.rows[option_id] = _Row(letter, choice, text, strike, choice.accessibleName(),
                                    choice.accessibleDescription())
        strike.clicked.connect(lambda _on: self.toggle(option_id))
        for widget in (choice, text):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda _at: self.toggle(option_id))
        self._show(option_id)
        return strike

    def toggle(self, option_id: str) -> None:
        self.struck ^= {option_id}
        self._show(option_id)
        self.changed.emit()

    def set_struck(self, option_ids: frozenset[str]) -> None:
        """Show stored strike-outs without emitting anything."""
        self.struck = {o for o in option_ids if o in self.rows}
        for option_id in self.rows:
            self._show(option_id)

    def focused_option(self) -> str | None:
        """The option whose button or strike-out button has the keyboard focus."""
        return next((option_id for option_id, row in self.rows.items()
                     if row.choice.hasFocus() or row.strike.hasFocus()), None)

    def letter(self, option_id: str) -> str:
        return self.rows[option_id].letter

    def _show(self, option_id: str) -> None:
        row, struck = self.rows[option_id], option_id in self.struck
        if struck:
            rename(row.strike, self.tr("Restore"), self.tr("Option {letter} is struck out; this puts it back. "
                                                           "Shortcut: Alt+X").format(letter=row.letter))
            row.choice.setAccessibleName(self.tr("{name} (struck out)").format(name=row.name))
            row.choice.setAccessibleDescription(self.tr("{description} You struck it out; you can still "
                                                        "choose it.").format(description=row.description))
        else:
            rename(row.strike, self.tr("Strike out"), self.tr("Crosses out option {letter} to show you ruled "
                                                              "it out; it is not an answer and is not "
                                                              "scored. Shortcut: Alt+X or right-click the "
                                                              "option").format(letter=row.letter))
            row.choice.setAccessibleName(row.name)
            row.choice.setAccessibleDescription(row.description)
        for widget in (row.choice, row.text):
            font = widget.font()
            font.setStrikeOut(struck)
            widget.setFont(font)
            widget.setProperty("struck", "true" if struck else "false")
            repolish(widget)
