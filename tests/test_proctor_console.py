"""The proctor's console through the real widgets, with each candidate's screen played by a
LiveAttempt on the same station DB with controllable clocks: a pause freezes the candidate's
timer, added time and voids reach the candidate, incidents are recorded, everything is in
the audit log (which shows when it has been altered), and the session ends and exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import World
from tests.staff_ui import PINS, PROCTOR, check_in, session_window
from tests.engine_helpers import Clocks

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

MINUTES_20 = 20 * 60_000


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def console_session(qtbot, world: World):
    """A session with two admitted candidates whose screens (LiveAttempts) have started."""
    window, session = session_window(qtbot, world)
    clocks = Clocks()
    candidate_side = world.center.delivery.with_clocks(lambda: clocks.mono, lambda: clocks.wall)
    screens = []
    for number, name, seat in (("C-001", "Ada Lovelace", "1"), ("C-002", "Grace Hopper", "2")):
        attempt_id = check_in(qtbot, session, number, name, seat=seat)
        screen = candidate_side.live(attempt_id, session.exam)
        screen.start()
        screens.append(screen)
    session.tabs.setCurrentIndex(1)
    session.console.refresh()
    return window, session, screens, clocks


def answer(qtbot, dialog, reason: str = "", minutes: int | None = None) -> None:
    if minutes is not None:
        dialog.minutes_spin.setValue(minutes)
    if reason:
        qtbot.keyClicks(dialog.reason_edit, reason)
    click(qtbot, dialog.ok_button)


def row_of(session, name: str):
    session.console.refresh()
    return next(r for r in session.console.rows() if r.candidate_name == name)


def test_pause_freezes_the_candidates_timer_and_resume_restarts_it(qtbot, console_session) -> None:
    _, session, (ada, grace), clocks = console_session
    console = session.console
    clocks.advance(60)
    ada.tick()
    console.choose(ada.attempt_id)
    assert not console.resume_button.isEnabled()
    click(qtbot, console.pause_button)
    answer(qtbot, console.dialog, "fire alarm")
    assert "Paused Ada Lovelace (C-001)" in console.message.text()
    result = ada.tick()  # the candidate's screen picks up the proctor's pause
    assert result.changed and ada.status == "paused"
    frozen = result.remaining_ms
    clocks.advance(300)
    assert ada.tick().remaining_ms == frozen == MINUTES_20 - 60_000
    row = row_of(session, "Ada Lovelace")
    assert row.state == "paused" and console.model.text(row, 3) == "paused" and console.model.text(row, 4) == "19:00"
    assert console.resume_button.isEnabled() and not console.pause_button.isEnabled()
    click(qtbot, console.resume_button)
    ada.tick()
    clocks.advance(30)
    assert ada.status == "in_progress" and ada.tick().remaining_ms == frozen - 30_000
    assert grace.tick().remaining_ms == MINUTES_20 - 390_000  # the other candidate's time kept running
    events = [e.kind for e in session.services.delivery.events(ada.attempt_id)]
    assert events[-2:] == ["paused", "resumed"]


def test_pause_all_and_resume_all(qtbot, console_session) -> None:
    _, session, screens, clocks = console_session
    console = session.console
    click(qtbot, console.pause_all_button)
    answer(qtbot, console.dialog, "power flicker")
    assert "Paused 2 candidate(s)" in console.message.text()
    assert [s.tick().changed for s in screens] == [True, True]
    frozen = [s.tick().remaining_ms for s in screens]
    clocks.advance(120)
    assert [s.tick().remaining_ms for s in screens] == frozen
    console.refresh()
    click(qtbot, console.resume_all_button)
    assert "Resumed 2 candidate(s)" in console.message.text()
    assert {s.tick() and s.status for s in screens} == {"in_progress"}


def test_adding_time_needs_a_reason_and_reaches_the_candidate(qtbot, console_session) -> None:
    _, session, (ada, _), clocks = console_session
    console = session.console
    console.choose(ada.attempt_id)
    click(qtbot, console.extend_button)
    dialog = console.dialog
    answer(qtbot, dialog, minutes=10)  # no reason: refused, the dialog stays open
    assert dialog.isVisible() and "reason" in dialog.problem.text()
    answer(qtbot, dialog, "late start: projector")
    assert not dialog.isVisible() and "Added 10 minutes for Ada Lovelace" in console.message.text()
    assert ada.tick().remaining_ms == MINUTES_20 + 10 * 60_000
    (entry,) = session.services.accounts.audit_entries(action_prefix="attempt.extended")
    assert entry.actor == "pat" and entry.details == {"minutes": 10, "reason": "late start: projector"}


def test_void_needs_reason_typed_number_and_pin_and_ends_the_attempt(qtbot, console_session) -> None:
    _, session, (_, grace), clocks = console_session
    console = session.console
    console.choose(grace.attempt_id)
    click(qtbot, console.void_button)
    dialog = console.dialog
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.problem)))
    assert "cannot be undone" in words and "Grace Hopper (C-002), seat 2" in dialog.windowTitle()
    answer(qtbot, dialog, "used a phone")   # no typed number, no PIN: refused, the dialog stays
    assert dialog.isVisible() and "Type the candidate's number, C-002" in dialog.problem.text()
    qtbot.keyClicks(dialog.confirm_edit, "C-001")   # the other candidate's number
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "C-002" in dialog.problem.text()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "c-002")   # case does not matter
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "PIN" in dialog.problem.text()
    qtbot.keyClicks(dialog.pin_edit, "0000")   # a wrong PIN
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "not right" in dialog.problem.text() and dialog.pin_edit.text() == ""
    assert not grace.tick().changed and grace.status == "in_progress"
    qtbot.keyClicks(dialog.pin_edit, PINS[PROCTOR])
    for widget in (dialog.pin_edit, dialog.reason_edit, dialog.ok_button):   # Enter alone never voids
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.isVisible() and grace.tick() is not None and grace.status == "in_progress"
    assert not dialog.ok_button.isDefault() and not dialog.ok_button.autoDefault()
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert grace.tick().changed and grace.status == "voided"
    row = row_of(session, "Grace Hopper")
    assert row.state == "voided"
    console.choose(grace.attempt_id)
    assert not console.void_button.isEnabled() and not console.pause_button.isEnabled()
    assert console.incident_button.isEnabled()  # an incident can still be written up afterwards


def test_incidents_and_focus_losses_show_on_the_console(qtbot, console_session) -> None:
    _, session, (ada, grace), clocks = console_session
    console = session.console
    console.choose(grace.attempt_id)
    click(qtbot, console.incident_button)
    dialog = console.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("illness"))
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Describe" in dialog.problem.text()
    qtbot.keyClicks(dialog.description_edit, "felt unwell, 3 minute break outside with a proctor")
    click(qtbot, dialog.ok_button)
    assert "Recorded the incident for Grace Hopper" in console.message.text()
    ada.incident("focus_lost", "window lost focus for 4 s", by="lockdown")  # what lockdown records
    ada.incident("focus_lost", "window lost focus for 1 s", by="lockdown")
    grace_row, ada_row = row_of(session, "Grace Hopper"), row_of(session, "Ada Lovelace")
    assert (grace_row.incidents, grace_row.focus_losses) == (1, 0)
    assert (ada_row.incidents, ada_row.focus_losses) == (2, 2)
    assert grace.tick() is not None and grace.state.incidents[-1]["type"] == "illness"
    assert grace.state.incidents[-1]["by"] == "pat" and grace.state.incidents[-1]["at"]


def test_the_audit_log_view_filters_and_shows_a_broken_chain(qtbot, console_session, world: World) -> None:
    _, session, (ada, grace), clocks = console_session
    console = session.console
    console.choose(ada.attempt_id)
    click(qtbot, console.pause_button)
    answer(qtbot, console.dialog, "noise")
    click(qtbot, console.resume_button)
    session.tabs.setCurrentIndex(2)
    audit = session.audit
    assert "intact" in audit.chain_label.text()
    qtbot.keyClicks(audit.actor_edit, "pat")
    assert audit.shown_actions()[:2] == ["attempt.resumed", "attempt.paused"]  # newest first
    audit.action_combo.setCurrentIndex(audit.action_combo.findData("candidate."))
    assert audit.shown_actions() == ["candidate.admitted", "candidate.admitted"]
    audit.action_combo.setCurrentIndex(0)
    qtbot.keyClicks(audit.subject_edit, "grace")
    assert audit.shown_actions() == ["candidate.admitted"]
    assert audit.shown_sentences()[0] == "Proctor Pat Proctor admitted Grace Hopper (C-002) at seat 2."
    with sqlite3.connect(world.center.home.database_path) as db:  # someone edits the database behind our back
        db.execute("UPDATE audit_log SET details = '{\"reason\": \"nothing\"}' WHERE action = 'attempt.paused'")
    audit.refresh()
    assert "has been altered" in audit.chain_label.text() and "content was changed" in audit.chain_label.text()


def test_the_session_ends_only_when_everyone_is_finished_then_exports(qtbot, console_session, tmp_path: Path) -> None:
    _, session, (ada, grace), clocks = console_session
    assert not session.end_session()
    assert "2 candidate(s) are not finished" in session.message.text()
    click(qtbot, session.end_button)   # refused at once, without asking
    assert session.end_dialog is None and "2 candidate(s) are not finished" in session.message.text()
    ada.submit()
    session.services.proctoring.void(grace.attempt_id, session.exam, "left early", by="pat")
    click(qtbot, session.end_button)
    dialog = session.end_dialog
    assert dialog.isVisible() and "cannot be undone" in " ".join(l.text() for l in dialog.findChildren(QLabel))
    assert dialog.keep_button.isDefault() and dialog.focusWidget() is dialog.keep_button
    qtbot.keyClick(dialog.keep_button, Qt.Key.Key_Return)   # Enter keeps the session open
    assert session.end_dialog is None and session.end_button.isEnabled()
    assert session.services.accounts.audit_entries(action_prefix="session.ended") == []
    click(qtbot, session.end_button)
    click(qtbot, session.end_dialog.end_button)
    assert "The session has ended (2 attempt(s))" in session.message.text()
    assert not session.check_in.isEnabled() and session.export_button.isVisible()
    out = tmp_path / "usb"
    out.mkdir()
    session.export_results(out)
    qtbot.waitUntil(lambda: not session.progress.isVisible(), timeout=20000)
    assert "read it back" in session.message.text(), session.message.text()
    (bundle,) = out.glob("*.examresult")
    assert session.services.results.verify(bundle)
    actions = [e.action for e in session.services.accounts.audit_entries(action_prefix="session.")]
    assert actions == ["session.started", "session.ended", "session.exported"]


def test_a_proctor_without_a_pin_is_told_how_to_get_one_before_voiding(qtbot, console_session) -> None:
    _, session, (ada, _), clocks = console_session
    services = session.services
    services.accounts.create("kim", "Kim Nopin", "proctor", "password12", None, by="root")
    session.set_account(services.accounts.get("kim"))
    console = session.console
    console.choose(ada.attempt_id)
    click(qtbot, console.void_button)
    assert console.dialog is None and "your account has none" in console.message.text()
    assert ada.tick() is not None and ada.status == "in_progress"
