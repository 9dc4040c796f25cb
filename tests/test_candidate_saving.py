"""What the candidate is told about saving: "Saved" only after the commit, a clear message when
the database refuses the write, and "Saved" again once the kept answer has gone in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.engine_helpers import restrict_writes
from tests.candidate_helpers import click, open_window, start_exam, stored_state

FAILURE = "Not saved yet — tell the proctor; your answer is kept and will be saved automatically."


def go_to(qtbot, window, item_id: str) -> None:
    click(qtbot, window.item_page.grid.buttons[item_id])
    assert window.navigation.current_item == item_id


def fill_last_page(window) -> None:
    """With a page budget, the first writes may still fit in the last free page; use it up, down
    to the last byte a small write could take (an answer's event is smaller than a big filler)."""
    for size in (300, 60, 1):
        for _ in range(200):
            try:
                window.live.incident("filler", "x" * size, by="test")
            except Exception:
                break


@pytest.mark.parametrize("pragma", ["query_only", "max_page_count"])
def test_a_failed_save_is_told_kept_on_screen_and_saved_later(qtbot, delivery_station, pragma: str) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    go_to(qtbot, window, "q-num")
    limit = restrict_writes(delivery_station.db, pragma)
    try:
        if pragma == "max_page_count":
            fill_last_page(window)
        line = window.item_page.answer.line
        click(qtbot, line)
        qtbot.keyClicks(line, "9")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        # Told at once, in words and to assistive technology; the typed answer stays.
        assert window.save_indicator.state == "failed" and window.save_indicator.text() == "⚠ Not saved yet"
        assert window.save_banner.isVisible() and window.save_banner.text() == FAILURE
        assert FAILURE in window.save_banner.accessibleName() and window.save_banner.last_announcement == FAILURE
        assert line.text() == "9" and window.live.pending == {"q-num": "9"}
        window.tick()
        assert window.save_indicator.state == "failed" and window.save_banner.isVisible()  # still failing
        assert "q-num" not in stored_state(delivery_station, window).responses
    finally:
        limit["on"] = False
        delivery_station.db.engine.dispose()
    window.tick()   # saving works again: the kept answer goes in
    assert stored_state(delivery_station, window).responses["q-num"] == "9"
    assert window.save_indicator.state == "saved" and window.save_indicator.text() == "✓ Saved"
    assert window.save_banner.text() == "Saved: your answers are all saved now."
    assert window.save_banner.last_announcement == window.save_banner.text()
    assert line.text() == "9"


def test_typing_shows_saved_only_after_the_commit(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    go_to(qtbot, window, "q-num")
    line = window.item_page.answer.line
    click(qtbot, line)
    qtbot.keyClicks(line, "8.5")
    # Typing: not saved yet, and the screen does not claim it is.
    assert window.save_indicator.state == "saving" and "q-num" not in stored_state(delivery_station, window).responses
    qtbot.waitUntil(lambda: window.save_indicator.state == "saved", timeout=3000)  # after a short pause
    assert stored_state(delivery_station, window).responses["q-num"] == "8.5"


def test_typed_text_is_saved_before_moving_on(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    go_to(qtbot, window, "q-num")
    line = window.item_page.answer.line
    click(qtbot, line)
    qtbot.keyClicks(line, "7")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert stored_state(delivery_station, window).responses["q-num"] == "7"
    assert window.save_indicator.state == "saved"


def test_a_failed_move_out_of_a_closing_section_stays_put(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    first = window.navigation.current_item
    limit = restrict_writes(delivery_station.db, "query_only")
    try:
        click(qtbot, window.item_page.grid.buttons["q-order"])
        click(qtbot, window.confirm.confirm_button)
        assert window.navigation.current_item == first and window.save_indicator.state == "failed"
        assert window.stack.currentWidget() is window.item_page
    finally:
        limit["on"] = False
        delivery_station.db.engine.dispose()
    assert "A1" not in stored_state(delivery_station, window).locked_sections
