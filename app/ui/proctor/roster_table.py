"""The two lists of the check-in screen: who is expected (the imported roster) and who is in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget

from app.ui.widgets.table_cells import set_cell, set_cell_data
from app.ui.widgets.table_fit import fit_columns
from app.ui.proctor.common import target_rows
from app.ui.proctor.roster import RosterEntry


def _table(table: QTableWidget, headers: list[str], name: str) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    target_rows(table)
    fit_columns(table, stretch=1)


def _fill(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        set_cell(table, row, column, value)


class RosterTable(QTableWidget):
    entry_chosen = Signal(object)  # RosterEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _table(self, [self.tr("Number"), self.tr("Name"), self.tr("Seat"), self.tr("Status")],
               self.tr("Roster: candidates expected today"))
        self.entries: list[RosterEntry] = []
        self.admitted: set[str] = set()
        self.itemSelectionChanged.connect(self._chosen)

    def show_entries(self, entries: list[RosterEntry]) -> None:
        self.entries = list(entries)
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            _fill(self, row, [entry.number, entry.name, entry.seat, self._status(entry.number)])

    def mark_admitted(self, number: str) -> None:
        self.admitted.add(number)
        for row, entry in enumerate(self.entries):
            if entry.number == number:
                set_cell(self, row, 3, self._status(number))

    def choose(self, number: str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.number == number:
                self.selectRow(row)

    def _status(self, number: str) -> str:
        return self.tr("admitted") if number in self.admitted else self.tr("waiting")

    def _chosen(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            entry = self.entries[rows[0].row()]
            if entry.number not in self.admitted:
                self.entry_chosen.emit(entry)


class CheckedInTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _table(self, [self.tr("Number"), self.tr("Name"), self.tr("Seat"), self.tr("Accommodations"),
                      self.tr("ID checked"), self.tr("Prerequisite no.")], self.tr("Candidates checked in"))

    def show_candidates(self, candidates: list) -> None:
        self.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            details = candidate.details
            _fill(self, row, [candidate.number, candidate.name, str(details.get("seat", "")),
                              self._accommodations(details.get("accommodations") or {}),
                              self._id_check(details), details.get("prerequisite_number", "") or self.tr("—")])
            set_cell_data(self, row, 1, Qt.ItemDataRole.UserRole, candidate.id)

    def _accommodations(self, data: dict) -> str:
        parts = []
        if float(data.get("time_multiplier", 1.0)) != 1.0:
            parts.append(self.tr("{m:g}× time").format(m=float(data["time_multiplier"])))
        if int(data.get("rest_breaks", 0)):
            parts.append(self.tr("{n} break(s)").format(n=int(data["rest_breaks"])))
        if int(data.get("text_scale", 100)) != 100:
            parts.append(self.tr("text {s} %").format(s=int(data["text_scale"])))
        return ", ".join(parts) or self.tr("none")

    def _id_check(self, details: dict) -> str:
        if not details.get("id_type"):
            return self.tr("not recorded")
        return self.tr("{kind} …{digits}, by {who}").format(kind=QCoreApplication.translate("CheckInPanel", details["id_type"]),
                                                             digits=details.get("id_last_digits", ""),
                                                             who=details.get("verified_by", ""))
