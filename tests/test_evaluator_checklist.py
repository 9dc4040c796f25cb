"""Evaluator mode through the real widgets: one key per step (D, N, A; arrows move), critical
steps and N/A where it is not allowed, the running score, PIN sign-off with lockout, a
second independent evaluator, and the reconciliation of their differences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from tests.conftest import World
from tests.staff_ui import EVE, PINS, SAM, check_in, session_window

CHECKLIST = "mini-check"  # ppe (critical), loto (critical, 2 points), label (N/A allowed); pass at 75 %


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def station(qtbot, world: World):
    window, session = session_window(qtbot, world)
    check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    candidate = world.center.delivery.candidates(session.session_id)[0].id
    session.tabs.setCurrentIndex(3)
    screen = session.evaluator
    screen.monotonic = Clock()
    return window, screen, candidate


def start(qtbot, screen, candidate: str, evaluator: str):
    screen.choose(candidate, CHECKLIST, evaluator)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    return screen.form


def keys(qtbot, window, *presses) -> None:
    for key in presses:
        qtbot.keyClick(window.focusWidget(), key)


def sign(qtbot, screen, pin: str) -> None:
    screen.sign_off.pin_edit.clear()
    qtbot.keyClicks(screen.sign_off.pin_edit, pin)
    qtbot.mouseClick(screen.sign_off.sign_button, Qt.MouseButton.LeftButton)


def test_one_missed_critical_step_fails_the_candidate(qtbot, station) -> None:
    window, screen, candidate = station
    assert "Not evaluated yet" in screen.summary.text()
    form = start(qtbot, screen, candidate, EVE)
    assert "CRITICAL" in form.rows[0].text_label.text() and "CRITICAL" not in form.rows[2].text_label.text()
    assert not form.rows[0].buttons["na"].isEnabled() and form.rows[2].buttons["na"].isEnabled()
    assert window.focusWidget() is form.rows[0]
    keys(qtbot, window, Qt.Key.Key_A)  # N/A is not allowed on a critical step: nothing happens
    assert form.rows[0].mark is None and window.focusWidget() is form.rows[0]
    keys(qtbot, window, Qt.Key.Key_N)  # PPE not done; the focus moves on by itself
    assert form.rows[0].mark == "not_done" and window.focusWidget() is form.rows[1]
    assert "will FAIL: the critical step “Wears PPE” was not done" in form.score_label.text()
    keys(qtbot, window, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])  # one step is still unmarked: refused before the PIN is checked
    assert "still unmarked: step(s) 3" in screen.marking_message.text()
    assert window.focusWidget() is form.rows[2]
    qtbot.keyClicks(form.rows[2].note_edit, "Dana")  # letters typed in a note are text, not marks
    assert form.rows[2].mark is None and form.rows[2].note() == "Dana"
    form.rows[2].setFocus()
    keys(qtbot, window, Qt.Key.Key_D)
    assert "3 of 4 points (75 %)" in form.score_label.text() and "every step marked" in form.score_label.text()
    keys(qtbot, window, Qt.Key.Key_Up, Qt.Key.Key_Up)  # arrows move between steps
    assert window.focusWidget() is form.rows[0] and form.current == 0
    screen.monotonic.now += 412
    sign(qtbot, screen, PINS[EVE])
    summary = screen.summary.text()
    assert "Signed: first evaluation by eve" in summary and "task time 6:52" in summary
    assert "Checklist result: FAILED, 3 of 4 points (75 %)" in summary
    assert "the critical step “Wears PPE” was not done" in summary
    assert "Credential result (needs the written test and the checklist “Mini checklist”): not complete yet" in summary
    outcome = screen.services.evaluation.outcome(screen.exam, CHECKLIST, candidate)
    assert not outcome.passed and outcome.points == 3
    (signed,) = screen.services.evaluation.evaluations(candidate)
    assert signed.notes == {"label": "Dana"} and signed.task_seconds == 412


def test_wrong_pins_lock_the_evaluator_out(qtbot, station) -> None:
    window, screen, candidate = station
    form = start(qtbot, screen, candidate, EVE)
    for row in form.rows:
        row.buttons["done"].click()  # one tap each
    assert "4 of 4 points (100 %)" in form.score_label.text()
    for _ in range(1, 5):
        sign(qtbot, screen, "0000")
        assert "PIN is wrong" in screen.marking_message.text()
        assert screen.sign_off.pin_edit.text() == ""  # never left on screen
    sign(qtbot, screen, "0000")
    assert "locked after repeated wrong PINs" in screen.marking_message.text()
    sign(qtbot, screen, PINS[EVE])  # the right PIN is refused while locked
    assert "locked" in screen.marking_message.text() and "station administrator" in screen.marking_message.text()
    assert screen.services.evaluation.evaluations(candidate) == []
    assert screen.stack.currentIndex() == 1  # the marks are still on screen for after the lock


def test_two_evaluators_differ_and_reconcile(qtbot, station) -> None:
    window, screen, candidate = station
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    assert "A second evaluator may now score" in screen.summary.text()
    assert "PASSED, 4 of 4" in screen.summary.text() and not screen.reconcile_button.isEnabled()
    form = start(qtbot, screen, candidate, SAM)
    assert [row.mark for row in form.rows] == [None, None, None]  # blind to the first evaluation
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_N, Qt.Key.Key_A)
    qtbot.keyClicks(form.rows[1].note_edit, "lock not tested")
    sign(qtbot, screen, PINS[SAM])
    summary = screen.summary.text()
    assert "second evaluation by sam" in summary and "marked 2 step(s) differently" in summary
    assert "Checklist result" not in summary  # no result while they disagree
    assert screen.reconcile_button.isEnabled()
    qtbot.mouseClick(screen.reconcile_button, Qt.MouseButton.LeftButton)
    panel = screen.reconcile_panel
    assert [d.step.id for d in panel.differences] == ["label", "loto"]
    loto = panel.differences[1]
    said = " ".join(label.text() for label in loto.findChildren(type(screen.summary)))
    assert "eve: Done" in said and "sam: Not done — lock not tested" in said
    panel.sign_off.choose(EVE)
    qtbot.keyClicks(panel.sign_off.pin_edit, PINS[EVE])
    qtbot.mouseClick(panel.sign_off.sign_button, Qt.MouseButton.LeftButton)
    assert "still open: Labels the system; Applies lockout" in panel.message.text()
    label = panel.differences[0]
    qtbot.mouseClick(label.buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(label.note_edit, "label was applied")
    qtbot.mouseClick(loto.buttons["not_done"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(loto.note_edit, "video shows no try-out")
    qtbot.keyClicks(panel.sign_off.pin_edit, PINS[EVE])
    qtbot.mouseClick(panel.sign_off.sign_button, Qt.MouseButton.LeftButton)
    summary = screen.summary.text()
    assert "Differences reconciled by eve on steps: label, loto" in summary
    assert "Checklist result: FAILED, 2 of 4 points" in summary and "the critical step “Applies lockout” was not done" in summary
    logged = screen.services.accounts.audit_entries(action_prefix="checklist.")
    assert [e.action for e in logged] == ["checklist.signed", "checklist.signed", "checklist.reconciled"]
    assert logged[-1].details["evaluators"] == [EVE, SAM]


def test_the_same_evaluator_cannot_sign_twice(qtbot, station) -> None:
    window, screen, candidate = station
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    assert "already signed an evaluation" in screen.marking_message.text()


def test_evaluator_controls_are_large_touch_targets(qtbot, station) -> None:
    window, screen, candidate = station
    start(qtbot, screen, candidate, EVE)
    qtbot.waitExposed(window)
    controls = [w for kind in (QPushButton, QLineEdit, QComboBox) for w in screen.findChildren(kind)
                if w.isVisible()]
    assert len(controls) >= 15
    small = [(w.accessibleName(), w.height()) for w in controls if w.height() < 44]
    assert small == []
    assert [w for w in controls if not w.accessibleName()] == []
