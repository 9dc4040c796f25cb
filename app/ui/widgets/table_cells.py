"""Writing a table's cells without making them in Python.

A QTableWidgetItem made in Python and handed to setItem is deleted by Qt when the next fill
replaces it, and PySide's wrapper of it was left behind: a later setItem crashed the body's
window on it (a segfault after the release, credentials or report tables refreshed, about once
in thirty walks of those screens). Written through the table's model, a cell is made by Qt itself
the first time and changed in place afterwards, and no wrapper of it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget


def set_cell(table: QTableWidget, row: int, column: int, text: str, tooltip: bool | str = False) -> None:
    """The cell's text (and, with `tooltip`, the same text as its tooltip, or the tooltip given)."""
    model = table.model()
    cell = model.index(row, column)
    model.setData(cell, text, Qt.ItemDataRole.DisplayRole)
    if tooltip:
        model.setData(cell, text if tooltip is True else tooltip, Qt.ItemDataRole.ToolTipRole)


def set_cell_data(table: QTableWidget, row: int, column: int, role: Qt.ItemDataRole, value: object) -> None:
    """Another role of a cell (a colour, an id kept for the program), through the model as above."""
    table.model().setData(table.model().index(row, column), value, role)
