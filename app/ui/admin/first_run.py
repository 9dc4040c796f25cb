"""First-run set-up of a station: the first administrator, the center's identity (new keys, or
the center's keys restored from a backup: a replaced disk, a second station of the center;
sealed in the OS keyring or a passphrase file), and trust in the credential body."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QProgressBar, QScrollArea, QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError, PassphraseNeeded
from app.services.context import Services
from app.ui.proctor.common import add_row, button, error_text, heading, hint, message_label, say

if TYPE_CHECKING:  # the dialogs and the background work load when a step needs them, after the first screen
    from app.ui.admin.passphrase_dialog import BackupPassphraseDialog, NewPassphraseDialog


class FirstRunScreen(QWidget):
    finished = Signal()
    seat_chosen = Signal()  # this computer is a candidate workstation: none of the station's set-up

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self.backup_dialog: BackupPassphraseDialog | None = None
        self._retry = self.create_keys  # what a new key passphrase is for: creating or restoring keys
        scroll = QScrollArea()  # at 200 % text the three steps are taller than the window
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)  # empty: a page filled first and moved in was laid out again (5 ms of start-up)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Set up this station")))
        layout.addWidget(hint(self.tr("Three steps, once per station: the administrator's account, the "
                                      "center's keys, and trust in the credential body that sends the exams.")))
        self.seat_button = button(self.tr("This computer is a &candidate workstation"),
                                  self.tr("This computer is a candidate workstation"), self.seat_chosen.emit)
        seat_row = QHBoxLayout()
        seat_row.addWidget(hint(self.tr("A candidate workstation in a testing room needs none of this: it pairs "
                                        "with the proctor's station.")), 1)
        seat_row.addWidget(self.seat_button)
        layout.addLayout(seat_row)
        layout.addWidget(self._admin_box())
        layout.addWidget(self._identity_box())
        layout.addWidget(self._trust_box())
        self.finish_button = button(self.tr("&Finish set-up and sign in"), self.tr("Finish set-up and sign in"),
                                    self.finish)
        layout.addWidget(self.finish_button)
        self.finish_message = message_label(self.tr("Set-up status"))
        layout.addWidget(self.finish_message)
        layout.addStretch(1)
        self._update_steps()

    # -- step 1: administrator ---------------------------------------------------
    def _admin_box(self) -> QGroupBox:
        self.admin_box = QGroupBox(self.tr("1. The station administrator"))
        form = QFormLayout(self.admin_box)
        self.admin_user = QLineEdit()
        self.admin_name = QLineEdit()
        self.admin_password, self.admin_repeat, self.admin_pin = QLineEdit(), QLineEdit(), QLineEdit()
        for secret in (self.admin_password, self.admin_repeat, self.admin_pin):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("&User name:"), self.admin_user, self.tr("Administrator user name"))
        add_row(form, self.tr("&Display name:"), self.admin_name, self.tr("Administrator display name"))
        self.admin_password.setPlaceholderText(self.tr("8 or more characters"))
        self.admin_pin.setPlaceholderText(self.tr("optional: 4 or more digits, unlocks candidate screens"))
        add_row(form, self.tr("&Password:"), self.admin_password, self.tr("Administrator password"))
        add_row(form, self.tr("&Repeat the password:"), self.admin_repeat, self.tr("Repeat the password"))
        add_row(form, self.tr("P&IN:"), self.admin_pin, self.tr("Administrator PIN"))
        self.create_admin_button = button(self.tr("Create ad&ministrator"), self.tr("Create administrator"),
                                          self.create_admin)
        form.addRow(self.create_admin_button)
        self.admin_message = message_label(self.tr("Administrator result"))
        form.addRow(self.admin_message)
        return self.admin_box

    def create_admin(self) -> None:
        if self.admin_password.text() != self.admin_repeat.text():
            say(self.admin_message, self.tr("The two passwords differ. Type the same password twice."), ok=False)
            self.admin_repeat.clear()
            self.admin_repeat.setFocus()
            return
        try:
            account = self.services.accounts.create(
                self.admin_user.text(), self.admin_name.text(), "admin", self.admin_password.text(),
                self.admin_pin.text() or None)
        except ExamStationError as error:
            say(self.admin_message, error_text(error), ok=False)
            return
        for secret in (self.admin_password, self.admin_repeat, self.admin_pin):
            secret.clear()
        say(self.admin_message, self.tr("Administrator “{user}” created. Next: the center's identity.")
            .format(user=account.username))
        self._update_steps()
        self.center_name.setFocus()

    # -- step 2: the center's keys -------------------------------------------------
    def _identity_box(self) -> QGroupBox:
        self.identity_box = QGroupBox(self.tr("2. This center's identity"))
        form = QFormLayout(self.identity_box)
        self.center_name = QLineEdit()
        add_row(form, self.tr("Center &name:"), self.center_name, self.tr("Center name"))
        self.create_keys_button = button(self.tr("Create center &keys"), self.tr("Create center keys"),
                                         self.create_keys)
        self.export_button = button(self.tr("&Export identity file…"), self.tr("Export identity file"),
                                    self._choose_export)
        self.restore_button = button(self.tr("Restore center keys from a &backup…"),
                                     self.tr("Restore center keys from a backup"), self._choose_backup)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.create_keys_button)
        keys_row.addWidget(self.restore_button)
        keys_row.addStretch(1)
        form.addRow(keys_row)
        form.addRow(hint(self.tr("A second station of the same center, or one whose disk was replaced, restores "
                                 "the center's keys from the backup file (examstation keys backup) instead.")))
        self.keys_progress = QProgressBar()
        self.keys_progress.setRange(0, 0)
        self.keys_progress.setAccessibleName(self.tr("Creating the center keys"))
        self.keys_progress.setVisible(False)
        form.addRow(self.keys_progress)
        self.identity_message = message_label(self.tr("Center identity"))
        form.addRow(self.identity_message)
        form.addRow(self.export_button)
        return self.identity_box

    def create_keys(self) -> None:
        name = self.center_name.text().strip()
        if not name:
            say(self.identity_message, self.tr("Enter the center's name as the credential body knows it."), ok=False)
            self.center_name.setFocus()
            return
        self._retry = self.create_keys
        self._working(self.tr("Creating and sealing the center's keys…"))
        from app.ui.widgets.tasks import run_in_background
        keys = self.services.keys  # read here: the work runs on a pool thread and must not touch the screen
        run_in_background(self, lambda: keys.init("center", name), self._keys_created,
                          self._keys_failed)

    def _working(self, text: str) -> None:
        self.create_keys_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.keys_progress.setVisible(True)
        say(self.identity_message, text)

    # -- or restore them from a backup ---------------------------------------------
    def _choose_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the center's key backup"), str(Path.home()),
                                              self.tr("Key backups (*.json);;All files (*)"))
        if name:
            self.ask_backup_passphrase(Path(name))

    def ask_backup_passphrase(self, path: Path) -> None:
        from app.ui.admin.passphrase_dialog import BackupPassphraseDialog
        self.backup_dialog = BackupPassphraseDialog(path.name, self)
        self.backup_dialog.accepted.connect(lambda: self.restore_keys(path, self.backup_dialog.passphrase()))
        self.backup_dialog.finished.connect(lambda _result: setattr(self, "backup_dialog", None))
        self.backup_dialog.open()

    def restore_keys(self, path: Path, backup_passphrase: str) -> None:
        """Open the backup (slow on purpose: its passphrase is stretched) off the screen's thread."""
        self._retry = lambda: self.restore_keys(path, backup_passphrase)
        self._working(self.tr("Opening the backup and sealing the center's keys on this station…"))
        from app.ui.widgets.tasks import run_in_background
        keys = self.services.keys
        run_in_background(self, lambda: keys.restore(path, backup_passphrase, role="center"),
                          self._keys_restored, self._keys_failed)

    def _keys_restored(self, restored) -> None:
        self.keys_progress.setVisible(False)
        identity = restored.keys.identity
        self.services.accounts.record(self._admin_username(), "keys.restored", "center",
                                      {"name": identity.name, "fingerprint": identity.fingerprint,
                                       "trusted": [t.fingerprint for t in restored.trusted]})
        self._update_steps()

    def _keys_created(self, result) -> None:
        self.keys_progress.setVisible(False)
        self.services.accounts.record(self._admin_username(), "keys.created", "center",
                                      {"name": result.identity.name, "fingerprint": result.identity.fingerprint})
        self._update_steps()

    def _keys_failed(self, error: Exception) -> None:
        self.keys_progress.setVisible(False)
        self._update_steps()
        if isinstance(error, PassphraseNeeded):
            self._ask_new_passphrase()
            return
        say(self.identity_message, error_text(error), ok=False)

    def _ask_new_passphrase(self) -> None:
        from app.ui.admin.passphrase_dialog import NewPassphraseDialog
        self.passphrase_dialog = dialog = NewPassphraseDialog(self)
        dialog.accepted.connect(lambda: self._passphrase_chosen(dialog))
        dialog.rejected.connect(lambda: say(
            self.identity_message, self.tr("No keys were stored. A passphrase is needed on a station without "
                                           "an OS keyring; press Create center keys or Restore to try again."),
            ok=False))
        dialog.open()

    def _passphrase_chosen(self, dialog: NewPassphraseDialog) -> None:
        self.services.supply_passphrase(dialog.passphrase())
        self._retry()

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the center's identity file"),
                                              str(Path.home() / "center.json"), self.tr("Identity files (*.json)"))
        if name:
            self.export_identity(Path(name))

    def export_identity(self, path: Path) -> None:
        try:
            identity = self.services.keys.export("center", path)
        except ExamStationError as error:
            say(self.identity_message, error_text(error), ok=False)
            return
        say(self.identity_message, self.tr("Saved {path}. Send it to the credential body and read them the "
                                           "fingerprint {fp} by phone.").format(path=path, fp=identity.fingerprint))

    # -- step 3: trust the body -----------------------------------------------------
    def _trust_box(self) -> QGroupBox:
        self.trust_box = QGroupBox(self.tr("3. Trust the credential body"))
        form = QFormLayout(self.trust_box)
        form.addRow(hint(self.tr("The credential body sends its identity file (body.json). Confirm its "
                                 "fingerprint with them by phone before trusting it.")))
        self.trust_button = button(self.tr("&Trust a body identity file…"), self.tr("Trust a body identity file"),
                                   self._choose_body_file)
        form.addRow(self.trust_button)
        self.trust_message = message_label(self.tr("Trusted bodies"))
        form.addRow(self.trust_message)
        return self.trust_box

    def _choose_body_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the credential body's identity file"),
                                              str(Path.home()), self.tr("Identity files (*.json)"))
        if name:
            self.trust_body_file(Path(name))

    def trust_body_file(self, path: Path) -> None:
        try:
            identity = self.services.keys.trust(path)
        except ExamStationError as error:
            say(self.trust_message, error_text(error), ok=False)
            return
        if identity.role != "body":
            say(self.trust_message, self.tr("{file} is a {role} identity, not a credential body's. Choose the "
                                            "body's file.").format(file=path.name, role=identity.role), ok=False)
            return
        self.services.accounts.record(self._admin_username(), "keys.trusted", identity.fingerprint,
                                      {"name": identity.name})
        self._update_steps()

    # -- progress ----------------------------------------------------------------------
    def _admin_username(self) -> str:
        admins = self.services.accounts.list_accounts(role="admin")
        return admins[0].username if admins else "system"

    def _update_steps(self) -> None:
        admin_done = not self.services.accounts.first_run_needed()
        keys_done = self.services.keys.has("center") and not self.keys_progress.isVisible()  # not mid-write
        self.admin_box.setEnabled(not admin_done)
        self.identity_box.setEnabled(admin_done)
        self.trust_box.setEnabled(admin_done)
        self.create_keys_button.setEnabled(admin_done and not keys_done)
        self.restore_button.setEnabled(admin_done and not keys_done)
        self.center_name.setEnabled(not keys_done)
        self.export_button.setEnabled(keys_done)
        if keys_done:
            identity = self.services.keys.identity("center")
            self.center_name.setText(identity.name)
            say(self.identity_message, self.tr("This station is “{name}”, fingerprint {fp} ({store}). Export the "
                                               "identity file for the credential body.").format(
                name=identity.name, fp=identity.fingerprint,
                store=self._store_words()))
        bodies = self.services.keys.trusted("body")
        if bodies:
            say(self.trust_message, self.tr("Trusted: {list}.").format(
                list="; ".join(f"{b.name} ({b.fingerprint})" for b in bodies)))
        self.finish_button.setEnabled(admin_done and keys_done)

    def _store_words(self) -> str:
        kind, folder = self.services.keys.store_place("center")
        if kind == "keyring":
            return self.tr("its private keys are in this computer's keyring")
        return self.tr("its private keys are in a passphrase-protected key file in {folder}").format(folder=folder)

    def finish(self) -> None:
        if not self.services.keys.trusted("body"):
            say(self.finish_message, self.tr("Set-up is done, but no credential body is trusted yet: packages will "
                                             "not open until you trust one (step 3)."), ok=False)
        self.finished.emit()
