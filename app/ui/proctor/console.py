"""The proctor's console: every candidate's state, time left and flags, refreshed every
second, and the actions a proctor takes on one attempt or on the whole room. Every action
goes through the proctoring service, which appends an attempt event and an audit entry; the
candidate's screen picks the event up on its next tick (a pause freezes its timer)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QTableView, QVBoxLayout, QWidget

from app.domain.exam import Exam
from app.services.context import Services
from app.services.proctoring import ConsoleRow
from app.ui.proctor.action_dialogs import IncidentDialog, ReasonDialog, VoidDialog
from app.ui.proctor.common import button, error_text, hint, message_label, say, target_rows
from app.ui.proctor.console_model import NAME_COLUMN, ConsoleModel, column_meanings
from app.ui.widgets.table_fit import fit_columns

REFRESH_MS = 1000
ACTIVE = ("ready", "in_progress", "paused")


class ConsolePanel(QWidget):
    changed = Signal()  # an action was recorded (the audit view refreshes)
    screen_requested = Signal(str)  # attempt id: open (or bring back) that candidate's screen

    def __init__(self, services: Services, exam: Exam, session_id: str, proctor: str, proctor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.session_id = services, exam, session_id
        self.proctor, self.proctor_name = proctor, proctor_name
        self.dialog = None  # the open action dialog, if any
        self.model = ConsoleModel(exam.timing.proctor_confirms_return)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidates in this session"))
        self.table.setAccessibleDescription(column_meanings())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        target_rows(self.table)
        fit_columns(self.table, stretch=NAME_COLUMN)   # names wrap rather than cut at 200 % text
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.message = message_label(self.tr("Console result"), collapse=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)   # the tab's frame is the margin; the rows need the height
        # Two short lines at 200 % text (four before): each line kept a candidate's row off a 1280 × 800
        # screen. What a column means is said by its heading's tooltip and accessible description.
        layout.addWidget(hint(self.tr("Choose a candidate, then an action. Point at a column's heading to "
                                      "see what it counts.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def _buttons(self) -> QGridLayout:
        self.pause_button = button(self.tr("&Pause"), self.tr("Pause the chosen candidate"), self.ask_pause)
        self.resume_button = button(self.tr("&Resume"), self.tr("Resume the chosen candidate"), self.resume)
        self.extend_button = button(self.tr("Add &time…"), self.tr("Add time for the chosen candidate"),
                                    self.ask_extend)
        self.void_button = button(self.tr("&Void…"), self.tr("Void the chosen attempt"), self.ask_void)
        self.incident_button = button(self.tr("&Incident…"), self.tr("Report an incident"), self.ask_incident)
        self.screen_button = button(self.tr("Open &screen"), self.tr("Open the chosen candidate's exam screen "
                                                                    "again (after it was closed or could not start)"),
                                    self.open_screen)
        self.pause_all_button = button(self.tr("Pause &all"), self.tr("Pause every candidate"), self.ask_pause_all)
        self.resume_all_button = button(self.tr("Resume a&ll"), self.tr("Resume every paused candidate"),
                                        self.resume_all)
        grid = QGridLayout()
        for column, widget in enumerate((self.pause_button, self.resume_button, self.extend_button,
                                         self.void_button, self.incident_button)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.pause_all_button, 1, 0)
        grid.addWidget(self.resume_all_button, 1, 1)
        grid.addWidget(self.screen_button, 1, 2)
        return grid

    # -- the table -------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            rows = self.services.proctoring.console(self.session_id, self.exam, self._connections())
        except Exception as error:  # a busy or failing disk: keep the last view and say so
            say(self.message, self.tr("The console could not be refreshed: {why}").format(why=error_text(error)),
                ok=False)
            return
        chosen = self.selected_id()
        self.model.update(rows)
        if chosen and self.selected_id() != chosen:
            self.choose(chosen)
        self._update_buttons()

    def _connections(self) -> dict[str, bool] | None:
        """With this session's room open, which seated candidates' screens are connected (the
        seat map); None without a room (a screen then counts as open while it keeps saving)."""
        room = self.services.room.current
        if room is None or room.session_id != self.session_id:
            return None
        return {seat.attempt_id: seat.connected for seat in room.status() if seat.attempt_id}

    def rows(self) -> list[ConsoleRow]:
        return list(self.model.rows)

    def selected_row(self) -> ConsoleRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.rows[selected[0].row()] if selected else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.attempt_id if row else None

    def choose(self, attempt_id: str) -> None:
        row = self.model.row_of(attempt_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        state = row.state if row else None
        self.pause_button.setEnabled(state == "in_progress")
        self.resume_button.setEnabled(state == "paused")
        returning = row is not None and row.on_break
        self.resume_button.setText(self.tr("Confirm the &return") if returning else self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Confirm the chosen candidate's return from the rest break")
                                             if returning else self.tr("Resume the chosen candidate"))
        self.extend_button.setEnabled(state in ACTIVE)
        self.void_button.setEnabled(state in ACTIVE)
        self.incident_button.setEnabled(row is not None)
        self.screen_button.setEnabled(state in ACTIVE)
        states = {r.state for r in self.model.rows}
        self.pause_all_button.setEnabled("in_progress" in states)
        self.resume_all_button.setEnabled("paused" in states)

    # -- actions ---------------------------------------------------------------------------
    def _who(self, row: ConsoleRow) -> str:
        """The candidate as the proctor finds them in the room: name, number and seat."""
        if row.seat:
            return self.tr("{name} ({number}), seat {seat}").format(
                name=row.candidate_name, number=row.candidate_number, seat=row.seat)
        return self.tr("{name} ({number}), no seat given").format(name=row.candidate_name,
                                                                  number=row.candidate_number)

    def open_screen(self) -> None:
        row = self.selected_row()
        if row is not None and row.state in ACTIVE:
            self.screen_requested.emit(row.attempt_id)

    def _open(self, dialog, on_accept) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _act(self, action, done_text: str) -> None:
        try:
            action()
        except Exception as error:  # refused by the attempt's state, or the write failed: nothing changed
            say(self.message, error_text(error), ok=False)
        else:
            say(self.message, done_text)
            self.changed.emit()
        self.refresh()

    def ask_pause(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ReasonDialog(self.tr("Pause {who}").format(who=self._who(row)),
                              self.tr("The candidate's clock stops until you resume them."),
                              self.tr("&Pause now"), reason_required=False, parent=self, who=self._who(row))
        self._open(dialog, lambda: self._act(
            lambda: self.services.proctoring.pause(row.attempt_id, self.exam,
                                                   dialog.reason() or "paused by the proctor", self.proctor),
            self.tr("Paused {who}: their clock is stopped. Press Resume when they can go on.")
            .format(who=self._who(row))))

    def resume(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        done = self.tr("{who} is back from the rest break: their clock runs again.") if row.on_break \
            else self.tr("Resumed {who}: their clock runs again.")
        self._act(lambda: self.services.proctoring.resume(row.attempt_id, self.exam, self.proctor),
                  done.format(who=self._who(row)))

    def ask_extend(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ReasonDialog(self.tr("Add time for {who}").format(who=self._who(row)),
                              self.tr("The time is added to this candidate's exam time only."),
                              self.tr("&Add time"), reason_required=True, ask_minutes=True, parent=self,
                              who=self._who(row))
        self._open(dialog, lambda: self._act(
            lambda: self.services.proctoring.extend(row.attempt_id, self.exam, dialog.minutes(), dialog.reason(),
                                                    self.proctor),
            self.tr("Added {m} minutes for {who}.").format(m=dialog.minutes(), who=self._who(row))))

    def ask_void(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        account = self.services.accounts.get(self.proctor)
        if account is None or not account.has_pin:
            say(self.message, self.tr("Voiding needs your proctor PIN, and your account has none. Ask a station "
                                      "administrator to set one (Accounts…), then void again."), ok=False)
            return
        dialog = VoidDialog(self._who(row), row.candidate_number,
                            lambda pin: self.services.accounts.check_pin(self.proctor, pin, role="proctor"),
                            parent=self)
        self._open(dialog, lambda: self._act(
            lambda: self.services.proctoring.void(row.attempt_id, self.exam, dialog.reason(), self.proctor),
            self.tr("Voided the attempt of {who}. The reason is in the record.").format(who=self._who(row))))

    def ask_incident(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = IncidentDialog(self._who(row), self.proctor_name, parent=self)
        self._open(dialog, lambda: self._act(
            lambda: self.services.proctoring.incident(row.attempt_id, self.exam, dialog.kind(),
                                                      dialog.description(), self.proctor),
            self.tr("Recorded the incident for {who}.").format(who=self._who(row))))

    def ask_pause_all(self) -> None:
        dialog = ReasonDialog(self.tr("Pause every candidate"),
                              self.tr("Every writing candidate's clock stops until you resume them."),
                              self.tr("&Pause everyone"), reason_required=False, parent=self)
        self._open(dialog, lambda: self._act_on_all(
            lambda: self.services.proctoring.pause_all(self.session_id, self.exam,
                                                       dialog.reason() or "room paused by the proctor", self.proctor),
            self.tr("Paused {n} candidate(s): their clocks are stopped. Press Resume all when the room can go on.")))

    def resume_all(self) -> None:
        self._act_on_all(lambda: self.services.proctoring.resume_all(self.session_id, self.exam, self.proctor),
                         self.tr("Resumed {n} candidate(s): their clocks run again."))

    def _act_on_all(self, action, done_text: str) -> None:
        try:
            count = action()
        except Exception as error:  # one attempt refused or a write failed; the others may be done
            say(self.message, self.tr("{why} Check the console: some candidates may already be changed.")
                .format(why=error_text(error)), ok=False)
        else:
            say(self.message, done_text.format(n=count))
            self.changed.emit()
        self.refresh()
