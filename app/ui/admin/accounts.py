"""Station accounts for an administrator: who can proctor and who can evaluate. Passwords and
PINs go straight to the account service, which keeps only slow hashes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError
from app.services.context import Services
from app.ui.proctor.common import add_row, button, error_text, hint, message_label, say

ROLE_NAMES = {"admin": QT_TRANSLATE_NOOP("AccountsDialog", "station administrator"), "proctor": QT_TRANSLATE_NOOP("AccountsDialog", "proctor"),
              "evaluator": QT_TRANSLATE_NOOP("AccountsDialog", "evaluator"), "marker": QT_TRANSLATE_NOOP("AccountsDialog", "marker"),
              "adjudicator": QT_TRANSLATE_NOOP("AccountsDialog", "adjudicator")}


def role_name(role: str) -> str:
    """A role in plain words, in the staff's language ("station administrator", not "admin")."""
    return QCoreApplication.translate("AccountsDialog", ROLE_NAMES.get(role, role))


class AccountsDialog(QDialog):
    def __init__(self, services: Services, admin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.admin = services, admin
        self.setWindowTitle(self.tr("Station accounts"))
        self.setAccessibleName(self.tr("Station accounts"))
        self.resize(760, 620)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Status")])
        self.table.setAccessibleName(self.tr("Accounts on this station"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._create_box())
        layout.addWidget(button(self.tr("&Close"), self.tr("Close"), self.accept))
        self.refresh()

    def _create_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add an account"))
        form = QFormLayout(box)
        self.user_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.role_combo = QComboBox()
        for role in ("proctor", "evaluator", "admin"):
            self.role_combo.addItem(self.tr(ROLE_NAMES[role]), role)
        self.password_edit, self.pin_edit = QLineEdit(), QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("&User name:"), self.user_edit, self.tr("New user name"))
        add_row(form, self.tr("&Display name:"), self.name_edit, self.tr("New display name"))
        add_row(form, self.tr("&Role:"), self.role_combo, self.tr("Role"))
        self.password_edit.setPlaceholderText(self.tr("8 or more characters"))
        self.pin_edit.setPlaceholderText(self.tr("4 or more digits; evaluators need one"))
        add_row(form, self.tr("&Password:"), self.password_edit, self.tr("New password"))
        add_row(form, self.tr("P&IN:"), self.pin_edit, self.tr("New PIN"))
        form.addRow(hint(self.tr("Evaluators sign evaluations with their PIN; proctors and administrators "
                                 "unlock a candidate's screen with theirs.")))
        form.addRow(button(self.tr("&Add account"), self.tr("Add account"), self.add_account))
        self.message = message_label(self.tr("Account result"))
        form.addRow(self.message)
        return box

    def add_account(self) -> None:
        role = self.role_combo.currentData()
        if role == "evaluator" and not self.pin_edit.text():
            say(self.message, self.tr("An evaluator needs a PIN to sign evaluations. Enter one."), ok=False)
            self.pin_edit.setFocus()
            return
        try:
            account = self.services.accounts.create(self.user_edit.text(), self.name_edit.text(), role,
                                                    self.password_edit.text(), self.pin_edit.text() or None,
                                                    by=self.admin)
        except ExamStationError as error:
            say(self.message, error_text(error), ok=False)
            return
        for field in (self.user_edit, self.name_edit, self.password_edit, self.pin_edit):
            field.clear()
        say(self.message, self.tr("Added {name} ({user}) as {role}.").format(
            name=account.display_name, user=account.username, role=self.tr(ROLE_NAMES[role])))
        self.refresh()

    def refresh(self) -> None:
        accounts = self.services.accounts.list_accounts()
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            status = self.tr("locked after wrong tries") if account.locked_minutes else (
                self.tr("active") if account.active else self.tr("disabled"))
            values = (account.username, account.display_name, self.tr(ROLE_NAMES[account.role]), status)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
