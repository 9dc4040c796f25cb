"""Signing with a PIN: who signs, their PIN, and the words for a refusal (wrong PIN, or the
account locked after repeated wrong PINs)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.services.context import Services
from app.ui.evaluator.step_row import TOUCH
from app.ui.proctor.common import button, error_text


class SignOffBar(QWidget):
    sign = Signal(str, str)  # user name, PIN

    def __init__(self, services: Services | None, evaluators: list, action_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.who_combo = QComboBox()
        for account in evaluators:
            self.who_combo.addItem(f"{account.display_name} ({account.username})", account.username)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.returnPressed.connect(self._sign)
        self.sign_button = button(action_text, action_text.replace("&", ""), self._sign)
        for widget in (self.who_combo, self.pin_edit, self.sign_button):
            widget.setMinimumHeight(TOUCH)
        self.who_combo.setAccessibleName(self.tr("Who signs"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        row = QHBoxLayout(self)  # one row, so the steps above keep the height
        row.setContentsMargins(0, 0, 0, 0)
        for text, field in ((self.tr("Signed &by:"), self.who_combo), (self.tr("&PIN:"), self.pin_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.who_combo else 0)
        row.addWidget(self.sign_button)

    def choose(self, username: str) -> None:
        index = self.who_combo.findData(username)
        if index >= 0:
            self.who_combo.setCurrentIndex(index)

    def username(self) -> str:
        return self.who_combo.currentData() or ""

    def _sign(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()  # a PIN is never kept on screen, right or wrong
        self.sign.emit(self.username(), pin)

    def refusal(self, username: str, error: BaseException) -> str:
        """A refused signature in words; a locked account is named as such, with what to do."""
        # None on a tablet: it holds no accounts, and the station words its refusals
        account = self.services.accounts.get(username) if self.services is not None else None
        if account and account.locked_minutes:
            return self.tr("{name}'s account is locked after repeated wrong PINs. Try again in {m} minute(s), "
                           "or ask the station administrator.").format(name=account.display_name,
                                                                       m=account.locked_minutes)
        self.pin_edit.setFocus()
        return error_text(error)
