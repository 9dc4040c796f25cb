"""Lockdown around a real exam-like window, offscreen: keys, context menus, drops, the
clipboard, closing, the proctor's PIN and leaving the window, all through Qt's own event
delivery (QTest key and mouse events, real windows activated)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.lockdown import LockdownController, LockdownOptions
from app.domain import incidents as p
from app.ui.lockdown.notice import MARGIN

FAST = LockdownOptions(focus_grace_ms=50, reclaim_ms=100, clipboard_poll_ms=100, heartbeat_ms=100,
                       process_recheck_ms=0)
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


class ExamWindow(QWidget):
    """Stands in for the candidate window: item text, an answer field, two shortcuts."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = QLineEdit("Zebra-stem: which valve closes first?", self)
        self.stem.setReadOnly(True)  # item text the candidate can select but not edit
        self.answer = QLineEdit(self)
        self.picture = QLabel("exhibit", self)
        self.picture.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.menus = 0
        self.picture.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        for widget in (self.stem, self.answer, self.picture):
            layout.addWidget(widget)
        self.printed = self.next_pressed = 0
        self._action("Ctrl+P", "printed")
        self._action("Alt+N", "next_pressed")  # the candidate window's "Next question"

    def _action(self, keys: str, counter: str) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda: setattr(self, counter, getattr(self, counter) + 1))
        self.addAction(action)

    def _menu(self, _pos: QPoint) -> None:
        self.menus += 1


@dataclass
class Locked:
    controller: LockdownController
    window: ExamWindow
    incidents: list[tuple[str, dict]] = field(default_factory=list)
    checked: list[tuple[str, str]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.incidents]

    def last(self, kind: str) -> dict:
        return [d for k, d in self.incidents if k == kind][-1]


@pytest.fixture
def window(qtbot) -> ExamWindow:
    QApplication.clipboard().clear()
    exam = ExamWindow()
    qtbot.addWidget(exam)
    exam.show()
    qtbot.waitExposed(exam)
    return exam


def make_locked(window: ExamWindow, options: LockdownOptions = FAST) -> Locked:
    locked = Locked(None, window)  # type: ignore[arg-type]

    def check(user: str, pin: str) -> bool:
        locked.checked.append((user, pin))
        return (user, pin) == ("pat", "2468")

    locked.controller = LockdownController(window, exit_pin_check=check, options=options,
                                           on_incident=lambda kind, d: locked.incidents.append((kind, d)))
    return locked


@pytest.fixture
def locked(window, qtbot) -> Locked:
    state = make_locked(window)
    state.controller.start()
    window.answer.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    yield state
    state.controller.release()


def test_the_window_fills_the_screen_frameless_and_on_top(locked: Locked) -> None:
    screen = QGuiApplication.primaryScreen().geometry()
    assert locked.window.geometry() == screen and locked.window.isFullScreen()
    flags = locked.window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert locked.controller.screens.covers == {}  # offscreen has one screen (Xvfb tests two)
    assert locked.incidents == []  # one screen, nothing forbidden listed: nothing to report


def test_without_lockdown_the_test_window_prints_and_shows_menus(window: ExamWindow, qtbot) -> None:
    # The control for the tests below: these keys and clicks do reach the window normally.
    window.answer.setFocus()
    QTest.keyClick(window.answer, Qt.Key.Key_P, CTRL)
    right_click(window.picture)
    assert window.printed == 1 and window.menus == 1


def test_print_screenshot_and_escape_keys_are_swallowed_and_recorded(locked: Locked) -> None:
    w = locked.window
    QTest.keyClick(w.answer, Qt.Key.Key_P, CTRL)
    QTest.keyClick(w.answer, Qt.Key.Key_Print)
    QTest.keyClick(w.answer, Qt.Key.Key_F4, ALT)
    QTest.keyClick(w.answer, Qt.Key.Key_Tab, ALT)
    assert w.printed == 0
    assert [d["key"] for k, d in locked.incidents if k == p.KEY_BLOCKED] == ["ctrl+P", "Print", "alt+F4", "alt+Tab"]
    assert locked.controller.notice.isVisible() and "Alt+Tab is not available" in locked.controller.notice.text()
    QTest.keyClick(w.answer, Qt.Key.Key_N, ALT)  # the exam's own shortcuts still work
    QTest.keyClicks(w.answer, "valve A")
    assert w.next_pressed == 1 and w.answer.text() == "valve A"


def test_a_release_without_its_press_is_reported_like_windows_printscreen(locked: Locked) -> None:
    QTest.keyRelease(locked.window.answer, Qt.Key.Key_Print)
    assert locked.kinds() == [p.KEY_BLOCKED]


