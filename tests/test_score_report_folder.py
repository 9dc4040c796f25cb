"""A candidate's score report is saved into the session's folder on the station: a screen the
station starts on this computer is told the folder (no file browser in lockdown), the PDF lands
there named by the attempt, and the proctor's export offers the same folder."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from app.services.home import Home
from app.services.seat import SeatService
from app.ui.seat.seat_window import SeatWindow
from tests.staff_ui import accept_seat, check_in, session_window
from tests.test_candidate_report import submit
from tests.candidate_helpers import start_exam


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.staffed
def test_save_as_pdf_writes_into_the_sessions_folder_on_the_station(qtbot, world, tmp_path) -> None:
    window, session = session_window(qtbot, world)
    panel = session.room
    session.tabs.setCurrentWidget(panel)
    panel.port.setValue(_free_port())
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.room is not None, panel.message.text()
    folder = world.center.home.session_folder(session.session_id) / "score reports"

    seat = SeatService(Home.open(tmp_path / "screen-1"))
    assert seat.report_folder() is None   # a workstation of the room: the proctor prints instead
    seat.set_report_folder(folder)        # what the station does for each screen it starts here
    seat_window = SeatWindow(seat, lockdown=False)
    qtbot.addWidget(seat_window)
    seat_window.show()
    page = seat_window.pairing
    page.name.setText("Seat 1")
    page.address.setText(f"127.0.0.1:{panel.room.port}")
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pairing_box.isVisible(), timeout=10000)
    accept_seat(qtbot, panel, seat_window)

    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    qtbot.waitUntil(lambda: seat_window.exam_window is not None, timeout=10000)
    candidate = seat_window.exam_window
    assert candidate.end.report_folder == folder and folder.is_dir()
    start_exam(qtbot, candidate)
    submit(qtbot, candidate)
    qtbot.waitUntil(lambda: candidate.end.pdf_button.isVisible(), timeout=10000)
    qtbot.mouseClick(candidate.end.pdf_button, Qt.MouseButton.LeftButton)
    written = folder / f"score-report-{attempt_id}.pdf"
    assert written.read_bytes().startswith(b"%PDF-"), candidate.end.pdf_result.text()
    assert session.session_folder() == folder.parent   # where Export results… opens
    seat_window.shutdown()
    panel.close_room()


def test_the_station_tells_each_screen_it_starts_the_sessions_folder(world) -> None:
    from tests.room_helpers import open_session
    from tests.test_local_seats import _simulating, _screen, wait_for
    from app.services.local_seats import FINISHED
    opened, session, attempts = open_session(world, 1)
    seats = _simulating(world, answers=1)
    seats.admit(opened, session, attempts[0], "Candidate 1", "pat")
    (folder,) = seats._seat_folders()
    assert SeatService.at(folder).report_folder() == world.center.home.session_folder(session) / "score reports"
    wait_for(lambda: _screen(seats, attempts[0]).state == FINISHED, timeout=120, what="the screen finished")
