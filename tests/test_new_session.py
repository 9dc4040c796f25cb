"""After a session ends the proctor starts the next one without restarting the station: a
confirmation, then back to opening a package, and the second session is a session of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import World
from tests.staff_ui import check_in, open_package, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def end(qtbot, session) -> None:
    click(qtbot, session.end_button)
    click(qtbot, session.end_dialog.end_button)
    assert "has ended" in session.message.text()


def test_a_new_session_after_the_end_goes_back_to_opening_a_package(qtbot, world: World) -> None:
    window, first = session_window(qtbot, world)
    assert not first.new_button.isVisible()   # only an ended session makes way for a new one
    attempt_id = check_in(qtbot, first, "C-001", "Ada Lovelace", seat="1")
    first.services.proctoring.void(attempt_id, first.exam, "left before starting", by="pat")
    end(qtbot, first)
    click(qtbot, first.new_button)
    dialog = first.new_dialog
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "not exported yet" in text and dialog.stay_button.isDefault()
    qtbot.keyClick(dialog.stay_button, Qt.Key.Key_Return)   # Enter stays: nothing changes
    assert first.new_dialog is None and window.session_screen is first

    click(qtbot, first.new_button)
    click(qtbot, first.new_dialog.new_button)
    assert window.session_screen is None and window.stack.currentWidget() is window.start_screen
    assert window.start_screen.code_edit.text() == "" and "next exam package" in window.statusBar().currentMessage()
    assert not first.console.timer.isActive()

    open_package(qtbot, window)
    second = window.session_screen
    assert second is not None and second is not first and second.session_id != first.session_id
    assert second.end_button.isEnabled() and second.check_in.isEnabled() and not second.new_button.isVisible()
    assert check_in(qtbot, second, "C-002", "Grace Hopper", seat="2")
    assert [c.name for c in second.services.delivery.candidates(second.session_id)] == ["Grace Hopper"]
    actions = [e.action for e in second.services.accounts.audit_entries(action_prefix="session.")]
    assert actions == ["session.started", "session.ended", "session.closed", "session.started"]


def test_new_session_does_nothing_while_the_session_runs(qtbot, world: World) -> None:
    window, session = session_window(qtbot, world)
    session.ask_new_session()
    assert session.new_dialog is None and window.session_screen is session
