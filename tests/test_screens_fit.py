"""Nothing cut and nothing on top of something else on a 1280 × 800 screen, at 100 % and 200 %
text, in the standard colours and in high contrast, in English and Spanish: a walk over every
candidate screen (welcome, each question type, each tool open, the marks, review, the
confirmations, the banners, the rest break, the pause, the ends with the score report, the
interrupted and voided screens), the lockdown exit dialog, the evaluator's sheet (the station's
tab and the tablet) and the candidate workstation's window, each checked with
tests/layout_checks.py.

One window is walked per language; at each screen the text size and the contrast are changed
live (as the candidate may), so four themes cost one walk."""

from __future__ import annotations

import re
from typing import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.annotations import Annotation
from app.domain.scoring import key_response
from app.services.home import Home
from app.services.seat import SeatService
from app.ui.candidate import CandidateWindow
from app.ui.evaluator.tablet_window import TabletWindow
from app.ui.lockdown.pin_dialog import ExitPinDialog
from app.ui.seat.seat_window import SeatWindow
from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme
from tests.candidate_helpers import SAMPLE_EXAM, Sample, settle
from tests.layout_checks import layout_faults
from tests.room_helpers import pair_seat
from tests.staff_ui import EVE, PINS, check_in, session_window

SCREEN = (1280, 800)
THEMES = ((100, False), (100, True), (200, True), (200, False))   # each step changes one thing
WRITTEN = "Open the battery disconnect, lock it out and prove the DC bus dead before touching it."
Screens = Iterator[tuple[str, CandidateWindow]]


def theme_name(scale: int, contrast: bool) -> str:
    return f"{scale} %{' high contrast' if contrast else ''}"


def in_turn(themes: tuple[tuple[int, bool], ...], current: tuple[int, bool]) -> tuple[tuple[int, bool], ...]:
    """The themes starting from the one set now (each change re-reads every style sheet)."""
    return themes if themes[0] == current else themes[::-1]


def candidate_faults(qtbot, window: CandidateWindow, screen: str) -> list[str]:
    """The faults of the window as it is, in each theme, at the screen's size."""
    found = []
    for scale, contrast in in_turn(THEMES, (window.theme.text_scale, window.theme.high_contrast)):
        window.set_text_scale(scale)
        window.set_high_contrast(contrast)
        window.resize(*SCREEN)
        settle(qtbot)
        found += [f"{screen}, {theme_name(scale, contrast)}: {fault}"
                  for fault in layout_faults(window, screen=SCREEN)]
    return found


def item_screens(window: CandidateWindow) -> Screens:
    """The first question of each type (most answered, two as first seen), the tools open
    on the first section's questions, the marks, and the section confirmation."""
    go, plan, live = window.navigation, window.plan, window.live
    shown: set[str] = set()
    for order in plan.sections:
        for item_id in order.item_ids:
            item = SAMPLE_EXAM.item(item_id)
            if item.type in shown:
                continue
            shown.add(item.type)
            go.go_to(item_id, confirmed=True)
            if item.type not in ("numeric", "ordering"):
                response = key_response(item) or WRITTEN
                if item.type == "matching":
                    response = dict(list(response.items())[:2])
                live.answer(item_id, response)
                go.show_item(item_id)
            yield f"question of type {item.type}", window
        if order is plan.sections[0]:
            yield from tool_screens(window, order.item_ids)
            yield from marks_screen(window, order.item_ids)
            go.go_to(order.item_ids[-1])
            go.go_next()
            yield "leaving a section that closes", window


def tool_screens(window: CandidateWindow, item_ids: tuple[str, ...]) -> Screens:
    window.navigation.go_to(item_ids[1])
    window.set_flag(item_ids[1], True)
    for button in (window.toolbar.calculator_button, window.toolbar.exhibits_button):
        button.setChecked(True)
        yield f"tool {button.accessibleName()} open", window
        button.setChecked(False)


