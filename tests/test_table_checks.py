"""The table checker finds a name cut by its column and a heading cut by its section, and a table
fitted by app/ui/widgets/table_fit.py (words wrap, rows grow) passes it at the same width."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.ui.widgets.table_fit import fit_columns
from tests.table_checks import cut_cells

NAMES = ["María Fernanda Castillo-Bustamante de la Vega", "Ada Lovelace"]


def _table(qtbot) -> QTableWidget:
    table = QTableWidget(len(NAMES), 3)
    table.setHorizontalHeaderLabels(["Seat", "Candidate's full name", "Time left at the last save"])
    for row, name in enumerate(NAMES):
        for column, text in enumerate((f"A{row}", name, "1:12:37 at the last save")):
            table.setItem(row, column, QTableWidgetItem(text))
    qtbot.addWidget(table)
    table.resize(300, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_squeezed_column_is_found(qtbot) -> None:
    table = _table(qtbot)
    table.setWordWrap(False)
    table.setColumnWidth(1, 60)
    qtbot.wait(10)
    faults = cut_cells(table)
    assert any("cell 'María Fernanda" in fault and "of width" in fault for fault in faults), faults
    assert any("heading 'Candidate's full name'" in fault for fault in faults), faults


def test_a_fitted_table_wraps_instead_of_cutting(qtbot) -> None:
    table = _table(qtbot)
    fit_columns(table, stretch=1)
    qtbot.wait(20)
    assert cut_cells(table) == []
    one_line = table.fontMetrics().horizontalAdvance(NAMES[0])
    assert table.columnWidth(1) < one_line and table.rowHeight(0) > table.fontMetrics().lineSpacing() * 2   # it wrapped
    assert table.horizontalScrollBar().maximum() == 0   # nothing hidden sideways
