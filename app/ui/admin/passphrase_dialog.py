"""Asks for a new key passphrase twice, for stations without an OS keyring: the center's
private keys are then kept in a file sealed with it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui.proctor.common import add_row, dialog_width, fit_wrapped_text, hint, message_label, say, targets

MIN_PASSPHRASE = 8  # the key store's own minimum; checked here too so the dialog can say so at once


class NewPassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_wrapped_text(self)   # long sentences (Spanish, 200 % text) are not cut
        self.setWindowTitle(self.tr("Choose a key passphrase"))
        self.setAccessibleName(self.tr("Choose a key passphrase"))
        self.first = self._secret_field()
        self.second = self._secret_field()
        form = QFormLayout()
        add_row(form, self.tr("&Passphrase:"), self.first, self.tr("Key passphrase"))
        add_row(form, self.tr("&Repeat it:"), self.second, self.tr("Repeat the key passphrase"))
        self.problem = message_label(self.tr("Passphrase problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this passphrase"))
        self.ok_button.setAccessibleName(self.tr("Use this passphrase"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "This computer has no OS keyring, so the station's private keys are kept in a file sealed "
            "with a passphrase. Choose at least {n} characters and keep it with the station's "
            "administrator: it is needed every time the app opens an exam.").format(n=MIN_PASSPHRASE)))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def passphrase(self) -> str:
        return self.first.text()

    def _check_and_accept(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            say(self.problem, self.tr("The passphrase is too short: use at least {n} characters.")
                .format(n=MIN_PASSPHRASE), ok=False)
            self.first.setFocus()
            return
        if self.first.text() != self.second.text():
            say(self.problem, self.tr("The two passphrases differ. Type the same passphrase twice."), ok=False)
            self.second.clear()
            self.second.setFocus()
            return
        self.accept()


class BackupPassphraseDialog(QDialog):
    """Asks once for the passphrase a key backup was sealed with (chosen when it was made)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_wrapped_text(self)   # long sentences (Spanish, 200 % text) are not cut
        title = self.tr("Restore the center's keys")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        add_row(form, self.tr("&Backup passphrase:"), self.field, self.tr("Backup passphrase"))
        self.problem = message_label(self.tr("Passphrase problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Restore the keys"))
        self.ok_button.setAccessibleName(self.tr("Restore the keys"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Enter the passphrase that {file} was sealed with when the backup was made "
                                      "(examstation keys backup).").format(file=file_name)))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(dialog_width(self))
        targets(self.field, *self.buttons.buttons())
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def _check_and_accept(self) -> None:
        if not self.field.text():
            say(self.problem, self.tr("Enter the backup passphrase."), ok=False)
            return
        self.accept()