def marks_screen(window: CandidateWindow, item_ids: tuple[str, ...]) -> Screens:
    exam, page = window.live.exam, window.item_page
    item_id = max((i for i in item_ids if exam.item(i).type == "single_choice"), key=lambda i: len(exam.item(i).stem))
    window.navigation.go_to(item_id)
    words = list(re.finditer(r"\S+", exam.item(item_id).stem))
    page.stem.setSelection(words[0].start(), words[2].end() - words[0].start())
    page.highlight_selection()
    options = page.answer.option_ids
    page.answer.strikes.toggle(options[0])
    yield "highlights and struck-out options", window
    window.saver.save_marks(item_id, Annotation())


def candidate_screens(sample: Sample, window: CandidateWindow, opened: Callable[..., CandidateWindow]) -> Screens:
    yield "welcome", window
    window.welcome.identity_box.setChecked(True)
    window.start()
    yield from item_screens(window)
    go = window.navigation
    go.open_review()
    yield "review", window
    go.show_item(go.current_item)
    window.saver.report_failure()
    yield "saving failed", window
    window.saver.after_tick(0)
    window.save_banner.clear_message()
    window.warning_banner.say("10 minutes left in the exam.", role="warning")
    yield "time warning", window
    window.warning_banner.clear_message()
    proctor = sample.service.observe(window.live.attempt_id, SAMPLE_EXAM)
    proctor.pause("fire alarm", by="proctor")
    window.tick()
    yield "paused by the proctor", window
    proctor.refresh()
    proctor.resume(by="proctor")
    window.tick()
    window.ask_rest_break()
    yield "asking for a rest break", window
    window.take_rest_break()
    yield "rest break", window
    window.resume()
    go.ask_finish()
    yield "finish warning", window
    window.submit()
    yield "submitted, score report", window
    window.close()
    again = opened(started=False, attempt_id=started_then_closed(opened))
    yield "interrupted", again
    again.resume()
    sample.clocks.advance(3 * 60 * 60)
    again.tick()
    yield "time up, score report", again
    again.close()
    voided = opened()
    sample.service.observe(voided.live.attempt_id, SAMPLE_EXAM).void("left the room", by="proctor")
    voided.tick()
    yield "voided", voided
    voided.close()


def started_then_closed(opened: Callable[..., CandidateWindow]) -> str:
    first = opened()
    attempt_id = first.live.attempt_id
    first.close()
    return attempt_id


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_candidate_screen_fits_1280_by_800_at_every_text_size(qtbot, sample: Sample, language: str) -> None:
    def opened(**options) -> CandidateWindow:
        return sample.window(qtbot, breaks=2, size=SCREEN, language=language, **options)

    found: list[str] = []
    for screen, window in candidate_screens(sample, opened(started=False), opened):
        found += candidate_faults(qtbot, window, screen)
    assert found == [], "\n".join(found)


