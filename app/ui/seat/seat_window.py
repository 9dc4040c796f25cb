"""The candidate workstation: pairs once, then waits for the proctor to give it a candidate
and shows that candidate's exam (the same candidate screen as on a station), saved first on
this seat's sealed journal and then on the station."""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.domain.attempt import FINAL_STATES
from app.domain.incidents import LOCKDOWN_REFUSED, TECHNICAL, technical_incident
from app.services.local_seats import PROCTOR_EXIT
from app.services.seat import SeatService, SeatSession
from app.ui.proctor.common import heading
from app.ui.seat.pairing_page import PairingPage
from app.ui.widgets.error_words import error_words, words_text

if TYPE_CHECKING:  # made on first use: a seat's first screen shows before the exam's code loads
    from app.ui.candidate import CandidateWindow

POLL_MS = 100
LEAVE_AFTER_MS = 8000  # a supervised seat shows "submitted" for a moment, then ends
LOCK_RETRY_SECONDS = 10.0  # lockdown refused (a forbidden program runs): look again this often
PROCTOR_EXIT_WAIT_SECONDS = 3.0  # after the proctor's exit, wait this long for the station's receipt


class SeatWindow(QWidget):
    finished = Signal(int)  # a supervised seat is done (its exit status: 0, or PROCTOR_EXIT)

    def __init__(self, seat: SeatService, lockdown: bool = True, parent: QWidget | None = None,
                 address: str = "", supervised: bool = False,
                 exit_pin_check: Callable[[str, str], bool] | None = None) -> None:
        """`supervised`: started by the station on this computer (single-computer mode): it connects
        to `address`, closes itself once its candidate's exam is over and safe on the station, and
        lets a proctor leave lockdown with `exit_pin_check` (asked of the station) to reach the console."""
        super().__init__(parent)
        self.seat, self.lockdown, self.address, self.supervised = seat, lockdown, address, supervised
        self.exit_pin_check = exit_pin_check
        self.leave_after_ms = LEAVE_AFTER_MS
        self._leaving = False
        self._proctor_left_at: float | None = None
        self._refused: tuple[str, float, str] | None = None   # (lease, when, why) lockdown last refused
        self.session: SeatSession | None = None
        self.exam_window: CandidateWindow | None = None
        self.exam_lease = ""
        self.controller = None
        self.setWindowTitle(self.tr("ExamStation — Candidate workstation"))
        self.pairing = PairingPage(seat)
        self.pairing.paired.connect(self.connect_to_station)
        self.waiting = QWidget()
        self.waiting_title = heading("", 1)
        self.waiting_status = QLabel()
        self.waiting_status.setWordWrap(True)
        self.waiting_status.setAccessibleName(self.tr("Connection to the station"))
        # nothing on this page is operable, yet Qt gives the page itself the focus the pairing page had:
        # the theme's focus ring would then frame the whole screen like an alarm
        self.waiting.setStyleSheet("*:focus { border: none; }")
        waiting_layout = QVBoxLayout(self.waiting)
        waiting_layout.addStretch(1)
        for widget in (self.waiting_title, self.waiting_status):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting_layout.addWidget(widget)
        waiting_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pairing)
        self.stack.addWidget(self.waiting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self.poll)
        if seat.pairing() is None:
            self.stack.setCurrentWidget(self.pairing)
        else:
            self.connect_to_station()

    def connect_to_station(self) -> None:
        self.session = self.seat.connect(address=self.address or None)
        self.session.start()
        self.stack.setCurrentWidget(self.waiting)
        self.poller.start()
        self.poll()

    def poll(self) -> None:
        session = self.session
        if session is None:
            return
        session.poll()
        attempt = session.attempt
        if attempt is not None and attempt.lease != self.exam_lease and self._may_lock(attempt.lease):
            self._show_exam(attempt)
        elif attempt is None and self.exam_window is not None:
            self._close_exam()
        if self.exam_window is None:
            self._show_waiting(session)
        elif self.controller is not None and attempt is not None and attempt.status in FINAL_STATES \
                and attempt.station_has_everything:
            self._release()  # the exam is over and safe on the station: the seat unlocks
        if self.supervised and not self._leaving and self._proctor_left_at is not None and (
                attempt is None or attempt.station_has_everything
                or time.monotonic() - self._proctor_left_at > PROCTOR_EXIT_WAIT_SECONDS):
            self._leaving = True  # the proctor's exit reached the station (or the journal keeps it)
            self._leave(PROCTOR_EXIT)
        if self.supervised and not self._leaving and self._done(session):
            self._leaving = True
            QTimer.singleShot(self.leave_after_ms, lambda: self._leave(0))

    @staticmethod
    def _done(session: SeatSession) -> bool:
        attempt = session.attempt
        if attempt is None:
            return bool(session.revoked_reason)  # the candidate continues at another seat
        return attempt.status in FINAL_STATES and attempt.station_has_everything

    def _leave(self, status: int) -> None:
        self.close()  # shuts the session down (closeEvent)
        self.finished.emit(status)

    def _proctor_left(self) -> None:
        """A proctor left this local seat's lockdown with their PIN: the screen closes so the console
        is in front; Open screen on the console brings the candidate's exam back."""
        self._proctor_left_at = time.monotonic()

    def _show_waiting(self, session: SeatSession) -> None:
        pairing = session.pairing
        name = self.tr("{seat}").format(seat=self.seat.seat_name())
        self.waiting_title.setText(f"<h1>{html.escape(name)}</h1>")  # a heading, as heading() made it
        self.waiting_title.setAccessibleName(name)
        if self._refused is not None and session.attempt is not None and self._refused[0] == session.attempt.lease:
            text = self._refused[2]
        elif session.revoked_reason:
            text = self.tr("Your exam continues at another seat ({why}). Please ask the proctor.").format(
                why=session.revoked_reason)
        elif session.connected:
            text = self.tr("Connected to {station} ({center}). Waiting for the proctor to give this seat a "
                           "candidate.").format(station=pairing.station_name, center=pairing.center_name)
        elif not session.link.last_problem:
            text = self.tr("Connecting to {station} at {address}…").format(station=pairing.station_name,
                                                                           address=pairing.address)
        else:
            since = time.strftime("%H:%M:%S", time.localtime(session.link.changed_at))
            text = self.tr("Cannot reach the station at {address} since {since}; trying again. {problem}").format(
                address=pairing.address, since=since, problem=words_text(session.link.last_problem))
        self.waiting_status.setToolTip(session.link.last_detail)  # the protocol's own words, for a technician
        if self.waiting_status.text() != text:
            self.waiting_status.setText(text)

    def _show_exam(self, attempt) -> None:
        from app.ui.candidate import CandidateWindow
        self._close_exam()
        window = CandidateWindow(attempt, attempt.media, attempt.candidate.get("name", ""), attempt.accommodations,
                                 attempt.exam.language,
                                 report_folder=self.seat.report_folder())
        self.exam_window, self.exam_lease = window, attempt.lease
        self.stack.addWidget(window)
        self.stack.setCurrentWidget(window)
        if self.lockdown and not self._lock(attempt):
            self._close_exam()  # the exam stays closed until lockdown can start

    def _may_lock(self, lease: str) -> bool:
        refused = self._refused
        return refused is None or refused[0] != lease or time.monotonic() - refused[1] >= LOCK_RETRY_SECONDS

    def _lock(self, attempt) -> bool:
        """Lockdown as on a station, around this whole window. The candidate cannot leave it: a
        seat holds no proctor accounts, so the exit is the proctor's console (end, void or move),
        after which the seat unlocks itself. False (and the station told once) if it cannot start."""
        from app.ui.lockdown import LockdownController, LockdownOptions, LockdownRefused
        rules = attempt.exam.lockdown
        controller = LockdownController(
            self, exit_pin_check=self.exit_pin_check or (lambda _user, _pin: False),
            on_incident=lambda kind, data: _record(attempt, kind, data),
            forbid_extra_screens=rules.forbid_extra_screens, forbidden_processes=rules.forbidden_programs,
            options=LockdownOptions(allow_copy_in_answers=rules.allow_copy_in_answers, close_on_unlock=False),
            parent=self.exam_window)
        try:
            controller.start()
        except LockdownRefused as error:
            if self._refused is None or self._refused[0] != attempt.lease:
                incident = technical_incident(LOCKDOWN_REFUSED, "seat", reason=error.message)
                _record(attempt, TECHNICAL, incident)
            self._refused = (attempt.lease, time.monotonic(), error_words(error))
            return False
        self._refused = None
        self.controller = controller
        if self.supervised:
            controller.unlocked.connect(self._proctor_left)
        return True

    def _release(self) -> None:
        """End lockdown because the exam ended or went elsewhere (not a proctor's exit)."""
        controller, self.controller = self.controller, None
        if controller is not None:
            if self.supervised:
                controller.unlocked.disconnect(self._proctor_left)
            controller.release()

    def _close_exam(self) -> None:
        self._release()
        if self.exam_window is not None:
            self.exam_window.shutdown()
            self.stack.removeWidget(self.exam_window)
            self.exam_window.deleteLater()
            self.exam_window, self.exam_lease = None, ""
        self.stack.setCurrentWidget(self.waiting)

    def shutdown(self) -> None:
        self.poller.stop()
        self.pairing.stop_search()
        if self.exam_window is not None:
            self.exam_window.shutdown()
        if self.session is not None:
            self.session.stop()
            self.session = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def _record(attempt, kind: str, data: dict) -> None:
    """An incident lockdown detected becomes a seat event (the station's console counts it)."""
    details = {k: v for k, v in data.items() if k != "description" and isinstance(v, (str, int, float, bool, list))}
    try:
        attempt.incident(kind, str(data.get("description", kind)), by="lockdown", details=details)
    except Exception:  # e.g. the attempt has ended; lockdown retries what matters
        pass


def run_seat(seat: SeatService, windowed: bool, station: str = "", supervised: bool = False) -> int:
    from app.ui.app import ensure_application, quit_on_terminate
    app = ensure_application()
    quit_on_terminate(app)
    pipe = None
    if supervised:  # the station started this seat: it ends with the station, and checks proctors' PINs
        from app.services.station_pipe import StationPipe
        pipe = StationPipe().start()
        app.setQuitOnLastWindowClosed(False)  # the seat's own exit status says why it ended
    window = SeatWindow(seat, lockdown=not windowed, address=station if supervised else "", supervised=supervised,
                        exit_pin_check=pipe.check_exit_pin if pipe is not None else None)
    window.finished.connect(app.exit)
    window.pairing.address.setText(station)
    window.resize(1000, 700)
    if windowed:
        window.show()
    else:
        window.showFullScreen()
    try:
        return app.exec()
    finally:
        window.shutdown()
