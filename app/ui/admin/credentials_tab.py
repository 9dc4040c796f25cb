"""The body's credentials: issue them for released passes, revoke one with a reason, publish
the signed status list, and see every credential issued with its status. The same service as
`credential issue`, `credential revoke` and `credential status`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.domain.errors import PassphraseNeeded
from app.services.context import Services
from app.ui.admin.release_views import fill, push, sized, table
from app.ui.proctor.common import error_text
from app.ui.widgets.tasks import run_in_background


class CredentialsTab(QWidget):
    def __init__(self, services: Services, ask_passphrase: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.ask_passphrase = services, ask_passphrase
        self.rows: list = []
        hint = QLabel(self.tr("Credentials go to candidates whose session's results are released (Release tab). "
                              "Publish the status list where verifiers find it, and publish it again before 30 "
                              "days pass."))
        hint.setWordWrap(True)
        self.folder = sized(QLineEdit(str(services.home.root / "credentials")),
                            self.tr("Folder for credentials and the status list"))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        choose = push(self.tr("C&hoose…"), self.tr("Choose the folder"), self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.issue_button = push(self.tr("I&ssue credentials for released passes"),
                                 self.tr("Issue credentials for released passes"), self.issue)
        self.publish_button = push(self.tr("&Publish the status list"), self.tr("Publish the status list"),
                                   self.publish)
        actions = QHBoxLayout()
        actions.addWidget(self.issue_button)
        actions.addWidget(self.publish_button)
        actions.addStretch(1)
        self.list = table([self.tr("Candidate"), self.tr("Name"), self.tr("Exam"), self.tr("Issued"),
                           self.tr("Status")], self.tr("Issued credentials"))
        self.reason = sized(QLineEdit(), self.tr("Reason for revoking"))
        self.reason.setPlaceholderText(self.tr("Why the chosen credential must no longer stand"))
        self.revoke_button = push(self.tr("Re&voke the chosen credential"), self.tr("Revoke the chosen credential"),
                                  self.revoke)
        revoke_row = QHBoxLayout()
        revoke_row.addWidget(self.reason, 1)
        revoke_row.addWidget(self.revoke_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(folder_row)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        layout.addLayout(revoke_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # noqa: N802 - the list is current whenever the tab is opened
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        credentials = self.services.credentials
        self._run(None, credentials.issued, self._show)  # quiet: what was just done stays on screen

    def _show(self, rows: list) -> None:
        self.rows = rows
        fill(self.list, [[r.candidate_number, r.candidate_name, r.exam_id, f"{r.issued_at:%Y-%m-%d}",
                          self.tr("Revoked on {day}: {why}").format(day=f"{r.revoked_at:%Y-%m-%d}", why=r.revoked_reason)
                          if r.revoked_at else self.tr("Valid")] for r in rows])

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for credentials"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def issue(self) -> None:
        folder, credentials = Path(self.folder.text()), self.services.credentials
        self._run(self.tr("Issuing and signing the credentials…"), lambda: credentials.issue(folder), self._issued)

    def _issued(self, report) -> None:
        waiting = (self.tr(" {n} passes wait for their session's release.").format(n=report.unreleased)
                   if report.unreleased else "")
        skipped = (self.tr(" {n} were not issued: their candidate number cannot be carried.").format(
            n=len(report.skipped)) if report.skipped else "")
        self._say(self.tr("Issued {n} credentials into {folder} ({already} issued before).{waiting}{skipped} "
                          "Publish the status list beside them: {status}").format(
            n=len(report.issued), folder=self.folder.text(), already=report.already, waiting=waiting,
            skipped=skipped, status=report.status_list))
        self.refresh()

    def publish(self) -> None:
        folder, credentials = Path(self.folder.text()), self.services.credentials
        self._run(self.tr("Signing the status list…"), lambda: credentials.publish_status(folder),
                  lambda path: self._say(self.tr("Wrote {path}. Publish it where verifiers look, and a new one "
                                                 "before 30 days pass.").format(path=path)))

    def chosen(self):
        rows = self.list.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def revoke(self) -> None:
        row = self.chosen()
        if row is None:
            self._say(self.tr("Choose a credential in the list first, then revoke it."), False)
            return
        reason, folder, credentials = self.reason.text(), Path(self.folder.text()), self.services.credentials
        self._run(self.tr("Revoking and signing the new status list…"),
                  lambda: credentials.revoke(row.credential_id, reason, folder), lambda path: self._revoked(row, path))

    def _revoked(self, row, path) -> None:
        self.reason.clear()
        self._say(self.tr("Revoked the credential of {who}. Publish the new status list now: {path}").format(
            who=row.candidate_number, path=path))
        self.refresh()

    def _run(self, text: str | None, work: Callable, done: Callable) -> None:
        self.progress.show()
        if text is not None:
            self.message.setText(text)
            self.message.setStyleSheet("")
        buttons = (self.issue_button, self.publish_button, self.revoke_button)
        for button in buttons:
            button.setEnabled(False)

        def finish() -> None:
            self.progress.hide()
            for button in buttons:
                button.setEnabled(True)

        def succeeded(result) -> None:
            finish()
            if text is not None:
                self.message.setText("")
            done(result)

        def failed(error: Exception) -> None:
            finish()
            if isinstance(error, PassphraseNeeded) and self.ask_passphrase():
                self._say(self.tr("Unlocked. Do it again."))
                return
            self._say(error_text(error), False)

        run_in_background(self, work, succeeded, failed)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else "color: #9b0000; font-weight: bold;")
