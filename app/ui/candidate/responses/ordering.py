"""Ordering: a list the candidate rearranges with Move up / Move down (or Ctrl+Up / Ctrl+Down
on the list). The order counts as an answer once the candidate has moved something or
pressed "Keep this order"; before that the item is unanswered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.domain.exam import Item
from app.ui.candidate.responses.pictures import ICON, Media, option_icon
from app.ui.widgets.announce import announce

ID_ROLE = Qt.ItemDataRole.UserRole


class OrderingAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, option_ids: tuple[str, ...], parent: QWidget | None = None,
                 media: Media | None = None) -> None:
        super().__init__(parent)
        self.texts = {o.id: o.text for o in item.options}
        self.icons = {o.id: option_icon(o, media) for o in item.options}   # steps shown as pictures
        self.initial = tuple(option_ids)
        self.touched = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Steps to put in order"))
        self.list.setAccessibleDescription(self.tr("Select a step with the arrow keys, then press "
                                                   "Ctrl+Up or Ctrl+Down to move it."))
        self.list.installEventFilter(self)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setWordWrap(True)   # long steps wrap rather than hide past the edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        if any(self.icons.values()):
            self.list.setIconSize(ICON)
        self.up = self._button(self.tr("Move up"), self.tr("Move the selected step one place earlier"), -1)
        self.down = self._button(self.tr("Move down"), self.tr("Move the selected step one place later"), 1)
        self.keep = QPushButton(self.tr("Keep this order"))
        self.keep.setAccessibleName(self.tr("Keep this order"))
        self.keep.setAccessibleDescription(self.tr("Answer with the order shown, without moving anything"))
        self.keep.clicked.connect(self._keep)
        buttons = QVBoxLayout()
        for button in (self.up, self.down, self.keep):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self._fill(self.initial)
        self.setFocusProxy(self.list)

    def _button(self, name: str, description: str, step: int) -> QPushButton:
        button = QPushButton(name)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.clicked.connect(lambda: self.move_selected(step))
        return button

    def _fill(self, order: tuple[str, ...] | list[str]) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for position, option_id in enumerate(order, start=1):
            entry = QListWidgetItem(f"{position}.  {self.texts[option_id]}")
            entry.setData(ID_ROLE, option_id)
            icon = self.icons[option_id]
            if icon is not None:
                entry.setIcon(icon)
            self.list.addItem(entry)
        self.list.setCurrentRow(max(0, current))

    def order(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def instruction(self) -> str:
        return self.tr("Put these in the right order: select one and move it with Move up and Move down "
                       "(or Ctrl+Up and Ctrl+Down).")

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        order = self.order()
        order[row], order[target] = order[target], order[row]
        self._fill(order)
        self.list.setCurrentRow(target)
        self.touched = True
        announce(self.list, self.tr("{step} moved to place {place} of {count}").format(
            step=self.texts[order[target]], place=target + 1, count=len(order)), urgent=False)
        self.changed.emit()

    def _keep(self) -> None:
        self.touched = True
        self.changed.emit()

    def response(self) -> Any:
        return self.order() if self.touched else None

    def set_response(self, value: Any) -> None:
        known = isinstance(value, list) and sorted(value) == sorted(self.initial)
        self.touched = known
        self._fill(value if known else self.initial)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)
