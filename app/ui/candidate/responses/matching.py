"""Matching: one drop-down list per premise, each offering every choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget
from PySide6.QtCore import Signal

from app.domain.exam import Item


class MatchingAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, choice_ids: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_ids = choice_ids
        texts = {c.id: c.text for c in item.choices}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above boxes at large text
        self.combos: dict[str, QComboBox] = {}
        for premise in item.premises:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for choice_id in choice_ids:
                combo.addItem(texts[choice_id], choice_id)
            combo.setAccessibleName(premise.text)
            combo.setAccessibleDescription(self.tr("Choose the match for “{premise}”").format(premise=premise.text))
            combo.activated.connect(lambda _index: self.changed.emit())
            label = QLabel(premise.text)
            label.setBuddy(combo)
            label.setWordWrap(True)
            form.addRow(label, combo)
            self.combos[premise.id] = combo

    def instruction(self) -> str:
        return self.tr("For each term, choose its match from the list beside it.")

    def response(self) -> Any:
        chosen = {p: c.currentData() for p, c in self.combos.items() if c.currentData() is not None}
        return chosen or None

    def set_response(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for premise_id, combo in self.combos.items():
            index = combo.findData(value.get(premise_id)) if value.get(premise_id) else 0
            combo.setCurrentIndex(max(0, index))
