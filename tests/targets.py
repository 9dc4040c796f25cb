"""Walks a window's widgets and measures what a person clicks, taps or types in: every visible,
enabled button, tool button, check box, radio button, combo box, line edit, spin box, tab of a
tab bar and clickable row of a list or table must be at least 44 px (WCAG 2.5.5). Text fields
and wide controls need the height; a button or tab needs both sides.

Qt's own parts of composite widgets (a spin box's line edit, a combo box's pop-up list, a tab
bar's scroll arrows, a table's corner button) are not counted: they belong to the widget that
holds them, which is measured."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit, QTabBar,
    QTableView, QWidget,
)

TARGET = 44
HEIGHT_ONLY = (QLineEdit, QComboBox, QAbstractSpinBox)   # wide controls: their height is the target
COMPOSITES = (QAbstractSpinBox, QComboBox, QTabBar, QHeaderView)   # a widget inside one is its part


def _part_of_composite(widget: QWidget) -> bool:
    if type(widget).__name__ == "QTableCornerButton":
        return True
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parent()
    return False


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.width() > 0


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    label = (widget.accessibleName() or text or widget.objectName()).replace("&", "")
    return f"{type(widget).__name__} '{label[:40]}'"


def _rows(view: QAbstractItemView) -> list[str]:
    """Rows a person clicks to choose: the first visible rows of a list or table that selects."""
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection or view.model() is None:
        return []
    model, small = view.model(), []
    for row in range(min(model.rowCount(QModelIndex()), 5)):
        index = model.index(row, 0, QModelIndex())
        # A table's row is its band, grid line included; a list's row is the item's rectangle.
        rect = view.visualRect(index)
        height = view.rowHeight(row) if isinstance(view, QTableView) else rect.height()
        if rect.isValid() and height < TARGET:
            small.append(f"{type(view).__name__} '{view.accessibleName()[:40]}' row {row + 1}: {height} px high")
            break   # one row says it for the whole view
    return small


def _tabs(bar: QTabBar) -> list[str]:
    small = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index) or not bar.isTabEnabled(index):
            continue
        rect = bar.tabRect(index)
        if rect.height() < TARGET or rect.width() < TARGET:
            small.append(f"tab '{bar.tabText(index).replace('&', '')}': {rect.width()}x{rect.height()} px")
    return small


def owners(widget: QWidget) -> str:
    """The modules of the classes the widget sits in, innermost first: who made it."""
    modules = []
    while widget is not None:
        modules.append(type(widget).__module__)
        widget = widget.parent()
    return " ".join(m for m in modules if m.startswith("app."))


def small_targets(root: QWidget) -> list[tuple[str, str]]:
    """What is smaller than a 44 px target in the window's shown widgets: one line each, with
    the modules of the screens it sits in."""
    small: list = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or _part_of_composite(widget):
            continue
        before = len(small)
        if isinstance(widget, QTabBar):
            small += _tabs(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            small += _rows(widget)
        elif isinstance(widget, HEIGHT_ONLY):
            if widget.height() < TARGET:
                small.append(f"{_name(widget)}: {widget.height()} px high")
        elif isinstance(widget, QAbstractButton) and (widget.height() < TARGET or widget.width() < TARGET):
            small.append(f"{_name(widget)}: {widget.width()}x{widget.height()} px")
        small[before:] = [(line, owners(widget)) for line in small[before:]]
    return small


def counted(root: QWidget) -> int:
    """How many targets the walk measured (so a test can tell it walked something)."""
    kinds = (QAbstractButton, QTabBar, QAbstractItemView, *HEIGHT_ONLY)
    return sum(1 for w in [root, *root.findChildren(QWidget)]
               if isinstance(w, kinds) and _shown(w) and not _part_of_composite(w))
