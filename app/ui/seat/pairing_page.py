"""A seat's first screen: name the seat, choose the proctor station found on the network (or
type its address), show the code the proctor must see on the station, and wait for the
proctor to accept.

The list is only a convenience that fills in the address: the code a person compares decides
whether this seat trusts the station (docs/room.md)."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget,
)

from app.services.discovery import FoundStation, StationBrowser, station_browser
from app.services.room import show_code
from app.services.seat import PairedDevice
from app.ui.proctor.common import add_row, button, error_text, heading, hint, message_label, say
from app.ui.widgets.tasks import run_in_background

SEARCH_POLL_MS = 300        # the list follows the search (read on the UI thread: no thread touches a widget)
NOTHING_YET_SECONDS = 5     # then say what to check while the search goes on
ROW_HEIGHT = 44             # the smallest target


class PairingPage(QWidget):
    paired = Signal()
    code_ready = Signal(str, str)  # code, station name (from the pairing thread)

    def __init__(self, seat: PairedDevice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.browser: StationBrowser | None = None
        self.search_started = 0.0
        self.shown_stations: list[FoundStation] = []
        self.name = QLineEdit(seat.seat_name())
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("as shown on the proctor's Room tab, e.g. 192.168.1.20:47031"))
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setStyleSheet("font-size: 32pt; font-weight: bold;")
        self.pair_button = button(self.tr("&Pair with the station"), self.tr("Pair with the station"), self.pair)
        self.message = message_label(self.tr("Pairing result"))
        self._build_search()
        form, typed = QFormLayout(), QFormLayout()
        labels = [add_row(form, self.tr("This seat's &name:"), self.name),
                  add_row(typed, self.tr("Or type the station's &address:"), self.address, self.tr("Station address"))]
        for label in labels:  # level with the 44 px fields
            label.setMinimumHeight(ROW_HEIGHT)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Make this computer a candidate workstation"))
        self.explanation = hint(self.tr("The proctor opens the room on the station first (Room tab). Then pair this "
                                        "seat once; it is remembered."))
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.stations_label)
        status = QHBoxLayout()
        status.addWidget(self.search_status, 1)
        status.addWidget(self.search_progress)
        layout.addLayout(status)
        layout.addWidget(self.stations)
        layout.addLayout(typed)
        layout.addWidget(self.pair_button)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.code_ready.connect(self._show_code)
        for target in (self.name, self.address, self.pair_button):
            target.setMinimumHeight(ROW_HEIGHT)

    def _build_search(self) -> None:
        self.stations = QListWidget()
        self.stations.setAccessibleName(self.tr("Proctor stations found on this network"))
        self.stations.setAccessibleDescription(self.tr("Choosing a station fills in its address; Enter pairs."))
        # The chosen row stands out strongly even when the window is not the active one.
        self.stations.setStyleSheet("QListWidget::item:selected { background: #1d4ed8; "
                                    "color: #ffffff; }")
        self.stations.currentItemChanged.connect(self._chosen)
        self.stations.itemActivated.connect(lambda _item: self.pair())
        self.stations_label = QLabel(self.tr("Proctor &stations on this network:"))
        self.stations_label.setBuddy(self.stations)
        self.search_status = QLabel()
        self.search_status.setWordWrap(True)
        self.search_status.setAccessibleName(self.tr("Search for proctor stations"))
        self.search_progress = QProgressBar()
        self.search_progress.setRange(0, 0)  # busy: a search has no end, stations may come at any time
        self.search_progress.setTextVisible(False)
        self.search_progress.setMaximumWidth(160)
        self.search_progress.setAccessibleName(self.tr("Searching"))
        self.search_timer = QTimer(self)
        self.search_timer.setInterval(SEARCH_POLL_MS)
        self.search_timer.timeout.connect(self.show_stations)

    # -- searching while the page is on screen --------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start_search()

    def hideEvent(self, event) -> None:
        self.stop_search()
        super().hideEvent(event)

    def start_search(self) -> None:
        if self.browser is not None:
            return
        self.browser = station_browser()
        self.search_started = time.monotonic()
        self.search_timer.start()
        self.show_stations()

    def stop_search(self) -> None:
        self.search_timer.stop()
        browser, self.browser = self.browser, None
        if browser is not None:
            browser.stop()
        self.search_progress.setVisible(False)

    def show_stations(self) -> None:
        browser = self.browser
        if browser is None:
            return
        if browser.problem:
            self.search_timer.stop()
            self.search_progress.setVisible(False)
            self._status(browser.problem)
            return
        self.search_progress.setVisible(True)
        found = browser.stations()
        if found != self.shown_stations:
            self._fill(found)
        if found:
            self._status(self.tr("Proctor stations found: %n. Choose the one the proctor names, or type an "
                                 "address below. Still searching…", "", len(found)))
        elif browser.refusals():  # e.g. a station of another ExamStation version
            self._status(self.tr("Found a proctor station this seat cannot use: {why} Or type the address "
                                 "shown on the station's Room tab.").format(why=browser.refusals()[0]))
        elif time.monotonic() - self.search_started < NOTHING_YET_SECONDS:
            self._status(self.tr("Searching for proctor stations…"))
        else:
            self._status(self.tr("Searching for proctor stations… None found yet: check that the proctor has "
                                 "opened the room, or type the address shown on the station's Room tab."))

    def _status(self, text: str) -> None:
        if self.search_status.text() != text:
            self.search_status.setText(text)

    def _fill(self, found: list[FoundStation]) -> None:
        chosen = self._station(self.stations.currentItem())
        self.stations.blockSignals(True)  # refilling is not the person choosing
        self.stations.clear()
        height = max(ROW_HEIGHT, self.stations.fontMetrics().height() + 20)
        for station in found:
            item = QListWidgetItem(self.tr("{name}   ({address})").format(name=station.name, address=station.address))
            item.setData(Qt.ItemDataRole.UserRole, station.instance)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{name}, at {address}").format(name=station.name, address=station.address))
            item.setSizeHint(QSize(0, height))
            self.stations.addItem(item)
            if chosen is not None and station.instance == chosen.instance:
                self.stations.setCurrentItem(item)
        self.stations.blockSignals(False)
        self.shown_stations = found
        # Room for up to four rows without scrolling; more scroll (a room has one or two stations).
        self.stations.setMinimumHeight(height * min(max(len(found), 1), 4) + 4)
        self.stations.setMaximumHeight(height * max(len(found), 4) + 4)

    def _station(self, item: QListWidgetItem | None) -> FoundStation | None:
        if item is None:
            return None
        instance = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.shown_stations if s.instance == instance), None)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        station = self._station(item)
        if item is not None and station is not None:
            item.setSelected(True)  # the list makes its first row current on focus: show it as chosen
            self.address.setText(station.address)

    # -- pairing ------------------------------------------------------------------------------
    def pair(self) -> None:
        if not self.pair_button.isEnabled():
            return  # already asking (Enter on the list while a pairing runs)
        address = self.address.text().strip()
        if not address:
            say(self.message, self.tr("Choose a proctor station in the list, or type the address shown on the "
                                      "station's Room tab."), ok=False)
            return
        try:
            self.seat.set_seat_name(self.name.text())
        except Exception as error:
            say(self.message, error_text(error), ok=False)
            return
        self.pair_button.setEnabled(False)
        say(self.message, self.tr("Asking the station…"))
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
