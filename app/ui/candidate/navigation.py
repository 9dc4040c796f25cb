"""Moving between questions: next, previous, jump, review, and the confirmations a move needs
(leaving a section that closes, finishing). Positions are recorded by `LiveAttempt.visit()`
so a relaunch resumes on the same question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.attempt import IN_PROGRESS, AttemptRefused
from app.domain.errors import SaveFailed
from app.ui.candidate.refusals import refusal_text

if TYPE_CHECKING:
    from app.ui.candidate.window import CandidateWindow


class Navigation(QObject):
    def __init__(self, window: "CandidateWindow") -> None:
        super().__init__(window)
        self.window = window
        self.live, self.plan = window.live, window.plan
        self.current_item: str | None = self.live.state.current_item
        self.pending_move: str | None = None   # where the candidate goes once they confirm

    # -- what the candidate asks for ------------------------------------------------------
    def go_next(self) -> None:
        if not self._on_question():
            return
        index = self.plan.item_ids.index(self.current_item)
        if index + 1 == len(self.plan.item_ids):
            try:
                self.window.saver.flush()
                self.plan.check_leave(self.live.state)   # a question that must be answered holds here
            except AttemptRefused as refusal:
                self.window.warning_banner.say(refusal_text(refusal), role="warning")
                return
            self.ask_finish()
        else:
            self.go_to(self.plan.item_ids[index + 1])

    def go_previous(self) -> None:
        if self._on_question() and self.window.item_page.previous_button.isEnabled():
            index = self.plan.item_ids.index(self.current_item)
            self.go_to(self.plan.item_ids[index - 1])

    def open_review(self) -> None:
        if self.live.state.state != IN_PROGRESS:
            return
        self.window.saver.flush()
        self.window.review.show_state(self.live.state)
        self.window.show_page(self.window.review)

    def ask_finish(self) -> None:
        if self.live.state.state != IN_PROGRESS:
            return
        self.window.saver.flush()
        self.window.confirm.ask_finish(self.plan, self.live.state)
        self.window.show_page(self.window.confirm)

    def confirmed(self, kind: str) -> None:
        if kind == "finish":
            self.window.submit()
        elif kind == "break":
            self.window.take_rest_break()
        elif self.pending_move:
            target, self.pending_move = self.pending_move, None
            self.go_to(target, confirmed=True)

    def go_to(self, item_id: str, confirmed: bool = False) -> None:
        """Move to a question; leaving a section that closes needs the candidate's confirmation."""
        if self.live.state.state != IN_PROGRESS:
            return
        self.window.saver.flush()
        leaving = self.plan.section_of(self.current_item) if self.current_item else None
        target = self.plan.section_of(item_id)
        if target in self.live.state.locked_sections:
            self.window.warning_banner.say(self.tr("That section is closed: its questions cannot be opened "
                                                   "again."), role="warning")
            return
        closing = leaving if leaving and leaving != target and self.plan.section(leaving).lock_on_exit else None
        closes = closing is not None
        if closing is not None and not confirmed:
            self.pending_move = item_id
            self.window.confirm.ask_leave_section(self.plan, self.live.state, closing)
            self.window.show_page(self.window.confirm)
            return
        try:
            self.live.visit(item_id)
        except AttemptRefused as refusal:
            self.window.warning_banner.say(refusal_text(refusal), role="warning")
            return
        except SaveFailed:
            self.window.saver.report_failure()
            if closes:  # the section cannot close unrecorded: stay until saving works
                self.show_item(self.current_item)
                return
        self.show_item(item_id)

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        if item_id is None or self.live.state.state != IN_PROGRESS:
            return
        self.current_item = item_id
        page = self.window.item_page
        saver = self.window.saver
        stimulus = self.live.exam.item(item_id).stimulus
        page.show_item(item_id, saver.latest(item_id), self.live.state, saver.latest_marks(item_id),
                       saver.latest_stimulus_marks(stimulus) if stimulus else None)
        page.set_next_text(*self._next_words(item_id))
        self.window.tool_panel.show_question(self.live.exam.item(item_id))
        self.window.show_page(page)

    def _next_words(self, item_id: str) -> tuple[str, str]:
        index = self.plan.item_ids.index(item_id)
        if index + 1 == len(self.plan.item_ids):
            return self.tr("Finish…"), self.tr("Check what is unanswered, then submit. Shortcut: Alt+N")
        section = self.plan.section_of(item_id)
        if self.plan.section_of(self.plan.item_ids[index + 1]) != section and \
                self.plan.section(section).lock_on_exit:
            return self.tr("End section…"), self.tr("Leave this section; it then closes. Shortcut: Alt+N")
        return self.tr("Next ›"), self.tr("Go to the next question. Shortcut: Alt+N")

    def follow_section_time_out(self) -> None:
        """A section's time ran out: the attempt moved on by itself, and the screen follows."""
        now = self.live.state.current_item
        if not self.current_item or now is None or now == self.current_item:
            return  # nothing shown yet, no question to go to (not while in progress), or no move
        if self.plan.section_of(self.current_item) not in self.live.state.locked_sections:
            return  # only the recorded position differs (a move whose save failed)
        closed = self.plan.section(self.plan.section_of(self.current_item)).title
        opened = self.plan.section(self.plan.section_of(now)).title
        self.window.saver.drafts.clear()  # the closed section takes no more answers
        self.show_item(now)
        self.window.warning_banner.say(self.tr(
            "The time for “{closed}” is over. That section is closed; you are now in “{opened}”.").format(
            closed=closed, opened=opened), role="warning")

    def _on_question(self) -> bool:
        return self.window.stack.currentWidget() is self.window.item_page and self.current_item is not None
