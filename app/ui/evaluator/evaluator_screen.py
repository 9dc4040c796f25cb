"""Evaluator mode: choose the candidate, the checklist and the evaluator, mark every step,
sign off with the evaluator's PIN. Marks in progress are kept as the evaluator's own draft
(resumed with their PIN after a cancel or a restart, the task timer going on). A second
evaluator scores on their own: nothing of the first evaluation shows here until both have
signed. If they differ, the differences are reconciled. The result and the reason show here."""

from __future__ import annotations

import html
import time
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QStackedWidget, QVBoxLayout,
    QWidget,
)

from app.domain.checklist import ChecklistDraft
from app.domain.exam import Exam
from app.services.context import Services
from app.ui.evaluator.checklist_form import ChecklistForm
from app.ui.evaluator.reconcile import ReconcilePanel
from app.ui.evaluator.sign_off import SignOffBar
from app.ui.evaluator.step_row import TOUCH
from app.ui.evaluator.summary import describe
from app.ui.proctor.common import add_row, button, error_text, message_label, note, say

SUMMARY, MARKING, RECONCILING = 0, 1, 2


def scrolling(page: QWidget) -> QScrollArea:
    """The page in a frameless scroll area that follows its width (its text wraps)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class EvaluatorScreen(QWidget):
    def __init__(self, services: Services, exam: Exam, session_id: str,
                 clock: Callable[[], float] = time.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.session_id, self.clock = services, exam, session_id, clock
        self.form: ChecklistForm | None = None
        self.drafting: tuple[str, str, str] | None = None   # candidate, checklist, evaluator being marked
        self.reconcile_panel: ReconcilePanel | None = None
        self.can_reconcile = False
        self.stack = QStackedWidget()
        self.summary = message_label(self.tr("Evaluation status"))
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self._choice_box())   # scrolls with the summary: both fit at 200 % text
        self.choice_message = message_label(self.tr("What happened"))  # what the last action did
        summary_layout.addWidget(self.choice_message)
        summary_layout.addWidget(self.summary)
        self.reveal_box = QVBoxLayout()
        summary_layout.addLayout(self.reveal_box)
        summary_layout.addStretch(1)
        self.stack.addWidget(scrolling(summary_page))   # a long result at 200 % text scrolls, never cut
        self.marking_page = QWidget()
        self.marking_layout = QVBoxLayout(self.marking_page)
        self.stack.addWidget(self.marking_page)
        self.reconcile_page = QWidget()
        self.reconcile_layout = QVBoxLayout(self.reconcile_page)
        self.stack.addWidget(self.reconcile_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        self.refresh()

    # -- choosing ------------------------------------------------------------------------------
    def _choice_box(self) -> QGroupBox:
        self.choice_box = QGroupBox(self.tr("Evaluator mode"))
        form = QFormLayout(self.choice_box)
        self.candidate_combo, self.checklist_combo, self.evaluator_combo = QComboBox(), QComboBox(), QComboBox()
        for checklist in self.exam.checklists:
            self.checklist_combo.addItem(checklist.title, checklist.id)
        add_row(form, self.tr("Can&didate:"), self.candidate_combo, self.tr("Candidate to evaluate"))
        add_row(form, self.tr("Check&list:"), self.checklist_combo, self.tr("Checklist"))
        add_row(form, self.tr("E&valuator:"), self.evaluator_combo, self.tr("Evaluator"))
        self.resume_pin = QLineEdit()
        self.resume_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.resume_pin.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.resume_pin.returnPressed.connect(self.start)
        add_row(form, self.tr("Your PI&N, to resume:"), self.resume_pin, self.tr("Your PIN, to resume your marks"))
        self.resume_label = form.labelForField(self.resume_pin)
        self.start_button = button(self.tr("&Start the evaluation"), self.tr("Start the evaluation"), self.start)
        self.reconcile_button = button(self.tr("&Reconcile the differences"), self.tr("Reconcile the differences"),
                                       self.start_reconciling)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.reconcile_button)
        form.addRow(row)
        for widget in (self.candidate_combo, self.checklist_combo, self.evaluator_combo, self.resume_pin,
                       self.start_button, self.reconcile_button):
            widget.setMinimumHeight(TOUCH)
        self.candidate_combo.currentIndexChanged.connect(self.show_summary)
        self.checklist_combo.currentIndexChanged.connect(self.show_summary)
        self.evaluator_combo.currentIndexChanged.connect(self._offer_start)
        return self.choice_box

    def refresh(self) -> None:
        """Reload candidates and evaluators (check-in and accounts change while the session runs);
        an evaluation being marked or reconciled stays on screen."""
        self._refill(self.candidate_combo, [(f"{c.name} ({c.number})", c.id)
                                            for c in self.services.delivery.candidates(self.session_id)])
        self.evaluators = self.services.accounts.list_accounts(role="evaluator", active_only=True)
        self._refill(self.evaluator_combo, [(f"{a.display_name} ({a.username})", a.username)
                                            for a in self.evaluators])
        if self.stack.currentIndex() == SUMMARY:
            self.show_summary()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)

    def choose(self, candidate_id: str, checklist_id: str, evaluator: str) -> None:
        for combo, value in ((self.candidate_combo, candidate_id), (self.checklist_combo, checklist_id),
                             (self.evaluator_combo, evaluator)):
            combo.setCurrentIndex(combo.findData(value))

    def checklist(self):
        return next(c for c in self.exam.checklists if c.id == self.checklist_combo.currentData())

    # -- the summary page --------------------------------------------------------------------
    def show_summary(self, *_args) -> None:
        self._stop_form()
        candidate = self.candidate_combo.currentData()
        self.choice_box.setVisible(True)
        self.stack.setCurrentIndex(SUMMARY)
        self.can_reconcile, first = False, None
        if not self.exam.checklists:
            say(self.summary, self.tr("This exam has no performance checklists."), ok=False)
        elif not self.evaluators:
            say(self.summary, self.tr("No evaluator accounts on this station. Ask the station administrator to add "
                                      "them (Accounts…); each needs a PIN."), ok=False)
        elif candidate is None:
            say(self.summary, self.tr("No candidate is checked in yet. Check candidates in first."), ok=False)
        else:
            text, self.can_reconcile, first = describe(self.services, self.exam, self.session_id, candidate,
                                                       self.checklist_combo.currentData())
            note(self.summary, self._emphasise(text))
        self._offer_reveal(first)
        self._offer_start()

    def _offer_start(self, *_args) -> None:
        """Start, or Resume with the PIN when the chosen evaluator has marks in progress."""
        candidate, evaluator = self.candidate_combo.currentData(), self.evaluator_combo.currentData()
        ready = bool(candidate and evaluator and self.exam.checklists)
        draft = ready and self.services.evaluation.has_draft(candidate, self.checklist_combo.currentData(), evaluator)
        for widget in (self.resume_pin, self.resume_label):
            widget.setVisible(bool(draft))
        self.start_button.setText(self.tr("Res&ume my marks") if draft else self.tr("&Start the evaluation"))
        self.start_button.setAccessibleName(self.tr("Resume my marks in progress, with my PIN") if draft
                                            else self.tr("Start the evaluation"))
        self.start_button.setEnabled(ready)
        self.reconcile_button.setEnabled(bool(candidate) and self.can_reconcile)

    def _offer_reveal(self, first: str | None) -> None:
        """While the first evaluation is hidden, its evaluator alone may show its result (PIN)."""
        self._clear(self.reveal_box)
        account = next((a for a in self.evaluators if a.username == first), None)
        if account is None:
            return
        self.reveal_bar = SignOffBar(self.services, [account], self.tr("S&how the result to me"), self)
        self.reveal_bar.sign.connect(self.reveal)
        self.reveal_box.addWidget(self.reveal_bar)

    def reveal(self, username: str, pin: str) -> None:
        candidate, checklist_id = self.candidate_combo.currentData(), self.checklist_combo.currentData()
        try:
            text, _, _ = describe(self.services, self.exam, self.session_id, candidate, checklist_id, (username, pin))
        except Exception as error:
            say(self.choice_message, self.reveal_bar.refusal(username, error), ok=False)
            return
        note(self.summary, self._emphasise(text))
        say(self.choice_message, self.tr("The result shows until another candidate or checklist is chosen. Choose "
                                         "another before a second evaluator starts."))

    def _emphasise(self, text: str) -> str:
        """The result lines in bold, so the verdict is the first thing an evaluator reads."""
        results = (self.tr("Checklist result"), self.tr("Credential result"), self.tr("Reason"))
        lines = [html.escape(line, quote=False) for line in text.splitlines()]
        return "<br>".join(f"<b>{line}</b>" if line.startswith(results) else line for line in lines)

    # -- marking -------------------------------------------------------------------------------
    def start(self) -> None:
        candidate, evaluator, checklist = (self.candidate_combo.currentData(), self.evaluator_combo.currentData(),
                                           self.checklist())
        draft = None
        if self.services.evaluation.has_draft(candidate, checklist.id, evaluator):
            pin = self.resume_pin.text()
            self.resume_pin.clear()  # a PIN is never kept on screen
            try:  # the marks are this evaluator's own: nobody else sees them
                draft = self.services.evaluation.resume_draft(candidate, checklist.id, evaluator, pin)
            except Exception as error:
                say(self.choice_message, error_text(error), ok=False)
                self.resume_pin.setFocus()
                return
        self.choice_message.clear()
        self._clear(self.marking_layout)
        self.drafting = (candidate, checklist.id, evaluator)
        self.form = ChecklistForm(checklist, self.clock, draft.started if draft else None)
        if draft is not None:
            self.form.restore(draft.marks, draft.notes)
        self.form.changed.connect(self._keep_draft)
        self.sign_off = SignOffBar(self.services, [a for a in self.evaluators if a.username == evaluator],
                                   self.tr("&Sign off with my PIN"), self)
        self.sign_off.sign.connect(self.sign)
        self.marking_message = message_label(self.tr("Sign-off result"))
        back = button(self.tr("Bac&k (my marks are kept)"), self.tr("Back, keeping my marks to resume later"),
                      self.back)
        self.marking_layout.addLayout(self._title_row(self.tr("Evaluating {who} on “{checklist}”, by {evaluator}")
                                                      .format(who=self.candidate_combo.currentText(),
                                                              checklist=checklist.title,
                                                              evaluator=self.evaluator_combo.currentText()), back))
        self.marking_layout.addWidget(self.form, 1)
        self.marking_layout.addWidget(self.sign_off)
        self.marking_layout.addWidget(self.marking_message)
        self.choice_box.setVisible(False)  # the steps get the room; candidate and checklist stay fixed
        self.stack.setCurrentIndex(MARKING)
        self.form.focus_first_unmarked()
        if draft is None:
            self._keep_draft()  # the timer's start is kept from the first moment
        else:
            say(self.marking_message, self.tr("Your marks in progress are back; the task time went on."))

    def _keep_draft(self) -> None:
        if self.form is None or self.drafting is None:
            return
        candidate, checklist_id, evaluator = self.drafting
        try:
            self.services.evaluation.save_draft(ChecklistDraft(candidate, checklist_id, evaluator, self.form.marks(),
                                                               self.form.notes(), self.form.started))
        except Exception as error:  # the database refused: the marks stay on screen
            say(self.marking_message, self.tr("Your marks could not be kept: {why}").format(why=error_text(error)),
                ok=False)

    def back(self) -> None:
        kept = bool(self.form is not None and self.form.marks())
        drafting = self.drafting
        if kept:
            self._keep_draft()  # what is on screen now, whatever the last change was
        self.show_summary()  # stops the form, which keeps a note still being typed
        if drafting is not None and not kept:
            self.services.evaluation.drop_draft(*drafting)
            self._offer_start()
        say(self.choice_message, self.tr("Your marks are kept. To go on, choose yourself as the evaluator and resume "
                                         "with your PIN.") if kept else self.tr("Nothing was marked; nothing kept."))

    def _stop_form(self) -> None:
        if self.form is not None:
            self.form.stop()
        self.drafting = None

    def sign(self, username: str, pin: str) -> None:
        form = self.form
        if form is None or form.refuse_incomplete(self.marking_message):  # signing comes after marking
            return
        candidate = self.candidate_combo.currentData()
        try:
            self.services.evaluation.sign_off(self.exam, self.checklist().id, candidate, username, pin,
                                              form.marks(), form.notes(), form.task_seconds(),
                                              attempt_id=self._attempt_of(candidate))
        except Exception as error:  # wrong PIN, locked account, a second signature by the same person
            say(self.marking_message, self.sign_off.refusal(username, error), ok=False)
            return
        self.show_summary()
        say(self.choice_message, self.tr("Signed. The result stays hidden here while a second evaluator may still "
                                         "score on their own."))

    def _attempt_of(self, candidate_id: str) -> str | None:
        attempts = [a for a in self.services.delivery.attempts(self.session_id)
                    if a.candidate_id == candidate_id]
        return attempts[-1].id if attempts else None

    # -- reconciling ---------------------------------------------------------------------------
    def start_reconciling(self) -> None:
        self._clear(self.reconcile_layout)
        self.reconcile_panel = ReconcilePanel(self.services, self.exam, self.checklist(),
                                              self.candidate_combo.currentData(), self.evaluators)
        self.reconcile_panel.reconciled.connect(self.show_summary)
        cancel = button(self.tr("Back (nothing is recorded)"), self.tr("Back without reconciling"), self.show_summary)
        self.reconcile_layout.addLayout(self._title_row(self.tr("Reconciling {who} on “{checklist}”").format(
            who=self.candidate_combo.currentText(), checklist=self.checklist().title), cancel))
        self.reconcile_layout.addWidget(self.reconcile_panel, 1)
        self.choice_box.setVisible(False)
        self.stack.setCurrentIndex(RECONCILING)

    @staticmethod
    def _title_row(text: str, back) -> QHBoxLayout:
        title = QLabel(f"<b>{html.escape(text)}</b>")
        title.setWordWrap(True)
        title.setAccessibleName(text)
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(back)
        return row

    @classmethod
    def _clear(cls, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, deleted once the event loop runs
                item.widget().deleteLater()
            elif item.layout() is not None:
                cls._clear(item.layout())
