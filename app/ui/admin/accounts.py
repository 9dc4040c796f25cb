"""Station accounts for an administrator: who can proctor and who can evaluate, and the changes
an account needs on exam day (unlock after wrong tries, a new PIN, disable or enable), each
confirmed with the administrator's own PIN. Passwords and PINs go straight to the account
service, which keeps only slow hashes and writes each change to the audit log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
    QScrollArea, QTableWidget, QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError
from app.services.context import Services
from app.ui.widgets.table_cells import set_cell
from app.ui.widgets.table_fit import fit_columns
from app.ui.admin.account_actions import AccountChangeDialog
from app.ui.proctor.common import (
    TARGET, add_row, button, dialog_width, error_text, hint, message_label, say, target_rows, targets,
)
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

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
        self.resize(max(760, dialog_width(self, 72)), 620)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Status")])
        self.table.setAccessibleName(self.tr("Accounts on this station"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        target_rows(self.table)
        fit_columns(self.table, stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.change_dialog: AccountChangeDialog | None = None
        self.accounts: list = []
        self.message = message_label(self.tr("Account result"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._change_row())
        layout.addWidget(self.message)
        layout.addWidget(self._create_box())
        # At 200 % text the accounts and the form scroll (the list keeps three whole rows); Close stays.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * TARGET
                                    + 2 * self.table.frameWidth())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(button(self.tr("&Close"), self.tr("Close"), self.accept))
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
        targets(self.user_edit, self.name_edit, self.role_combo, self.password_edit, self.pin_edit)
        form.addRow(hint(self.tr("Evaluators sign evaluations with their PIN; proctors and administrators "
                                 "unlock a candidate's screen with theirs.")))
        form.addRow(button(self.tr("&Add account"), self.tr("Add account"), self.add_account))
        return box

    def _change_row(self) -> QHBoxLayout:
        self.unlock_button = button(self.tr("Unloc&k"), self.tr("Unlock the chosen account"), self.ask_unlock)
        self.reset_pin_button = button(self.tr("&New PIN…"), self.tr("Give the chosen account a new PIN"),
                                       self.ask_reset_pin)
        self.active_button = button(self.tr("Disa&ble"), self.tr("Disable the chosen account"), self.ask_active)
        row = QHBoxLayout()
        for widget in (self.unlock_button, self.reset_pin_button, self.active_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

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
        chosen = self.chosen()
        self.accounts = self.services.accounts.list_accounts()
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            if not account.active:
                status = self.tr("disabled: cannot sign in")
            elif account.locked_minutes:
                status = self.tr("locked after wrong tries ({n} min left)").format(n=account.locked_minutes)
            else:
                status = self.tr("active")
            values = (account.username, account.display_name, self.tr(ROLE_NAMES[account.role]), status)
            for column, value in enumerate(values):
                set_cell(self.table, row, column, value)
        if chosen is not None:
            self.choose(chosen.username)
        self._update_buttons()

    # -- changes to the chosen account ---------------------------------------------------------
    def choose(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.username == username:
                self.table.selectRow(row)

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def _update_buttons(self) -> None:
        account = self.chosen()
        self.unlock_button.setEnabled(account is not None and bool(account.locked_minutes))
        self.reset_pin_button.setEnabled(account is not None and account.active)
        self.active_button.setEnabled(account is not None)
        enable = account is not None and not account.active
        self.active_button.setText(self.tr("Ena&ble") if enable else self.tr("Disa&ble"))
        self.active_button.setAccessibleName(self.tr("Enable the chosen account") if enable
                                             else self.tr("Disable the chosen account"))

    def _who(self, account) -> str:
        return self.tr("{name} ({user})").format(name=account.display_name, user=account.username)

    def _changed(self, done: str) -> None:
        say(self.message, done)
        self.refresh()

    def _ask(self, title: str, explanation: str, action: str, apply, done: str, new_pin: bool = False) -> None:
        me = self.services.accounts.get(self.admin)
        dialog = AccountChangeDialog(title, explanation, action, bool(me and me.has_pin), apply, new_pin, self)
        self.change_dialog = dialog
        dialog.accepted.connect(lambda: self._changed(done))
        dialog.finished.connect(lambda _result: setattr(self, "change_dialog", None))
        dialog.open()

    def ask_unlock(self) -> None:
        account = self.chosen()
        if account is None:
            return
        self._ask(self.tr("Unlock {who}").format(who=self._who(account)),
                  self.tr("The account was locked after wrong passwords or PINs. Unlock it once you know it is "
                          "really them at the keyboard."), self.tr("&Unlock"),
                  lambda d: self.services.accounts.unlock(account.username, self.admin, d.secret()),
                  self.tr("Unlocked {who}: they can sign in again.").format(who=self._who(account)))

    def ask_reset_pin(self) -> None:
        account = self.chosen()
        if account is None:
            return
        self._ask(self.tr("New PIN for {who}").format(who=self._who(account)),
                  self.tr("The old PIN stops working at once. Tell them the new PIN in person."),
                  self.tr("&Set the new PIN"),
                  lambda d: self.services.accounts.reset_pin(account.username, d.new_pin(), self.admin, d.secret()),
                  self.tr("{who} has a new PIN.").format(who=self._who(account)), new_pin=True)

    def ask_active(self) -> None:
        account = self.chosen()
        if account is None:
            return
        enable = not account.active
        if enable:
            title = self.tr("Enable {who}").format(who=self._who(account))
            explanation = self.tr("They can sign in again with their password and PIN.")
            done = self.tr("Enabled {who}: they can sign in again.").format(who=self._who(account))
        else:
            title = self.tr("Disable {who}").format(who=self._who(account))
            explanation = self.tr("They can no longer sign in or give their PIN. What they did stays in the "
                                  "record; you can enable the account again later.")
            done = self.tr("Disabled {who}: they cannot sign in.").format(who=self._who(account))
        self._ask(title, explanation, self.tr("&Enable") if enable else self.tr("&Disable"),
                  lambda d: self.services.accounts.set_active(account.username, enable, self.admin, d.secret()),
                  done)
