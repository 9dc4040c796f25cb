"""A candidate takes the whole mini exam (every item type) with real mouse clicks and key
presses only; the stored events and the score are then checked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.domain.scoring import region_inner_point, score_form
from app.ui.candidate.responses.choices import MultipleResponseAnswer, SingleChoiceAnswer, TrueFalseAnswer
from app.ui.candidate.responses.hotspot import HotspotAnswer
from app.ui.candidate.responses.matching import MatchingAnswer
from app.ui.candidate.responses.ordering import OrderingAnswer
from app.ui.candidate.responses.typed import NumericAnswer, ShortTextAnswer, WrittenAnswer
from tests.candidate_helpers import EXAM, alt, click, open_window, start_exam, stored_state

TYPED = {"q-num": "9", "q-text": "bms", "q-pattern": "12 Nm", "q-manual": "Reverse current damages cells"}


def answer_with_the_key(qtbot, window, item_id: str) -> None:
    """Give the keyed answer the way a person would: clicks, arrows, typing."""
    item, widget = EXAM.item(item_id), window.item_page.answer
    if isinstance(widget, SingleChoiceAnswer):
        click(qtbot, widget.buttons[widget.option_ids.index(item.key)])
    elif isinstance(widget, MultipleResponseAnswer):
        for option_id in item.key:
            click(qtbot, widget.boxes[widget.option_ids.index(option_id)])
    elif isinstance(widget, TrueFalseAnswer):
        click(qtbot, widget.true_button if item.key else widget.false_button)
    elif isinstance(widget, (NumericAnswer, ShortTextAnswer)):
        click(qtbot, widget.line)
        qtbot.keyClicks(widget.line, TYPED[item_id])
        qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    elif isinstance(widget, WrittenAnswer):
        click(qtbot, widget.box)
        qtbot.keyClicks(widget.box, TYPED[item_id])
        qtbot.keyClick(widget.box, Qt.Key.Key_Return)   # a new line, not "done"
        qtbot.keyClicks(widget.box, "Second line.")
        qtbot.keyClick(widget.box, Qt.Key.Key_Tab)      # leaving the box saves it
    elif isinstance(widget, OrderingAnswer):
        put_in_order(qtbot, widget, list(item.key))
    elif isinstance(widget, MatchingAnswer):
        choose_matches(qtbot, window, widget, item)
    elif isinstance(widget, HotspotAnswer):
        x, y = keyed_point(item)
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=widget.canvas.widget_point(x, y).toPoint())
    else:
        raise AssertionError(f"no way to answer {item_id}")


def keyed_point(item) -> tuple[float, float]:
    keyed = item.key if isinstance(item.key, (list, tuple)) else [item.key]
    return region_inner_point(next(r for r in item.regions if r.id == keyed[0]))


def put_in_order(qtbot, widget: OrderingAnswer, key: list[str]) -> None:
    """Click each step and lift it with Ctrl+Up to its place, first place first."""
    for place, option_id in enumerate(key):
        row = widget.order().index(option_id)
        rect = widget.list.visualItemRect(widget.list.item(row))
        qtbot.mouseClick(widget.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        for _ in range(row - place):
            qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert widget.order() == key


def choose_matches(qtbot, window, widget: MatchingAnswer, item) -> None:
    """Keyboard only: Tab from the question text into each term's row of letters, then type the
    letter of its definition."""
    for premise_id, row in widget.rows.items():
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is row.tab_stop()
        qtbot.keyClicks(row.tab_stop(), widget.letters[widget.choice_ids.index(item.key[premise_id])])


def test_the_whole_form_with_keys_and_clicks(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    seen = []
    while window.stack.currentWidget() is window.item_page:
        item_id = window.navigation.current_item
        seen.append(item_id)
        answer_with_the_key(qtbot, window, item_id)
        if item_id == "q-tf":
            alt(qtbot, window, Qt.Key.Key_F)              # flag it for review
        alt(qtbot, window, Qt.Key.Key_N)                  # next
        if window.stack.currentWidget() is window.confirm and window.confirm.kind == "section":
            assert "closes when you leave" in window.confirm.message()
            click(qtbot, window.confirm.confirm_button)   # leave the section that closes
    assert seen == list(window.plan.item_ids)               # every item, in this candidate's order
    assert window.confirm.kind == "finish" and "every question" in window.confirm.message()
    click(qtbot, window.confirm.confirm_button)

    stored = stored_state(delivery_station, window)
    assert stored.state == "submitted" and stored.flagged == {"q-tf"} and stored.locked_sections == {"A1"}
    expected_hot = [int(v) for v in keyed_point(EXAM.item("q-hot"))]
    assert stored.responses == {
        "q-single": "b", "q-multi": sorted(["a", "b"], key=window.plan.options("q-multi").index),
        "q-tf": True, "q-num": "9", "q-order": ["s1", "s2", "s3"], "q-match": {"p1": "c1", "p2": "c2"},
        "q-hot": expected_hot, "q-text": "bms", "q-pattern": "12 Nm", "q-manual": TYPED["q-manual"] + "\nSecond line."}
    result = score_form(EXAM, window.plan.form, stored.responses)
    manual_points = EXAM.item("q-manual").points
    assert result.raw == result.maximum - manual_points and result.passed
    assert result.pending_manual == ("q-manual",)
    assert window.stack.currentWidget() is window.end and "Passed" in window.end.report


def test_previous_and_jump_move_within_open_sections(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    first = window.navigation.current_item
    alt(qtbot, window, Qt.Key.Key_N)
    alt(qtbot, window, Qt.Key.Key_P)
    assert window.navigation.current_item == first
    third = window.plan.item_ids[2]
    click(qtbot, window.item_page.grid.buttons[third])
    assert window.navigation.current_item == third == stored_state(delivery_station, window).current_item
    assert window.item_page.grid.buttons[third].accessibleDescription().endswith("you are here")
    assert not window.item_page.grid.buttons[first].property("current") == "true"
    qtbot.mouseClick(window.item_page.grid.buttons[first], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.navigation.current_item == first
