"""The candidate's window: one attempt from welcome to the end screen.

The window owns no exam logic: every action goes to the LiveAttempt, and what is shown is
read back from its state. A timer calls `tick()` several times a second; that keeps the
clock checkpointed, picks up what the proctor did (pause, resume, void, extra time), retries
answers that could not be saved, and applies the time limits."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, QTranslator
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.domain.accommodations import Accommodations
from app.domain.attempt import IN_PROGRESS, PAUSE_INTERRUPTED, PAUSED, READY, AttemptRefused
from app.domain.errors import SaveFailed
from app.domain.scoring import score_form
from app.services.live_attempt import LiveAttempt, TickResult
from app.ui.candidate.confirm import ConfirmPage
from app.ui.candidate.controls import label
from app.ui.candidate.end_screens import EndPage, PausedPage
from app.ui.candidate.i18n import install_candidate_translator, remove_translator
from app.ui.candidate.item_page import ItemPage
from app.ui.candidate.navigation import Navigation
from app.ui.candidate.refusals import refusal_text
from app.ui.candidate.review import ReviewPage
from app.ui.candidate.saving import AnswerSaver
from app.ui.candidate.shortcuts import candidate_shortcuts
from app.ui.candidate.status import SaveIndicator, TimerDisplay
from app.ui.candidate.tools import TEXT_SCALES, ToolBar, ToolPanel
from app.ui.candidate.welcome import InterruptedPage, WelcomePage
from app.ui.lockdown.notice import NOTICE_AREA
from app.ui.widgets.announce import LiveBanner, announce
from app.ui.widgets.theme import Theme, apply_theme

# The window's pages: each says where the keyboard focus goes when it comes up (focus_target).
CandidatePage = WelcomePage | InterruptedPage | ItemPage | ReviewPage | ConfirmPage | PausedPage | EndPage

TICK_MS = 200
FLUSH_BEFORE_LIMIT_MS = 2_000  # typed text is saved at once when a time limit is this close


class PageStack(QStackedWidget):
    """A stack as small as the page on show: a wide page that is not shown (the review's three
    lists) must not force the window wider than the screen when the tools are open."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class CandidateWindow(QWidget):
    def __init__(self, live: LiveAttempt, media: Callable[[str], bytes], candidate_name: str,
                 accommodations: Accommodations, language: str = "en", parent: QWidget | None = None,
                 report_folder: Path | None = None) -> None:
        """`report_folder`: where the candidate may save their score report (the session's export
        folder); without one the report is only shown, and the proctor prints it."""
        super().__init__(parent)
        self.report_folder = report_folder
        self.translator: QTranslator | None = install_candidate_translator(language)  # before any text is made
        self.live, self.media, self.candidate_name = live, media, candidate_name
        self.plan = live.plan
        self.theme = Theme(accommodations.text_scale, high_contrast=False)
        self.rest_breaks = accommodations.rest_breaks
        self.last_tick: TickResult | None = None
        self.setObjectName("candidateRoot")
        self.setWindowTitle(self.tr("{title} — ExamStation").format(title=live.exam.title))
        self.setAccessibleName(self.tr("Exam: {title}").format(title=live.exam.title))
        self.setAccessibleDescription(self.tr("The exam screen for {name}").format(name=candidate_name))
        self._build()
        self.saver = AnswerSaver(live, self.save_indicator, self.save_banner, self)
        self.saver.refused.connect(lambda _reason: self.tick())
        self.saver.saved.connect(self._answer_saved)
        self.navigation = Navigation(self)
        self._connect_pages()
        self._make_shortcuts()
        apply_theme(self, self.theme)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.show_current_state()
        self.tick()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        exam = self.live.exam
        self.title = label(exam.title, role="subheading")
        self.timer_display = TimerDisplay()
        self.save_indicator = SaveIndicator()
        self.toolbar = ToolBar(exam.tools, self.theme.text_scale)
        self.warning_banner = LiveBanner(self.tr("Time warning"))
        self.save_banner = LiveBanner(self.tr("Saving"))
        self.stack = PageStack()
        self.welcome = WelcomePage(self.plan, self.live.state, self.candidate_name)
        self.interrupted = InterruptedPage()
        self.item_page = ItemPage(self.plan, self.media)
        self.review = ReviewPage(self.plan)
        self.confirm = ConfirmPage()
        self.paused = PausedPage(proctor_confirms=exam.timing.proctor_confirms_return)
        self.end = EndPage(exam, self.candidate_name, self.report_folder,
                           f"score-report-{getattr(self.live, 'attempt_id', exam.id)}")
        for page in (self.welcome, self.interrupted, self.item_page, self.review, self.confirm,
                     self.paused, self.end):
            self.stack.addWidget(page)
        self.tool_panel = ToolPanel(exam.tools, self.media)
        top = QHBoxLayout()   # title and time share the width; both wrap at large text sizes
        top.addWidget(self.title, 3)
        top.addWidget(self.timer_display, 2, Qt.AlignmentFlag.AlignTop)
        # "Saved" at the end of the navigator's legend, in a place as wide as its longest message:
        # the time never moves, and no line of its own is taken from the question.
        self.item_page.add_status(self.save_indicator)
        body = QHBoxLayout()
        body.addWidget(self.stack, 3)
        self.tool_panel.dock_in(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.warning_banner)
        layout.addWidget(self.save_banner)
        layout.addWidget(self._notice_area())
        layout.addLayout(body, 1)
        # under the question and tools, the whole width (beside a tool at 200 % it took four rows)
        layout.addWidget(self.item_page.take_grid())

    def _notice_area(self) -> QWidget:
        """Where lockdown's notices go (app/ui/lockdown/notice.py): under the time and the tools,
        pushing the question down rather than covering the time."""
        area = QWidget()
        area.setObjectName(NOTICE_AREA)
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        return area

    def _connect_pages(self) -> None:
        go = self.navigation
        self.welcome.start_requested.connect(self.start)
        self.interrupted.continue_requested.connect(self.resume)
        self.paused.back_requested.connect(self.resume)
        self.toolbar.break_button.clicked.connect(self.ask_rest_break)
        self.item_page.next_requested.connect(go.go_next)
        self.item_page.previous_requested.connect(go.go_previous)
        self.item_page.review_requested.connect(go.open_review)
        self.item_page.jump_requested.connect(go.go_to)
        self.item_page.flag_requested.connect(self.set_flag)
        self.item_page.answer_changed.connect(self._answer_changed)
        self.item_page.annotation_changed.connect(self.saver.save_marks)
        self.item_page.stimulus_annotation_changed.connect(self.saver.save_stimulus_marks)
        self.review.jump_requested.connect(go.go_to)
        self.review.back_requested.connect(lambda: go.show_item(go.current_item))
        self.review.finish_requested.connect(go.ask_finish)
        self.confirm.confirmed.connect(go.confirmed)
        self.confirm.cancelled.connect(lambda: go.show_item(go.current_item))
        self.toolbar.text_scale_chosen.connect(self.set_text_scale)
        self.toolbar.contrast_chosen.connect(self.set_high_contrast)
        self.toolbar.calculator_button.toggled.connect(self.tool_panel.show_calculator)
        self.toolbar.exhibits_button.toggled.connect(self.tool_panel.show_exhibits)
        self.toolbar.side_button.clicked.connect(self.tool_panel.switch_side)
        self.tool_panel.side_changed.connect(self.toolbar.show_side)

    def _make_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for spec in candidate_shortcuts():
            action = next(getattr(o, spec.action) for o in (self.navigation, self.item_page, self)
                          if hasattr(o, spec.action))
            for keys in spec.keys:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(action)
                self.shortcuts.append(shortcut)

    # -- the attempt's life --------------------------------------------------------------
    def start(self) -> None:
        try:
            self.live.start()
        except SaveFailed:
            self.saver.report_failure()  # nothing started: the welcome screen stays
            return
        self.navigation.current_item = self.live.state.current_item
        self.show_current_state()

    def resume(self) -> None:
        try:
            self.live.resume()
        except SaveFailed:
            self.saver.report_failure()
            return
        self.show_current_state()

    def breaks_left(self) -> int:
        return max(0, self.rest_breaks - self.live.state.breaks_taken)

    def ask_rest_break(self) -> None:
        if self.live.state.state != IN_PROGRESS or not self.breaks_left():
            return
        self.saver.flush()
        self.confirm.ask_rest_break(self.breaks_left())
        self.show_page(self.confirm)

    def take_rest_break(self) -> None:
        self.saver.flush()
        try:
            self.live.take_rest_break(self.rest_breaks)
        except SaveFailed:
            self.saver.report_failure()  # no break: the clock keeps running and the question stays
            self.navigation.show_item(self.navigation.current_item)
            return
        except AttemptRefused as refusal:
            self.warning_banner.say(refusal_text(refusal), role="warning")
        self.show_current_state()

    def show_current_state(self) -> None:
        """Put up the screen the attempt's state calls for."""
        state = self.live.state.state
        running = state == IN_PROGRESS
        self.toolbar.show_tools(running)
        self.toolbar.show_breaks(self.breaks_left(), self.rest_breaks, available=running,
                                 finished=self.live.state.finished)
        self.tool_panel.setVisible(running and (self.toolbar.calculator_button.isChecked()
                                                or self.toolbar.exhibits_button.isChecked()))
        if state == READY:
            self.show_page(self.welcome)
        elif state == PAUSED:
            self._show_pause()
        elif running:
            self.saver.flush()  # answers typed before a pause go in now
            go = self.navigation
            go.show_item(go.current_item or self.plan.first_item(self.live.state))
        else:
            self._show_end()

    def _interrupted(self) -> bool:
        """Stopped by a crash or a closed screen, not by the proctor or a rest break: only then is
        the candidate told the exam was interrupted."""
        return self.live.state.state == PAUSED and self.live.state.pause_cause == PAUSE_INTERRUPTED

    def _show_pause(self) -> None:
        if self._interrupted():
            self.show_page(self.interrupted)
            return
        left = self.last_tick.remaining_ms if self.last_tick else self.live.state.remaining_ms()
        self.paused.show_pause(self.live.state, self.breaks_left(), self.rest_breaks, left, self._wall_now())
        if self.stack.currentWidget() is not self.paused:
            self.show_page(self.paused)

    def _wall_now(self) -> float:
        """The attempt's wall clock where it has one (tests and screenshots set it), else the system's."""
        clock = getattr(self.live, "wall_now", None)
        return clock() if clock else time.time()

    def _show_end(self) -> None:
        result = score_form(self.live.exam, self.plan.form, self.live.state.responses)
        self.end.show_end(self.live.state, result, unsaved=len(self.live.pending))
        self.show_page(self.end)
        self.warning_banner.clear_message()
        self.timer_display.setVisible(False)  # no time is running any more
        self.ticker.setInterval(1000)  # nothing runs any more; keep noticing a proctor's action

    def show_page(self, page: CandidatePage) -> None:
        """Bring a screen up and put the keyboard focus where reading it starts."""
        self.stack.setCurrentWidget(page)
        self.item_page.grid.setVisible(page is self.item_page)
        page.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        self.saver.flush()
        try:
            self.live.submit()
        except SaveFailed:
            self.saver.report_failure()  # still on the confirmation; the candidate may try again
            return
        except AttemptRefused:
            pass  # the attempt ended some other way meanwhile (time, proctor)
        self.show_current_state()

    # -- answers and flags -----------------------------------------------------------------
    def _answer_changed(self, item_id: str, response: object, now: bool) -> None:
        if now:
            self.saver.save_now(item_id, response)
        else:
            self.saver.save_later(item_id, response)

    def _answer_saved(self) -> None:
        if self.stack.currentWidget() is self.item_page:
            self.item_page.show_state(self.live.state)

    def set_flag(self, item_id: str, on: bool) -> None:
        try:
            self.live.flag(item_id, on)
        except SaveFailed:
            self.saver.report_failure()
        except AttemptRefused:
            self.tick()
        self.item_page.show_state(self.live.state)

    def toggle_flag(self) -> None:
        item_id = self.navigation.current_item
        if self.stack.currentWidget() is self.item_page and item_id:
            self.set_flag(item_id, item_id not in self.live.state.flagged)

    # -- time ----------------------------------------------------------------------------
    def tick(self) -> None:
        if self._limit_close():
            self.saver.flush()
        try:
            result = self.live.tick()
        except SaveFailed:
            self.saver.report_failure()
            return
        self.last_tick = result
        self.timer_display.show_time(result.remaining_ms, result.section_remaining_ms)
        for minutes in result.warnings:
            self._warn(minutes)
        self.saver.after_tick(result.pending_saves)
        if result.changed:
            self._state_changed()
        elif self.live.state.state == IN_PROGRESS:
            self.navigation.follow_section_time_out()
        elif self.live.state.state == PAUSED and self.stack.currentWidget() is self.paused:
            self._show_pause()   # the time on a rest break counts up

    def _limit_close(self) -> bool:
        if self.last_tick is None or not self.saver.drafts:
            return False
        limits = [ms for ms in (self.last_tick.remaining_ms, self.last_tick.section_remaining_ms) if ms is not None]
        return bool(limits) and min(limits) <= FLUSH_BEFORE_LIMIT_MS

    def _warn(self, minutes: float) -> None:
        text = self.tr("1 minute left in the exam.") if minutes == 1 else self.tr(
            "{minutes} minutes left in the exam.").format(minutes=f"{minutes:g}")
        self.warning_banner.say(text, role="warning")

    def _state_changed(self) -> None:
        state = self.live.state.state
        messages = {PAUSED: self.tr("The exam is paused."), IN_PROGRESS: self.tr("The exam continues.")}
        self.show_current_state()
        if state in messages and not self._interrupted():
            announce(self, messages[state])
        elif state not in (READY, PAUSED, IN_PROGRESS):
            announce(self, self.end.heading.text())

    # -- tools and appearance ----------------------------------------------------------------
    def toggle_time(self) -> None:
        self.timer_display.set_hidden(not self.timer_display.hidden_by_candidate)

    def toggle_calculator(self) -> None:
        if self.toolbar.calculator_button.isVisible() and self.toolbar.calculator_button.isEnabled():
            self.toolbar.calculator_button.toggle()

    def toggle_exhibits(self) -> None:
        if self.toolbar.exhibits_button.isVisible() and self.toolbar.exhibits_button.isEnabled():
            self.toolbar.exhibits_button.toggle()

    def set_text_scale(self, scale: int) -> None:
        if scale == self.theme.text_scale:
            return   # re-reading the style sheet of every widget takes a tenth of a second
        self.theme = replace(self.theme, text_scale=scale)
        self._apply_theme()
        self.toolbar.show_scale(scale)

    def larger_text(self) -> None:
        self.set_text_scale(min(TEXT_SCALES[-1], self.theme.text_scale + (TEXT_SCALES[1] - TEXT_SCALES[0])))

    def smaller_text(self) -> None:
        self.set_text_scale(max(TEXT_SCALES[0], self.theme.text_scale - (TEXT_SCALES[1] - TEXT_SCALES[0])))

    def set_high_contrast(self, on: bool) -> None:
        if on != self.theme.high_contrast:   # (the button's own toggle calls this again: once is enough)
            self.theme = replace(self.theme, high_contrast=on)
            self._apply_theme()
        if self.toolbar.contrast_button.isChecked() != on:
            self.toolbar.contrast_button.setChecked(on)

    def toggle_contrast(self) -> None:
        self.set_high_contrast(not self.theme.high_contrast)

    def _apply_theme(self) -> None:
        apply_theme(self, self.theme)
        self.item_page.grid.fit_to_text()
        self.tool_panel.fit_width()

    # -- closing ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop ticking and take the translation away (other windows may share the app)."""
        self.ticker.stop()
        self.saver.flush()
        remove_translator(self.translator)
        self.translator = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
