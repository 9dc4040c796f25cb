"""The body's Marking tab, driven like a person would: sign in, mark a queue from the keyboard,
a blind second marker, an adjudicator settling the differences, the agreement table.
Screenshots go to docs/screens/body/ when asked (MARKING_SCREENSHOTS=1)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.results import ResultsRepository
from app.ui.admin.marking_response import TARGET
from app.ui.admin.results_window import ResultsWindow
from app.ui.widgets.theme import Theme, apply_theme
from tests.conftest import World
from tests.marking_helpers import Sitting, import_sittings

PASSWORD = "marking-password-1"
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screens" / "body"
ANSWERS = ["Reverse polarity drives current backwards through the inverter and can destroy it.",
           "Sparks.", "Wrong polarity makes the cables overheat; check it with a meter before connecting."]


def _shot(widget, name: str, tmp_path: Path) -> None:
    target = SHOTS / name if os.environ.get("MARKING_SCREENSHOTS") else tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()   # what a person would see: the layout requests handled
    assert widget.grab().save(str(target))


def _sign_in(qtbot, tab, username: str) -> None:
    if tab.account is not None:
        qtbot.mouseClick(tab.sign_out_button, Qt.MouseButton.LeftButton)
    tab.user_edit.clear()
    qtbot.keyClicks(tab.user_edit, username)
    qtbot.keyClicks(tab.password_edit, PASSWORD)
    qtbot.keyClick(tab.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.account is not None and not tab.busy and tab.queue_table.rowCount() > 0,
                    timeout=30000)


def _start(qtbot, tab, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.panel.current is not None, timeout=30000)


def _mark_by_keyboard(qtbot, tab, points: int, where=None) -> str:
    """Mark what is showing with a digit and Enter, typed into `where` (default the panel; keys
    reach the panel from its parts); the answer that was marked."""
    answer = tab.panel.answer.toPlainText()
    target = where() if where else tab.panel
    qtbot.keyClick(target, str(points))
    assert tab.panel.chosen_points() == points
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    assert "Saved" in tab.panel.message.text(), tab.panel.message.text()
    return answer


def test_mark_a_queue_by_keyboard_blind_second_marking_and_adjudication(qtbot, world: World, tmp_path) -> None:
    sittings = [Sitting(a) for a in ANSWERS] + [Sitting("  "), Sitting("Voided answer", voided=True)]
    import_sittings(world, sittings, {"double_marking": "all", "tolerance": 0})
    body = world.body
    for user, role in (("ann", "marker"), ("bo", "marker"), ("cy", "adjudicator")):
        body.marking.add_marker(user, user.title() + " Reader", role, PASSWORD)
    window = ResultsWindow(body)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    tab = window.marking_tab
    window.tabs.setCurrentWidget(tab)
    assert not tab.panel.save_button.isEnabled() and "Sign in" in tab.panel.position.text()

    _sign_in(qtbot, tab, "ann")
    assert tab.queue_table.item(0, 3).text() == "3"          # the blank and the voided answer are not there
    assert not tab.adjudicate_button.isVisible()
    _start(qtbot, tab, tab.start_button)
    assert "explain why polarity matters" in tab.panel.question.toPlainText()
    buttons = tab.panel.point_group.buttons()
    assert len(buttons) == 4 and all(b.height() >= TARGET for b in buttons)
    assert all(b.accessibleName().startswith("Score ") for b in buttons)
    shown = " ".join([tab.panel.position.text(), tab.panel.question.toPlainText(), tab.panel.answer.toPlainText(),
                      tab.panel.rubric_text.text(), *(b.accessibleName() for b in buttons)])
    for secret in ("Secret Name", "M00", "Center One"):
        assert secret not in shown
    _shot(window, "marking-first.png", tmp_path)

    qtbot.keyClick(tab.panel, Qt.Key.Key_Return)   # nothing picked yet: refused, stays
    assert "Pick a score point first" in tab.panel.message.text()
    ann = {}
    places = (None, lambda: tab.panel.answer, lambda: tab.panel.point_group.button(0))   # wherever focus is
    for points, where in zip((2, 3, 1), places, strict=True):
        ann[_mark_by_keyboard(qtbot, tab, points, where)] = points
    qtbot.waitUntil(lambda: not tab.busy and tab.panel.current is None, timeout=30000)
    assert "Nothing on this question waits for your mark" in tab.panel.position.text()
    assert set(ann) == set(ANSWERS)

    _sign_in(qtbot, tab, "bo")
    assert tab.queue_table.item(0, 4).text() == "3" and tab.panel.message.text() == ""
    _start(qtbot, tab, tab.start_button)
    assert "second mark, blind" in tab.panel.position.text() and not tab.panel.earlier.isVisible()
    _shot(window, "marking-second-blind.png", tmp_path)
    bo = {}
    for _ in range(3):
        answer = tab.panel.answer.toPlainText()
        points = ann[answer] if answer == ANSWERS[0] else (ann[answer] + 2) % 4   # agree once, differ twice
        bo[_mark_by_keyboard(qtbot, tab, points)] = points

    _sign_in(qtbot, tab, "cy")
    assert tab.adjudicate_button.isVisible() and tab.queue_table.item(0, 5).text() == "2"
    _start(qtbot, tab, tab.adjudicate_button)
    assert "adjudication" in tab.panel.position.text() and tab.panel.earlier.isVisible()
    shown = tab.panel.answer.toPlainText()
    assert f"gave: {ann[shown]:g} point" in tab.panel.earlier.text() and f"; {bo[shown]:g} point" in tab.panel.earlier.text()
    _shot(window, "marking-adjudication.png", tmp_path)
    _mark_by_keyboard(qtbot, tab, 2)
    assert "final score is 2 points" in tab.panel.message.text()
    assert tab.panel.point_group.button(1).text() == "1 point (key 1)"
    assert tab.panel.point_group.button(1).accessibleName() == "Score 1 point: Names one risk"
    _mark_by_keyboard(qtbot, tab, 1)
    qtbot.waitUntil(lambda: not tab.busy and tab.panel.current is None, timeout=30000)

    repo = ResultsRepository(body.station.db)
    scores = {a.attempt_id: repo.manual_scores(a.attempt_id) for a in repo.attempts() if a.state != "voided"}
    assert sorted(s["q-manual"] for s in scores.values()) == sorted([0.0, ann[ANSWERS[0]], 2, 1])
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    assert tab.queue_table.rowCount() == 0 and "Nothing is waiting" in tab.summary.text()
    assert tab.items_table.rowCount() == 1 and tab.items_table.item(0, 2).text() == "3"
    assert tab.items_table.item(0, 3).text() == "33%"
    assert tab.markers_table.rowCount() == 2
    tab.findChild(type(window.tabs)).setCurrentIndex(1)
    _shot(window, "marking-agreement.png", tmp_path)


def test_the_marking_screen_at_200_percent_in_high_contrast(qtbot, world: World, tmp_path) -> None:
    import_sittings(world, [Sitting(ANSWERS[2])], None)
    world.body.marking.add_marker("ann", "Ann Reader", "marker", PASSWORD)
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    apply_theme(window, Theme(200, high_contrast=True))
    window.resize(1600, 1100)
    window.show()
    tab = window.marking_tab
    window.tabs.setCurrentWidget(tab)
    _sign_in(qtbot, tab, "ann")
    _start(qtbot, tab, tab.start_button)
    _shot(window, "marking-200-high-contrast.png", tmp_path)
    buttons = tab.panel.point_group.buttons()
    assert all(b.height() >= max(TARGET, b.sizeHint().height()) and b.sizeHint().width() <= b.width()
               for b in buttons), [(b.height(), b.sizeHint(), b.width()) for b in buttons]   # nothing cut off


def test_a_wrong_password_or_a_proctor_cannot_mark(qtbot, world: World) -> None:
    import_sittings(world, [Sitting(ANSWERS[0])], None)
    world.body.accounts.create("pat", "Pat Proctor", "proctor", PASSWORD)
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.show()
    tab = window.marking_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.user_edit, "pat")
    qtbot.keyClicks(tab.password_edit, PASSWORD)
    qtbot.mouseClick(tab.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and "not a marker" in tab.who.text(), timeout=30000)
    assert tab.account is None and tab.queue_table.rowCount() == 0 and not tab.panel.save_button.isEnabled()
