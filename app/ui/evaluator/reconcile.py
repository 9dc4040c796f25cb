"""Reconciling two independent evaluations: only the steps the evaluators marked differently
are listed, each with both marks and notes; every one needs a decision and a reason. Both
evaluators decide together (each with their PIN), or a third evaluator who did neither
evaluation; the record names who decided each step."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from app.domain.exam import Checklist, Exam
from app.services.context import Services
from app.ui.evaluator.step_row import ROW_STYLE, TOUCH
from app.ui.proctor.common import button, error_text, hint, message_label, say
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


class Deciders(QWidget):
    """Who decides the differences: both evaluators together (each enters their PIN), or a third
    evaluator who did neither evaluation, named here, with their PIN."""

    record = Signal()

    def __init__(self, first: str, second: str, evaluators: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {a.username: a.display_name for a in evaluators}
        self.first, self.second = first, second
        self.who_combo = QComboBox()
        self.who_combo.addItem(self.tr("{a} and {b}, together").format(a=names.get(first, first),
                                                                       b=names.get(second, second)), "")
        for account in evaluators:
            if account.username not in (first, second):
                self.who_combo.addItem(self.tr("{name} ({username}), a third evaluator").format(
                    name=account.display_name, username=account.username), account.username)
        self.who_combo.setAccessibleName(self.tr("Who decides the differences"))
        self.pins = [QLineEdit(), QLineEdit()]
        self.pin_labels = [QLabel(), QLabel()]
        for label, pin in zip(self.pin_labels, self.pins, strict=True):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
            pin.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
            pin.returnPressed.connect(self.record.emit)
            label.setBuddy(pin)
        self.record_button = button(self.tr("&Record the reconciliation"), self.tr("Record the reconciliation"),
                                    self.record.emit)
        for widget in (self.who_combo, *self.pins, self.record_button):
            widget.setMinimumHeight(TOUCH)
        rows = QVBoxLayout(self)  # who, then the PINs: each PIN field keeps its width at 200 % text
        rows.setContentsMargins(0, 0, 0, 0)
        who, row = QHBoxLayout(), QHBoxLayout()
        decided = QLabel(self.tr("Decided &by:"))
        decided.setBuddy(self.who_combo)
        who.addWidget(decided)
        who.addWidget(self.who_combo, 1)
        for label, pin in zip(self.pin_labels, self.pins, strict=True):
            row.addWidget(label)
            row.addWidget(pin)
        row.addStretch(1)
        row.addWidget(self.record_button)
        rows.addLayout(who)
        rows.addLayout(row)
        self.who_combo.currentIndexChanged.connect(self._ask_pins)
        self._ask_pins()

    def panel(self) -> list[str]:
        third = self.who_combo.currentData()
        return [third] if third else [self.first, self.second]

    def choose(self, username: str) -> None:
        """Both evaluators ('') or the third evaluator named."""
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(username)))

    def _ask_pins(self) -> None:
        panel = self.panel()
        for index, (label, pin) in enumerate(zip(self.pin_labels, self.pins, strict=True)):
            shown = index < len(panel)
            label.setVisible(shown)
            pin.setVisible(shown)
            pin.clear()
            if shown:
                label.setText(self.tr("{who}'s PIN:").format(who=panel[index]))
                pin.setAccessibleName(self.tr("PIN of {who}").format(who=panel[index]))

    def signers(self) -> dict[str, str]:
        """User name -> PIN of each decider; the PIN fields are emptied (never kept on screen)."""
        signers = {who: pin.text() for who, pin in zip(self.panel(), self.pins[:len(self.panel())], strict=True)}
        for pin in self.pins:
            pin.clear()
        return signers


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
        self.deciders = Deciders(first.evaluator, second.evaluator, evaluators, self)
        self.deciders.record.connect(self.record)
        self.message = message_label(self.tr("Reconciliation result"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("{a} and {b} marked {n} step(s) differently. Decide each one and say why. Both "
                                      "of them decide together and each enters their PIN, or a third evaluator who "
                                      "did neither evaluation decides and enters theirs; the record names who decided "
                                      "each step.").format(a=first.evaluator, b=second.evaluator,
                                                           n=len(self.differences))))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.deciders)
        layout.addWidget(self.message)

    def missing(self) -> list[str]:
        return [d.step.text for d in self.differences if d.decision() is None or not d.note_edit.text().strip()]

    def record(self) -> None:
        signers = self.deciders.signers()
        missing = self.missing()
        if missing:
            say(self.message, self.tr("Decide and explain every difference first; still open: {list}.")
                .format(list="; ".join(missing)), ok=False)
            return
        # every difference is decided by now (missing() is empty)
        resolved = {d.step.id: decision for d in self.differences if (decision := d.decision()) is not None}
        notes = {d.step.id: d.note_edit.text().strip() for d in self.differences}
        try:
            self.services.evaluation.reconcile(self.exam, self.checklist.id, self.candidate_id, signers,
                                               resolved, notes)
        except Exception as error:
            say(self.message, self._refusal(signers, error), ok=False)
            return
        say(self.message, self.tr("The reconciliation is recorded."))
        self.reconciled.emit()

    def _refusal(self, signers: dict[str, str], error: BaseException) -> str:
        """As a sign-off bar says it: a locked account is named as such, with what to do."""
        for username in signers:
            account = self.services.accounts.get(username)
            if account and account.locked_minutes:
                return self.tr("{name}'s account is locked after repeated wrong PINs. Try again in {m} minute(s), "
                               "or ask the station administrator.").format(name=account.display_name,
                                                                           m=account.locked_minutes)
        return error_text(error)
