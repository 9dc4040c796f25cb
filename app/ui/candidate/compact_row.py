"""A row of buttons that wraps like any flow, but first tries short faces: when the buttons in
their full words do not fit in one row (large text, Spanish), the buttons given a short face
show it (a symbol or one word), and the labels that only repeat a name are hidden. The full
words stay the accessible name and begin the tooltip, so a screen reader, a hover and the
manual all still say "Tools on the left". Each wrapped row costs the question a line at 200 %."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.widgets.flow_layout import FlowLayout


class CompactRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.compact = False
        self.may_compact = True   # False shows the full words however wide (tests measure the gain)
        self.faces: dict[QPushButton, tuple[str, str]] = {}   # full words, short face
        self.spare: list[QWidget] = []   # hidden when compact: what they say is said elsewhere

    def add(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)

    def set_faces(self, widget: QPushButton, full: str, short: str, description: str | None = None) -> None:
        """`widget`'s full words and its short face; `description` (if given) replaces its own."""
        description = widget.accessibleDescription() if description is None else description
        widget.setAccessibleName(full.replace("&", ""))
        widget.setAccessibleDescription(description)
        widget.setToolTip(f"{full}. {description}")
        self.faces[widget] = (full, short)
        self.show_faces()

    def full_row_width(self) -> int:
        """The width of the row in one line with every button in its full words."""
        spacing = max(0, self.flow.spacing())
        shown = [w for w in self._widgets() if not w.isHidden()]
        width = sum(w.sizeHint().width() for w in shown) + spacing * max(0, len(shown) - 1)
        for widget, (full, _short) in self.faces.items():
            if widget in shown:
                metrics = widget.fontMetrics()
                width += metrics.horizontalAdvance(full) - metrics.horizontalAdvance(widget.text())
        width += sum(w.sizeHint().width() + spacing for w in self.spare if w.isHidden())
        margins = self.flow.contentsMargins()
        return width + margins.left() + margins.right()

    def _widgets(self) -> list[QWidget]:
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        return [w for w in (item.widget() if item is not None else None for item in items) if w is not None]

    def show_faces(self) -> None:
        self.compact = self.may_compact and self.width() > 0 and self.full_row_width() > self.width()
        for widget in self.spare:
            widget.setVisible(not self.compact)
        for widget, (full, short) in self.faces.items():
            widget.setText(short if self.compact else full)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_faces()

    def changeEvent(self, event) -> None:   # a new text size: measure again
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.show_faces()
