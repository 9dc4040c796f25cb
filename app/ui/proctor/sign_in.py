"""Sign-in for station staff. Wrong passwords count toward a lockout, which the service
enforces; this screen says how many tries lock the account and what to do when locked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ExamStationError
from app.services.context import Services
from app.ui.proctor.common import add_row, button, error_text, heading, hint, message_label, say

STAFF_ROLES = ("admin", "proctor")  # evaluators sign their evaluations with their PIN instead


class SignInScreen(QWidget):
    signed_in = Signal(object)  # the Account

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._build()

    def _build(self) -> None:
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.submit)
        self.user_edit.returnPressed.connect(self.password_edit.setFocus)
        box = QGroupBox(self.tr("Station account"))
        form = QFormLayout(box)
        add_row(form, self.tr("&User name:"), self.user_edit, self.tr("User name"))
        add_row(form, self.tr("&Password:"), self.password_edit, self.tr("Password"))
        self.sign_in_button = button(self.tr("&Sign in"), self.tr("Sign in"), self.submit)
        self.sign_in_button.setDefault(True)
        form.addRow(self.sign_in_button)
        self.result_label = message_label(self.tr("Sign-in result"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sign in")))
        layout.addWidget(hint(self.tr("Proctors and station administrators sign in with their password. "
                                      "Evaluators sign each evaluation with their PIN in evaluator mode.")))
        layout.addWidget(box)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.setFocusProxy(self.user_edit)

    def submit(self) -> None:
        username = self.user_edit.text().strip()
        if not username or not self.password_edit.text():
            say(self.result_label, self.tr("Enter your user name and password, then press Sign in."), ok=False)
            return
        try:
            account = self.services.accounts.sign_in(username, self.password_edit.text())
        except ExamStationError as error:
            self._refused(error_text(error))
            return
        self.password_edit.clear()
        if account.role not in STAFF_ROLES:
            self._refused(self.tr("{name} is an evaluator account. Evaluators do not sign in here: the proctor "
                                  "opens evaluator mode from the session, and you sign with your PIN.")
                          .format(name=account.display_name))
            return
        say(self.result_label, self.tr("Signed in as {name}.").format(name=account.display_name))
        self.services.accounts.record(account.username, "account.signed_in", account.username)
        self.signed_in.emit(account)

    def _refused(self, text: str) -> None:
        say(self.result_label, text, ok=False)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def reset(self) -> None:
        self.user_edit.clear()
        self.password_edit.clear()
        self.result_label.clear()
        self.user_edit.setFocus()
