"""The seat's pairing page with stations found by mDNS, through the real widgets and real
multicast on loopback: the open room appears in the list, choosing it with the keyboard fills
the address and Enter pairs; a room that closes leaves the list; with nothing found the page
says what it is doing and what to check. A screenshot goes to /tmp (and to docs/screens/ when
ROOM_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.room.discovery import SERVICE_TYPE_ENV, StationAdvertiser
from app.services.home import Home
from app.services.seat import SeatService
from app.ui.seat.pairing_page import ROW_HEIGHT
from app.ui.seat.seat_window import SeatWindow
from tests.room_helpers import open_session
from tests.test_room_discovery import OTHER_VERSION, station_of_another_version

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screens"


@pytest.fixture
def kind(monkeypatch) -> str:
    """A service type of this test's own: rooms other tests open are not in its list."""
    chosen = f"_es-{secrets.token_hex(5)}._tcp.local."
    monkeypatch.setenv(SERVICE_TYPE_ENV, chosen)
    return chosen


@pytest.fixture
def seat_window(qtbot, tmp_path):
    window = SeatWindow(SeatService(Home.open(tmp_path / "seat")), lockdown=False)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    yield window
    window.shutdown()


def test_the_open_room_is_listed_and_chosen_with_the_keyboard_and_enter_pairs(qtbot, world, kind,
                                                                            seat_window) -> None:
    opened, session, _attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Proctor station", host="127.0.0.1")
    try:
        page = seat_window.pairing
        assert page.address.text() == ""
        qtbot.waitUntil(lambda: page.stations.count() == 1, timeout=10000)
        item = page.stations.item(0)
        assert item.text() == f"Proctor station   (127.0.0.1:{room.port})"
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"Proctor station, at 127.0.0.1:{room.port}"
        assert page.stations.visualItemRect(item).height() >= ROW_HEIGHT
        assert page.stations.accessibleName() == "Proctor stations found on this network"
        assert page.search_status.text().startswith("Proctor stations found: 1. Choose the one")
        assert page.search_progress.isVisible()  # still searching: more stations may come
        page.name.setText("Seat 3")
        page.stations.setFocus()
        qtbot.keyClick(page.stations, Qt.Key.Key_Down)
        assert page.address.text() == f"127.0.0.1:{room.port}" and page.stations.selectedItems() == [item]
        seat_window.grab().save("/tmp/room-seat-discovery.png")
        if os.environ.get("ROOM_SCREENSHOTS"):
            seat_window.grab().save(str(SHOTS / "room-seat-discovery.png"))
        qtbot.keyClick(page.stations, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(room.pairing_asks()), timeout=10000)
        qtbot.waitUntil(lambda: bool(page.code.text()), timeout=10000)
        ask = room.pairing_asks()[0]
        assert (ask.seat_name, ask.code) == ("Seat 3", page.code.text().replace(" ", ""))
        room.decide_pairing(ask.fingerprint, True)
        qtbot.waitUntil(lambda: seat_window.stack.currentWidget() is seat_window.waiting, timeout=10000)
        assert page.browser is None  # the page is gone from the screen: the search stopped
        qtbot.waitUntil(lambda: "Waiting for the proctor" in seat_window.waiting_status.text(), timeout=10000)
    finally:
        seat_window.shutdown()
        world.center.room.close()


def test_a_room_that_closes_leaves_the_list(qtbot, kind, seat_window) -> None:
    page = seat_window.pairing
    station = StationAdvertiser("Room 4", 47061, "ab" * 32, "127.0.0.1", kind)
    station.start()
    try:
        qtbot.waitUntil(lambda: page.stations.count() == 1, timeout=10000)
        page.stations.setCurrentRow(0)
        assert page.address.text() == "127.0.0.1:47061"
    finally:
        station.stop()
    qtbot.waitUntil(lambda: page.stations.count() == 0, timeout=10000)
    assert page.address.text() == "127.0.0.1:47061"  # what the person chose stays until they change it


def test_with_nothing_found_the_page_says_it_is_searching_and_then_what_to_check(qtbot, kind, seat_window) -> None:
    page = seat_window.pairing
    assert page.browser is not None and page.search_progress.isVisible()
    assert page.search_status.text() == "Searching for proctor stations…"
    page.search_started -= 60  # as if a minute had passed with no station
    page.show_stations()
    assert "None found yet: check that the proctor has opened the room" in page.search_status.text()
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == ("Choose a proctor station in the list, or type the address shown on the "
                                   "station's Room tab.")
    seat_window.grab().save("/tmp/room-seat-searching.png")


def test_a_station_this_seat_cannot_use_is_explained(qtbot, kind, seat_window) -> None:
    page = seat_window.pairing
    with station_of_another_version(kind):
        qtbot.waitUntil(lambda: "cannot use" in page.search_status.text(), timeout=10000)
    assert page.search_status.text() == ("Found a proctor station this seat cannot use: " + OTHER_VERSION +
                                         " Or type the address shown on the station's Room tab.")
    assert page.stations.count() == 0


def test_a_seat_that_cannot_search_says_so_and_the_typed_address_remains(qtbot, kind, seat_window) -> None:
    page = seat_window.pairing
    page.stop_search()
    from app.services.discovery import StationBrowser
    page.browser = StationBrowser(["198.51.100.7"])  # no interface of this machine: multicast cannot start
    page.browser.start()
    page.show_stations()
    assert page.search_status.text().startswith("This computer cannot search the network for proctor stations")
    assert not page.search_progress.isVisible() and page.address.isEnabled()
    page.stop_search()
