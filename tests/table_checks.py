"""What a person sees cut inside a shown table: the checks tests/layout_checks.py has for labels and
buttons, for the cells and headings a table draws itself.

The 200 % screenshots showed the proctor's console cutting names to "Grac…" and the body's
release and marking tables squeezing headings to "st mar". A table draws its cells and headings
itself (no widget per cell), so the layout checker cannot see them; this walks them:

- a cell's text needs more room than its column and row give it: one line wider than the column
  (a word wider than the column when the table wraps), or wrapped lines taller than the row;
- a heading needs more room than its section: one line wider, or (a heading that wraps) a word
  wider than its section or lines taller than the header.

A cell whose full text is its tooltip is elided on purpose ("a name that truly cannot fit") and
not counted. Call after the window is shown and laid out."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from tests.layout_checks import SLACK

ROWS_CHECKED = 60   # a long table is cut the same way in its first rows as in its last


def _margin(view: QWidget) -> int:
    """The padding a cell or heading keeps on each side of its text (as Qt's own delegate does)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def _needs(font: QFont, text: str, width: int, wraps: bool) -> tuple[int, int]:
    """(the widest unbreakable run, the height) of the text laid out in `width` pixels."""
    metrics = QFontMetrics(font)
    if not wraps:
        lines = text.split("\n")
        return max(metrics.horizontalAdvance(line) for line in lines), metrics.lineSpacing() * len(lines)
    widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    flags = int(Qt.TextFlag.TextWordWrap)
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 100000), flags, text).height()
    return widest, height


def _cell_faults(view: QTableView) -> list[str]:
    model, faults = view.model(), []
    margin = _margin(view)
    wraps = view.wordWrap()
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if view.isColumnHidden(column) or not isinstance(text, str) or not text.strip():
                continue
            if view.indexWidget(index) is not None or index.data(Qt.ItemDataRole.ToolTipRole) == text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            font = QFont(font) if isinstance(font, QFont) else view.font()
            room = view.columnWidth(column) - 2 * margin
            widest, height = _needs(font, text, room, wraps)
            if widest > room + SLACK:
                faults.append(f"{_name(view)}: cell '{text[:40]}' needs {widest} px of width, has {room}")
            elif height > view.rowHeight(row) + SLACK:
                faults.append(f"{_name(view)}: cell '{text[:40]}' needs {height} px of height, "
                              f"has {view.rowHeight(row)}")
    return faults


def _heading_faults(view: QTableView) -> list[str]:
    header: QHeaderView = view.horizontalHeader()
    if not header.isVisible():
        return []
    faults, margin = [], _margin(header)
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    for column in range(view.model().columnCount()):
        text = view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header.isSectionHidden(column) or not isinstance(text, str) or not text.strip():
            continue
        font = QFont(header.font())
        font.setBold(True)   # the themes set headings bold
        room = header.sectionSize(column) - 2 * margin
        widest, height = _needs(font, text, room, wraps)
        if widest > room + SLACK:
            faults.append(f"{_name(view)}: heading '{text}' needs {widest} px of width, has {room}")
        elif height > header.height() + SLACK:
            faults.append(f"{_name(view)}: heading '{text}' needs {height} px of height, has {header.height()}")
    return faults


def _name(view: QAbstractItemView) -> str:
    return f"{type(view).__name__} '{view.accessibleName() or view.objectName()}'"


def cut_cells(window: QWidget) -> list[str]:
    """Every visible table's cells and headings whose text is cut by its column or row."""
    faults = []
    views = [window] if isinstance(window, QTableView) else []
    for view in views + window.findChildren(QTableView):
        if view.isVisible() and view.width() > 0 and view.model() is not None:
            faults += _heading_faults(view) + _cell_faults(view)
    return faults