def right_click(widget: QWidget) -> None:
    """Through the window, as the platform delivers it, so Qt makes the context-menu event."""
    window = widget.window().windowHandle()
    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     widget.mapTo(widget.window(), QPoint(3, 3)))


def test_context_menus_are_suppressed(locked: Locked, qtbot) -> None:
    right_click(locked.window.picture)
    right_click(locked.window.answer)  # QLineEdit's own menu offers Copy and Paste
    qtbot.wait(50)
    assert locked.window.menus == 0
    assert QApplication.activePopupWidget() is None


def test_copy_works_inside_the_answer_but_not_from_the_item(locked: Locked) -> None:
    w, clipboard = locked.window, QApplication.clipboard()
    w.stem.setFocus()
    w.stem.selectAll()
    QTest.keyClick(w.stem, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == ""  # item text never reaches the clipboard
    w.answer.setFocus()
    QTest.keyClicks(w.answer, "first draft")
    w.answer.selectAll()
    QTest.keyClick(w.answer, Qt.Key.Key_X, CTRL)
    assert clipboard.text() == "first draft" and w.answer.text() == ""
    QTest.keyClick(w.answer, Qt.Key.Key_V, CTRL)
    QTest.keyClick(w.answer, Qt.Key.Key_V, CTRL)
    assert w.answer.text() == "first draftfirst draft"
    locked.controller.clipboard.check("poll")  # the timer leaves the candidate's own text alone
    assert clipboard.text() == "first draft" and locked.incidents == []


def test_the_clipboard_is_cleared_at_start_and_anything_put_on_it_is_removed(window, qtbot) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("notes from before the exam")
    state = make_locked(window)
    state.controller.start()
    try:
        assert clipboard.text() == "" and state.incidents == []  # cleared, but not an incident
        clipboard.setText("smuggled answer key")  # what another program putting text there looks like
        assert clipboard.text() == ""
        assert state.kinds() == [p.CLIPBOARD_BLOCKED]
        assert state.last(p.CLIPBOARD_BLOCKED)["formats"] == ["text/plain"]
        assert "smuggled" not in repr(state.incidents)  # what was on it is not kept
        assert state.controller.notice.isVisible()
    finally:
        state.controller.release()


def drop_text(widget: QWidget, text: str) -> bool:
    """A drag from another program: no source widget, entering and then dropping."""
    data = QMimeData()
    data.setText(text)
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(QPoint(3, 3), *args))
    drop = QDropEvent(QPointF(3, 3), *args)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_drop_from_another_program_is_refused(locked: Locked) -> None:
    assert not drop_text(locked.window.answer, "dragged in")
    assert locked.window.answer.text() == ""
    locked.controller.release()
    drop_text(locked.window.answer, "dragged in")  # the control: the field takes drops normally
    assert locked.window.answer.text() == "dragged in"


def test_closing_is_refused_and_a_minimised_window_comes_back(locked: Locked, qtbot) -> None:
    assert locked.window.close() is False and locked.window.isVisible()
    locked.window.showMinimized()
    qtbot.waitUntil(lambda: not locked.window.isMinimized() and locked.window.isFullScreen())
    assert locked.window.geometry() == QGuiApplication.primaryScreen().geometry()


def open_exit_dialog(locked: Locked, qtbot):
    QTest.keyClick(locked.window.answer, Qt.Key.Key_E, CTRL | ALT | SHIFT)
    qtbot.waitUntil(lambda: locked.controller._dialog is not None and locked.controller._dialog.isVisible())
    return locked.controller._dialog


def try_pin(dialog, qtbot, user: str, pin: str) -> None:
    dialog.user.setText("")
    QTest.keyClicks(dialog.user, user)
    QTest.keyClicks(dialog.pin, pin)
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_wrong_pins_are_counted_and_the_right_one_unlocks(locked: Locked, qtbot) -> None:
    unlocked = []
    locked.controller.unlocked.connect(lambda: unlocked.append(True))
    dialog = open_exit_dialog(locked, qtbot)
    try_pin(dialog, qtbot, "pat", "1111")
    try_pin(dialog, qtbot, "kim", "2468")
    assert [d["tries"] for k, d in locked.incidents if k == p.EXIT_PIN_WRONG] == [1, 2]
    assert dialog.isVisible() and dialog.pin.text() == "" and "Wrong tries so far: 2." in dialog.message.text()
    assert locked.controller.active and locked.window.isVisible()
    try_pin(dialog, qtbot, "pat", "2468")
    assert locked.checked == [("pat", "1111"), ("kim", "2468"), ("pat", "2468")]
    assert locked.last(p.EXIT_UNLOCKED) | {"at": None} == {"at": None, "description": "the proctor ended lockdown",
                                                           "proctor": "pat", "wrong_tries": 2}
    assert "1111" not in repr(locked.incidents) and "2468" not in repr(locked.incidents)  # PINs never recorded
    assert unlocked == [True] and locked.controller.is_unlocked and not locked.window.isVisible()


