"""Where the proctor's side hands an admitted candidate to the candidate's screen, in lockdown:
full screen on every screen, exit only with a proctor's PIN, and every incident the lockdown
detects (focus lost, blocked keys, clipboard, forbidden programs) recorded on the attempt."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.context import Services


def open_candidate_window(services: Services, opened: Any, attempt_id: str,
                          parent: QWidget | None = None, lockdown: bool = True) -> QWidget | None:
    """Show the candidate's screen for `attempt_id`, locked down unless `lockdown` is False.

    `opened` is the OpenedPackage: the candidate screen needs its exam and decrypted media.
    Returns None when lockdown cannot start here (the proctor is told why).
    """
    from app.ui.candidate import CandidateWindow
    from app.ui.lockdown import LockdownController, LockdownOptions, LockdownRefused
    exam = opened.exam
    name = services.delivery.candidate_of(attempt_id).name
    live = services.delivery.live(attempt_id, exam)
    window = CandidateWindow(live, opened.media, name, services.delivery.accommodations(attempt_id),
                             exam.language, parent)
    if lockdown:
        rules = exam.lockdown  # set by the credential body in the exam source
        controller = LockdownController(
            window,
            exit_pin_check=lambda user, pin: services.accounts.check_pin(user, pin, role="proctor"),
            on_incident=lambda kind, data: _record(live, kind, data),
            forbid_extra_screens=rules.forbid_extra_screens, forbidden_processes=rules.forbidden_programs,
            options=LockdownOptions(allow_copy_in_answers=rules.allow_copy_in_answers),
            parent=window)  # goes with the window: its filters and timers must not outlive it
        try:
            controller.start()
        except LockdownRefused as error:
            window.shutdown()
            window.deleteLater()
            QMessageBox.warning(parent, window.tr("Lockdown cannot start"), error.line())
            return None
        window.lockdown = controller  # lives as long as the window
    window.show()
    return window


def _record(live: Any, kind: str, data: dict) -> None:
    """An incident from lockdown becomes an attempt event (what the console counts)."""
    details = {k: v for k, v in data.items() if k != "description" and isinstance(v, (str, int, float, bool, list))}
    live.incident(kind, str(data.get("description", kind)), by="lockdown", details=details)
