"""Writing a table's cells without making them in Python.

A QTableWidgetItem made in Python and handed to setItem is deleted by Qt when the next fill
replaces it, and PySide's wrapper of it was left behind: a later setItem crashed the body's
window on it (a segfault after the release, credentials or report tables refreshed, about once
in thirty walks of those screens). Written through the table's model, a cell is made by Qt itself
the first time and changed in place afterwards, and no wrapper of it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget


def set_cell(table: QTableWidget, row: int, column: int, text: str, tooltip: bool = False) -> None:
    """The cell's text (and, with `tooltip`, the same text as its tooltip)."""
    model = table.model()
    cell = model.index(row, column)
    model.setData(cell, text, Qt.ItemDataRole.DisplayRole)
    if tooltip:
        model.setData(cell, text, Qt.ItemDataRole.ToolTipRole)
