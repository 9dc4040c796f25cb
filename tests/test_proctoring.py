"""The proctor acts on attempts the candidate screen is running: pause freezes the candidate's
clock, time can be added with a reason, attempts voided, incidents recorded, all audited."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.domain.attempt import AttemptRefused
from app.domain.errors import ExamStationError
from app.domain.records import KnownPackage
from app.formats.exam_source import load_exam_source
from app.services.accounts import AccountService
from app.services.delivery import DeliveryService
from app.domain.incidents import EXIT_UNLOCKED, FOCUS_LOST
from app.services.proctoring import NOT_STARTED, ON_BREAK, SCREEN_CLOSED, WRITING, ProctorService, activity
from app.ui.proctor.console_model import COLUMNS, ConsoleModel
from app.store.database import open_database, sqlite_url
from app.store.repositories import PackageRepository
from tests.conftest import MINI_EXAM
from tests.engine_helpers import Clocks

EXAM = load_exam_source(MINI_EXAM)


@pytest.fixture
def station_db(tmp_path: Path):
    db = open_database(sqlite_url(tmp_path / "station.db"))
    yield db
    db.close()


@pytest.fixture
def room(station_db):
    db = station_db
    clocks = Clocks()
    delivery = DeliveryService(lambda: db, monotonic=lambda: clocks.mono, wall=lambda: clocks.wall)
    accounts = AccountService(lambda: db, wall=lambda: clocks.wall)
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", EXAM.id, EXAM.title, EXAM.version, "F", "/p", now, now))
    session = delivery.start_session("p", EXAM)
    attempts = []
    for number, name in (("C-1", "Ada"), ("C-2", "Grace")):
        candidate = delivery.check_in(session, number, name, Accommodations(), {"seat": number[-1]})
        attempts.append(delivery.create_attempt(session, candidate, EXAM, Accommodations(), form_id="A"))
    screens = [delivery.live(a, EXAM) for a in attempts]  # the candidates' screens
    for screen in screens:
        screen.start()
    return ProctorService(delivery, accounts), session, screens, clocks


def test_pause_freezes_the_candidates_clock_and_resume_restarts_it(room) -> None:
    proctor, session, (ada, grace), clocks = room
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


def test_pause_all_and_resume_all(room) -> None:
    proctor, session, screens, clocks = room
    assert proctor.pause_all(session, EXAM, "power flicker", by="pat") == 2
    assert [s.tick().changed for s in screens] == [True, True]
    assert proctor.resume_all(session, EXAM, by="pat") == 2
    assert {s.tick() and s.status for s in screens} == {"in_progress"}


def test_extend_void_and_incidents_are_recorded_and_audited(room) -> None:
    proctor, session, (ada, grace), clocks = room
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


def test_focus_loss_incidents_show_on_the_console(room) -> None:
    proctor, session, (ada, _), clocks = room
    ada.incident("focus_lost", "window lost focus for 4 s", by="lockdown")
    ada.incident("focus_lost", "window lost focus for 1 s", by="lockdown")
    row = next(r for r in proctor.console(session, EXAM) if r.candidate_name == "Ada")
    assert row.focus_losses == 2


def test_the_session_ends_only_when_everyone_is_done(room) -> None:
    proctor, session, (ada, grace), clocks = room
    with pytest.raises(ExamStationError, match="2 candidate"):
        proctor.end_session(session, EXAM, by="pat")
    ada.submit()
    proctor.void(grace.attempt_id, EXAM, "left the room", by="pat")
    assert proctor.end_session(session, EXAM, by="pat") == 2
    assert proctor.delivery.open_sessions() == []
    assert proctor.delivery.session(session).ended_at is not None


def test_a_silent_candidate_screen_is_flagged(room) -> None:
    proctor, session, (ada, grace), clocks = room
    ada.tick()
    grace.tick()
    clocks.advance(30)  # ada's screen stops checkpointing (crashed or frozen); grace's goes on
    grace.tick()
    rows = {r.candidate_name: r for r in proctor.console(session, EXAM)}
    assert rows["Ada"].saving_problem and not rows["Grace"].saving_problem


def test_the_delivery_queries_name_who_sits_an_attempt(room) -> None:
    proctor, session, (ada, grace), clocks = room
    delivery = proctor.delivery
    who = delivery.candidate_of(ada.attempt_id)
    assert (who.number, who.name, who.session_id, who.details["seat"]) == ("C-1", "Ada", session, "1")
    assert [a.id for a in delivery.attempts(session)] == [ada.attempt_id, grace.attempt_id]
    assert delivery.attempt(grace.attempt_id).candidate_id == delivery.candidate_of(grace.attempt_id).id
    with pytest.raises(ExamStationError, match="not on this station"):
        delivery.candidate_of("no-such-attempt")


def test_a_copy_with_other_clocks_shares_the_station_records(room) -> None:
    proctor, session, (ada, _), clocks = room
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
