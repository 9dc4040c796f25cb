"""Sends the candidate's answers to the attempt and tells them truthfully whether they are saved.

Clicks are saved at once. Typing is saved after a short pause, when the box is left, or before
any move; so a keystroke never waits for the disk, and "Saved" is shown only after
`LiveAttempt.answer()` has returned, that is after the commit. When saving fails the answer
stays in the attempt's pending list, the screen keeps it, and the candidate is told; each
tick retries, and the message turns back to "Saved" once nothing is pending."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.annotations import Annotation
from app.domain.attempt import PAUSED, AttemptRefused
from app.domain.errors import SaveFailed
from app.services.live_attempt import LiveAttempt
from app.services.seat_attempt import OnlyOnTheStation
from app.ui.candidate.status import SaveIndicator
from app.ui.widgets.announce import LiveBanner

TYPING_PAUSE_MS = 700   # long enough not to save every keystroke, short enough to lose nothing
RECOVERED_NOTICE_MS = 10_000


class AnswerSaver(QObject):
    refused = Signal(str)   # the attempt would not take an answer (paused, closed): re-read its state
    saved = Signal()        # an answer was committed

    def __init__(self, live: LiveAttempt, indicator: SaveIndicator, banner: LiveBanner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live, self.indicator, self.banner = live, indicator, banner
        self.drafts: dict[str, Any] = {}   # typed and not yet handed to the attempt
        self.marks: dict[str, Annotation] = {}   # highlights and strike-outs the attempt has not kept yet
        self.stimulus_marks: dict[str, Annotation] = {}   # a shared passage's highlights, likewise
        self.failing = False
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_PAUSE_MS)
        self.typing_timer.timeout.connect(self.flush)
        self.notice_timer = QTimer(self)   # hides the "saved now" notice after a while
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(RECOVERED_NOTICE_MS)
        self.notice_timer.timeout.connect(self.banner.clear_message)

    def latest(self, item_id: str) -> Any:
        """What the candidate last entered for an item, saved or not."""
        if item_id in self.drafts:
            return self.drafts[item_id]
        if item_id in self.live.pending:
            return self.live.pending[item_id]
        return self.live.state.responses.get(item_id)

    def save_later(self, item_id: str, response: Any) -> None:
        self.drafts[item_id] = response
        if not self.failing:
            self.indicator.saving()
        self.typing_timer.start()

    def save_now(self, item_id: str, response: Any) -> None:
        self.drafts.pop(item_id, None)
        self._send(item_id, response)

    def flush(self) -> None:
        """Hand every typed draft to the attempt (before a move, a tick near time-out, submit)."""
        self.typing_timer.stop()
        for item_id in list(self.drafts):
            self._send(item_id, self.drafts.pop(item_id))

    def _send(self, item_id: str, response: Any) -> None:
        unchanged = item_id not in self.live.pending and self.live.state.responses.get(item_id) == response
        if unchanged:
            self._settle()
            return
        try:
            self.live.answer(item_id, response)
        except SaveFailed:
            self.report_failure()
            return
        except AttemptRefused as refusal:
            if self.live.state.state == PAUSED:
                self.drafts[item_id] = response  # sent again when the exam goes on
            self.refused.emit(refusal.line())
            return
        self._settle()
        self.saved.emit()

    def _settle(self) -> None:
        if self.failing:
            return  # the message stays until a tick reports nothing pending
        if self.drafts or self.live.pending:
            self.indicator.saving()
        else:
            self.indicator.saved()

    def latest_marks(self, item_id: str) -> Annotation:
        """What the candidate last marked on a question, kept by the attempt or not yet."""
        if item_id in self.marks:
            return self.marks[item_id]
        return self.live.state.annotations.get(item_id, Annotation())

    def latest_stimulus_marks(self, stimulus_id: str) -> Annotation:
        """What the candidate last highlighted in a shared passage, kept by the attempt or not yet."""
        if stimulus_id in self.stimulus_marks:
            return self.stimulus_marks[stimulus_id]
        return self.live.state.stimulus_annotations.get(stimulus_id, Annotation())

    def save_marks(self, item_id: str, annotation: Annotation) -> None:
        """Keep a question's highlights and struck-out options with the attempt. They are not
        answers, but a failure is told the same way: they stay on screen and each tick retries."""
        self.marks[item_id] = annotation
        self._send_marks()

    def save_stimulus_marks(self, stimulus_id: str, annotation: Annotation) -> None:
        """Keep a shared passage's highlights with the attempt, as a question's marks are kept."""
        self.stimulus_marks[stimulus_id] = annotation
        self._send_marks()

    def _send_marks(self) -> None:
        for unsent, send in ((self.marks, self.live.annotate), (self.stimulus_marks, self.live.annotate_stimulus)):
            if not self._send_unsent(unsent, send):
                return

    def _send_unsent(self, unsent: dict[str, Annotation], send) -> bool:
        """Hand each unsent mark to the attempt; False when saving failed (the rest wait too)."""
        for place, annotation in list(unsent.items()):
            try:
                send(place, annotation)
            except OnlyOnTheStation:
                del unsent[place]   # sent to the station: recording it again would repeat it
                self.report_failure()
                continue
            except SaveFailed:
                self.report_failure()
                return False
            except AttemptRefused:
                if self.live.state.state != PAUSED:
                    del unsent[place]   # the exam is over: marks no longer matter
                continue
            del unsent[place]
        return True

    def report_failure(self) -> None:
        self.notice_timer.stop()
        self.indicator.failed()
        if not self.failing:
            self.failing = True
            self.banner.say(self.tr("Not saved yet — tell the proctor; your answer is kept and will be "
                                    "saved automatically."), role="error")

    def after_tick(self, pending_saves: int) -> None:
        """The attempt retried its pending saves; say so once they are all in."""
        unsent = len(self.marks) + len(self.stimulus_marks)
        if unsent and self.live.state.state != PAUSED:
            self._send_marks()
            unsent = len(self.marks) + len(self.stimulus_marks)
        if self.failing and pending_saves + unsent == 0:
            self.failing = False
            self.indicator.saved()
            self.banner.say(self.tr("Saved: your answers are all saved now."), role="notice")
            self.notice_timer.start()