# -- the staff's windows: the theme and the language are the application's ------------------------
def test_the_lockdown_exit_dialog_fits_at_every_text_size(qtbot, sample: Sample, staff_language: str) -> None:
    """Opened over the candidate's window, as lockdown opens it, so it wears the candidate's theme
    (modal: the text size cannot change while it is open), in the staff's language (it is the
    proctor's); then after a wrong PIN."""
    window = sample.window(qtbot, size=SCREEN, language=staff_language, started=False)
    found = []
    for scale, contrast in THEMES:
        window.set_text_scale(scale)
        window.set_high_contrast(contrast)
        dialog = ExitPinDialog(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        for refused in (False, True):
            if refused:
                dialog.refuse(3)
            settle(qtbot)
            found += [f"{'after a wrong PIN' if refused else 'opened'}, {theme_name(scale, contrast)}: {fault}"
                      for fault in layout_faults(dialog, screen=SCREEN)]
        dialog.close()
    assert found == [], "\n".join(found)


def staff_faults(qtbot, qapp, window: QWidget, screen: str) -> list[str]:
    """The staff's theme is set once when the station starts; here it is changed under a window
    already made, so every widget is asked for its size again (a layout kept the height a
    button had at 100 %, a fault no staff member can see)."""
    found = []
    for scale, contrast in THEMES:
        apply_staff_theme(qapp, Theme(text_scale=scale, high_contrast=contrast))
        for widget in window.findChildren(QWidget):   # sizes asked again, as in a window made now
            widget.updateGeometry()
        window.resize(*SCREEN)
        settle(qtbot)
        found += [f"{screen}, {theme_name(scale, contrast)}: {fault}"
                  for fault in layout_faults(window, screen=SCREEN)]
    return found


def test_the_evaluator_tab_fits_at_every_text_size(qtbot, qapp, world, staff_language: str) -> None:
    window, session = session_window(qtbot, world)
    check_in(qtbot, session, "C-001", "Ada Lovelace", seat="A1")
    session.tabs.setCurrentWidget(session.evaluator)
    screen = session.evaluator
    screen.refresh()
    found = staff_faults(qtbot, qapp, window, "evaluator tab, choosing")
    screen.evaluator_combo.setCurrentIndex(screen.evaluator_combo.findData(EVE))
    screen.start()
    rows = screen.form.rows
    rows[0].set_mark("done", emit=True)
    rows[1].set_mark("not_done", emit=True)
    found += staff_faults(qtbot, qapp, window, "evaluator tab, marking")
    for row in rows:
        row.set_mark("na" if row.step.allow_na else "done", emit=True)
    screen.sign_off.pin_edit.setText(PINS[EVE])
    screen.sign_off._sign()
    found += staff_faults(qtbot, qapp, window, "evaluator tab, signed")
    window.close()
    assert found == [], "\n".join(found)


def test_the_evaluator_tablet_fits_at_every_text_size(qtbot, qapp, staff_language: str, open_room_with_staff,
                                                      tablet) -> None:
    machine, _ = tablet
    window = TabletWindow(machine)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    page = window.sign_in_page
    qtbot.waitUntil(lambda: window.session is not None and window.session.connected, timeout=10000)
    found = staff_faults(qtbot, qapp, window, "tablet, sign-in")
    qtbot.keyClicks(page.username, "eve")
    qtbot.keyClicks(page.pin, "2468")
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    listing = window.candidates_page
    qtbot.waitUntil(lambda: listing.score_button.isEnabled(), timeout=10000)
    found += staff_faults(qtbot, qapp, window, "tablet, candidates")
    qtbot.mouseClick(listing.score_button, Qt.MouseButton.LeftButton)
    rows = window.form.rows
    rows[0].set_mark("done", emit=True)
    rows[1].set_mark("not_done", emit=True)
    found += staff_faults(qtbot, qapp, window, "tablet, checklist")
    window.shutdown()
    window.close()
    assert found == [], "\n".join(found)


def test_the_candidate_workstation_fits_at_every_text_size(qtbot, qapp, staff_language: str, tmp_path) -> None:
    seat = SeatWindow(SeatService(Home.open(tmp_path / "seat")), lockdown=False)
    qtbot.addWidget(seat)
    seat.show()
    qtbot.waitExposed(seat)
    found = staff_faults(qtbot, qapp, seat, "workstation, pairing")
    seat.close()
    assert found == [], "\n".join(found)


def test_the_workstation_waiting_for_a_candidate_fits_and_names_its_seat(qtbot, qapp, staff_language: str, open_room,
                                                                         tmp_path) -> None:
    """Paired over a loopback room, waiting: the seat's name is a heading (it was body text once
    its name was set) and no focus ring frames the whole screen (nothing on it is operable)."""
    room, _attempts, _world = open_room
    services, _pairing = pair_seat(room, tmp_path / "seat", "Seat A1")
    seat = SeatWindow(services.seat, lockdown=False)
    qtbot.addWidget(seat)
    seat.show()
    qtbot.waitUntil(lambda: seat.session is not None and seat.session.connected, timeout=10000)
    seat.poll()
    assert seat.stack.currentWidget() is seat.waiting
    assert seat.waiting_title.text() == "<h1>Seat A1</h1>" and seat.waiting_title.accessibleName() == "Seat A1"
    assert "focus { border: none; }" in seat.waiting.styleSheet()
    found = staff_faults(qtbot, qapp, seat, "workstation, waiting")
    seat.shutdown()
    seat.close()
    services.close()
    assert found == [], "\n".join(found)
