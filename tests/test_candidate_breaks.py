"""Rest breaks granted at check-in: the candidate starts one, the clock stops and the questions
are hidden, the candidate returns; never more breaks than granted, and a proctor's pause is not
something the candidate can end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.accommodations import Accommodations
from app.domain.attempt import AttemptRefused
from tests.candidate_helpers import alt, click, open_window, start_exam


def test_a_granted_break_stops_the_clock_and_the_candidate_returns(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, Accommodations(rest_breaks=1))
    start_exam(qtbot, window)
    assert window.toolbar.break_button.isVisible() and window.toolbar.break_button.text() == "Rest break (1 left)"
    delivery_station.clocks.advance(60)
    window.tick()
    left_before = window.live.remaining_now()
    click(qtbot, window.toolbar.break_button)
    assert window.stack.currentWidget() is window.confirm and window.confirm.kind == "break"
    assert "Rest breaks left, including this one: 1." in window.confirm.message()
    click(qtbot, window.confirm.confirm_button)
    assert window.stack.currentWidget() is window.paused and window.paused.back_button.isVisible()
    assert window.paused.heading.text() == "You are on a rest break"
    assert window.toolbar.break_button.text() == "Rest break (0 left)" and not window.toolbar.break_button.isEnabled()
    delivery_station.clocks.advance(600)  # ten minutes away from the seat
    window.tick()
    assert window.live.remaining_now() == left_before
    click(qtbot, window.paused.back_button)
    assert window.stack.currentWidget() is window.item_page
    assert not window.toolbar.break_button.isEnabled() and window.toolbar.break_button.text() == "Rest break (0 left)"
    alt(qtbot, window, Qt.Key.Key_B)  # no breaks left: the shortcut does nothing
    assert window.stack.currentWidget() is window.item_page
    with pytest.raises(AttemptRefused, match="No rest breaks are left"):
        window.live.take_rest_break(1)
    stored = delivery_station.service.live(window.live.attempt_id, window.live.exam).state
    assert stored.breaks_taken == 1 and not stored.on_break


def test_no_break_button_without_the_accommodation_and_a_proctor_pause_has_no_way_out(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    assert not window.toolbar.break_button.isVisible()
    alt(qtbot, window, Qt.Key.Key_B)
    assert window.stack.currentWidget() is window.item_page
    delivery_station.proctor(window.live.attempt_id).pause("fire alarm", "pat")
    window.tick()
    assert window.stack.currentWidget() is window.paused
    assert window.paused.heading.text() == "The exam is paused" and not window.paused.back_button.isVisible()


def test_a_break_survives_a_restart_of_the_station(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, Accommodations(rest_breaks=2))
    start_exam(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_B)
    click(qtbot, window.confirm.confirm_button)
    attempt_id = window.live.attempt_id
    window.shutdown()
    window.close()
    again = open_window(qtbot, delivery_station, Accommodations(rest_breaks=2), attempt_id=attempt_id)
    assert again.stack.currentWidget() is again.paused and again.paused.back_button.isVisible()
    assert "Rest breaks left after this one: 1." in again.paused.text.text()
    assert again.toolbar.break_button.text() == "Rest break (1 left)" and not again.toolbar.break_button.isEnabled()
    click(qtbot, again.paused.back_button)
    assert again.stack.currentWidget() is again.item_page and again.toolbar.break_button.text() == "Rest break (1 left)"


def test_the_proctor_console_shows_who_is_on_a_break(qtbot, delivery_station) -> None:
    from app.services.proctoring import ProctorService
    from app.ui.proctor.console_model import ConsoleModel
    window = open_window(qtbot, delivery_station, Accommodations(rest_breaks=1))
    start_exam(qtbot, window)
    window.live.take_rest_break(1)
    rows = ProctorService(delivery_station.service, None).console(delivery_station.session_id, window.live.exam)
    assert rows[0].state == "paused" and rows[0].on_break
    assert ConsoleModel.text(rows[0], 3) == "on a rest break"


def test_every_refusal_the_engine_gives_has_a_translated_text(qtbot) -> None:
    import re
    from pathlib import Path
    from app.domain.attempt import FINAL_STATES, IN_PROGRESS, PAUSED, READY, AttemptRefused
    from app.ui.candidate.i18n import install_translator, remove_translator
    from app.ui.candidate.refusals import refusal_text, translated_codes
    domain = Path(__file__).resolve().parents[1] / "app" / "domain"
    raised = {m for path in domain.glob("*.py") for m in re.findall(r'code="(\w+)"', path.read_text())}
    raised |= {f"state_{s}" for s in (READY, IN_PROGRESS, PAUSED, *FINAL_STATES)} - {"state_in_progress"}
    assert raised - translated_codes() == set()
    refusal = AttemptRefused("No rest breaks are left: 2 were granted and all have been taken.",
                             code="no_breaks_left", granted=2)
    assert refusal_text(refusal) == refusal.message
    translator = install_translator("es")
    try:
        assert refusal_text(refusal) == "No le quedan descansos: se le concedieron 2 y ya los ha tomado todos."
    finally:
        remove_translator(translator)
    assert refusal_text(AttemptRefused("Something new.", "Ask.")) == "Something new. Ask."
