"""Evaluator mode: choose the candidate, the checklist and the evaluator, mark every step,
sign off with the evaluator's PIN. A second evaluator scores on their own, blind to the
first; if they differ, the differences are reconciled. The result and the reason show here."""

from __future__ import annotations

import html
import time
from typing import Callable

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget,
)

from app.domain.exam import Exam
from app.services.context import Services
from app.ui.evaluator.checklist_form import ChecklistForm
from app.ui.evaluator.reconcile import ReconcilePanel
from app.ui.evaluator.sign_off import SignOffBar
from app.ui.evaluator.step_row import TOUCH
from app.ui.evaluator.summary import describe
from app.ui.proctor.common import add_row, button, message_label, note, say

SUMMARY, MARKING, RECONCILING = 0, 1, 2


class EvaluatorScreen(QWidget):
    def __init__(self, services: Services, exam: Exam, session_id: str,
                 monotonic: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.session_id, self.monotonic = services, exam, session_id, monotonic
        self.form: ChecklistForm | None = None
        self.reconcile_panel: ReconcilePanel | None = None
        self.stack = QStackedWidget()
        self.summary = message_label(self.tr("Evaluation status"))
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.summary)
        summary_layout.addStretch(1)
        self.stack.addWidget(summary_page)
        self.marking_page = QWidget()
        self.marking_layout = QVBoxLayout(self.marking_page)
        self.stack.addWidget(self.marking_page)
        self.reconcile_page = QWidget()
        self.reconcile_layout = QVBoxLayout(self.reconcile_page)
        self.stack.addWidget(self.reconcile_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._choice_box())
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
        self.start_button = button(self.tr("&Start the evaluation"), self.tr("Start the evaluation"), self.start)
        self.reconcile_button = button(self.tr("&Reconcile the differences"), self.tr("Reconcile the differences"),
                                       self.start_reconciling)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.reconcile_button)
        form.addRow(row)
        for widget in (self.candidate_combo, self.checklist_combo, self.evaluator_combo, self.start_button,
                       self.reconcile_button):
            widget.setMinimumHeight(TOUCH)
        self.candidate_combo.currentIndexChanged.connect(self.show_summary)
        self.checklist_combo.currentIndexChanged.connect(self.show_summary)
        return self.choice_box

    def refresh(self) -> None:
        """Reload candidates and evaluators (check-in and accounts change while the session runs)."""
        self._refill(self.candidate_combo, [(f"{c.name} ({c.number})", c.id)
                                            for c in self.services.delivery.candidates(self.session_id)])
        self.evaluators = self.services.accounts.list_accounts(role="evaluator", active_only=True)
        self._refill(self.evaluator_combo, [(f"{a.display_name} ({a.username})", a.username)
                                            for a in self.evaluators])
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
        candidate, checklist_id = self.candidate_combo.currentData(), self.checklist_combo.currentData()
        if self.form is not None:
            self.form.stop()
        self.choice_box.setVisible(True)
        self.stack.setCurrentIndex(SUMMARY)
        if not self.exam.checklists:
            say(self.summary, self.tr("This exam has no performance checklists."), ok=False)
        elif not self.evaluators:
            say(self.summary, self.tr("No evaluator accounts on this station. Ask the station administrator to add "
                                      "them (Accounts…); each needs a PIN."), ok=False)
        elif candidate is None:
            say(self.summary, self.tr("No candidate is checked in yet. Check candidates in first."), ok=False)
        else:
            text, self.can_reconcile = describe(self.services, self.exam, self.session_id, candidate, checklist_id)
            note(self.summary, self._emphasise(text))
        self.start_button.setEnabled(bool(candidate and self.evaluators and self.exam.checklists))
        self.reconcile_button.setEnabled(bool(candidate) and getattr(self, "can_reconcile", False))

    def _emphasise(self, text: str) -> str:
        """The result lines in bold, so the verdict is the first thing an evaluator reads."""
        results = (self.tr("Checklist result"), self.tr("Credential result"), self.tr("Reason"))
        lines = [html.escape(line, quote=False) for line in text.splitlines()]
        return "<br>".join(f"<b>{line}</b>" if line.startswith(results) else line for line in lines)

    # -- marking -------------------------------------------------------------------------------
    def start(self) -> None:
        evaluator = self.evaluator_combo.currentData()
        self._clear(self.marking_layout)
        self.form = ChecklistForm(self.checklist(), self.monotonic)
        self.sign_off = SignOffBar(self.services, [a for a in self.evaluators if a.username == evaluator],
                                   self.tr("&Sign off with my PIN"), self)
        self.sign_off.sign.connect(self.sign)
        self.marking_message = message_label(self.tr("Sign-off result"))
        cancel = button(self.tr("Cancel (nothing is saved)"), self.tr("Cancel the evaluation"), self.show_summary)
        cancel.setMinimumHeight(TOUCH)
        self.marking_layout.addLayout(self._title_row(self.tr("Evaluating {who} on “{checklist}”, by {evaluator}")
                                                      .format(who=self.candidate_combo.currentText(),
                                                              checklist=self.checklist().title,
                                                              evaluator=self.evaluator_combo.currentText()), cancel))
        self.marking_layout.addWidget(self.form, 1)
        self.marking_layout.addWidget(self.sign_off)
        self.marking_layout.addWidget(self.marking_message)
        self.choice_box.setVisible(False)  # the steps get the room; candidate and checklist stay fixed
        self.stack.setCurrentIndex(MARKING)
        self.form.focus_step(0)

    def sign(self, username: str, pin: str) -> None:
        form = self.form
        if form is None or form.refuse_unmarked(self.marking_message):  # signing comes after marking, on its form
            return
        candidate = self.candidate_combo.currentData()
        try:
            self.services.evaluation.sign_off(self.exam, self.checklist().id, candidate, username, pin,
                                              form.marks(), form.notes(), form.task_seconds(),
                                              attempt_id=self._attempt_of(candidate))
        except Exception as error:  # wrong PIN, locked account, a second signature by the same person
            say(self.marking_message, self.sign_off.refusal(username, error), ok=False)
            return
        form.stop()
        self.show_summary()

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
        cancel = button(self.tr("Back (nothing is saved)"), self.tr("Back without reconciling"), self.show_summary)
        cancel.setMinimumHeight(TOUCH)
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
                item.widget().deleteLater()
            elif item.layout() is not None:
                cls._clear(item.layout())
