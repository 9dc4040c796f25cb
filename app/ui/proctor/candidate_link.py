"""Where the proctor's side hands an admitted candidate to the candidate's screen. The candidate
window (app.ui.candidate) and lockdown are built separately; until they are present this says
so instead of failing, and the attempt waits, ready, in the console."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.context import Services


def open_candidate_window(services: Services, opened: Any, attempt_id: str,
                          parent: QWidget | None = None) -> QWidget | None:
    """Show the candidate's screen for `attempt_id` (in lockdown); None when this build has none.

    `opened` is the OpenedPackage: the candidate screen needs its exam and decrypted media.
    """
    try:
        from app.ui.candidate import CandidateWindow  # type: ignore[attr-defined]
    except ImportError:
        return None
    exam = opened.exam
    row = services.delivery.repo.attempt(attempt_id)
    name = next(c.name for c in services.delivery.repo.candidates(row.session_id) if c.id == row.candidate_id)
    live = services.delivery.live(attempt_id, exam)
    window = CandidateWindow(live, opened.media, name, services.delivery.accommodations(attempt_id),
                             exam.language, parent)  # the lead wires lockdown around it
    window.show()
    return window
