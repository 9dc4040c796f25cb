"""The room tab of a session: open the room for seats, confirm seats that ask to pair by
comparing codes, see every seat live, give a seat a candidate and move a candidate to a
spare seat. Everything goes through services.room; the seat map is computed from the
room's memory, so refreshing it each second costs next to nothing."""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QSpinBox, QTableView,
    QVBoxLayout, QWidget,
)

from app.domain.attempt import FINAL_STATES
from app.services.room import DEFAULT_PORT, local_addresses, show_code
from app.services.context import Services
from app.services.room_station import PairingAsk, StationRoom
from app.ui.proctor.common import button, error_text, heading, hint, message_label, say, target_rows
from app.ui.proctor.room_model import CANDIDATE_COLUMN, RoomModel
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.layouts import empty_layout
from app.ui.widgets.table_fit import fit_columns

REFRESH_MS = 1000


class RoomPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, opened, session_id: str, proctor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.opened, self.session_id, self.proctor = services, opened, session_id, proctor
        self.room: StationRoom | None = None
        self.choice_dialog: QInputDialog | None = None  # giving a seat or moving a candidate
        self._asks: list[PairingAsk] = []
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port seats connect to"))
        self.open_button = button(self.tr("Open the &room"), self.tr("Open the room for seats"), self.open_room)
        self.pairing_box = QGroupBox(self.tr("Seats asking to join"))
        self.pairing_layout = QVBoxLayout(self.pairing_box)
        self.model = RoomModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Seats of this room"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        target_rows(self.table)
        fit_columns(self.table, stretch=CANDIDATE_COLUMN)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.give_button = button(self.tr("&Give this seat a candidate…"),
                                  self.tr("Give the chosen seat a candidate"), self.ask_give)
        self.move_button = button(self.tr("&Move to a spare seat…"),
                                  self.tr("Move the chosen seat's candidate to a spare seat"), self.ask_move)
        self.remove_button = button(self.tr("&Forget this seat"), self.tr("Forget the chosen seat"), self.forget)
        self.message = message_label(self.tr("Room result"), collapse=True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(QLabel(self.tr("Port:")))
        top.addWidget(self.port)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        layout.addWidget(self.pairing_box)
        layout.addWidget(heading(self.tr("Seats"), 3))
        layout.addWidget(self.table, 1)
        actions = FlowLayout()   # Spanish at 200 % text: side by side they made the window 1336 px wide
        for widget in (self.give_button, self.move_button, self.remove_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(hint(self.tr("Pause, add time, void and incidents are on the Console tab; they reach "
                                      "the seat within a second.")))
        layout.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    # -- opening ----------------------------------------------------------------------------
    def open_room(self) -> None:
        try:
            self.room = room = self.services.room.open(self.opened, self.session_id, self.tr("Proctor station"),
                                                       port=self.port.value())
        except Exception as error:
            say(self.message, self.tr("The room did not open: {why}").format(why=error_text(error)), ok=False)
            return
        self.services.accounts.record(self.proctor, "room.opened", self.session_id, {"port": room.port})
        say(self.message, self.tr("The room is open. On each seat, start ExamStation as a candidate workstation, "
                                  "then choose this station in its list or enter the address shown above."))
        self.refresh()

    def close_room(self) -> None:
        self.timer.stop()
        self.services.room.close()
        self.room = None

    # -- the view -----------------------------------------------------------------------------
    def _announcement(self) -> str:
        """Whether seats find this station in their list by themselves (mDNS), in plain words."""
        name, problem = self.services.room.announced()
        if problem:
            return problem
        if name:
            return self.tr("Seats on this network also find it in their list as “{name}”.").format(name=name)
        return self.tr("Announcing it on the network…")

    def refresh(self) -> None:
        current = self.services.room.current
        if current is not None and current is not self.room and current.session_id == self.session_id:
            self.room = current  # opened for this computer's candidate screens (single-computer mode)
        if self.room is None:
            self.state_label.setText(self.tr("The room is closed: seats cannot connect. Open it when the seats "
                                             "are ready."))
            self.open_button.setEnabled(True)
            self.pairing_box.setVisible(False)
            self._update_buttons()
            return
        here_only = self.services.local_seats is not None and self.services.local_seats.only_here()
        if here_only:  # no workstation can reach it: the proctor may still open it to the network
            self.state_label.setText(self.tr("The room is open on this computer only: each candidate's screen runs "
                                             "here as its own program. To let workstations join, press Open the "
                                             "room (the screens here reconnect; a candidate who was writing "
                                             "presses Continue)."))
        else:
            addresses = ", ".join(f"{a}:{self.room.port}" for a in local_addresses())
            self.state_label.setText(self.tr("The room is open. Seats connect to {addresses}.").format(
                addresses=addresses) + " " + self._announcement())
        self.open_button.setEnabled(here_only)
        self.port.setEnabled(here_only)
        try:
            rows = self.room.status()
        except Exception as error:
            say(self.message, self.tr("The seat map could not be refreshed: {why}").format(why=error_text(error)),
                ok=False)
            return
        chosen = self.selected_fingerprint()
        self.model.update(rows)
        if chosen:
            self.choose(chosen)
        self._show_asks(self.room.pairing_asks())
        self._update_buttons()

    def _show_asks(self, asks: list[PairingAsk]) -> None:
        if [a.fingerprint for a in asks] == [a.fingerprint for a in self._asks]:
            return
        self._asks = asks
        empty_layout(self.pairing_layout)
        self.pairing_box.setVisible(bool(asks))
        for ask in asks:
            row = QHBoxLayout()
            what = self.tr("evaluator tablet") if ask.role == "tablet" else self.tr("candidate seat")
            text = QLabel(self.tr("<b>{seat}</b> ({what}, {address}) shows the code <b>{code}</b>. Accept only if "
                                  "its screen shows the same code.").format(
                seat=ask.seat_name, what=what, address=ask.address.rsplit(":", 1)[0], code=show_code(ask.code)))
            text.setWordWrap(True)
            row.addWidget(text, 1)
            row.addWidget(button(self.tr("Accept {seat}").format(seat=ask.seat_name),
                                 self.tr("Accept seat {seat}").format(seat=ask.seat_name),
                                 partial(self.decide, ask.fingerprint, True)))
            row.addWidget(button(self.tr("Refuse"), self.tr("Refuse seat {seat}").format(seat=ask.seat_name),
                                 partial(self.decide, ask.fingerprint, False)))
            self.pairing_layout.addLayout(row)

    def decide(self, fingerprint: str, accepted: bool) -> None:
        if self.room is None:  # closed while the question was shown: no one is waiting for the answer
            return
        try:
            self.room.decide_pairing(fingerprint, accepted)
        except Exception as error:
            say(self.message, error_text(error), ok=False)
        QTimer.singleShot(300, self.refresh)

    def selected_row(self):
        selected = self.table.selectionModel().selectedRows()
        return self.model.rows[selected[0].row()] if selected else None

    def selected_fingerprint(self) -> str | None:
        row = self.selected_row()
        return row.fingerprint if row else None

    def choose(self, fingerprint: str) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.fingerprint == fingerprint), None)
        if row is not None and row != (self.table.currentIndex().row()):
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        seated = row is not None and row.attempt_id is not None and row.state not in FINAL_STATES
        self.give_button.setEnabled(row is not None and not seated and row.role == "seat")
        self.move_button.setEnabled(seated)
        self.remove_button.setEnabled(row is not None and not seated)

    # -- actions ------------------------------------------------------------------------------
    def _unseated(self) -> dict[str, str]:
        seated = {r.attempt_id for r in self.model.rows if r.attempt_id}
        return {f"{c.name} ({c.number})": a for a, c in self.services.delivery.waiting_candidates(self.session_id)
                if a not in seated}

    def ask_give(self) -> None:
        row = self.selected_row()
        choices = self._unseated()
        if not choices:
            say(self.message, self.tr("Every admitted candidate has a seat. Admit a candidate on the Check-in tab "
                                      "first."), ok=False)
            return
        self._choose(self.tr("Give {seat} a candidate").format(seat=row.seat_name), self.tr("Candidate:"),
                     sorted(choices), lambda name: self._act(
                         lambda room: room.assign(choices[name], row.fingerprint, self.proctor),
                         self.tr("{name} now sits at {seat}.").format(name=name, seat=row.seat_name)))

    def ask_move(self) -> None:
        row = self.selected_row()
        spares = {r.seat_name: r.fingerprint for r in self.model.rows
                  if r.role == "seat" and (r.attempt_id is None or r.state in FINAL_STATES)}
        if not spares:
            say(self.message, self.tr("There is no free seat. Pair a spare seat first."), ok=False)
            return
        self._choose(self.tr("Move {name}").format(name=row.candidate_name), self.tr("Spare seat:"),
                     sorted(spares), lambda name: self._act(
                         lambda room: room.move(row.attempt_id, spares[name], self.proctor),
                         self.tr("{name} continues at {seat}; {old} is refused if it comes back.").format(
                             name=row.candidate_name, seat=name, old=row.seat_name)))

    def _choose(self, title: str, label: str, names: list[str], chosen: Callable[[str], None]) -> None:
        """Ask for one of `names` in a window-modal dialog that does not block the console's refresh
        (kept in choice_dialog while it is open); `chosen` gets the name picked."""
        self.choice_dialog = dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)
        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(lambda _result: setattr(self, "choice_dialog", None))
        dialog.open()

    def seat_admitted(self, attempt_id: str) -> None:
        """A candidate admitted while the room is open sits at the seat named at check-in, if that
        seat is paired and free; otherwise the proctor gives one here."""
        wanted = {c.number: c for a, c in self.services.delivery.waiting_candidates(self.session_id)
                  if a == attempt_id}
        candidate = next(iter(wanted.values()), None)
        seat_name = str(candidate.details.get("seat", "")).strip() if candidate else ""
        self.refresh()
        free = {r.seat_name.casefold(): r for r in self.model.rows if r.attempt_id is None and r.role == "seat"}
        row = free.get(seat_name.casefold()) or free.get(f"seat {seat_name}".casefold())
        if candidate is None or row is None:
            say(self.message, self.tr("Admitted. Choose a free seat below and press Give this seat a candidate."))
            return
        self._act(lambda room: room.assign(attempt_id, row.fingerprint, self.proctor),
                  self.tr("{name} sits at {seat}: their exam is on that seat's screen now.").format(
                      name=candidate.name, seat=row.seat_name))

    def forget(self) -> None:
        row = self.selected_row()
        self._act(lambda room: room.remove_seat(row.fingerprint, self.proctor),
                  self.tr("{seat} is forgotten; it must pair again to join.").format(seat=row.seat_name))

    def _act(self, action: Callable[[StationRoom], None], done: str) -> None:
        if self.room is None:  # the seat buttons act on an open room; nothing to do once it closed
            return
        try:
            action(self.room)
        except Exception as error:
            say(self.message, error_text(error), ok=False)
            return
        say(self.message, done)
        self.changed.emit()
        self.refresh()
