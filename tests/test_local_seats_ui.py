"""Single-computer mode through the real widgets and real processes: admitting a candidate
starts their locked-down screen as a seat process of its own; the proctor's window stays the
only window of this process, in front and usable, and says what each screen is doing. A
screenshot goes to docs/screens/ when asked (ROOM_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.room_helpers import supervised_seat
from tests.staff_ui import check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screens"


def _shot(window, folder: Path, name: str) -> None:
    for _ in range(5):  # let a label that now wraps get its height before the picture
        QApplication.processEvents()
    window.grab().save(str(folder / name))
    if os.environ.get("ROOM_SCREENSHOTS"):
        window.grab().save(str(SHOTS / name))


def _bar_text(window) -> str:
    return " ".join(label.text() for label in window.local_bar.lines if label.isVisible())


@pytest.mark.slow
def test_admitting_starts_the_candidate_screen_as_its_own_process_and_the_console_stays(qtbot, world,
                                                                                          tmp_path) -> None:
    window, session = session_window(qtbot, world, launch=True)
    window.resize(1400, 900)
    local = world.center.local_seats
    try:
        attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace")
        # No candidate window in the proctor's process: the console is the only window, in front.
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
        assert window.stack.currentWidget() is session and session.isEnabled()
        (screen,) = local.screens()
        assert screen.attempt_id == attempt_id and screen.process_id and screen.state == "running"
        assert window.local_bar.isVisible()
        assert "This computer, screen 1: Ada Lovelace's exam is running" in _bar_text(window)
        # The seat process connects over loopback; the Room tab shows it like any seat.
        room = session.room
        session.tabs.setCurrentWidget(room)
        qtbot.waitUntil(lambda: (room.refresh(), bool(room.model.rows) and room.model.rows[0].connected)[1],
                        timeout=60000)
        row = room.model.rows[0]
        assert (row.seat_name, row.candidate_name, row.state) == ("This computer, screen 1", "Ada Lovelace", "ready")
        assert "on this computer only" in room.state_label.text() and room.open_button.isEnabled()
        # The console is usable while the candidate's screen runs: Open screen starts nothing new.
        session.tabs.setCurrentWidget(session.console)
        session.console.choose(attempt_id)
        qtbot.mouseClick(session.console.screen_button, Qt.MouseButton.LeftButton)
        assert [s.process_id for s in local.screens()] == [screen.process_id]
        _shot(window, tmp_path, "local-seats.png")  # the console, with the bar above it
        # The candidate's screen crashes: it is started again and the proctor is told in plain words.
        os.kill(screen.process_id, signal.SIGKILL)
        qtbot.waitUntil(lambda: "stopped unexpectedly" in _bar_text(window), timeout=20000)
        assert "started again" in _bar_text(window) and "no saved answer is lost" in _bar_text(window)
        session.tabs.setCurrentWidget(room)
        room.refresh()
        _shot(window, tmp_path, "local-seats-restarted.png")
        restarted = local.screens()[0]
        assert restarted.process_id not in (None, screen.process_id)
        qtbot.waitUntil(lambda: (room.refresh(), room.model.rows[0].connected)[1], timeout=60000)
    finally:
        local.close()
    assert local.screens()[0].state == "closed"
    window.local_bar.refresh()
    assert "closed with the station" in _bar_text(window)


def test_a_supervised_seat_ends_once_its_exam_is_over_and_safe_on_the_station(qtbot, world, tmp_path) -> None:
    window, ended, attempt_id, seat, opened = supervised_seat(qtbot, world, tmp_path / "seat")
    window.leave_after_ms = 0
    try:
        candidate = window.exam_window
        candidate.welcome.identity_box.setChecked(True)
        qtbot.mouseClick(candidate.welcome.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session.attempt.station_has_everything
                        and window.session.attempt.status == "in_progress", timeout=10000)
        assert not ended  # running: it stays
        world.center.proctoring.void(attempt_id, opened.exam, "test over", "pat")
        qtbot.waitUntil(lambda: bool(ended), timeout=10000)
        assert ended == [0]  # the exam ended: not a proctor's exit (that would be PROCTOR_EXIT)
        assert window.controller is None and not window.isVisible()
    finally:
        window.shutdown()
        seat.close()
        world.center.room.close()
