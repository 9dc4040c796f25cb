"""Reconciling two independent evaluations: only the steps the evaluators marked differently
are listed, each with both marks and notes; every one needs a decision and a note, and the
reconciliation is signed with a PIN and recorded."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from app.domain.exam import Checklist, Exam
from app.services.context import Services
from app.ui.evaluator.step_row import ROW_STYLE, TOUCH
from app.ui.evaluator.sign_off import SignOffBar
from app.ui.proctor.common import hint, message_label, say
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

MARK_NAMES = {"done": QT_TRANSLATE_NOOP("Difference", "Done"), "not_done": QT_TRANSLATE_NOOP("Difference", "Not done"),
              "na": QT_TRANSLATE_NOOP("Difference", "N/A")}


class Difference(QFrame):
    """One step the evaluators disagree on, and the reconciler's decision."""

    def __init__(self, step, first, second, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("stepRow")
        self.setStyleSheet(ROW_STYLE)
        self.setAccessibleName(step.text)
        layout = QVBoxLayout(self)
        title = QLabel("<b>" + html.escape(step.text) + "</b>" + (
            " <b style='color:#9b0000'>" + self.tr("CRITICAL") + "</b>" if step.critical else ""))
        title.setWordWrap(True)
        layout.addWidget(title)
        for evaluation in (first, second):
            said = QLabel(self.tr("{who}: {mark}{note}").format(
                who=evaluation.evaluator, mark=self.tr(MARK_NAMES.get(evaluation.marks.get(step.id), "—")),
                note=(" — " + evaluation.notes[step.id]) if evaluation.notes.get(step.id) else ""))
            said.setWordWrap(True)
            layout.addWidget(said)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for mark in ("done", "not_done", "na"):
            choice = QPushButton(self.tr(MARK_NAMES[mark]))
            choice.setCheckable(True)
            choice.setProperty("mark", mark)
            choice.setMinimumHeight(TOUCH)
            choice.setAccessibleName(self.tr("Decide {mark}: {step}").format(mark=self.tr(MARK_NAMES[mark]),
                                                                            step=step.text))
            choice.setEnabled(mark != "na" or step.allow_na)
            self.group.addButton(choice)
            self.buttons[mark] = choice
            row.addWidget(choice)
        layout.addLayout(row)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Why (required)"))
        self.note_edit.setAccessibleName(self.tr("Reason for the decision on {step}").format(step=step.text))
        layout.addWidget(self.note_edit)

    def decision(self) -> str | None:
        return next((m for m, b in self.buttons.items() if b.isChecked()), None)


class ReconcilePanel(QWidget):
    reconciled = Signal()

    def __init__(self, services: Services, exam: Exam, checklist: Checklist, candidate_id: str,
                 evaluators: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.checklist, self.candidate_id = services, exam, checklist, candidate_id
        pair = services.evaluation.disagreement(candidate_id, checklist.id)
        first, second = pair.first, pair.second
        steps = {s.id: s for s in checklist.steps}
        self.differences = [Difference(steps[s], first, second) for s in pair.steps]
        page = QWidget()
        column = QVBoxLayout(page)
        for difference in self.differences:
            column.addWidget(difference)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.sign_off = SignOffBar(services, evaluators, self.tr("&Record the reconciliation"), self)
        self.sign_off.sign.connect(self.record)
        self.message = message_label(self.tr("Reconciliation result"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("{a} and {b} marked {n} step(s) differently. Decide each one, say why, and "
                                      "sign with your PIN.").format(a=first.evaluator, b=second.evaluator,
                                                                   n=len(self.differences))))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.sign_off)
        layout.addWidget(self.message)

    def missing(self) -> list[str]:
        return [d.step.text for d in self.differences if d.decision() is None or not d.note_edit.text().strip()]

    def record(self, username: str, pin: str) -> None:
        missing = self.missing()
        if missing:
            say(self.message, self.tr("Decide and explain every difference first; still open: {list}.")
                .format(list="; ".join(missing)), ok=False)
            return
        # every difference is decided by now (missing() is empty)
        resolved = {d.step.id: decision for d in self.differences if (decision := d.decision()) is not None}
        notes = {d.step.id: d.note_edit.text().strip() for d in self.differences}
        try:
            self.services.evaluation.reconcile(self.exam, self.checklist.id, self.candidate_id, username, pin,
                                               resolved, notes)
        except Exception as error:
            say(self.message, self.sign_off.refusal(username, error), ok=False)
            return
        say(self.message, self.tr("The reconciliation is recorded."))
        self.reconciled.emit()
