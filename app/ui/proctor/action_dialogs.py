"""The proctor's dialogs for acting on an attempt: a reason (pause, add time, void) and an
incident report. Each refuses to close until what the record needs is filled in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.services.proctoring import INCIDENT_TYPES
from app.ui.proctor.common import add_row, dialog_width, hint, message_label, say

INCIDENT_NAMES = {"focus_lost": "left the exam window", "disruption": "disruption in the room",
                  "technical": "technical problem", "misconduct": "suspected misconduct",
                  "illness": "illness", "other": "other"}


class _ActionDialog(QDialog):
    def __init__(self, title: str, explanation: str, action_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.problem = message_label(self.tr("What is missing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action_text)
        self.ok_button.setAccessibleName(action_text.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(explanation))
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))

    def missing(self) -> str:
        return ""

    def _check(self) -> None:
        problem = self.missing()
        if problem:
            say(self.problem, problem, ok=False)
            return
        self.accept()


class ReasonDialog(_ActionDialog):
    """Pause (reason optional), add time (minutes and a required reason), void (required reason)."""

    def __init__(self, title: str, explanation: str, action_text: str, reason_required: bool,
                 ask_minutes: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, explanation, action_text, parent)
        self.reason_required = reason_required
        self.minutes_spin: QSpinBox | None = None
        if ask_minutes:
            self.minutes_spin = QSpinBox()
            self.minutes_spin.setRange(1, 240)
            self.minutes_spin.setValue(5)
            self.minutes_spin.setSuffix(self.tr(" minutes"))
            add_row(self.form, self.tr("&Time to add:"), self.minutes_spin, self.tr("Minutes to add"))
        self.reason_edit = QLineEdit()
        label = self.tr("&Reason (required):") if reason_required else self.tr("&Reason (optional):")
        add_row(self.form, label, self.reason_edit, self.tr("Reason"))
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def minutes(self) -> int:
        return self.minutes_spin.value() if self.minutes_spin else 0

    def missing(self) -> str:
        if self.reason_required and not self.reason():
            return self.tr("Write the reason: it goes into the candidate's record and the audit log.")
        return ""


class IncidentDialog(_ActionDialog):
    def __init__(self, candidate: str, proctor_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Report an incident"),
                         self.tr("An incident is recorded with the candidate's attempt; it does not stop "
                                 "their exam. Candidate: {who}.").format(who=candidate),
                         self.tr("&Record incident"), parent)
        self.kind_combo = QComboBox()
        for kind in INCIDENT_TYPES:
            self.kind_combo.addItem(self.tr(INCIDENT_NAMES.get(kind, kind)), kind)
        self.kind_combo.setCurrentIndex(INCIDENT_TYPES.index("disruption"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        add_row(self.form, self.tr("&Type:"), self.kind_combo, self.tr("Incident type"))
        add_row(self.form, self.tr("&What happened (required):"), self.description_edit,
                self.tr("Incident description"))
        when = QLabel(datetime.now().strftime("%H:%M:%S"))
        when.setAccessibleName(self.tr("Time of the report"))
        add_row(self.form, self.tr("Time:"), when)
        who = QLabel(proctor_name)
        who.setAccessibleName(self.tr("Reported by"))
        add_row(self.form, self.tr("Reported by:"), who)
        self.description_edit.setFocus()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    def missing(self) -> str:
        return "" if self.description() else self.tr("Describe what happened: who, what, and what you did.")
