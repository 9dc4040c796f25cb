"""A new question opens at its start: the screenshots at 200 % text showed questions opening
where the one before had been scrolled to, with their text out of sight above."""

from __future__ import annotations

from app.domain.accommodations import Accommodations
from tests.test_candidate_support import open_window, start_exam


def test_a_new_question_opens_at_its_start_and_the_same_one_keeps_its_place(qtbot, station) -> None:
    window = open_window(qtbot, station, Accommodations(text_scale=200))
    window.resize(1000, 700)
    start_exam(qtbot, window)
    bar = window.item_page.scroll.verticalScrollBar()
    scrolled = None
    for item_id in window.plan.item_ids:   # a question long enough to scroll at 200 % text
        window.navigation.go_to(item_id, confirmed=True)
        qtbot.wait(10)
        if bar.maximum() > 0:
            scrolled = item_id
            break
    assert scrolled is not None
    bar.setValue(bar.maximum())
    window.navigation.show_item(scrolled)   # shown again (an answer saved): the candidate stays where they are
    assert bar.value() == bar.maximum() > 0
    following = window.plan.item_ids[window.plan.item_ids.index(scrolled) + 1]
    window.navigation.go_to(following, confirmed=True)
    assert bar.value() == 0
