"""Evaluator mode through the real widgets: one key per step (D, N, A; arrows move), critical
steps (listed as the sheet's critical criteria, a reason required when one is not done) and
N/A where it is not allowed, the running score, PIN sign-off with lockout, marks in progress
kept as the evaluator's own draft (across Back and a screen destroyed without closing, the
task timer going on), a second independent evaluator who sees nothing of the first, and the
reconciliation of their differences by both evaluators, recording who decided."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from app.ui.evaluator.evaluator_screen import EvaluatorScreen
from tests.conftest import World
from tests.staff_ui import EVE, PINS, SAM, check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

CHECKLIST = "mini-check"  # ppe (critical), loto (critical, 2 points), label (N/A allowed); pass at 75 %


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def evaluator_tab(qtbot, world: World):
    window, session = session_window(qtbot, world)
    check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    candidate = world.center.delivery.candidates(session.session_id)[0].id
    session.tabs.setCurrentIndex(3)
    screen = session.evaluator
    screen.clock = Clock()
    return window, screen, candidate


def start(qtbot, screen, candidate: str, evaluator: str):
    screen.choose(candidate, CHECKLIST, evaluator)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    return screen.form


def resume(qtbot, screen, candidate: str, evaluator: str, pin: str):
    screen.choose(candidate, CHECKLIST, evaluator)
    assert screen.resume_pin.isVisible() and "Resume" in screen.start_button.text().replace("&", "")
    qtbot.keyClicks(screen.resume_pin, pin)
    qtbot.keyClick(screen.resume_pin, Qt.Key.Key_Return)
    return screen.form


def keys(qtbot, window, *presses) -> None:
    for key in presses:
        qtbot.keyClick(window.focusWidget(), key)


def sign(qtbot, screen, pin: str) -> None:
    screen.sign_off.pin_edit.clear()
    qtbot.keyClicks(screen.sign_off.pin_edit, pin)
    qtbot.mouseClick(screen.sign_off.sign_button, Qt.MouseButton.LeftButton)


def test_one_missed_critical_step_fails_the_candidate(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
    assert "Not evaluated yet" in screen.summary.text()
    form = start(qtbot, screen, candidate, EVE)
    assert "CRITICAL" in form.rows[0].text_label.text() and "CRITICAL" not in form.rows[2].text_label.text()
    assert not form.rows[0].buttons["na"].isEnabled() and form.rows[2].buttons["na"].isEnabled()
    assert window.focusWidget() is form.rows[0]
    keys(qtbot, window, Qt.Key.Key_A)  # N/A is not allowed on a critical step: nothing happens
    assert form.rows[0].mark is None and window.focusWidget() is form.rows[0]
    assert form.criteria.isVisible() and form.criteria.title() == "Critical criteria"
    assert [label.text() for label in form.criteria.labels] == ["• Step 1: Wears PPE — not marked yet",
                                                                "• Step 2: Applies lockout — not marked yet"]
    keys(qtbot, window, Qt.Key.Key_N)  # PPE not done; the focus moves on by itself
    assert form.rows[0].mark == "not_done" and window.focusWidget() is form.rows[1]
    assert "will FAIL: the critical step “Wears PPE” was not done" in form.score_label.text()
    assert form.criteria.labels[0].text() == "✗ Step 1: Wears PPE — NOT DONE — reason still needed"
    assert "Reason (required)" in form.rows[0].note_edit.placeholderText()
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
    screen.clock.now += 412
    sign(qtbot, screen, PINS[EVE])  # a critical step not done, and no reason: refused before the PIN
    assert "needs a short reason: step(s) 1" in screen.marking_message.text()
    assert window.focusWidget() is form.rows[0].note_edit and screen.services.evaluation.evaluations(candidate) == []
    qtbot.keyClicks(form.rows[0].note_edit, "no gloves")
    assert form.criteria.labels[0].text() == "✗ Step 1: Wears PPE — NOT DONE — reason: no gloves"
    sign(qtbot, screen, PINS[EVE])
    summary = screen.summary.text()
    assert "Signed: first evaluation by eve" in summary
    for hidden in ("task time", "Checklist result", "FAILED", "critical step", "points"):
        assert hidden not in summary, hidden  # a second evaluator may be next: nothing of it shows
    bar = screen.reveal_bar  # eve alone may show it to herself, with her PIN
    qtbot.keyClicks(bar.pin_edit, PINS[SAM])
    qtbot.mouseClick(bar.sign_button, Qt.MouseButton.LeftButton)
    assert "PIN is wrong" in screen.choice_message.text() and "FAILED" not in screen.summary.text()
    qtbot.keyClicks(bar.pin_edit, PINS[EVE])
    qtbot.mouseClick(bar.sign_button, Qt.MouseButton.LeftButton)
    summary = screen.summary.text()
    assert "task time 6:52" in summary and "Checklist result: FAILED, 3 of 4 points (75 %)" in summary
    assert "the critical step “Wears PPE” was not done" in summary
    assert "Credential result (needs the written test and the checklist “Mini checklist”): not complete yet" in summary
    outcome = screen.services.evaluation.outcome(screen.exam, CHECKLIST, candidate)
    assert not outcome.passed and outcome.points == 3
    (signed,) = screen.services.evaluation.evaluations(candidate)
    assert signed.notes == {"label": "Dana", "ppe": "no gloves"} and signed.task_seconds == 412
    assert not screen.services.evaluation.has_draft(candidate, CHECKLIST, EVE)  # signed: the draft is gone


def test_wrong_pins_lock_the_evaluator_out(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
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


def test_two_evaluators_differ_and_reconcile(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    assert "A second evaluator may now score" in screen.summary.text()
    assert "PASSED" not in screen.summary.text() and not screen.reconcile_button.isEnabled()
    screen.choose(candidate, CHECKLIST, SAM)
    assert "PASSED" not in screen.summary.text() and "points" not in screen.summary.text()
    form = start(qtbot, screen, candidate, SAM)
    assert [row.mark for row in form.rows] == [None, None, None]  # blind to the first evaluation
    assert "Checklist result" not in screen.summary.text()
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
    deciders = panel.deciders
    assert deciders.who_combo.currentText() == "Eve Evaluator and Sam Second, together"
    assert [label.text() for label in deciders.pin_labels] == ["eve's PIN:", "sam's PIN:"]
    qtbot.keyClicks(deciders.pins[0], PINS[EVE])
    qtbot.mouseClick(deciders.record_button, Qt.MouseButton.LeftButton)
    assert "still open: Labels the system; Applies lockout" in panel.message.text()
    label = panel.differences[0]
    qtbot.mouseClick(label.buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(label.note_edit, "label was applied")
    qtbot.mouseClick(loto.buttons["not_done"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(loto.note_edit, "video shows no try-out")
    qtbot.keyClicks(deciders.pins[0], PINS[EVE])  # sam's PIN is missing: both decide, both sign
    qtbot.mouseClick(deciders.record_button, Qt.MouseButton.LeftButton)
    assert "PIN is wrong" in panel.message.text() and deciders.pins[0].text() == ""
    qtbot.keyClicks(deciders.pins[0], PINS[EVE])
    qtbot.keyClicks(deciders.pins[1], PINS[SAM])
    qtbot.mouseClick(deciders.record_button, Qt.MouseButton.LeftButton)
    summary = screen.summary.text()
    assert "Differences reconciled by eve and sam:" in summary
    assert "Applies lockout: Not done, decided by eve and sam — video shows no try-out" in summary
    assert "Labels the system: Done, decided by eve and sam — label was applied" in summary
    assert "Checklist result: FAILED, 2 of 4 points" in summary and "the critical step “Applies lockout” was not done" in summary
    logged = screen.services.accounts.audit_entries(action_prefix="checklist.")
    assert [e.action for e in logged] == ["checklist.signed", "checklist.signed", "checklist.reconciled"]
    assert logged[-1].details["evaluators"] == [EVE, SAM] and logged[-1].details["decided_by"] == [EVE, SAM]
    (reconciled,) = [e for e in screen.services.evaluation.evaluations(candidate) if e.kind == "reconciled"]
    assert reconciled.evaluator == "eve+sam"


def test_marks_in_progress_are_kept_across_back_and_a_lost_screen(qtbot, evaluator_tab, world) -> None:
    window, screen, candidate = evaluator_tab
    form = start(qtbot, screen, candidate, EVE)
    assert "Back (my marks are kept)" in [b.text().replace("&", "") for b in screen.findChildren(QPushButton)]
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_N)
    qtbot.keyClicks(form.rows[1].note_edit, "no lock")
    qtbot.mouseClick(next(b for b in screen.findChildren(QPushButton) if b.text().startswith("Bac&k (my")),
                     Qt.MouseButton.LeftButton)  # the note still being typed is kept too
    assert "Your marks are kept" in screen.choice_message.text()
    screen.clock.now += 90
    screen.choose(candidate, CHECKLIST, SAM)  # another evaluator: a fresh start, and eve's marks stay hers
    assert not screen.resume_pin.isVisible() and "Start" in screen.start_button.text()
    screen.choose(candidate, CHECKLIST, EVE)
    qtbot.keyClicks(screen.resume_pin, PINS[SAM])  # sam's PIN does not open eve's marks
    qtbot.keyClick(screen.resume_pin, Qt.Key.Key_Return)
    assert "PIN is wrong" in screen.choice_message.text() and screen.stack.currentIndex() == 0
    assert screen.resume_pin.text() == ""
    form = resume(qtbot, screen, candidate, EVE, PINS[EVE])
    assert [row.mark for row in form.rows] == ["done", "not_done", None] and form.rows[1].note() == "no lock"
    assert form.task_seconds() == 90 and "Task time 1:30" in form.timer_label.text()  # the timer went on
    assert window.focusWidget() is form.rows[2]  # where the evaluator left off
    keys(qtbot, window, Qt.Key.Key_A)
    # The station goes down mid-task: the screen is destroyed without Back or a close.
    screen.clock.now += 30
    services, exam, session_id, clock = screen.services, screen.exam, screen.session_id, screen.clock
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not window.isVisible())
    again = EvaluatorScreen(services, exam, session_id, clock)
    qtbot.addWidget(again)
    again.show()
    form = resume(qtbot, again, candidate, EVE, PINS[EVE])
    assert [row.mark for row in form.rows] == ["done", "not_done", "na"] and form.task_seconds() == 120
    sign(qtbot, again, PINS[EVE])
    (signed,) = services.evaluation.evaluations(candidate)
    assert signed.marks == {"ppe": "done", "loto": "not_done", "label": "na"} and signed.task_seconds == 120
    assert signed.notes == {"loto": "no lock"} and not services.evaluation.has_draft(candidate, CHECKLIST, EVE)
    again.close()


def test_back_with_nothing_marked_keeps_nothing(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
    start(qtbot, screen, candidate, EVE)
    assert screen.services.evaluation.has_draft(candidate, CHECKLIST, EVE)  # the timer's start, from the first moment
    screen.back()
    assert "Nothing was marked" in screen.choice_message.text()
    assert not screen.services.evaluation.has_draft(candidate, CHECKLIST, EVE) and not screen.resume_pin.isVisible()


def test_the_same_evaluator_cannot_sign_twice(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    start(qtbot, screen, candidate, EVE)
    keys(qtbot, window, Qt.Key.Key_D, Qt.Key.Key_D, Qt.Key.Key_D)
    sign(qtbot, screen, PINS[EVE])
    assert "already signed an evaluation" in screen.marking_message.text()


def test_evaluator_controls_are_large_touch_targets(qtbot, evaluator_tab) -> None:
    window, screen, candidate = evaluator_tab
    start(qtbot, screen, candidate, EVE)
    qtbot.waitExposed(window)
    controls = [w for kind in (QPushButton, QLineEdit, QComboBox) for w in screen.findChildren(kind)
                if w.isVisible()]
    assert len(controls) >= 15
    small = [(w.accessibleName(), w.height()) for w in controls if w.height() < 44]
    assert small == []
    assert [w for w in controls if not w.accessibleName()] == []
