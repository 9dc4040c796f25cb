"""One exam session on this station: check-in, the live console, the audit log, evaluator
mode for the checklists, and the end of the session with the export of its results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QTabWidget, QVBoxLayout, QWidget

from app.domain.exam import Exam
from app.services.context import Services
from app.ui.evaluator.evaluator_screen import EvaluatorScreen
from app.ui.proctor.action_dialogs import EndSessionDialog, NewSessionDialog
from app.ui.proctor.audit_view import AuditView
from app.ui.proctor.audit_words import attempt_phrase, session_phrase
from app.ui.proctor.check_in import CheckInPanel
from app.ui.proctor.common import button, error_text, heading, hint, message_label, say, state_name
from app.ui.proctor.console import ACTIVE, ConsolePanel
from app.ui.proctor.room_panel import RoomPanel
from app.ui.widgets.tasks import run_in_background

CHECK_IN, CONSOLE, AUDIT, CHECKLISTS, ROOM = range(5)


class SessionScreen(QWidget):
    attempt_admitted = Signal(str)  # attempt id: the main window starts the candidate's screen
    ended = Signal()
    new_session_requested = Signal()  # the proctor confirmed: back to opening a package

    def __init__(self, services: Services, exam: Exam, package_id: str, account, session_id: str | None = None,
                 parent: QWidget | None = None, opened=None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.account = services, exam, account
        if session_id is None:
            session_id = services.delivery.start_session(package_id, exam)
            services.accounts.record(account.username, "session.started", session_id,
                                     {"exam": exam.id, "version": exam.version, "package": package_id})
        self.session_id = session_id
        self.check_in = CheckInPanel(services, exam, session_id, account.username, account.display_name)
        self.console = ConsolePanel(services, exam, session_id, account.username, account.display_name)
        self.console.screen_requested.connect(self.attempt_admitted)
        self.audit = AuditView(services, session_id=session_id)
        self.evaluator = EvaluatorScreen(services, exam, session_id)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Session screens"))
        self.tabs.addTab(self.check_in, self.tr("&1 Check-in"))
        self.tabs.addTab(self.console, self.tr("&2 Console"))
        self.tabs.addTab(self.audit, self.tr("&3 Audit log"))
        self.tabs.addTab(self.evaluator, self.tr("&4 Checklists (evaluator mode)"))
        self.room = RoomPanel(services, opened, session_id, account.username) if opened is not None else None
        if self.room is not None:
            self.tabs.addTab(self.room, self.tr("&5 Room (seats)"))
            self.room.changed.connect(self.console.refresh)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.check_in.admitted.connect(self._admitted)
        self.console.changed.connect(self._refresh_names)
        self.end_button = button(self.tr("&End session…"), self.tr("End session"), self.ask_end_session)
        self.end_dialog: EndSessionDialog | None = None
        self.export_button = button(self.tr("E&xport results…"), self.tr("Export results"), self._choose_export)
        self.export_button.setVisible(False)
        self.exported = False
        self.new_button = button(self.tr("&New session…"), self.tr("Start a new session"), self.ask_new_session)
        self.new_button.setVisible(False)
        self.new_dialog: NewSessionDialog | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Writing the result bundle"))
        self.progress.setVisible(False)
        self.message = message_label(self.tr("Session result"), collapse=True)
        # The exam and the session on the left, their buttons on the right: one band, not two (at
        # 200 % text the second band kept a candidate's row of the console off a 1280 × 800 screen).
        about = QVBoxLayout()
        about.setSpacing(0)
        about.addWidget(heading(self.tr("{title} — version {version}").format(title=exam.title,
                                                                               version=exam.version), 2))
        about.addWidget(hint(self.tr("Session of {date}, proctor {name}.").format(
            date=services.delivery.clock().strftime("%Y-%m-%d %H:%M"), name=account.display_name)))
        bar = QHBoxLayout()
        bar.addLayout(about, 1)
        for widget in (self.export_button, self.new_button, self.end_button):
            bar.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)   # inside the window's margins: the console's rows need the height
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._refresh_names()

    def set_account(self, account) -> None:
        """Another proctor took over the room: their name goes on what they do from now on."""
        self.account = account
        for panel in (self.check_in, self.console):
            panel.proctor, panel.proctor_name = account.username, account.display_name
        self.check_in.verified_by_edit.setText(account.display_name)

    def _admitted(self, attempt_id: str) -> None:
        self._refresh_names()
        self.console.refresh()
        self.evaluator.refresh()
        self.attempt_admitted.emit(attempt_id)

    def _tab_shown(self, index: int) -> None:
        if index == AUDIT:
            self.audit.refresh()
        elif index == CHECKLISTS:
            self.evaluator.refresh()
        elif index == CONSOLE:
            self.console.refresh()
        elif index == ROOM and self.room is not None:
            self.room.refresh()

    def _refresh_names(self) -> None:
        """Audit entries name attempts, candidates and checklists by id; the log says who and what."""
        people = {c.id: c for c in self.services.delivery.candidates(self.session_id)}
        candidates = {c.id: f"{c.name} ({c.number})" for c in people.values()}
        attempts = {a.id: _attempt_words(people[a.candidate_id]) if a.candidate_id in people else a.candidate_id
                    for a in self.services.delivery.attempts(self.session_id)}
        checklists = {c.id: c.title for c in self.exam.checklists}
        self.audit.set_names({**checklists, **candidates, **attempts, self.session_id: session_phrase()})

    # -- the end ---------------------------------------------------------------------------------
    def ask_end_session(self) -> None:
        """Refuse at once while anyone is unfinished; otherwise ask before ending for good."""
        rows = self.services.proctoring.console(self.session_id, self.exam)
        if not self._all_finished(rows):
            return
        self.end_dialog = EndSessionDialog(self.exam.title, len(rows), self)
        self.end_dialog.accepted.connect(self.end_session)
        self.end_dialog.finished.connect(lambda _result: setattr(self, "end_dialog", None))
        self.end_dialog.open()

    def _all_finished(self, rows) -> bool:
        still = [f"{r.candidate_name} ({state_name(r.state)})" for r in rows if r.state in ACTIVE]
        if still:
            say(self.message, self.tr("The session cannot end while {n} candidate(s) are not finished: {list}. "
                                      "Wait for them to submit, or void their attempts with a reason.").format(
                n=len(still), list=", ".join(still)), ok=False)
            self.tabs.setCurrentIndex(CONSOLE)
        return not still

    def end_session(self) -> bool:
        """End the session (after the proctor confirmed): refused while anyone is unfinished."""
        rows = self.services.proctoring.console(self.session_id, self.exam)
        if not self._all_finished(rows):
            return False
        self.services.proctoring.end_session(self.session_id, self.exam, self.account.username)
        self.check_in.setEnabled(False)
        self.console.timer.stop()
        self.console.setEnabled(False)
        self.end_button.setEnabled(False)
        self.export_button.setVisible(True)
        self.new_button.setVisible(True)
        say(self.message, self.tr("The session has ended ({n} attempt(s)). Next: export the results and take the "
                                  "bundle to the credential body. Checklists can still be signed. For another "
                                  "exam, press New session.").format(n=len(rows)))
        self.ended.emit()
        return True

    def _choose_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to write the result bundle"),
                                                  str(self.session_folder()))
        if folder:
            self.export_results(Path(folder))

    def session_folder(self) -> Path:
        """The session's folder on this station (its candidates' score reports are there too)."""
        folder = self.services.home.session_folder(self.session_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def export_results(self, folder: Path) -> None:
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        say(self.message, self.tr("Writing, signing and checking the result bundle…"))
        results, session_id = self.services.results, self.session_id  # read on the UI thread
        run_in_background(self, lambda: results.export(session_id, folder),
                          self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.exported = True
        self.services.accounts.record(self.account.username, "session.exported", self.session_id,
                                      {"file": Path(path).name})
        say(self.message, self.tr("Wrote {path} and read it back: it is complete and signed. Next: take it to the "
                                  "credential body (for example on a USB stick).").format(path=path))

    def _export_failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        say(self.message, self.tr("The results were not exported: {why}").format(why=error_text(error)), ok=False)

    # -- the next session ------------------------------------------------------------------------
    def ask_new_session(self) -> None:
        """Only an ended session makes way for a new one; the proctor confirms first."""
        if self.end_button.isEnabled():
            return
        self.new_dialog = NewSessionDialog(self.exam.title, self.exported, self)
        self.new_dialog.accepted.connect(self.new_session_requested)
        self.new_dialog.finished.connect(lambda _result: setattr(self, "new_dialog", None))
        self.new_dialog.open()

    def close_session(self) -> None:
        """Stop everything that still watches this session (timers, the room) before the screen goes."""
        self.console.timer.stop()
        if self.room is not None:
            if self.services.room.current is not None and self.services.room.current.session_id == self.session_id:
                self.room.close_room()
            self.room.timer.stop()
        self.services.accounts.record(self.account.username, "session.closed", self.session_id)


def _attempt_words(candidate) -> str:
    return attempt_phrase(candidate.name, str(candidate.details.get("seat") or ""))
