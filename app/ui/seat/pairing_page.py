"""A seat's first screen: name the seat, type the station's address, show the code the
proctor must see on the station, and wait for the proctor to accept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.room import show_code
from app.services.seat import SeatService
from app.ui.proctor.common import add_row, button, error_text, heading, hint, message_label, say
from app.ui.widgets.tasks import run_in_background


class PairingPage(QWidget):
    paired = Signal()
    code_ready = Signal(str, str)  # code, station name (from the pairing thread)

    def __init__(self, seat: SeatService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.name = QLineEdit(seat.seat_name())
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("as shown on the proctor's Room tab, e.g. 192.168.1.20:47031"))
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setStyleSheet("font-size: 32pt; font-weight: bold;")
        self.pair_button = button(self.tr("&Pair with the station"), self.tr("Pair with the station"), self.pair)
        self.message = message_label(self.tr("Pairing result"))
        form = QFormLayout()
        add_row(form, self.tr("This seat's &name:"), self.name)
        add_row(form, self.tr("Station &address:"), self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Make this computer a candidate workstation")))
        layout.addWidget(hint(self.tr("The proctor opens the room on the station first (Room tab). Then pair this "
                                      "seat once; it is remembered.")))
        layout.addLayout(form)
        layout.addWidget(self.pair_button)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.code_ready.connect(self._show_code)

    def pair(self) -> None:
        try:
            self.seat.set_seat_name(self.name.text())
        except Exception as error:
            say(self.message, error_text(error), ok=False)
            return
        self.pair_button.setEnabled(False)
        say(self.message, self.tr("Asking the station…"))
        address = self.address.text().strip()
        run_in_background(self, lambda: self.seat.pair(address, lambda code, station, _c: self.code_ready.emit(
            code, station)), self._done, self._failed)

    def _show_code(self, code: str, station: str) -> None:
        self.code.setText(show_code(code))
        say(self.message, self.tr("Tell the proctor at {station}: this seat shows the code above. The proctor "
                                  "accepts it only if the station shows the same code.").format(station=station))

    def _done(self, outcome) -> None:
        self.pair_button.setEnabled(True)
        if outcome.accepted:
            say(self.message, self.tr("Paired with {station}.").format(station=outcome.station_name))
            self.paired.emit()
        else:
            self.code.clear()
            say(self.message, self.tr("The proctor did not accept this seat. Check the code with the proctor and "
                                      "pair again."), ok=False)

    def _failed(self, error: Exception) -> None:
        self.pair_button.setEnabled(True)
        self.code.clear()
        say(self.message, error_text(error), ok=False)
