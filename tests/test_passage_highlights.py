"""Highlights in a shared passage, driven with real keys and clicks on the candidate window: the
same gestures as a question's text, kept as the stimulus's own `annotated` event, shown on every
question that cites the passage, cleared with one button, and back after the screen died."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.annotations import Annotation
from app.ui.candidate import CandidateWindow
from tests.candidate_helpers import alt, click, media, open_station, open_window, start_exam, stored_state
from tests.passage_helpers import PASSAGE, PASSAGE_EXAM

WORDS = "Zebra-passage: the red terminal is positive and the black terminal is negative."


@pytest.fixture
def passage_station(tmp_path: Path, migrated_station_db: Path):
    station = open_station(tmp_path, migrated_station_db, PASSAGE_EXAM)
    yield station
    station.db.close()


def on_passage_question(qtbot, station, language: str = "en") -> CandidateWindow:
    window = open_window(qtbot, station, language=language)
    start_exam(qtbot, window)
    window.navigation.go_to("q-single", confirmed=True)
    assert window.item_page.passage.isVisible()
    return window


def select_in_passage(qtbot, window: CandidateWindow, start: int, length: int) -> None:
    """Put the focus on the passage and select with Shift and the arrow keys."""
    text = window.item_page.passage.text
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(start):
        qtbot.keyClick(text, Qt.Key.Key_Right)
    for _ in range(length):
        qtbot.keyClick(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def passage_marks(station, window: CandidateWindow) -> Annotation:
    return stored_state(station, window).stimulus_annotations.get(PASSAGE.id, Annotation())


def test_highlight_in_the_passage_by_keyboard_belongs_to_the_passage(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station)
    select_in_passage(qtbot, window, 19, 3)
    assert window.item_page.passage.text.selectedText() == "red"
    alt(qtbot, window, Qt.Key.Key_L)
    assert passage_marks(passage_station, window).highlights == ((19, 22),)
    state = stored_state(passage_station, window)
    assert state.annotations == {}                                   # not the question's marks
    events = passage_station.service.events(window.live.attempt_id)
    assert events[-1].kind == "annotated" and events[-1].data == {"stimulus_id": PASSAGE.id, "highlights": [[19, 22]]}
    passage = window.item_page.passage
    assert "background-color:#ffe066" in passage.text.text() and "text-decoration: underline" in passage.text.text()
    assert passage.text.accessibleDescription() == "Highlighted: “red”."
    assert passage.clear_button.isVisible() and not window.item_page.clear_highlights_button.isVisible()
    select_in_passage(qtbot, window, 20, 1)     # inside the highlight: un-highlights that letter
    alt(qtbot, window, Qt.Key.Key_L)
    assert passage_marks(passage_station, window).highlights == ((19, 20), (21, 22))


def test_passage_marks_show_on_every_question_citing_it_and_clear_everywhere(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station)
    page = window.item_page
    page.passage.text.setFocus()
    page.passage.text.setSelection(0, 5)                 # "Zebra", by the mouse's way: the button takes the focus
    click(qtbot, page.highlight_button)
    window.navigation.go_to("q-multi", confirmed=True)   # cites the same passage: the marks are there
    assert page.passage.isVisible() and page.passage_annotation.highlights == ((0, 5),)
    assert "background-color:#ffe066" in page.passage.text.text() and page.passage.clear_button.isVisible()
    page.stem.setFocus()
    page.stem.setSelection(0, 5)                         # the question's own text still marks the question
    alt(qtbot, window, Qt.Key.Key_L)
    assert stored_state(passage_station, window).annotations["q-multi"].highlights == ((0, 5),)
    assert passage_marks(passage_station, window).highlights == ((0, 5),)
    window.navigation.go_to("q-tf", confirmed=True)      # cites nothing: no passage, nothing to clear
    assert page.passage.isHidden() and page.passage_annotation == Annotation()
    window.navigation.go_to("q-single", confirmed=True)
    assert page.passage_annotation.highlights == ((0, 5),)
    click(qtbot, page.passage.clear_button)
    assert passage_marks(passage_station, window) == Annotation() and page.passage.clear_button.isHidden()
    assert "background-color" not in page.passage.text.text()
    assert stored_state(passage_station, window).annotations["q-multi"].highlights == ((0, 5),)   # untouched
    window.navigation.go_to("q-multi", confirmed=True)
    assert "background-color" not in page.passage.text.text()


def test_highlight_with_nothing_selected_anywhere_changes_nothing(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station)
    events = len(passage_station.service.events(window.live.attempt_id))
    window.item_page.passage.text.setFocus()
    alt(qtbot, window, Qt.Key.Key_L)
    assert len(passage_station.service.events(window.live.attempt_id)) == events


def test_passage_marks_come_back_after_the_screen_died(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station)
    select_in_passage(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    window.navigation.go_to("q-multi", confirmed=True)
    attempt_id = window.live.attempt_id
    window.ticker.stop()   # the screen "dies" here, with no clean close; a new one loads the attempt
    again = CandidateWindow(passage_station.live(attempt_id), media, "Ada Lovelace",
                            passage_station.service.accommodations(attempt_id))
    qtbot.addWidget(again)
    again.show()
    click(qtbot, again.interrupted.continue_button)
    page = again.item_page
    assert again.navigation.current_item == "q-multi"
    assert page.passage_annotation.highlights == ((0, 5),)
    assert "background-color:#ffe066" in page.passage.text.text() and page.passage.clear_button.isVisible()


def test_a_passage_mark_the_database_refused_is_kept_on_screen_and_saved_later(qtbot, passage_station) -> None:
    from tests.engine_helpers import restrict_writes
    window = on_passage_question(qtbot, passage_station)
    limit = restrict_writes(passage_station.db, "query_only")
    try:
        select_in_passage(qtbot, window, 0, 5)
        alt(qtbot, window, Qt.Key.Key_L)
        assert window.save_indicator.state == "failed" and passage_marks(passage_station, window) == Annotation()
        assert window.saver.stimulus_marks == {PASSAGE.id: Annotation(((0, 5),))}
        window.tick()
        window.navigation.go_to("q-multi", confirmed=True)   # the other question shows the unsaved mark too
        assert window.item_page.passage_annotation.highlights == ((0, 5),)
    finally:
        limit["on"] = False
        passage_station.db.engine.dispose()
    window.tick()
    assert passage_marks(passage_station, window).highlights == ((0, 5),) and not window.saver.stimulus_marks
    assert window.save_indicator.state == "saved"


def test_tab_reaches_the_clear_button_and_it_is_a_44_px_target(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station)
    select_in_passage(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    page = window.item_page
    assert page.passage.focusable()[:2] == [page.passage.clear_button, page.passage.text]
    assert page.passage.clear_button.nextInFocusChain() is page.passage.text
    for scale in (100, 200):
        window.set_text_scale(scale)
        button = page.passage.clear_button
        qtbot.waitUntil(button.isVisible)
        assert button.width() >= 44 and button.height() >= 44, scale


def test_the_passage_controls_speak_spanish(qtbot, passage_station) -> None:
    window = on_passage_question(qtbot, passage_station, language="es")
    select_in_passage(qtbot, window, 0, 5)
    alt(qtbot, window, Qt.Key.Key_L)
    passage = window.item_page.passage
    assert passage.clear_button.text() == "Quitar resaltados del pasaje"
    assert passage.text.accessibleDescription() == "Resaltado: “Zebra”."
    window.shutdown()
