"""The console says what each candidate is really doing: not started, writing, screen closed
(no open or connected screen: the time shown is as of the last save, not counting down), on a
rest break, paused. The proctor's own lockdown exits are staff actions, never the candidate's
incidents."""

from __future__ import annotations

from app.domain.incidents import EXIT_UNLOCKED, FOCUS_LOST
from app.services.proctoring import NOT_STARTED, ON_BREAK, SCREEN_CLOSED, WRITING, activity
from app.ui.proctor.console_model import COLUMNS, ConsoleModel
from tests.test_proctoring import EXAM, room, station_db  # noqa: F401 - the fixtures

STATE, TIME_LEFT, INCIDENTS, STAFF = (COLUMNS.index(c) for c in ("State", "Time left", "Incidents", "Staff actions"))


def by_name(proctor, session, connected=None) -> dict:
    return {r.candidate_name: r for r in proctor.console(session, EXAM, connected)}


def test_a_screen_that_stopped_saving_is_closed_not_writing(room) -> None:
    proctor, session, (ada, grace), clocks = room
    clocks.advance(5)
    ada.tick(), grace.tick()
    rows = by_name(proctor, session)
    assert rows["Ada"].activity == rows["Grace"].activity == WRITING
    clocks.advance(30)
    ada.tick()   # Ada's screen keeps saving; Grace's was closed 30 s ago
    rows = by_name(proctor, session)
    assert rows["Ada"].activity == WRITING and rows["Grace"].activity == SCREEN_CLOSED
    text = ConsoleModel.text(rows["Grace"], STATE)
    assert text == "screen closed" and "at the last save" in ConsoleModel.text(rows["Grace"], TIME_LEFT)
    assert ConsoleModel.text(rows["Ada"], STATE) == "writing"


def test_with_the_room_open_the_seat_map_decides_who_has_a_screen(room) -> None:
    proctor, session, (ada, grace), clocks = room
    ada.tick(), grace.tick()
    rows = by_name(proctor, session, {ada.attempt_id: True, grace.attempt_id: False})
    assert (rows["Ada"].activity, rows["Grace"].activity) == (WRITING, SCREEN_CLOSED)
    rows = by_name(proctor, session, {})   # the room is open but nobody is seated yet
    assert rows["Ada"].activity == rows["Grace"].activity == SCREEN_CLOSED


def test_break_pause_and_not_started_are_named_as_such(room) -> None:
    proctor, session, (ada, grace), clocks = room
    ada.take_rest_break(1)
    proctor.pause(grace.attempt_id, EXAM, "noise", by="pat")
    rows = by_name(proctor, session)
    assert (rows["Ada"].activity, rows["Grace"].activity) == (ON_BREAK, "paused")
    assert ConsoleModel.text(rows["Ada"], STATE) == "on a rest break"
    assert activity("ready", False, False) == NOT_STARTED and activity("submitted", False, False) == "submitted"


def test_the_proctors_lockdown_exit_is_a_staff_action_not_an_incident(room) -> None:
    proctor, session, (ada, grace), clocks = room
    ada.incident(EXIT_UNLOCKED, "the proctor ended lockdown", "lockdown", {"proctor": "pat"})
    ada.incident(FOCUS_LOST, "left the exam window", "lockdown")
    rows = by_name(proctor, session)
    assert (rows["Ada"].incidents, rows["Ada"].staff_actions, rows["Ada"].focus_losses) == (1, 1, 1)
    assert ConsoleModel.text(rows["Ada"], INCIDENTS) == "1" and ConsoleModel.text(rows["Ada"], STAFF) == "1"
