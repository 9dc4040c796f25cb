"""The evaluator's tablet: pairs once with the proctor station, then runs the checklist
screen against it. The evaluator signs in with their PIN, picks a candidate, marks the
steps with the same widgets as at the station (the marks larger), and signs off with the
PIN. Marks in progress are kept on this tablet (sealed) as they are made, so Back, a dropped
connection or a restart loses nothing, and the task timer goes on. The signed evaluation is
kept on this tablet (sealed) and sent; "Saved on the station" shows only once the station
acknowledges it."""

from __future__ import annotations

import html
import time
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.services.tablet import CHECKING, NOT_STORED, REFUSED, SAVED, WAITING, TabletService, TabletSession
from app.ui.evaluator.checklist_form import ChecklistForm
from app.ui.evaluator.sign_off import SignOffBar
from app.ui.evaluator.step_row import TABLET_TOUCH
from app.ui.evaluator.tablet_pages import CandidatesPage, SignInPage, TabletPairingPage
from app.ui.proctor.common import button, error_text, hint, message_label, say
from app.ui.widgets.error_words import words_text

POLL_MS = 100


class TabletWindow(QWidget):
    def __init__(self, tablet: TabletService, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tablet, self.clock = tablet, clock
        self.session: TabletSession | None = None
        self.form: ChecklistForm | None = None
        self.scoring: tuple | None = None          # (roster entry, checklist) being scored
        self.signing = ""                          # the evaluation whose sign-off the station is checking
        self.sending = ""                          # signed, told "being sent": say so once the station has it
        self.setWindowTitle(self.tr("ExamStation — Evaluator tablet"))
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        self.connection.setAccessibleName(self.tr("Connection to the station"))
        self.pairing = TabletPairingPage(tablet)
        self.pairing.paired.connect(self.connect_to_station)
        self.sign_in_page = SignInPage()
        self.sign_in_page.sign_in_button.clicked.connect(self.sign_in)
        self.candidates_page = CandidatesPage()
        self.candidates_page.score.connect(self.start_scoring)
        self.candidates_page.sign_out_button.clicked.connect(self.sign_out)
        self.candidates_page.refresh_button.clicked.connect(self._refresh_roster)
        self.checklist_page = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist_page)
        self.stack = QStackedWidget()
        for page in (self.pairing, self.sign_in_page, self.candidates_page, self.checklist_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connection)
        layout.addWidget(self.stack, 1)
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self.poll)
        if tablet.pairing() is None:
            self.connection.setText(self.tr("Not paired with a proctor station yet."))
            self.stack.setCurrentWidget(self.pairing)
        else:
            self.connect_to_station()

    # -- connection ---------------------------------------------------------------------------
    def connect_to_station(self) -> None:
        self.session = self.tablet.connect()
        self.session.start()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.username.setFocus()
        self.poller.start()
        self.poll()

    def poll(self) -> None:
        session = self.session
        if session is None:
            return
        changed = session.poll()
        self._show_connection(session)
        if not changed:
            return
        if self.signing:
            self._sign_off_answered(session)
        if self.sending:
            self._tell_when_saved(session)
        if session.evaluator is None and self.stack.currentWidget() is not self.sign_in_page:
            self._back_to_sign_in(words_text(session.sign_in_problem))
        elif session.evaluator is None:
            self._show_sign_in(session)
        elif self.stack.currentWidget() is self.sign_in_page:
            self.stack.setCurrentWidget(self.candidates_page)
            self.candidates_page.tell(self.tr("Signed in. Choose a candidate to score."))
        if self.stack.currentWidget() is self.candidates_page:
            self.candidates_page.show_session(session)

    def _show_connection(self, session: TabletSession) -> None:
        pairing = session.pairing
        if session.connected:
            text = self.tr("Connected to {station} ({center}).").format(station=pairing.station_name,
                                                                        center=pairing.center_name)
        elif not session.link.last_problem:
            text = self.tr("Connecting to {station} at {address}…").format(station=pairing.station_name,
                                                                           address=pairing.address)
        else:
            since = time.strftime("%H:%M:%S", time.localtime(session.link.changed_at))
            text = self.tr("Cannot reach the station at {address} since {since}; trying again. Signed evaluations "
                           "stay on this tablet until the station has them. {problem}").format(
                address=pairing.address, since=since, problem=words_text(session.link.last_problem))
        self.connection.setToolTip(session.link.last_detail)  # the protocol's own words, for a technician
        if self.connection.text() != text:
            say(self.connection, text, ok=session.connected)

    # -- signing in and out ---------------------------------------------------------------------
    def sign_in(self) -> None:
        page, session = self.sign_in_page, self.session
        if session is None:  # the pages after pairing show only once connected
            return
        pin = page.take_pin()
        try:
            session.sign_in(page.username.text(), pin)
        except Exception as error:
            say(page.message, error_text(error), ok=False)
            return
        page.sign_in_button.setEnabled(False)
        say(page.message, self.tr("Checking your PIN on the station…"))

    def _show_sign_in(self, session: TabletSession) -> None:
        page = self.sign_in_page
        page.sign_in_button.setEnabled(not session.signing_in)
        if session.sign_in_problem:
            say(page.message, words_text(session.sign_in_problem), ok=False)
            page.pin.setFocus()

    def sign_out(self) -> None:
        if self.form is not None:
            self.form.stop()  # a note still being typed is kept before the evaluator goes
        if self.session is not None:
            self.session.sign_out()
        self._back_to_sign_in(self.tr("Signed out. The next evaluator signs in here."))

    def _back_to_sign_in(self, why: str) -> None:
        self.sending = ""   # the next evaluator is told nothing of this one's evaluations
        self._stop_form()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.sign_in_button.setEnabled(True)
        if why:
            say(self.sign_in_page.message, why, ok=False)

    def _refresh_roster(self) -> None:
        if self.session is None:
            return
        self.session.refresh()
        self.candidates_page.tell(self.tr("Asking the station for the list…"))

    # -- scoring ------------------------------------------------------------------------------------
    def start_scoring(self, candidate_id: str, checklist_id: str) -> None:
        session = self.session
        if session is None:
            return
        entry = next((e for e in session.roster if e.candidate_id == candidate_id), None)
        checklist = next((c for c in session.checklists if c.id == checklist_id), None)
        if entry is None or checklist is None:
            return
        self._stop_form()
        self._new_checklist_page()
        self.scoring = (entry, checklist)
        draft = session.draft(candidate_id, checklist_id)  # this evaluator's own, never another's
        self.form = ChecklistForm(checklist, self.clock, draft["started"] if draft else None, TABLET_TOUCH)
        if draft is not None:
            self.form.restore(draft["marks"], draft["notes"])
        self.form.changed.connect(self._keep_draft)
        self.sign_off_bar = SignOffBar(None, [session.evaluator], self.tr("&Sign off with my PIN"), self)
        self.sign_off_bar.sign.connect(self.sign)
        self.marking_message = message_label(self.tr("Sign-off result"))
        cancel = button(self.tr("&Back (my marks are kept)"), self.tr("Back to the candidates, keeping my marks"),
                        self._cancel)
        title_text = self.tr("Scoring {name} ({number}) on “{checklist}”").format(
            name=entry.name, number=entry.number, checklist=checklist.title)
        top = QHBoxLayout()
        title = hint(f"<b>{html.escape(title_text)}</b>")
        title.setAccessibleName(title_text)
        top.addWidget(title, 1)
        top.addWidget(cancel)
        self.checklist_layout.addLayout(top)
        self.checklist_layout.addWidget(self.form, 1)
        self.checklist_layout.addWidget(self.sign_off_bar)
        self.checklist_layout.addWidget(self.marking_message)
        self.stack.setCurrentWidget(self.checklist_page)
        self.form.focus_first_unmarked()
        if draft is None:
            self._keep_draft()  # the timer's start is kept from the first moment
        else:
            say(self.marking_message, self.tr("Your marks in progress are back; the task time went on."))

    def _keep_draft(self) -> None:
        if self.form is None or self.scoring is None or self.session is None:
            return
        entry, checklist = self.scoring
        try:
            self.session.save_draft(entry.candidate_id, checklist.id, self.form.marks(), self.form.notes(),
                                    self.form.started)
        except Exception as error:  # the tablet's disk refused, or no journal yet: the marks stay on screen
            say(self.marking_message, self.tr("Your marks could not be kept on this tablet: {why}").format(
                why=error_text(error)), ok=False)

    def sign(self, _username: str, pin: str) -> None:
        form, scoring, session = self.form, self.scoring, self.session
        if form is None or scoring is None or session is None:  # only the scoring page signs
            return
        if form.refuse_incomplete(self.marking_message):
            return
        entry, checklist = scoring
        form.note_pause.stop()  # the notes go with the signature; no draft after it
        try:
            self.signing = session.sign_off(entry, checklist, form.marks(), form.notes(), form.task_seconds(), pin)
        except Exception as error:
            say(self.marking_message, error_text(error), ok=False)
            return
        self.sign_off_bar.sign_button.setEnabled(False)
        say(self.marking_message, self.tr("Checking your PIN on the station…"))

    def _sign_off_answered(self, session: TabletSession) -> None:
        signed = session.signed.get(self.signing)
        if signed is None or signed.state == CHECKING:
            return
        self.sending = self.signing if signed.state == WAITING else ""
        self.signing = ""
        if signed.state == REFUSED:  # nothing signed: the marks stay on screen to sign again
            self.sign_off_bar.sign_button.setEnabled(True)
            say(self.marking_message, words_text(signed.reason), ok=False)
            self.sign_off_bar.pin_edit.setFocus()
            return
        what = {"candidate": signed.label["candidate"], "checklist": signed.label["checklist"]}
        if signed.state == SAVED:
            text = self.tr("Saved on the station: {candidate}, {checklist}.").format(**what)
        elif signed.state == WAITING:
            text = self.tr("Signed: {candidate}, {checklist}. Kept on this tablet and being sent; the list below says "
                           "when the station has it.").format(**what)
        else:  # the station refused to store it (e.g. two evaluations were signed meanwhile)
            text = self.tr("Not stored by the station: {candidate}, {checklist}. {why}").format(**what, why=words_text(signed.reason))
        self._stop_form()
        self.stack.setCurrentWidget(self.candidates_page)
        self.candidates_page.tell(text, ok=signed.state != NOT_STORED)

    def _tell_when_saved(self, session: TabletSession) -> None:
        """The line above the list said "being sent": it says "Saved" once the station has it,
        rather than contradicting the list below."""
        signed = session.signed.get(self.sending)
        if signed is None or signed.state != SAVED:
            return
        self.sending = ""
        if self.stack.currentWidget() is self.candidates_page:
            self.candidates_page.tell(self.tr("Saved on the station: {candidate}, {checklist}.").format(
                candidate=signed.label["candidate"], checklist=signed.label["checklist"]))

    def _cancel(self) -> None:
        kept = self.form is not None and bool(self.form.marks())
        if kept:
            self._keep_draft()  # what is on screen now, whatever the last change was
        if not kept and self.scoring is not None and self.session is not None:
            try:
                self.session.drop_draft(self.scoring[0].candidate_id, self.scoring[1].id)
            except Exception:  # nothing marked: a draft left behind only keeps the timer's start
                pass
        self._stop_form()
        self.stack.setCurrentWidget(self.candidates_page)
        self.candidates_page.tell(self.tr("Your marks are kept on this tablet; choose the candidate again to go on.")
                                  if kept else self.tr("Nothing was marked; nothing kept."))
        if self.session is not None:
            self.candidates_page.show_session(self.session)

    def _stop_form(self) -> None:
        self.scoring, self.signing = None, ""  # first: a draft is never kept after this
        if self.form is not None:
            self.form.stop()

    def _new_checklist_page(self) -> None:
        """A fresh page for each evaluation: nothing of the last one stays behind."""
        old, self.checklist_page = self.checklist_page, QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist_page)
        self.stack.addWidget(self.checklist_page)
        self.stack.removeWidget(old)
        old.deleteLater()

    # -- closing ------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.poller.stop()
        self._stop_form()
        if self.session is not None:
            self.session.stop()
            self.session = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def run_tablet(tablet: TabletService, windowed: bool, station: str = "") -> int:
    from app.ui.app import ensure_application, quit_on_terminate
    app = ensure_application()
    quit_on_terminate(app)
    window = TabletWindow(tablet)
    window.pairing.address.setText(station)
    window.resize(1100, 800)
    if windowed:
        window.show()
    else:
        window.showFullScreen()  # a tablet at the bench: the whole screen, no lockdown
    try:
        return app.exec()
    finally:
        window.shutdown()
