"""The room through the real widgets: the proctor opens the room on the Room tab, a seat
window pairs (the proctor accepts the code the seat shows), a candidate admitted with that
seat number sits there, the seat shows the exam, and a pause from the console reaches the
seat's screen. Screenshots of both go to docs/screens/ when asked (ROOM_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.home import Home
from app.services.seat import SeatService
from app.ui.seat.seat_window import SeatWindow
from tests.staff_ui import accept_seat, check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screens"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shot(widget, name: str) -> None:
    if os.environ.get("ROOM_SCREENSHOTS"):
        widget.grab().save(str(SHOTS / name))


def test_a_seat_pairs_takes_a_candidate_and_shows_the_proctors_pause(qtbot, world, tmp_path) -> None:
    window, session = session_window(qtbot, world)
    window.resize(1400, 900)
    panel = session.room
    session.tabs.setCurrentWidget(panel)
    panel.port.setValue(_free_port())
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.room is not None, panel.message.text()
    assert str(panel.room.port) in panel.state_label.text()

    seat = SeatService(Home.open(tmp_path / "seat"))
    seat_window = SeatWindow(seat, lockdown=True)
    qtbot.addWidget(seat_window)
    seat_window.resize(1200, 800)
    seat_window.show()
    page = seat_window.pairing
    page.name.setText("Seat 1")
    page.address.setText(f"127.0.0.1:{panel.room.port}")
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=10000)
    qtbot.waitUntil(lambda: panel.pairing_box.isVisible(), timeout=5000)
    shown_code = page.code.text()
    assert shown_code in panel.pairing_box.findChildren(type(panel.state_label))[0].text()
    _shot(seat_window, "room-seat-pairing.png")
    _shot(window, "room-pairing.png")
    accept_seat(qtbot, panel, seat_window)

    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    qtbot.waitUntil(lambda: seat_window.exam_window is not None, timeout=10000)
    candidate = seat_window.exam_window
    candidate.welcome.identity_box.setChecked(True)
    qtbot.mouseClick(candidate.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seat_window.session.attempt.station_has_everything, timeout=10000)
    panel.refresh()
    row = panel.model.rows[0]
    assert (row.seat_name, row.candidate_name, row.state, row.connected) == ("Seat 1", "Ada Lovelace",
                                                                               "in_progress", True)
    _shot(window, "room-seat-map.png")
    world.center.proctoring.pause(attempt_id, session.exam, "fire alarm", "pat")
    qtbot.waitUntil(lambda: candidate.stack.currentWidget() is candidate.paused, timeout=5000)
    _shot(seat_window, "room-seat-paused.png")
    assert seat_window.controller is not None  # locked down while the exam runs
    world.center.proctoring.void(attempt_id, session.exam, "test over", "pat")
    qtbot.waitUntil(lambda: seat_window.controller is None, timeout=5000)  # unlocked once it ended
    seat_window.shutdown()
    panel.close_room()


def test_first_run_can_make_this_computer_a_candidate_workstation(qtbot, tmp_path) -> None:
    from app.services.context import create_services
    from app.ui.main_window import MainWindow
    from tests.conftest import passphrase
    services = create_services(tmp_path / "seat", passphrase)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.first_run
    qtbot.mouseClick(window.first_run.seat_button, Qt.MouseButton.LeftButton)
    seat_window = window.seat_window
    qtbot.addWidget(seat_window)
    assert seat_window.isVisible() and not window.isVisible()
    assert seat_window.stack.currentWidget() is seat_window.pairing  # not paired yet: pairing comes first
    assert services.seat.is_seat()  # remembered: the next start opens the seat's screen
    seat_window.shutdown()
    services.close()
