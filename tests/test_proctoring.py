"""The proctor acts on attempts the candidate screen is running: pause freezes the candidate's
clock, time can be added with a reason, attempts voided, incidents recorded, all audited."""

from __future__ import annotations

import pytest

from app.domain.attempt import AttemptRefused
from app.domain.errors import ExamStationError
from app.domain.incidents import EXIT_UNLOCKED, FOCUS_LOST
from app.services.proctoring import NOT_STARTED, ON_BREAK, SCREEN_CLOSED, WRITING, activity
from app.ui.proctor.console_model import COLUMNS, ConsoleModel
from tests.proctoring_helpers import EXAM


def test_pause_freezes_the_candidates_clock_and_resume_restarts_it(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    clocks.advance(60)
    ada.tick()
    proctor.pause(ada.attempt_id, EXAM, "fire alarm", by="pat")
    result = ada.tick()  # the candidate screen picks up the proctor's event
    assert result.changed and ada.status == "paused"
    frozen = result.remaining_ms
    clocks.advance(300)
    assert ada.tick().remaining_ms == frozen
    with pytest.raises(AttemptRefused, match="paused"):
        ada.answer("q-single", "b")
    proctor.resume(ada.attempt_id, EXAM, by="pat")
    ada.tick()
    clocks.advance(30)
    assert ada.status == "in_progress" and ada.tick().remaining_ms == frozen - 30_000
    assert grace.tick().remaining_ms == 20 * 60_000 - 390_000  # the other candidate kept going


def test_pause_all_and_resume_all(proctored_session) -> None:
    proctor, session, screens, clocks = proctored_session
    assert proctor.pause_all(session, EXAM, "power flicker", by="pat") == 2
    assert [s.tick().changed for s in screens] == [True, True]
    assert proctor.resume_all(session, EXAM, by="pat") == 2
    assert {s.tick() and s.status for s in screens} == {"in_progress"}


def test_extend_void_and_incidents_are_recorded_and_audited(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    proctor.extend(ada.attempt_id, EXAM, 10, "late start: projector", by="pat")
    assert ada.tick().remaining_ms == 30 * 60_000
    with pytest.raises(ValueError):
        proctor.extend(ada.attempt_id, EXAM, 10, " ", by="pat")
    proctor.incident(grace.attempt_id, EXAM, "illness", "felt unwell, 3 minute break", by="pat")
    proctor.void(grace.attempt_id, EXAM, "used a phone", by="pat")
    assert grace.tick().changed and grace.status == "voided"
    rows = {r.candidate_name: r for r in proctor.console(session, EXAM)}
    assert rows["Grace"].state == "voided" and rows["Grace"].incidents == 1
    assert rows["Ada"].remaining_ms == 30 * 60_000 and rows["Ada"].seat == "1" and rows["Ada"].items == 10
    actions = [e.action for e in proctor.accounts.audit_entries(actor="pat")]
    assert actions == ["attempt.extended", "attempt.incident", "attempt.voided"]
    assert proctor.accounts.audit_problem() is None


def test_focus_loss_incidents_show_on_the_console(proctored_session) -> None:
    proctor, session, (ada, _), clocks = proctored_session
    ada.incident("focus_lost", "window lost focus for 4 s", by="lockdown")
    ada.incident("focus_lost", "window lost focus for 1 s", by="lockdown")
    row = next(r for r in proctor.console(session, EXAM) if r.candidate_name == "Ada")
    assert row.focus_losses == 2


def test_the_session_ends_only_when_everyone_is_done(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    with pytest.raises(ExamStationError, match="2 candidate"):
        proctor.end_session(session, EXAM, by="pat")
    ada.submit()
    proctor.void(grace.attempt_id, EXAM, "left the room", by="pat")
    assert proctor.end_session(session, EXAM, by="pat") == 2
    assert proctor.delivery.open_sessions() == []
    assert proctor.delivery.session(session).ended_at is not None


def test_a_silent_candidate_screen_is_flagged(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    ada.tick()
    grace.tick()
    clocks.advance(30)  # ada's screen stops checkpointing (crashed or frozen); grace's goes on
    grace.tick()
    rows = {r.candidate_name: r for r in proctor.console(session, EXAM)}
    assert rows["Ada"].saving_problem and not rows["Grace"].saving_problem


def test_the_delivery_queries_name_who_sits_an_attempt(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    delivery = proctor.delivery
    who = delivery.candidate_of(ada.attempt_id)
    assert (who.number, who.name, who.session_id, who.details["seat"]) == ("C-1", "Ada", session, "1")
    assert [a.id for a in delivery.attempts(session)] == [ada.attempt_id, grace.attempt_id]
    assert delivery.attempt(grace.attempt_id).candidate_id == delivery.candidate_of(grace.attempt_id).id
    with pytest.raises(ExamStationError, match="not on this station"):
        delivery.candidate_of("no-such-attempt")


def test_a_copy_with_other_clocks_shares_the_station_records(proctored_session) -> None:
    proctor, session, (ada, _), clocks = proctored_session
    simulated = proctor.delivery.with_clocks(lambda: 5.0, lambda: 42.0)
    assert simulated.candidates(session) == proctor.delivery.candidates(session)
    assert (simulated.monotonic(), simulated.wall()) == (5.0, 42.0)
    assert proctor.delivery.wall() == clocks.wall  # the original keeps its own


# -- the honest console: what each candidate is really doing, and staff actions apart ----------
# A running attempt whose screen is not open or connected is "screen closed" (its time is as of
# the last save, not counting down), never "writing"; the proctor's own lockdown exits are staff
# actions, never the candidate's incidents.
STATE, TIME_LEFT, INCIDENTS, STAFF = (COLUMNS.index(c) for c in ("State", "Time left", "Incidents", "Staff actions"))


def by_name(proctor, session, connected=None) -> dict:
    return {r.candidate_name: r for r in proctor.console(session, EXAM, connected)}


def test_a_screen_that_stopped_saving_is_closed_not_writing(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
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


def test_with_the_room_open_the_seat_map_decides_who_has_a_screen(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    ada.tick(), grace.tick()
    rows = by_name(proctor, session, {ada.attempt_id: True, grace.attempt_id: False})
    assert (rows["Ada"].activity, rows["Grace"].activity) == (WRITING, SCREEN_CLOSED)
    rows = by_name(proctor, session, {})   # the room is open but nobody is seated yet
    assert rows["Ada"].activity == rows["Grace"].activity == SCREEN_CLOSED


def test_break_pause_and_not_started_are_named_as_such(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    ada.take_rest_break(1)
    proctor.pause(grace.attempt_id, EXAM, "noise", by="pat")
    rows = by_name(proctor, session)
    assert (rows["Ada"].activity, rows["Grace"].activity) == (ON_BREAK, "paused")
    assert ConsoleModel.text(rows["Ada"], STATE) == "on a rest break"
    assert activity("ready", False, False) == NOT_STARTED and activity("submitted", False, False) == "submitted"


def test_the_proctors_lockdown_exit_is_a_staff_action_not_an_incident(proctored_session) -> None:
    proctor, session, (ada, grace), clocks = proctored_session
    ada.incident(EXIT_UNLOCKED, "the proctor ended lockdown", "lockdown", {"proctor": "pat"})
    ada.incident(FOCUS_LOST, "left the exam window", "lockdown")
    rows = by_name(proctor, session)
    assert (rows["Ada"].incidents, rows["Ada"].staff_actions, rows["Ada"].focus_losses) == (1, 1, 1)
    assert ConsoleModel.text(rows["Ada"], INCIDENTS) == "1" and ConsoleModel.text(rows["Ada"], STAFF) == "1"
