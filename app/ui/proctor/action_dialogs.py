"""The proctor's dialogs for acting on an attempt: a reason (pause, add time), the void (final:
reason, the candidate's number typed back and the proctor's PIN), an incident report, and the
confirmation to end the session. Each names the candidate and seat it acts on and refuses to
close until what the record needs is filled in."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.services.proctoring import INCIDENT_TYPES
from app.ui.proctor.common import add_row, dialog_width, fit_wrapped_text, hint, message_label, say, targets
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

INCIDENT_NAMES = {"focus_lost": QT_TRANSLATE_NOOP("IncidentDialog", "left the exam window"),
                  "disruption": QT_TRANSLATE_NOOP("IncidentDialog", "disruption in the room"),
                  "technical": QT_TRANSLATE_NOOP("IncidentDialog", "technical problem"),
                  "misconduct": QT_TRANSLATE_NOOP("IncidentDialog", "suspected misconduct"),
                  "illness": QT_TRANSLATE_NOOP("IncidentDialog", "illness"), "other": QT_TRANSLATE_NOOP("IncidentDialog", "other")}


class _ActionDialog(QDialog):
    def __init__(self, title: str, explanation: str, action_text: str, parent: QWidget | None,
                 who: str = "") -> None:
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
        if who:   # the candidate acted on, first and in bold: the proctor checks it before anything else
            self.who_label = QLabel(self.tr("Candidate: {who}").format(who=who))
            self.who_label.setWordWrap(True)
            self.who_label.setStyleSheet("font-weight: bold;")
            self.who_label.setAccessibleName(self.who_label.text())
            layout.addWidget(self.who_label)
        layout.addWidget(hint(explanation))
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))
        fit_wrapped_text(self)
        targets(*self.buttons.buttons())

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
                 ask_minutes: bool = False, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(title, explanation, action_text, parent, who)
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


class VoidDialog(_ActionDialog):
    """Voiding is final, so it takes three things on purpose: the reason, the candidate's number
    typed back (it must be this candidate), and the proctor's own PIN. Enter never voids: the
    button is pressed with the mouse or with Space once it has the focus."""

    def __init__(self, who: str, number: str, check_pin: Callable[[str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Void the attempt of {who}").format(who=who),
                         self.tr("Voiding ends this attempt for good: the candidate cannot continue and it is "
                                 "not scored. It cannot be undone."),
                         self.tr("&Void the attempt"), parent, who)
        self.number, self.check_pin = number, check_pin
        self.reason_edit = QLineEdit()
        add_row(self.form, self.tr("&Reason (required):"), self.reason_edit, self.tr("Reason"))
        self.confirm_edit = QLineEdit()
        add_row(self.form, self.tr("&Type the candidate's number ({number}):").format(number=number),
                self.confirm_edit, self.tr("The candidate's number, typed to confirm"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(self.form, self.tr("Your proctor &PIN:"), self.pin_edit, self.tr("Your proctor PIN"))
        self._no_default_button()
        for choice in self.buttons.buttons():
            choice.installEventFilter(self)   # Enter on a focused button presses it: not here
        self.reason_edit.setFocus()

    def _no_default_button(self) -> None:
        for choice in self.buttons.buttons():
            if isinstance(choice, QPushButton):  # a button box makes push buttons; only they have a default
                choice.setAutoDefault(False)
                choice.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._no_default_button()   # a button box makes its first button the default when shown

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if _is_enter(event):
            event.accept()   # a stray Enter while typing must never void an attempt
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        return event.type() == QEvent.Type.KeyPress and _is_enter(event)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def missing(self) -> str:
        if not self.reason():
            return self.tr("Write the reason: it goes into the candidate's record and the audit log.")
        if self.confirm_edit.text().strip().casefold() != self.number.casefold():
            return self.tr("Type the candidate's number, {number}, to confirm that this is the attempt to "
                           "void.").format(number=self.number)
        if not self.pin_edit.text():
            return self.tr("Enter your proctor PIN: voiding needs it.")
        return ""

    def _check(self) -> None:
        problem = self.missing()
        if not problem and not self.check_pin(self.pin_edit.text()):
            problem = self.tr("That PIN is not right, so nothing was voided. Try again; after 5 wrong tries "
                              "your account is locked for 15 minutes.")
            self.pin_edit.clear()
        if problem:
            say(self.problem, problem, ok=False)
            return
        self.accept()


def _is_enter(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _SafeChoiceDialog(QDialog):
    """A yes-or-no question about something final: the safe choice has the focus and is what
    Enter and Escape do; the other must be chosen on purpose."""

    def __init__(self, title: str, text: str, safe_text: str, act_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.buttons = QDialogButtonBox()
        self.safe_button = self.buttons.addButton(safe_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.act_button = self.buttons.addButton(act_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.act_button.setAutoDefault(False)
        self.safe_button.setDefault(True)
        for choice in (self.safe_button, self.act_button):
            choice.setAccessibleName(choice.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(text))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))
        fit_wrapped_text(self)   # at 200 % text the question was cut otherwise
        targets(self.safe_button, self.act_button)
        self.safe_button.setFocus()


class EndSessionDialog(_SafeChoiceDialog):
    """Ending the session is final: check-in and the console close for good."""

    def __init__(self, exam_title: str, attempts: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End the session?"),
                         self.tr("End the session of “{exam}” ({n} attempt(s), all finished)? Nobody can be "
                                 "checked in or continue after that; the next step is to export the results. It "
                                 "cannot be undone.").format(exam=exam_title, n=attempts),
                         self.tr("&Keep the session open"), self.tr("&End the session"), parent)
        self.keep_button, self.end_button = self.safe_button, self.act_button


class NewSessionDialog(_SafeChoiceDialog):
    """Leaving an ended session for a new one (an afternoon exam). The session's record stays on
    the station; a session not exported yet is said plainly."""

    def __init__(self, exam_title: str, exported: bool, parent: QWidget | None = None) -> None:
        text = self.tr("The session of “{exam}” closes on this screen and you choose the next exam "
                       "package. Its results and audit log stay on this station.").format(exam=exam_title)
        if not exported:
            text += " " + self.tr("Its results are not exported yet: you can still export them later with "
                                  "the command line (examstation results export), but exporting now is simpler.")
        super().__init__(self.tr("Start a new session?"), text, self.tr("&Stay on this session"),
                         self.tr("Start a &new session"), parent)
        self.stay_button, self.new_button = self.safe_button, self.act_button


class IncidentDialog(_ActionDialog):
    def __init__(self, candidate: str, proctor_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Report an incident"),
                         self.tr("An incident is recorded with the candidate's attempt; it does not stop "
                                 "their exam."),
                         self.tr("&Record incident"), parent, candidate)
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
