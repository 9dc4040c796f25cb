"""The candidate's tools with the sample exam (it allows the scientific calculator and cites
its exhibits in question text), driven with keys and clicks on the real delivery engine: the
calculator, its dock beside the question, matching side by side, and the exhibits opening at
the cited one and fitting the panel."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.progress import INCOMPLETE, response_status
from app.ui.candidate.responses.matching import MatchingAnswer
from app.ui.candidate.scientific import ScientificCalculator
from app.ui.widgets.image_viewer import MAX_ZOOM, MIN_ZOOM, filling_zoom
from tests.candidate_helpers import SAMPLE_EXAM as EXAM
from tests.candidate_helpers import alt, click, settle


def keys(qtbot, calculator: ScientificCalculator, *commands: str) -> None:
    for command in commands:
        click(qtbot, calculator.keys[command])


def citing(text: str) -> str:
    return next(i.id for i in EXAM.items if text in i.stem)


def test_the_scientific_calculator_from_the_keyboard(qtbot, sample) -> None:
    window = sample.window(qtbot)
    alt(qtbot, window, Qt.Key.Key_C)
    calculator = window.tool_panel.calculator
    assert isinstance(calculator, ScientificCalculator) and window.focusWidget() is calculator.entry
    qtbot.keyClicks(calculator.entry, "2*(3+4)^2")
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Return)
    assert calculator.entry.text() == "98" and calculator.result.text() == "2*(3+4)^2 = 98"
    qtbot.keyClicks(calculator.entry, "/4=")          # goes on from the result; = gives it too
    assert calculator.entry.text() == "24.5"
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Escape)
    qtbot.keyClicks(calculator.entry, "sin(30)+1,5")   # a decimal comma, as in Spanish
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Enter)
    assert calculator.entry.text() == "2"
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Escape)
    qtbot.keyClicks(calculator.entry, "1/(2-2)")
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Return)
    assert calculator.result.text() == "Error: division by zero."
    assert calculator.entry.text() == "1/(2-2)"        # kept, to be corrected
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Backspace)
    qtbot.keyClicks(calculator.entry, "+3)")
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Return)
    assert calculator.entry.text() == "0.333333333333"
    qtbot.keyClicks(calculator.entry, "((")
    qtbot.keyClick(calculator.entry, Qt.Key.Key_Return)
    assert calculator.result.text().startswith("Error: this calculation cannot be read")
    assert [calculator.history.item(i).text() for i in range(calculator.history.count())] == [
        "1/(2-2+3) = 0.333333333333", "sin(30)+1,5 = 2", "98/4 = 24.5", "2*(3+4)^2 = 98"]
    alt(qtbot, window, Qt.Key.Key_C)
    assert not window.tool_panel.isVisible()


def test_the_scientific_keys_memory_and_last_results(qtbot, sample) -> None:
    window = sample.window(qtbot)
    click(qtbot, window.toolbar.calculator_button)
    calculator = window.tool_panel.calculator
    keys(qtbot, calculator, "sin(", "3", "0", ")", "×", "4", "=")
    assert calculator.entry.text() == "2"
    keys(qtbot, calculator, "clear", "rad", "cos(", "π", ")", "=")
    assert calculator.entry.text() == "-1"
    keys(qtbot, calculator, "clear", "asin(", "1", ")", "=")
    assert calculator.entry.text() == format(math.pi / 2, ".12g")
    keys(qtbot, calculator, "deg", "clear", "atan(", "1", ")", "=")
    assert calculator.entry.text() == "45"
    keys(qtbot, calculator, "clear", "log(", "1", "0", "0", "0", ")", "+", "ln(", "e", ")", "=")
    assert calculator.entry.text() == "4"
    keys(qtbot, calculator, "clear", "2", "^", "1", "0", "−", "3", "^2", "+", "√(", "8", "1", ")", "+", "cbrt(",
         "2", "7", ")", "=")
    assert calculator.entry.text() == str(1024 - 9 + 9 + 3)
    keys(qtbot, calculator, "clear", "7", "m+", "m+", "clear", "3", "m-", "clear", "mr", "÷", "2", "=")
    assert calculator.entry.text() == "5.5" and calculator.memory_label.text() == "M = 11"
    keys(qtbot, calculator, "clear", "ans", "×", "2", "=")
    assert calculator.entry.text() == "11"
    keys(qtbot, calculator, "mc", "clear", "mr")
    assert calculator.entry.text() == "0" and calculator.memory_label.text() == ""
    keys(qtbot, calculator, "back", "(", "1", "back", "2", ")", "=")
    assert calculator.entry.text() == "2"
    calculator.history.setCurrentRow(2)
    qtbot.keyClick(calculator.history, Qt.Key.Key_Return)   # an earlier result back into the line
    assert calculator.entry.text() == "25.5"


def test_the_calculator_is_a_compact_dock_beside_the_question_on_either_side(qtbot, sample) -> None:
    for scale in (100, 200):
        window = sample.window(qtbot, scale=scale)
        click(qtbot, window.toolbar.calculator_button)
        settle(qtbot)
        panel, question = window.tool_panel, window.stack
        assert panel.width() < window.width() * 0.45 and panel.geometry().left() > question.geometry().right()
        for key in panel.calculator.keys.values():   # no face squeezed, every key 44 px or more
            assert key.width() >= max(44, key.sizeHint().width() - 1) and key.height() >= 44, key.text()
        assert panel.scroll_area.horizontalScrollBar().maximum() == 0
        click(qtbot, window.toolbar.side_button)
        settle(qtbot)
        assert panel.geometry().right() < question.geometry().left()
        assert window.toolbar.side_button.text() == "Tools on the right"
        click(qtbot, window.toolbar.side_button)
        settle(qtbot)
        assert panel.geometry().left() > question.geometry().right()
        window.close()


def matching_item(window) -> str:
    return next(i for i in window.plan.item_ids if EXAM.item(i).type == "matching")


def test_matching_side_by_side_by_keyboard_saves_the_answer_as_before(qtbot, sample) -> None:
    window = sample.window(qtbot)
    item_id = matching_item(window)
    window.navigation.go_to(item_id, confirmed=True)
    settle(qtbot)
    item, widget = EXAM.item(item_id), window.item_page.answer
    assert isinstance(widget, MatchingAnswer)
    for premise in item.premises[:2]:   # two terms: the question is only partly answered
        row = widget.rows[premise.id]
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is row.tab_stop()
        qtbot.keyClicks(window.focusWidget(), widget.letters[widget.choice_ids.index(item.key[premise.id])].lower())
    partly = window.live.state.responses[item_id]
    assert partly == {p.id: item.key[p.id] for p in item.premises[:2]}
    assert response_status(item, partly) == INCOMPLETE
    for premise in item.premises[2:]:   # the rest with the arrows and Space
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        row = widget.rows[premise.id]
        for _ in range(widget.choice_ids.index(item.key[premise.id])):
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
        assert row.choice == widget.choice_ids.index(item.key[premise.id])
    assert window.live.state.responses[item_id] == dict(item.key)   # the stored shape of before
    window.navigation.go_next()
    window.navigation.go_to(item_id)
    shown = window.item_page.answer
    assert shown.response() == dict(item.key)   # shown again as saved
    first = shown.rows[item.premises[0].id]
    click(qtbot, first.buttons[first.choice])   # with the mouse: the same letter again undoes it
    assert item.premises[0].id not in window.live.state.responses[item_id]
    for row in shown.rows.values():   # every definition is on screen, none in a closed list
        assert all(button.isVisible() for button in row.buttons)


def test_exhibits_open_at_the_cited_one_and_follow_the_question(qtbot, sample) -> None:
    window = sample.window(qtbot, size=(1600, 1000))
    panel = window.tool_panel
    window.navigation.go_to(citing("Exhibit 2"), confirmed=True)
    alt(qtbot, window, Qt.Key.Key_E)
    assert panel.exhibit_choice.currentIndex() == 1
    assert panel.exhibit_view.scroll_area.accessibleName().startswith("Exhibit: Exhibit 2")
    uncited = next(i for i in window.plan.item_ids if "Exhibit" not in EXAM.item(i).stem)
    window.navigation.go_to(uncited, confirmed=True)
    assert panel.exhibit_choice.currentIndex() == 1   # a question citing none leaves it where it was
    window.navigation.go_to(citing("Exhibit 1"), confirmed=True)
    assert panel.exhibit_choice.currentIndex() == 0


def fills(view) -> float:
    """How much of the exhibit panel's width the image takes (1.0: all of it), after checking
    it is not wider than the panel and, when it is shown whole, not taller either."""
    room, picture = view.scroll_area.viewport().size(), view.picture.pixmap().size()
    assert picture.width() <= room.width()
    if not view.scroll_area.verticalScrollBar().isVisible():
        assert picture.height() <= room.height()
    return picture.width() / room.width()


def test_fit_fills_the_panel_and_follows_its_size_until_the_candidate_zooms(qtbot, sample) -> None:
    window = sample.window(qtbot, size=(1000, 700))
    alt(qtbot, window, Qt.Key.Key_E)
    settle(qtbot)
    view = window.tool_panel.exhibit_view
    assert fills(view) >= 0.97
    small = view.zoom
    window.resize(1600, 1000)
    settle(qtbot)
    assert view.zoom > small and fills(view) >= 0.97
    fitted = view.zoom
    qtbot.keyClick(view.scroll_area, Qt.Key.Key_Plus)
    assert view.zoom > fitted and view.controls.level.text() == f"{round(view.zoom * 100)} %"
    zoomed = view.zoom
    window.resize(1100, 760)
    settle(qtbot)
    assert view.zoom == zoomed   # zoomed by hand: a resize keeps it
    qtbot.keyClick(view.scroll_area, Qt.Key.Key_Minus)
    qtbot.keyClick(view.scroll_area, Qt.Key.Key_0)   # Fit again, from the keyboard
    settle(qtbot)
    assert view.zoom < zoomed and fills(view) >= 0.97


@pytest.mark.parametrize("size, scale, language", [((1280, 800), 200, "es"), ((1000, 700), 100, "en"),
                                                   ((1280, 800), 100, "en"), ((1600, 1000), 200, "en")])
def test_fit_fills_the_panels_width_at_every_size_a_table_read_by_scrolling(qtbot, sample, size, scale,
                                                                           language) -> None:
    """The datasheet (a page, taller than wide) fills the panel's width and scrolls down rather
    than shrinking to a stamp in a short panel (it read 25 % at 1280x800 and 200 % text); the
    torque table (a wide figure) fills the width too, whole when the panel is tall enough."""
    window = sample.window(qtbot, scale=scale, size=size, language=language)
    view = window.tool_panel.exhibit_view
    for cited in ("Exhibit 2", "Exhibit 1"):
        window.navigation.go_to(citing(cited), confirmed=True)
        window.toolbar.exhibits_button.setChecked(True)
        settle(qtbot)
        assert view.fitted and fills(view) >= 0.97, (cited, view.zoom)
        window.toolbar.exhibits_button.setChecked(False)
    QApplication.processEvents()


def rows(*widgets) -> int:
    return len({widget.geometry().top() for widget in widgets if widget.isVisible()})


@pytest.mark.parametrize("language", ["es", "en"])
def test_at_200_percent_the_tool_bar_takes_one_row_and_the_question_gets_the_room(qtbot, sample, language) -> None:
    """1280x800, 200 % text, the calculator open, rest breaks granted: in full words the tool
    bar wrapped onto two rows and the question's buttons onto four (Spanish), and the question
    showed a line or two; in their short faces (the full words kept as names and tooltips) the
    tool bar takes one row and the question's buttons fewer."""
    window = sample.window(qtbot, scale=200, breaks=2, language=language)
    bar, page = window.toolbar, window.item_page
    window.navigation.go_to(window.plan.item_ids[1])
    bar.calculator_button.setChecked(True)
    moves = (page.previous_button, page.flag_button, page.review_button, page.highlight_button)

    def question_height(compact: bool) -> tuple[int, int]:
        for row in (bar, page.moves):
            row.may_compact = compact
            row.show_faces()
        settle(qtbot)
        return page.body_scroll.viewport().height(), rows(*moves)

    (before, moves_before), (after, moves_after) = question_height(False), question_height(True)
    assert bar.compact and after >= before + 100, (before, after)
    assert rows(bar.calculator_button, bar.side_button, bar.contrast_button, bar.break_button) == 1
    assert moves_after < moves_before
    assert bar.side_button.accessibleName() == ("Herramientas a la izquierda" if language == "es" else
                                                "Tools on the left")
    assert page.previous_button.accessibleName() == ("‹ Anterior" if language == "es" else "‹ Previous")
    for button in (bar.side_button, page.previous_button, page.review_button, page.flag_button):
        assert button.toolTip().startswith(button.accessibleName()) and button.height() >= 44
    print(f"question's visible height at 1280x800, 200 %, {language}, calculator open: {before} px -> {after} px; "
          f"its buttons' rows {moves_before} -> {moves_after}")
    window.set_text_scale(100)   # room for the full words again: they come back
    settle(qtbot)
    assert not bar.compact, (bar.full_row_width(), bar.width())
    assert bar.contrast_button.text() == bar.contrast_button.accessibleName()


@given(st.integers(1, 5000), st.integers(1, 5000), st.integers(100, 3000), st.integers(100, 3000))
def test_fit_fills_the_width_and_shows_a_figure_whole_when_it_can(width, height, box_width, box_height) -> None:
    bar = 16
    zoom = filling_zoom(width, height, box_width, box_height, bar)
    if MIN_ZOOM < zoom < MAX_ZOOM:   # the zoom's limits aside
        assert width * zoom <= box_width + 1e-6   # never wider than the panel
        assert width * zoom >= box_width - bar - 1e-6   # and as wide as it, less a scroll bar's room
        if height * zoom > box_height + 1e-6:   # taller than the panel: scrolled, so the bar's room is left
            assert width * zoom <= box_width - bar + 1e-6
