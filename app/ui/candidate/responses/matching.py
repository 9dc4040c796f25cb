"""Matching: one drop-down list per premise, each offering every choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget
from PySide6.QtCore import Qt, Signal

from app.domain.exam import Item
from app.ui.candidate.responses.pictures import ICON, Media, option_icon, option_picture


class MatchingAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, choice_ids: tuple[str, ...], parent: QWidget | None = None,
                 media: Media | None = None) -> None:
        super().__init__(parent)
        self.choice_ids = choice_ids
        texts = {c.id: c.text for c in item.choices}
        icons = {c.id: option_icon(c, media) for c in item.choices}   # pictures as choices
        column = QVBoxLayout(self)   # each term above its list: long terms and 200 % text fit
        self.combos: dict[str, QComboBox] = {}
        for premise in item.premises:
            combo = QComboBox()
            # Long choices must not widen the page; the open list still shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem(self.tr("— choose —"), None)
            for choice_id in choice_ids:
                if icons[choice_id] is not None:
                    combo.addItem(icons[choice_id], texts[choice_id], choice_id)
                else:
                    combo.addItem(texts[choice_id], choice_id)
            if any(icons.values()):
                combo.setIconSize(ICON)
            combo.setAccessibleName(premise.text)
            combo.setAccessibleDescription(self.tr("Choose the match for “{premise}”").format(premise=premise.text))
            combo.activated.connect(lambda _index: self.changed.emit())
            label = QLabel(premise.text)
            label.setBuddy(combo)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)   # exam text is never read as HTML
            column.addWidget(label)
            picture = option_picture(premise, media)
            if picture is not None:
                shown = QLabel()
                shown.setPixmap(picture)
                shown.setAccessibleName(premise.text)
                column.addWidget(shown)
            column.addWidget(combo)
            column.addSpacing(6)
            self.combos[premise.id] = combo

    def instruction(self) -> str:
        return self.tr("For each term, choose its match from the list below it.")

    def response(self) -> Any:
        chosen = {p: c.currentData() for p, c in self.combos.items() if c.currentData() is not None}
        return chosen or None

    def set_response(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for premise_id, combo in self.combos.items():
            index = combo.findData(value.get(premise_id)) if value.get(premise_id) else 0
            combo.setCurrentIndex(max(0, index))
