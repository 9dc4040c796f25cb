"""The screens around the questions: review, confirmations, time warnings, and what the
candidate sees when the proctor (another LiveAttempt on the same database) pauses, resumes
or voids the attempt, when time runs out, and after the app was interrupted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.attempt import SUBMITTED
from app.ui.candidate import CandidateWindow
from tests.candidate_helpers import (
    alt, click, media, open_window, start_exam, stored_state,
)


def number(window, item_id: str) -> int:
    return window.plan.item_ids.index(item_id) + 1


def jump(qtbot, window, item_id: str) -> None:
    click(qtbot, window.item_page.grid.buttons[item_id])


def test_review_lists_answered_unanswered_and_flagged_and_jumps(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    first, second = window.plan.item_ids[:2]
    click(qtbot, window.item_page.answer.buttons[0] if hasattr(window.item_page.answer, "buttons")
          else window.item_page.answer.true_button)
    alt(qtbot, window, Qt.Key.Key_F)
    alt(qtbot, window, Qt.Key.Key_R)
    review = window.review
    assert window.stack.currentWidget() is review
    assert review.entries("answered") == [first] and review.entries("flagged") == [first]
    assert review.entries("unanswered") == [i for i in window.plan.item_ids if i != first]
    assert review.summary.text() == "1 of 10 answered, 1 flagged."
    assert review.filter_buttons["unanswered"].text() == "Not answered (9)"
    assert window.focusWidget() is review.list   # ready for the keyboard
    click(qtbot, review.filter_buttons["unanswered"])
    assert review.listed() == review.entries("unanswered")
    assert review.list.item(0).text().startswith("Question 2 — not seen yet\nFirst section\n")
    review.list.setFocus()
    qtbot.keyClick(review.list, Qt.Key.Key_Return)  # first unanswered: the second item
    assert window.stack.currentWidget() is window.item_page and window.navigation.current_item == second


def test_leaving_a_closing_section_names_the_unanswered_and_the_lock(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    section = [i for i in window.plan.item_ids if window.plan.section_of(i) == "A1"]
    click(qtbot, window.item_page.answer.buttons[0] if hasattr(window.item_page.answer, "buttons")
          else window.item_page.answer.true_button)
    jump(qtbot, window, "q-order")
    confirm = window.confirm
    assert window.stack.currentWidget() is confirm and confirm.kind == "section"
    numbers = ", ".join(str(number(window, i)) for i in section[1:])
    assert confirm.title.text() == "Leave the section “First section”?"
    assert confirm.unanswered.text() == f"Not answered (3): questions {numbers}."
    assert "you will not be able to come back" in confirm.consequence.text()
    assert confirm.consequence.accessibleDescription() == confirm.consequence.text()
    assert window.focusWidget() is confirm.cancel_button          # the safe choice has the focus
    qtbot.keyClick(confirm.cancel_button, Qt.Key.Key_Space)       # stay
    assert window.navigation.current_item == section[0] and not stored_state(delivery_station, window).locked_sections
    jump(qtbot, window, "q-order")
    click(qtbot, confirm.confirm_button)
    assert window.navigation.current_item == "q-order"
    assert stored_state(delivery_station, window).locked_sections == {"A1"}
    assert not window.item_page.grid.buttons[section[0]].isEnabled()
    assert "section closed" in window.item_page.grid.buttons[section[0]].accessibleDescription()
    assert not window.item_page.previous_button.isEnabled()


def test_finishing_names_what_is_unanswered_and_flagged(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_F)
    alt(qtbot, window, Qt.Key.Key_R)
    click(qtbot, window.review.finish_button)
    confirm = window.confirm
    assert confirm.kind == "finish" and confirm.unanswered.text().startswith("Not answered (10): questions 1, 2")
    assert confirm.flagged.text() == "Flagged for review: question 1."   # one question: singular
    assert "cannot change your answers" in confirm.message()
    click(qtbot, confirm.confirm_button)
    assert stored_state(delivery_station, window).state == SUBMITTED
    assert window.end.heading.text() == "Your exam is submitted"


def test_a_time_warning_is_shown_and_announced(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    jump(qtbot, window, "q-order")
    click(qtbot, window.confirm.confirm_button)   # into the untimed section
    delivery_station.clocks.advance(15 * 60 + 1)          # 20-minute exam: 5 minutes left
    window.tick()
    banner = window.warning_banner
    assert banner.isVisible() and banner.text() == "5 minutes left in the exam."
    assert banner.accessibleName() == "Time warning: 5 minutes left in the exam."
    assert banner.accessibleDescription() == banner.text() and banner.last_announcement == banner.text()
    assert window.timer_display.exam_label.text() == "Time left: 4:59"
    assert window.timer_display.exam_label.accessibleDescription() == "4 min 59 s"
    alt(qtbot, window, Qt.Key.Key_T)              # the candidate hides the clock; warnings still come
    assert window.timer_display.exam_label.text() == "Time left: hidden"
    delivery_station.clocks.advance(4 * 60)
    window.tick()
    assert banner.text() == "1 minute left in the exam."


def test_a_section_whose_time_runs_out_closes_and_the_screen_follows(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    delivery_station.clocks.advance(10 * 60)
    window.tick()
    assert window.plan.section_of(window.navigation.current_item) == "A2"
    assert "“First section” is over" in window.warning_banner.text()


def test_the_proctor_pauses_resumes_and_voids(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    here = window.navigation.current_item
    proctor = delivery_station.proctor(window.live.attempt_id)
    proctor.pause("fire alarm", by="proctor")
    window.tick()
    assert window.stack.currentWidget() is window.paused and not window.item_page.isVisible()
    assert not window.toolbar.calculator_button.isEnabled()
    frozen = window.timer_display.exam_label.text()
    delivery_station.clocks.advance(120)
    window.tick()
    assert window.timer_display.exam_label.text() == frozen      # the clock is stopped
    proctor.refresh()
    proctor.resume(by="proctor")
    window.tick()
    assert window.stack.currentWidget() is window.item_page and window.navigation.current_item == here
    proctor.refresh()
    proctor.void("left the room", by="proctor")
    window.tick()
    assert window.stack.currentWidget() is window.end
    assert window.end.heading.text() == "This exam has been stopped" and not window.end.report_view.isVisible()


def test_time_up_ends_the_exam_with_the_report(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    jump(qtbot, window, "q-order")
    click(qtbot, window.confirm.confirm_button)
    delivery_station.clocks.advance(20 * 60)
    window.tick()
    assert stored_state(delivery_station, window).state == "timed_out"
    assert window.end.heading.text() == "Time is up" and window.end.report_view.isVisible()
    # nothing answered: even full marks on the written answer cannot reach the standard
    report = " ".join(window.end.report_view.accessibleDescription().split())
    assert "Written test Not passed" in report and "Credential Requirements not met" in report
    assert "Whatever the practical assessment gives" in report and "by an examiner" not in report   # left blank
    assert window.end.print_hint.isVisible() and not window.toolbar.break_button.isVisible()


def test_after_an_interruption_the_candidate_continues_where_they_were(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    jump(qtbot, window, "q-num")
    line = window.item_page.answer.line
    click(qtbot, line)
    qtbot.keyClicks(line, "9")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    attempt_id = window.live.attempt_id
    window.ticker.stop()   # the app "dies" here; a new process loads the attempt
    again = CandidateWindow(delivery_station.live(attempt_id), media, "Ada Lovelace",
                            delivery_station.service.accommodations(attempt_id))
    qtbot.addWidget(again)
    again.show()
    assert again.stack.currentWidget() is again.interrupted
    click(qtbot, again.interrupted.continue_button)
    assert again.stack.currentWidget() is again.item_page and again.navigation.current_item == "q-num"
    assert again.item_page.answer.line.text() == "9" and stored_state(delivery_station, again).interruptions == 1
