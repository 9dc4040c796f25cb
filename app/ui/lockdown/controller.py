"""LockdownController: wraps the candidate's exam window in lockdown mode.

    controller = LockdownController(
        window,
        exit_pin_check=lambda user, pin: accounts.check_pin(user, pin, role="proctor"),
        on_incident=lambda kind, details: ...,   # the services layer records it as an event
        forbid_extra_screens=exam.forbids_extra_screens,
        forbidden_processes=settings.forbidden_programs)
    controller.start()          # raises LockdownRefused with a message to show
    toolbar.addAction(controller.exit_action)   # "Exit (proctor)"
    controller.release()        # when the exam is over: unlock without a PIN

What Qt cannot prevent it detects and reports through `on_incident(kind, details)`; kinds
are the constants of app.domain.incidents, details always carry "at" (UTC, ISO 8601) and
"description" (plain English for the record; the proctor's screens translate by kind).
Secrets never go into details: a wrong PIN is counted, never repeated.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from app.domain import incidents
from app.domain import lockdown_policy as p
from app.domain.errors import ExamStationError
from app.domain.forbidden_programs import ProcessCheck, incident_details
from app.services.program_scanner import ProcessScanner
from app.ui.lockdown.clipboard import ClipboardGuard
from app.ui.lockdown.focus import OTHER_PROGRAM, FocusWatcher
from app.ui.lockdown.keys import KeyFilter
from app.ui.lockdown.notice import LockdownNotice
from app.ui.lockdown.pin_dialog import ExitPinDialog
from app.ui.lockdown.screens import ScreenManager
from app.ui.widgets.application import gui_application

log = logging.getLogger(__name__)
NO_GRAB_PLATFORMS = ("offscreen", "minimal")  # they cannot grab, and warn on every try


class LockdownRefused(ExamStationError):
    """Lockdown cannot start here as things are; the message says what to change."""


@dataclass(frozen=True)
class LockdownOptions:
    refuse_on_forbidden_process: bool = True  # False: record an incident and go on
    allow_copy_in_answers: bool = True        # copy/paste inside the candidate's own answer
    close_on_unlock: bool = True              # close the exam window after the right PIN
    clipboard_poll_ms: int = 1000
    focus_grace_ms: int = 250
    reclaim_ms: int = 1500
    heartbeat_ms: int = 2000                  # refit the window, retry reports, re-grab keys
    process_recheck_ms: int = 60_000          # 0: check only at start


def _iso(at: float) -> str:
    return datetime.fromtimestamp(at, timezone.utc).isoformat(timespec="milliseconds")


def _clock_text(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%H:%M:%S")


class LockdownController(QObject):
    incident = Signal(str, dict)  # the same reports as on_incident, for widgets that show them
    unlocked = Signal()

    def __init__(self, window: QWidget, *, exit_pin_check: Callable[[str, str], bool],
                 on_incident: Callable[[str, dict], None], forbid_extra_screens: bool = False,
                 forbidden_processes: Sequence[str] = (), options: LockdownOptions = LockdownOptions(),
                 scanner: ProcessScanner | None = None, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._exit_pin_check = exit_pin_check
        self._on_incident = on_incident
        self._forbid_extra = forbid_extra_screens
        self._forbidden = list(forbidden_processes)
        self.options = options
        self._scanner = scanner or ProcessScanner()
        self._clock = clock
        self.active = False
        self.is_unlocked = False
        self.wrong_pins = 0
        self.keyboard_grabbed = False
        self._grab_reported = False
        self.process_check: ProcessCheck | None = None
        self._reported_pids: set[int] = set()
        self._pending: list[tuple[str, dict]] = []  # reports the callback failed to take
        self._dialog: ExitPinDialog | None = None
        self._staff_took_focus = False   # the focus last went to another window of this station
        self._build_parts()

    def _build_parts(self) -> None:
        self.exit_action = QAction(self.tr("Exit (proctor)"), self)
        self.exit_action.setObjectName("lockdownExit")
        self.exit_action.setToolTip(self.tr("The proctor ends lockdown with their PIN"))
        self.exit_action.triggered.connect(self.request_exit)
        self.notice = LockdownNotice(self.window)
        self.screens = ScreenManager(self.window, self._screen_changed, self)
        self.clipboard = ClipboardGuard(self._clipboard_blocked, self.options.clipboard_poll_ms, self)
        self.keys = KeyFilter(on_blocked=self._key_blocked, on_proctor_exit=self._exit_later,
                              on_own_copy=self.clipboard.expect_own_copy,
                              allow_copy_in_answers=self.options.allow_copy_in_answers, parent=self)
        self.focus = FocusWatcher(self._is_ours, on_lost=self._focus_lost, on_returned=self._focus_back,
                                  grace_ms=self.options.focus_grace_ms, reclaim_ms=self.options.reclaim_ms,
                                  reclaim=self._reclaim, clock=self._clock, parent=self)
        self._heartbeat = QTimer(self, interval=self.options.heartbeat_ms)
        self._heartbeat.timeout.connect(self._beat)
        self._process_timer = QTimer(self, interval=max(self.options.process_recheck_ms, 1))
        self._process_timer.timeout.connect(self._recheck_processes)

    # ------------------------------------------------------------------ start and end
    def start(self) -> None:
        """Check, then lock. Nothing changes on screen if a check refuses the start."""
        if self.active:
            return
        plan = self.screens.plan(self._forbid_extra)
        self._refuse_for_screens(plan)
        check = self._scanner.check(self._forbidden)
        self.process_check = check
        if check.found and self.options.refuse_on_forbidden_process:
            raise LockdownRefused(
                self.tr("These programs must be closed before the exam starts: {names}.")
                .format(names=", ".join(check.names)),
                self.tr("Close them (ask the proctor if you cannot), then start again."))
        self.active = True
        self.keys.install()
        self.window.installEventFilter(self)
        self.screens.start()
        self.clipboard.start()
        self.focus.start()
        gui_application().focusWindowChanged.connect(self._bounce_from_cover)
        self._heartbeat.start()
        if self.options.process_recheck_ms > 0 and self._forbidden:
            self._process_timer.start()
        QTimer.singleShot(0, self, self._grab_keyboard)
        self._report_start(plan, check)

    def release(self) -> None:
        """End lockdown without a PIN: for the program itself (the exam was submitted)."""
        if self.active:
            self._unlock()

    def request_exit(self) -> None:
        """Open the proctor's PIN dialog (or bring it forward if it is open)."""
        if not self.active:
            return
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        self._dialog = ExitPinDialog(self.window)
        self._dialog.submitted.connect(self._check_exit)
        self._dialog.finished.connect(self._dialog_closed)
        self._dialog.open()

    def _exit_later(self) -> None:
        # Called from inside the key filter: open the dialog once the key event is done.
        QTimer.singleShot(0, self, self.request_exit)

    def _check_exit(self, user: str, pin: str) -> None:
        dialog = self._dialog
        if dialog is None:  # only the open dialog submits; once it has closed there is no one to answer
            return
        try:
            right = bool(self._exit_pin_check(user, pin))
        except Exception:  # a broken check must never unlock; it counts as a wrong try
            log.exception("the proctor PIN check failed")
            right = False
        if not right:
            self.wrong_pins += 1
            self._report(incidents.EXIT_PIN_WRONG, "wrong proctor user name or PIN at exit",
                         proctor=user, tries=self.wrong_pins)
            dialog.refuse(self.wrong_pins)
            return
        self._report(incidents.EXIT_UNLOCKED, "the proctor ended lockdown", proctor=user,
                     wrong_tries=self.wrong_pins)
        dialog.accept()
        self._unlock()
        if self.options.close_on_unlock:
            self.window.close()

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    def _unlock(self) -> None:
        self.active = False
        self.is_unlocked = True
        self._heartbeat.stop()
        self._process_timer.stop()
        self.focus.stop()
        gui_application().focusWindowChanged.disconnect(self._bounce_from_cover)
        self.clipboard.stop()
        self.keys.remove()
        self.window.removeEventFilter(self)
        self._release_keyboard()
        self.screens.stop()
        self.notice.clear()
        self.unlocked.emit()

    def _refuse_for_screens(self, plan: p.ScreenPlan) -> None:
        if plan.refusal == p.NO_SCREEN:
            raise LockdownRefused(self.tr("No screen was found, so the exam cannot be shown."),
                                  self.tr("Check the display connection, then start again."))
        if plan.refusal == p.EXTRA_SCREENS_FORBIDDEN:
            raise LockdownRefused(
                self.tr("This exam does not allow extra screens. Extra screens connected: %n.", "",
                        len(plan.extra)),
                self.tr("Disconnect them (or turn off screen mirroring), then start again."))

    def _report_start(self, plan: p.ScreenPlan, check: ProcessCheck) -> None:
        if plan.extra:
            self._report(incidents.EXTRA_SCREENS, f"{len(plan.extra)} extra screen(s) at start",
                         covered=[s.describe() for s in plan.covers],
                         mirrored=[s.describe() for s in plan.shared])
        if not check.checked:
            self._report(incidents.PROCESS_CHECK_UNAVAILABLE, check.note)
        self._report_processes(check)

    # ------------------------------------------------------------------ the window itself
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            event.ignore()  # a filter's True alone would leave the close accepted
            return True
        if watched is self.window and event.type() == QEvent.Type.WindowStateChange and self.active:
            if self.window.windowState() & Qt.WindowState.WindowMinimized:
                QTimer.singleShot(0, self, self.screens.restore)
        return False

    def _grab_keyboard(self, tries: int = 20) -> None:
        """On X11 an active keyboard grab sends the desktop's own shortcuts (Alt+Tab, Print,
        the Super key) to us instead, like a screen locker. It fails until the window is
        mapped, hence the retries."""
        if not self.active or QGuiApplication.platformName() in NO_GRAB_PLATFORMS:
            return
        handle = self.window.windowHandle()
        self.keyboard_grabbed = bool(handle and handle.setKeyboardGrabEnabled(True))
        if self.keyboard_grabbed:
            self._grab_reported = False
        elif tries > 1:
            QTimer.singleShot(100, self, lambda: self._grab_keyboard(tries - 1))
        elif QGuiApplication.platformName() == "xcb" and not self._grab_reported:
            # Only X11 gives a real grab, so only there is its absence news: another program
            # holds the keyboard, and the desktop's shortcuts now work during the exam.
            self._grab_reported = True
            self._report(incidents.KEYBOARD_NOT_GRABBED, "the keyboard could not be grabbed: another "
                         "program holds it; desktop shortcuts are not held back")

    def _release_keyboard(self) -> None:
        if self.keyboard_grabbed and self.window.windowHandle() is not None:
            self.window.windowHandle().setKeyboardGrabEnabled(False)
        self.keyboard_grabbed = False

    def _beat(self) -> None:
        self.screens.refit()
        self._deliver()
        if self.keyboard_grabbed:
            self._grab_keyboard(tries=1)  # unmapping (a screen change) drops the grab

    def _cover_windows(self) -> list[QWindow]:
        return [c.windowHandle() for c in self.screens.covers.values()]

    def _is_ours(self, window: QWindow) -> bool:
        return window is self.window.windowHandle() or window in self._cover_windows()

    def _bounce_from_cover(self, window: QWindow | None) -> None:
        # Covers refuse focus, but if a platform gives it anyway (a click on a covered
        # screen), hand the keyboard straight back to the exam.
        if window is not None and window in self._cover_windows():
            QTimer.singleShot(0, self, self.window.activateWindow)

    def _reclaim(self) -> None:
        self.window.raise_()
        self.window.activateWindow()

    # ------------------------------------------------------------------ incidents
    def _report(self, kind: str, description: str, **details: object) -> None:
        at = details.pop("at", None)  # when it began, if the reporter knows; else now
        when = at if isinstance(at, (int, float)) else self._clock()
        record = {"at": _iso(when), "description": description, **details}
        self._pending.append((kind, record))
        self.incident.emit(kind, record)
        self._deliver()

    def _deliver(self) -> None:
        """Hand reports to the callback in order; if it fails (a locked DB), keep them and
        try again on the next heartbeat rather than lose one."""
        while self._pending:
            kind, record = self._pending[0]
            try:
                self._on_incident(kind, record)
            except Exception:
                log.exception("could not record a lockdown incident; will retry")
                return
            self._pending.pop(0)

    def _focus_lost(self, at: float, reason: str) -> None:
        why = "another program became active" if reason == OTHER_PROGRAM else "another window became active"
        self._report(incidents.FOCUS_LOST, f"left the exam window ({why})", at=at, reason=reason,
                     **({"staff_window": True} if reason != OTHER_PROGRAM else {}))
        self.clipboard.clear_all()  # nothing of the exam stays for the other program
        self._staff_took_focus = reason != OTHER_PROGRAM
        if self._staff_took_focus:
            return  # a staff window of this station (the console) took it: recorded, but no alarm for the candidate
        self.notice.say(self.tr("At {time} the exam window lost focus. This has been recorded "
                                "for the proctor.").format(time=_clock_text(at)))

    def _focus_back(self, at: float, away_ms: int) -> None:
        self._report(incidents.FOCUS_RETURNED, f"back in the exam window after {away_ms / 1000:.1f} s",
                     at=at, away_ms=away_ms)
        if self._staff_took_focus:
            return  # no notice went up when the focus left: none now either
        self.notice.say(self.tr("You left the exam window at {time} for {seconds} s. This has been "
                                "recorded for the proctor.")
                        .format(time=_clock_text(at - away_ms / 1000), seconds=math.ceil(away_ms / 1000)))

    def _clipboard_blocked(self, formats: list[str], when: str) -> None:
        self._report(incidents.CLIPBOARD_BLOCKED, "something was put on the clipboard and removed",
                     formats=formats, noticed=when)
        self.notice.say(self.tr("At {time} something was put on the clipboard. It was removed: "
                                "copying in from outside the exam is not allowed. This has been "
                                "recorded.").format(time=_clock_text(self._clock())))

    def _key_blocked(self, chord: str, shown: str) -> None:
        self._report(incidents.KEY_BLOCKED, f"blocked key {chord}", key=chord)
        self.notice.say(self.tr("{key} is not available during the exam. Pressing it has been "
                                "recorded.").format(key=shown or chord))

    def _screen_changed(self, change: str, screen: p.ScreenInfo) -> None:
        kind = incidents.SCREEN_ADDED if change == "added" else incidents.SCREEN_REMOVED
        self._report(kind, f"screen {change} during the exam: {screen.describe()}",
                     screen=screen.describe(), forbidden=self._forbid_extra)
        text = (self.tr("At {time} a screen was connected. It is covered, and this has been recorded.")
                if change == "added" else
                self.tr("At {time} a screen was disconnected. This has been recorded."))
        self.notice.say(text.format(time=_clock_text(self._clock())))

    def _report_processes(self, check: ProcessCheck) -> None:
        new = [m for m in check.found if m.pid not in self._reported_pids]
        self._reported_pids.update(m.pid for m in new)
        if new:
            self._report(incidents.FORBIDDEN_PROCESS, "forbidden program running: "
                         + ", ".join(sorted({m.forbidden for m in new})), **incident_details(new))

    def _recheck_processes(self) -> None:
        self._report_processes(self._scanner.check(self._forbidden))
