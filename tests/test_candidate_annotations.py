"""The candidate's highlighter and answer strike-out, driven with real keys and clicks: each
mark is an event of the attempt as soon as it is made, comes back when the attempt is opened
again after the screen died, and never changes the score."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.annotations import Annotation
from app.ui.candidate import CandidateWindow
from app.ui.candidate.highlights import HighlightedText
from tests.engine_helpers import restrict_writes
from tests.candidate_helpers import alt, click, media, open_window, start_exam, stored_state

STEM = "Zebra-stem-single: which terminal is negative?"


def on_single_choice(qtbot, station) -> CandidateWindow:
    window = open_window(qtbot, station)
    start_exam(qtbot, window)
    window.navigation.go_to("q-single", confirmed=True)
    assert window.navigation.current_item == "q-single"
    return window


def select_by_keyboard(qtbot, window: CandidateWindow, start: int, length: int) -> None:
    """Put the focus on the question's text and select with Shift and the arrow keys."""
    stem = window.item_page.stem
    stem.setFocus()
    qtbot.keyClick(stem, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(start):
        qtbot.keyClick(stem, Qt.Key.Key_Right)
    for _ in range(length):
        qtbot.keyClick(stem, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def right_click(qtbot, widget) -> None:
    """A right-click through the window, as the platform delivers it (it becomes a context-menu request)."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)


def marks(station, window: CandidateWindow, item_id: str = "q-single") -> Annotation:
    return stored_state(station, window).annotations.get(item_id, Annotation())


def option(window: CandidateWindow, option_id: str) -> int:
    return window.item_page.answer.option_ids.index(option_id)


def test_highlight_by_keyboard_is_kept_and_highlighting_again_removes_it(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    select_by_keyboard(qtbot, window, 6, 4)
    assert window.item_page.stem.selectedText() == "stem"
    alt(qtbot, window, Qt.Key.Key_L)
    assert marks(delivery_station, window).highlights == ((6, 10),)
    stem = window.item_page.stem
    assert "background-color:#ffe066" in stem.text() and "text-decoration: underline" in stem.text()
    assert stem.accessibleDescription() == f"{STEM} Highlighted: “stem”."
    assert window.item_page.clear_highlights_button.isVisible()
    select_by_keyboard(qtbot, window, 7, 2)       # inside the highlight: un-highlights those letters
    alt(qtbot, window, Qt.Key.Key_L)
    assert marks(delivery_station, window).highlights == ((6, 7), (9, 10))


def test_highlight_with_the_mouse_button_and_clear_them_all(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    page = window.item_page
    page.stem.setFocus()
    page.stem.setSelection(19, 5)                  # "which"
    click(qtbot, page.highlight_button)            # the click takes the focus: the selection is kept
    page.stem.setFocus()
    page.stem.setSelection(0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    assert marks(delivery_station, window).highlights == ((0, 5), (19, 24))
    click(qtbot, page.clear_highlights_button)
    assert marks(delivery_station, window) == Annotation() and page.clear_highlights_button.isHidden()
    assert "background-color" not in page.stem.text()


def test_highlight_without_a_selection_changes_nothing(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    events = len(delivery_station.service.events(window.live.attempt_id))
    window.item_page.stem.setFocus()
    alt(qtbot, window, Qt.Key.Key_L)
    assert len(delivery_station.service.events(window.live.attempt_id)) == events


def test_strike_out_by_key_right_click_and_button_and_still_choose_it(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    answer = window.item_page.answer
    black = option(window, "b")
    answer.buttons[black].setFocus()
    alt(qtbot, window, Qt.Key.Key_X)
    assert marks(delivery_station, window).struck == {"b"}
    row = answer.strikes.rows["b"]
    assert row.strike.text() == "Restore" and row.strike.accessibleName() == "Restore"
    assert row.choice.accessibleName().endswith("(struck out)") and row.text.font().strikeOut()
    assert row.text.property("struck") == "true"
    click(qtbot, answer.buttons[black])            # a struck option can still be chosen, and stays struck
    assert stored_state(delivery_station, window).responses["q-single"] == "b"
    assert marks(delivery_station, window).struck == {"b"}
    right_click(qtbot, answer.strikes.rows["a"].text)
    assert marks(delivery_station, window).struck == {"a", "b"}
    right_click(qtbot, answer.buttons[option(window, "a")])
    assert marks(delivery_station, window).struck == {"b"}
    click(qtbot, answer.strikes.rows["b"].strike)
    assert marks(delivery_station, window) == Annotation()
    assert answer.strikes.rows["b"].strike.text() == "Strike out" and not row.text.font().strikeOut()


def test_strike_out_needs_an_option_in_focus(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    events = len(delivery_station.service.events(window.live.attempt_id))
    window.item_page.stem.setFocus()
    alt(qtbot, window, Qt.Key.Key_X)
    assert len(delivery_station.service.events(window.live.attempt_id)) == events


def test_marks_come_back_after_the_screen_died(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    select_by_keyboard(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    answer = window.item_page.answer
    answer.buttons[option(window, "a")].setFocus()
    alt(qtbot, window, Qt.Key.Key_X)
    click(qtbot, answer.buttons[option(window, "b")])
    window.navigation.go_to("q-multi", confirmed=True)
    window.item_page.answer.boxes[window.item_page.answer.option_ids.index("c")].setFocus()
    alt(qtbot, window, Qt.Key.Key_X)
    attempt_id = window.live.attempt_id
    window.ticker.stop()   # the screen "dies" here, with no clean close; a new one loads the attempt
    again = CandidateWindow(delivery_station.live(attempt_id), media, "Ada Lovelace",
                            delivery_station.service.accommodations(attempt_id))
    qtbot.addWidget(again)
    again.show()
    click(qtbot, again.interrupted.continue_button)
    assert again.navigation.current_item == "q-multi"
    assert again.item_page.answer.strikes.struck == {"c"}
    again.navigation.go_to("q-single", confirmed=True)
    page = again.item_page
    assert page.annotation == Annotation(((0, 5),), frozenset({"a"}))
    assert page.answer.strikes.struck == {"a"} and page.answer.strikes.rows["a"].text.font().strikeOut()
    assert "background-color:#ffe066" in page.stem.text() and page.clear_highlights_button.isVisible()
    assert stored_state(delivery_station, again).responses == {"q-single": "b"}   # marks are not answers


def test_marks_follow_the_high_contrast_theme(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    select_by_keyboard(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    alt(qtbot, window, Qt.Key.Key_H)
    text = window.item_page.stem.text()
    assert "background-color:#7dff7d" in text and "text-decoration: underline" in text


def test_no_marks_after_submission(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    window.submit()
    events = len(delivery_station.service.events(window.live.attempt_id))
    window.item_page.highlight_selection()
    window.item_page.strike_focused()
    window.saver.save_marks("q-single", Annotation(((0, 3),)))
    assert len(delivery_station.service.events(window.live.attempt_id)) == events and not window.saver.marks


def test_marking_controls_are_44_px_targets_at_every_text_size(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    select_by_keyboard(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    for scale in (100, 200):
        window.set_text_scale(scale)
        page = window.item_page
        targets = [page.highlight_button, page.clear_highlights_button]
        targets += [row.strike for row in page.answer.strikes.rows.values()]
        qtbot.waitUntil(lambda shown=targets: all(t.isVisible() for t in shown))
        small = [(t.text(), t.width(), t.height()) for t in targets if t.width() < 44 or t.height() < 44]
        assert small == [], scale


def test_a_mark_the_database_refused_is_told_kept_on_screen_and_saved_later(qtbot, delivery_station) -> None:
    window = on_single_choice(qtbot, delivery_station)
    answer = window.item_page.answer
    limit = restrict_writes(delivery_station.db, "query_only")
    try:
        answer.buttons[option(window, "a")].setFocus()
        alt(qtbot, window, Qt.Key.Key_X)
        assert window.save_indicator.state == "failed" and window.save_banner.isVisible()
        assert marks(delivery_station, window) == Annotation()
        assert window.saver.marks == {"q-single": Annotation(struck=frozenset({"a"}))}
        window.tick()
        window.navigation.show_item("q-single")   # the question shown again (as after a pause) keeps the mark
        assert window.item_page.answer.strikes.struck == {"a"}
    finally:
        limit["on"] = False
        delivery_station.db.engine.dispose()
    window.tick()   # saving works again: the kept mark goes in
    assert marks(delivery_station, window).struck == {"a"} and not window.saver.marks
    assert window.save_indicator.state == "saved"


def test_a_formatted_question_keeps_its_positions_when_highlighted(qtbot) -> None:
    """A formatted stem (bold, a table) is highlighted where the candidate selected, and selecting
    the same positions again after drawing the marker finds the same words."""
    stem = HighlightedText("stem")
    qtbot.addWidget(stem)
    stem.show_text("<p>Read <b>the table</b>:</p><table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
                   "<p>Which cell is <i>second</i>?</p>", True, "Read the table")
    stem.show()
    words = {}
    for text in ("the table", "Cell two", "second"):
        start = stem._document().toPlainText().index(text)
        stem.setSelection(start, len(text))
        words[stem.selection()] = stem.selectedText()
    stem.show_highlights(tuple(sorted(words)))
    assert stem.text().count("background-color:#ffe066") == 3 and "<table" in stem.text()
    for (start, end), text in words.items():
        stem.setSelection(start, end - start)
        assert stem.selectedText() == text
    assert stem.accessibleDescription() == "Read the table Highlighted: “the table”, “Cell two”, “second”."


def test_the_marking_controls_speak_spanish(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, language="es")
    start_exam(qtbot, window)
    window.navigation.go_to("q-single", confirmed=True)
    page = window.item_page
    assert page.highlight_button.text() == "Resaltar"
    row = next(iter(page.answer.strikes.rows.values()))
    assert row.strike.text() == "Tachar"
    click(qtbot, row.strike)
    assert row.strike.text() == "Restablecer" and row.choice.accessibleName().endswith("(tachada)")
    window.shutdown()
