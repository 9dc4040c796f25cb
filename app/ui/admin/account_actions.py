"""The administrator's confirmation for a change to someone's account (unlock, new PIN,
disable, enable): it names the account and the change, and takes the administrator's own PIN
(their password when they have none). A new PIN is typed twice."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ExamStationError
from app.ui.proctor.common import add_row, dialog_width, error_text, fit_wrapped_text, hint, message_label, say, targets


class AccountChangeDialog(QDialog):
    def __init__(self, title: str, explanation: str, action_text: str, admin_has_pin: bool,
                 apply: Callable[["AccountChangeDialog"], object], new_pin: bool = False,
                 parent: QWidget | None = None) -> None:
        """`apply` makes the change through the service; a refusal (a wrong PIN) keeps the dialog
        open with the reason, so the administrator can try again or cancel."""
        super().__init__(parent)
        fit_wrapped_text(self)   # long sentences (Spanish, 200 % text) are not cut
        self.apply = apply
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.pin_edit = self.repeat_edit = None
        if new_pin:
            self.pin_edit, self.repeat_edit = _secret(), _secret()
            self.pin_edit.setPlaceholderText(self.tr("4 or more digits"))
            add_row(self.form, self.tr("&New PIN:"), self.pin_edit, self.tr("New PIN"))
            add_row(self.form, self.tr("&Repeat the new PIN:"), self.repeat_edit, self.tr("Repeat the new PIN"))
        self.secret_edit = _secret()
        if admin_has_pin:
            add_row(self.form, self.tr("Your administrator &PIN:"), self.secret_edit,
                    self.tr("Your administrator PIN"))
        else:
            add_row(self.form, self.tr("Your &password (you have no PIN):"), self.secret_edit,
                    self.tr("Your administrator password"))
        self.problem = message_label(self.tr("What is missing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action_text)
        self.ok_button.setAccessibleName(action_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        what = QLabel(title)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        layout.addWidget(what)
        layout.addWidget(hint(explanation))
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))
        targets(*self.buttons.buttons(), *(f for f in (self.pin_edit, self.repeat_edit, self.secret_edit) if f))
        (self.pin_edit or self.secret_edit).setFocus()

    def secret(self) -> str:
        return self.secret_edit.text()

    def new_pin(self) -> str:
        return self.pin_edit.text() if self.pin_edit is not None else ""

    def show_problem(self, text: str) -> None:
        """The service refused (a wrong PIN, a PIN too short): say why and let them try again."""
        say(self.problem, text, ok=False)
        self.secret_edit.clear()
        self.secret_edit.setFocus()

    def _check(self) -> None:
        repeat = self.repeat_edit  # there is one when there is a new PIN to type
        if self.pin_edit is not None and repeat is not None and self.pin_edit.text() != repeat.text():
            say(self.problem, self.tr("The two new PINs differ. Type the same PIN twice."), ok=False)
            repeat.clear()
            repeat.setFocus()
            return
        if not self.secret():
            say(self.problem, self.tr("Enter your own PIN or password: changing an account needs it."), ok=False)
            self.secret_edit.setFocus()
            return
        try:
            self.apply(self)
        except ExamStationError as error:
            self.show_problem(error_text(error))
            return
        self.accept()


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
