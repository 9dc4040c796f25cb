"""The seat map's table model: one row per paired seat, refreshed in place every second."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.room_station import SeatStatus
from app.ui.proctor.common import minutes_seconds, state_name, tr
from app.ui.proctor.console_model import FINAL
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("", "Seat"), QT_TRANSLATE_NOOP("", "Connection"), QT_TRANSLATE_NOOP("", "Candidate"), QT_TRANSLATE_NOOP("", "State"),
           QT_TRANSLATE_NOOP("", "Time left"), QT_TRANSLATE_NOOP("", "Answered"), QT_TRANSLATE_NOOP("", "Last saved on the station"),
           QT_TRANSLATE_NOOP("", "Incidents"))
CONNECTION_COLUMN, CANDIDATE_COLUMN = 1, 2
OFFLINE = ("#fde2e2", "#7f1d1d")  # above 7:1 contrast
Index = QModelIndex | QPersistentModelIndex


def ago(wall: float | None, now: float) -> str:
    if wall is None:
        return "—"
    seconds = max(0, int(now - wall))
    if seconds < 60:
        return tr("{n} s ago").format(n=seconds)
    return tr("{n} min ago").format(n=seconds // 60)


class RoomModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SeatStatus] = []

    def update(self, rows: list[SeatStatus]) -> None:
        if [r.fingerprint for r in rows] == [r.fingerprint for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column, time.time())
        offline = not row.connected and row.attempt_id is not None and row.state not in FINAL
        if column == CONNECTION_COLUMN and offline:
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                return QBrush(QColor(OFFLINE[0 if role == Qt.ItemDataRole.BackgroundRole else 1]))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    @staticmethod
    def text(row: SeatStatus, column: int, now: float) -> str:
        if row.connected:
            connection = tr("Connected")
        else:
            connection = tr("Offline since {when}").format(when=time.strftime("%H:%M:%S", time.localtime(row.since))) \
                if row.since else tr("Not connected yet")
        seated = row.attempt_id is not None
        values = (row.seat_name, connection,
                  f"{row.candidate_name} ({row.candidate_number})" if seated else
                  tr("evaluator tablet") if row.role == "tablet" else tr("free"),
                  state_name(row.state) if seated else "",
                  "" if not seated or row.state in FINAL else minutes_seconds(row.remaining_ms),
                  f"{row.answered} / {row.items}" if seated else "",
                  ago(row.last_saved, now) if seated else "", str(row.incidents) if seated else "")
        return values[column]
