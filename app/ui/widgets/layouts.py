"""The widgets a layout holds. Qt declares every look-up optional (an index past the end, or a
spacer or nested layout in that place, gives no widget); these say so once, for every screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def widget_at(layout: QLayout, index: int) -> QWidget | None:
    item = layout.itemAt(index)
    return item.widget() if item is not None else None


def take_widget(layout: QLayout, index: int) -> QWidget | None:
    """Remove the item at `index` from the layout; its widget, if it is one."""
    item = layout.takeAt(index)
    return item.widget() if item is not None else None


def empty_layout(layout: QLayout) -> None:
    """Remove everything: widgets are deleted (once control returns to the event loop), nested
    layouts emptied the same way."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            return
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            empty_layout(inner)