def test_the_exit_dialog_never_holds_a_proctor_name_for_the_candidate(locked: Locked, qtbot) -> None:
    # A name left in the field would let a candidate lock that proctor out with five PINs.
    import dataclasses
    assert "proctor_hint" not in {f.name for f in dataclasses.fields(LockdownOptions)}
    dialog = open_exit_dialog(locked, qtbot)
    assert dialog.user.text() == "" and dialog.user.hasFocus()
    try_pin(dialog, qtbot, "pat", "1111")
    assert dialog.isVisible() and dialog.user.text() == "" and dialog.pin.text() == ""
    QTest.keyClicks(dialog.pin, "2222")  # a candidate trying PINs alone...
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert locked.checked == [("pat", "1111"), ("", "2222")]  # ...names no account, so locks none
    assert dialog.user.text() == ""


def test_the_exit_action_opens_the_dialog_and_cancel_stays_locked(locked: Locked, qtbot) -> None:
    assert locked.controller.exit_action.text() == "Exit (proctor)"
    locked.controller.exit_action.trigger()
    dialog = locked.controller._dialog
    assert dialog.isVisible() and dialog.pin.accessibleName() == "Proctor PIN"
    QTest.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: locked.controller._dialog is None)
    assert locked.controller.active and locked.window.close() is False


def test_a_pin_check_that_fails_never_unlocks(window, qtbot) -> None:
    def broken(_user: str, _pin: str) -> bool:
        raise RuntimeError("database is locked")

    controller = LockdownController(window, exit_pin_check=broken, on_incident=lambda *_: None, options=FAST)
    controller.start()
    try:
        controller.request_exit()
        try_pin(controller._dialog, qtbot, "pat", "2468")
        assert controller.active and controller.wrong_pins == 1
    finally:
        controller.release()


def test_leaving_for_a_staff_window_is_recorded_and_taken_back_without_alarming_the_candidate(
        locked: Locked, qtbot) -> None:
    other = QWidget()  # another window of this station: the proctor's console, which the proctor used
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: p.FOCUS_RETURNED in locked.kinds(), timeout=3000)
    lost, back = locked.last(p.FOCUS_LOST), locked.last(p.FOCUS_RETURNED)
    assert lost["reason"] == "other_window" and lost["staff_window"] is True
    assert lost["at"] <= back["at"] and back["away_ms"] >= 0
    assert locked.kinds().count(p.FOCUS_LOST) == 1 and locked.window.isActiveWindow()
    assert not locked.controller.notice.isVisible() and locked.controller.notice.text() == ""


def test_leaving_for_another_program_is_shown_to_the_candidate(locked: Locked, qtbot) -> None:
    locked.controller._focus_lost(time.time() - 3, "application_inactive")   # as the focus watcher reports it
    locked.controller._focus_back(time.time(), 3000)
    notice = locked.controller.notice
    assert notice.isVisible() and "You left the exam window" in notice.text()
    assert "lost focus" in notice.text() and "staff_window" not in locked.last(p.FOCUS_LOST)
    assert notice.dismiss.accessibleName() and notice.accessibleDescription() == notice.text()
    # floating (this window has no place for notices): at the bottom, clear of the title and time
    assert notice.geometry().bottom() >= locked.window.height() - 2 * MARGIN


def test_the_exams_own_dialogs_are_not_leaving(locked: Locked, qtbot) -> None:
    locked.controller.request_exit()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is locked.controller._dialog.windowHandle())
    qtbot.wait(200)  # well past the grace period
    assert p.FOCUS_LOST not in locked.kinds()


def test_a_failed_report_is_kept_and_delivered_later_in_order(window, qtbot) -> None:
    stored, failing = [], [True]

    def record(kind: str, details: dict) -> None:
        if failing[0]:
            raise OSError("database is locked")
        stored.append(kind)

    controller = LockdownController(window, exit_pin_check=lambda *_: False, on_incident=record, options=FAST)
    controller.start()
    try:
        QTest.keyClick(window.answer, Qt.Key.Key_Print)
        QApplication.clipboard().setText("x")
        assert stored == []
        failing[0] = False
        qtbot.waitUntil(lambda: stored == [p.KEY_BLOCKED, p.CLIPBOARD_BLOCKED])
    finally:
        controller.release()


def test_release_gives_everything_back(locked: Locked) -> None:
    locked.controller.release()
    w = locked.window
    QTest.keyClick(w.answer, Qt.Key.Key_P, CTRL)
    QApplication.clipboard().setText("after the exam")
    assert w.printed == 1 and QApplication.clipboard().text() == "after the exam"
    assert not locked.controller.active and w.close() is True
