"""The body's release step: the imported sessions and whether their results are released; for
one session, what needs a person (held attempts with what was found, incidents, voided
attempts, reconciled checklists, answers still to mark); a decision with its reason; the
release; and the candidates' score letters as PDF. The same services as `results release`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QProgressBar, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError, PassphraseNeeded
from app.services.context import Services
from app.ui.widgets.error_words import error_words, os_error_words, words_text
from app.services.letters import session_letters
from app.services.release import NOT_RELEASED, RELEASED, SessionReview
from app.ui.admin.letter_pdf import write_letter_pdf
from app.ui.admin.release_views import (
    attempt_html, capital, fill, looks, outcome_words, push, sized, state_words, table,
)
from app.ui.proctor.common import error_text
from app.ui.widgets.tasks import run_in_background

class ReleaseTab(QWidget):
    changed = Signal()  # a decision or a release was recorded: what counts in the reports changed

    def __init__(self, services: Services, ask_passphrase: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.ask_passphrase = services, ask_passphrase
        self.sessions: list = []
        self.review: SessionReview | None = None
        self.letters: list = []
        self.chosen_attempt_id: str | None = None
        self.busy_text: str | None = None
        self.who = sized(QLineEdit(), self.tr("Your name, kept with each decision and release"))
        self.who.setPlaceholderText(self.tr("Your name"))
        who_label = QLabel(self.tr("&Your name:"))
        who_label.setBuddy(self.who)
        self.refresh_button = push(self.tr("Re&fresh"), self.tr("Refresh the sessions"), self.refresh)
        top = QHBoxLayout()
        top.addWidget(who_label)
        top.addWidget(self.who, 1)
        top.addWidget(self.refresh_button)

        self.session_table = table([self.tr("Exam"), self.tr("Center"), self.tr("Imported"), self.tr("Candidates"),
                                    self.tr("Results")], self.tr("Imported sessions"))
        self.session_table.itemSelectionChanged.connect(self._session_chosen)
        self.heading = QLabel(self.tr("Choose a session to see what needs a decision."))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("The chosen session"))
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setAccessibleName(self.tr("What must be settled before the release"))
        self.attempt_table = table([self.tr("Candidate"), self.tr("Name"), self.tr("Result"),
                                    self.tr("What needs a look"), self.tr("Decision")],
                                   self.tr("Attempts that need a look"), wrapped=(3, 4))
        self.attempt_table.itemSelectionChanged.connect(self._attempt_chosen)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Everything about the chosen attempt"))
        self.details.setPlaceholderText(self.tr("Choose an attempt to see everything that was found and decided."))
        self.choice = sized(QComboBox(), self.tr("Decision about the chosen attempt"))
        for key, text in (("count", self.tr("Count it")), ("exclude", self.tr("Do not count it")),
                          ("void", self.tr("Void it"))):
            self.choice.addItem(text, key)
        self.reason = sized(QLineEdit(), self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Why: the candidate reads this in the score letter"))
        self.decide_button = push(self.tr("Record the &decision"), self.tr("Record the decision"), self.decide)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.choice)
        decide_row.addWidget(self.reason, 1)
        decide_row.addWidget(self.decide_button)
        self.release_button = push(self.tr("Release this &session's results"),
                                   self.tr("Release this session's results"), self.release)
        self.letters_button = push(self.tr("Save score le&tters…"), self.tr("Save score letters as PDF"),
                                   self._choose_letters_folder)
        self.letterhead_button = push(self.tr("Letter&head…"), self.tr("Change the letterhead of score letters"),
                                      self._ask_letterhead)
        actions = QHBoxLayout()
        actions.addWidget(self.release_button)
        actions.addWidget(self.letters_button)
        actions.addWidget(self.letterhead_button)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))

        detail = QWidget()
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.blockers):
            lower.addWidget(widget)
        pair = QSplitter(Qt.Orientation.Horizontal)
        pair.addWidget(self.attempt_table)
        pair.addWidget(self.details)
        pair.setStretchFactor(0, 3)
        pair.setStretchFactor(1, 2)
        lower.addWidget(pair, 1)
        lower.addLayout(decide_row)
        lower.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.session_table)
        split.addWidget(detail)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self._enable()

    # -- sessions -----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - refresh whenever the tab is opened
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._busy(None)  # quiet: what was just done stays on screen
        release = self.services.release
        run_in_background(self, release.sessions, self._show_sessions, self._failed)

    def _show_sessions(self, sessions: list) -> None:
        self._idle()
        chosen = self.review.status.session_id if self.review else None
        self.sessions = sessions
        states = state_words()
        self.session_table.blockSignals(True)
        fill(self.session_table, [[s.exam_id, s.center_name, f"{s.imported_at:%Y-%m-%d %H:%M}", str(s.candidates),
                                   states[s.state] + (self.tr(" by {who}").format(who=s.released_by)
                                                      if s.state == RELEASED else "")] for s in sessions])
        self.session_table.blockSignals(False)
        if not sessions:
            self.heading.setText(self.tr("No results are imported yet: import result bundles on the Import tab."))
        ids = [s.session_id for s in sessions]
        if chosen in ids:
            self.select_session(ids.index(chosen))

    def select_session(self, row: int) -> None:
        """Show the session in `row` (read again if it is the one shown)."""
        if row in [index.row() for index in self.session_table.selectionModel().selectedRows()]:
            self._session_chosen()
        else:
            self.session_table.selectRow(row)  # the selection signal reads it

    def _session_chosen(self) -> None:
        rows = self.session_table.selectionModel().selectedRows()
        if not rows:
            return
        session_id = self.sessions[rows[0].row()].session_id
        self._busy(None)
        release = self.services.release
        run_in_background(self, lambda: release.review(session_id), self._show_review, self._failed)

    def _show_review(self, review: SessionReview) -> None:
        self._idle()
        same_session = self.review is not None and self.review.status.session_id == review.status.session_id
        self.chosen_attempt_id = self.chosen_attempt_id if same_session else None
        self.review = review
        status = review.status
        self.heading.setText(self.tr("{exam} at {center}, imported {at}: {n} candidates. {state}.").format(
            exam=status.exam_id, center=status.center_name, at=f"{status.imported_at:%Y-%m-%d %H:%M}",
            n=status.candidates, state=state_words()[status.state]))
        if review.blockers:
            self.blockers.setText(self.tr("Before the release:") + "\n• " + "\n• ".join(words_text(b) for b in review.blockers))
            self.blockers.setStyleSheet("color: #9b0000;")
        else:
            self.blockers.setText(self.tr("Nothing stands in the way of the release.")
                                  if status.state != RELEASED else self.tr("These results are released."))
            self.blockers.setStyleSheet("")
        words = outcome_words()
        chosen = self.chosen_attempt_id
        self.details.clear()
        fill(self.attempt_table, [[a.facts.candidate_number, a.candidate_name, words[a.outcome], looks(a),
                                   capital(words_text(a.facts.decision.line())) if a.facts.decision else ""]
                                  for a in review.flagged])
        if chosen in [a.facts.attempt_id for a in review.flagged]:  # the same attempt stays chosen
            self.attempt_table.selectRow([a.facts.attempt_id for a in review.flagged].index(chosen))
        self._attempt_chosen()  # the decision view shows what was just read
        if not review.flagged and not self.message.text():  # never over what was just done
            self.message.setText(self.tr("Nothing in this session needs a decision."))
        self._enable()

    def _attempt_chosen(self) -> None:
        attempt = self.chosen_attempt()
        if attempt is not None:
            self.chosen_attempt_id = attempt.facts.attempt_id
        self.details.setHtml(attempt_html(attempt) if attempt else "")

    # -- deciding and releasing -----------------------------------------------------------
    def chosen_attempt(self):
        rows = self.attempt_table.selectionModel().selectedRows()
        return self.review.flagged[rows[0].row()] if self.review and rows else None

    def decide(self) -> None:
        attempt = self.chosen_attempt()
        if attempt is None:
            self._say(self.tr("Choose an attempt in the list first, then record the decision."), False)
            return
        attempt_id, choice = attempt.facts.attempt_id, self.choice.currentData()
        reason, who = self.reason.text(), self.who.text()
        release = self.services.release
        self._busy(self.tr("Recording the decision…"))
        run_in_background(self, lambda: release.decide(attempt_id, choice, reason, who), self._decided, self._failed)

    def _decided(self, decision) -> None:
        self._idle()
        self.reason.clear()
        self._say(self.tr("Recorded: {line}.").format(line=words_text(decision.line())))
        self._session_chosen()
        self.changed.emit()

    def release(self) -> None:
        if self.review is None:
            return
        session_id, who, release = self.review.status.session_id, self.who.text(), self.services.release
        self._busy(self.tr("Releasing…"))
        run_in_background(self, lambda: release.release(session_id, who), self._released, self._failed)

    def _released(self, status) -> None:
        self._idle()
        self._say(self.tr("Released the results of {n} candidates. Issue their credentials on the Credentials tab, "
                          "and save their score letters.").format(n=status.candidates))
        self.refresh()
        self.changed.emit()

    # -- letters ---------------------------------------------------------------------------
    def _choose_letters_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the score letters"), str(Path.home()))
        if folder:
            self.save_letters(Path(folder))

    def save_letters(self, folder: Path) -> None:
        if self.review is None:
            return
        session_id, release = self.review.status.session_id, self.services.release
        body_name = self.services.keys.identity("body").name
        self._busy(self.tr("Preparing the score letters…"))
        run_in_background(self, lambda: session_letters(release, session_id, body_name),
                          lambda letters: self._write_letters(letters, folder), self._failed)

    def _ask_letterhead(self) -> None:
        name, address = self.services.release.letterhead()
        name, ok = QInputDialog.getText(self, self.tr("Letterhead"), self.tr("The body's name on its letters:"),
                                        text=name or self.services.keys.identity("body").name)
        if not ok:
            return
        address, ok = QInputDialog.getMultiLineText(self, self.tr("Letterhead"),
                                                    self.tr("The body's postal address, one line each:"), address)
        if ok:
            self.set_letterhead(name, address)

    def set_letterhead(self, name: str, address: str) -> None:
        try:
            self.services.release.set_letterhead(name, address)
        except ExamStationError as error:
            self._say(error_words(error), False)
            return
        self._say(self.tr("The letterhead is saved; score letters written from now on carry it."))

    def _write_letters(self, letters: list, folder: Path) -> None:
        """One PDF per tick of the event loop, so the window stays live and the bar moves."""
        self.letters = list(letters)
        self.progress.setRange(0, len(self.letters))
        self.progress.setValue(0)
        self._next_letter(folder)

    def _next_letter(self, folder: Path) -> None:
        if self.progress.value() >= len(self.letters):
            self._idle()
            self._say(self.tr("Saved {n} score letters in {folder}.").format(n=len(self.letters),
                                                                           folder=folder))
            return
        letter = self.letters[self.progress.value()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_letter_pdf(letter, folder / letter.file_name)
        except OSError as error:
            self._idle()
            self._say(self.tr("The letter for {who} could not be written ({why}). Choose a folder you can write "
                              "to and save again.").format(who=letter.candidate_number, why=os_error_words(error)), False)
            return
        self.progress.setValue(self.progress.value() + 1)
        QTimer.singleShot(0, self, lambda: self._next_letter(folder))

    # -- state -----------------------------------------------------------------------------
    def _busy(self, text: str | None) -> None:
        """`text`: what is being done, shown until it ends; None for a quiet read, which leaves
        what was said (e.g. "Released…") on screen."""
        self.progress.setRange(0, 0)  # moving: the work has no known length
        self.progress.show()
        self.busy_text = text
        if text is not None:
            self.message.setText(text)
        for button in (self.refresh_button, self.decide_button, self.release_button, self.letters_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.hide()
        self.progress.setRange(0, 1)
        if self.busy_text is not None and self.message.text() == self.busy_text:
            self.message.setText("")
        self.busy_text = None
        self.refresh_button.setEnabled(True)
        self._enable()

    def _enable(self) -> None:
        review = self.review
        status = review.status if review else None
        released = status is not None and status.state == RELEASED
        self.decide_button.setEnabled(review is not None and review.status.state == NOT_RELEASED
                                      and bool(review.flagged))
        self.release_button.setEnabled(status is not None and not released)
        self.letters_button.setEnabled(released)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else "color: #9b0000; font-weight: bold;")

    def _failed(self, error: Exception) -> None:
        self._idle()
        if isinstance(error, PassphraseNeeded) and self.ask_passphrase():
            self._say(self.tr("Unlocked. Do it again."))
            return
        self._say(error_text(error), False)
