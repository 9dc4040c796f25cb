"""The console table's model: one row per attempt, refreshed in place every second so the
proctor's selection and scroll position survive the refresh."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.proctoring import ConsoleRow
from app.ui.proctor.common import minutes_seconds, state_name, tr
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("", "Seat"), QT_TRANSLATE_NOOP("", "Number"), QT_TRANSLATE_NOOP("", "Name"),
           QT_TRANSLATE_NOOP("", "State"), QT_TRANSLATE_NOOP("", "Time left"), QT_TRANSLATE_NOOP("", "Answered"),
           QT_TRANSLATE_NOOP("", "Incidents"), QT_TRANSLATE_NOOP("", "Staff actions"),
           QT_TRANSLATE_NOOP("", "Focus losses"))
STATE_COLUMN, FOCUS_COLUMN, NAME_COLUMN = 3, 8, 2
# What a column counts, on its heading's tooltip (the console's hint was four lines at 200 % text).
COLUMN_MEANINGS = {
    3: QT_TRANSLATE_NOOP("", "“Screen closed” means the candidate's screen is not open or not connected."),
    4: QT_TRANSLATE_NOOP("", "Time left as of the candidate screen's last save (about every second)."),
    6: QT_TRANSLATE_NOOP("", "Incidents recorded on the candidate's attempt; a proctor's own actions are "
                             "counted under Staff actions."),
    7: QT_TRANSLATE_NOOP("", "What staff did on the candidate's screen (a proctor leaving its lockdown), "
                             "counted apart from the candidate's incidents."),
    8: QT_TRANSLATE_NOOP("", "How many times the candidate's exam window lost the focus."),
}
FINAL = ("submitted", "timed_out", "voided", "transferred")  # time left means nothing any more
# Background and text colours per state: each pair is above 7:1 contrast.
STATE_COLOURS = {"paused": ("#fff3b0", "#000000"), "on_break": ("#fff3b0", "#000000"),
                 "screen_closed": ("#fde2e2", "#7f1d1d"), "voided": ("#e5e7eb", "#374151"),
                 "timed_out": ("#e5e7eb", "#374151"), "submitted": ("#dcfce7", "#064e3b"),
                 "transferred": ("#e5e7eb", "#374151")}
Index = QModelIndex | QPersistentModelIndex


def column_meanings() -> str:
    """Every column's meaning in one text, for the table's accessible description."""
    return " ".join(tr(text) for text in COLUMN_MEANINGS.values())


class ConsoleModel(QAbstractTableModel):
    def __init__(self, confirm_returns: bool = False) -> None:
        """`confirm_returns`: the exam has the proctor confirm each return from a rest break."""
        super().__init__()
        self.rows: list[ConsoleRow] = []
        self.confirm_returns = confirm_returns

    def update(self, rows: list[ConsoleRow]) -> None:
        if [r.attempt_id for r in rows] == [r.attempt_id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, attempt_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.attempt_id == attempt_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in COLUMN_MEANINGS:
            return tr(COLUMN_MEANINGS[section])
        return None


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column, self.confirm_returns)
        if role == Qt.ItemDataRole.UserRole:
            return row.attempt_id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column == STATE_COLUMN:
            colours = STATE_COLOURS.get(row.activity or row.state)
            if colours:
                return QBrush(QColor(colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1]))
        if role == Qt.ItemDataRole.ForegroundRole and column == FOCUS_COLUMN and row.focus_losses:
            return QBrush(QColor("#9b0000"))
        if role == Qt.ItemDataRole.FontRole and (column == STATE_COLUMN or
                                                 (column == FOCUS_COLUMN and row.focus_losses)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def text(row: ConsoleRow, column: int, confirm_returns: bool = False) -> str:
        time_left = "—" if row.state in FINAL else minutes_seconds(row.remaining_ms)
        if row.activity == "screen_closed" and row.remaining_ms is not None:
            time_left = tr("{time} at the last save").format(time=time_left)   # it is not counting down
        shown = state_name(row.activity or row.state)
        if row.activity == "on_break" and confirm_returns:
            shown = tr("on a rest break: confirm the return")
        values = (row.seat, row.candidate_number, row.candidate_name, shown,
                  time_left, f"{row.answered} / {row.items}", str(row.incidents), str(row.staff_actions),
                  str(row.focus_losses))
        return values[column]
