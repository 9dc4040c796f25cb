"""Marking one checklist, as on an NREMT-style sheet: the critical criteria in a block of
their own, a row per step, the task timer and the running score. Marking a step moves to
the next, so a whole checklist is one key per step. Every change is announced (`changed`)
so the owner keeps the marks as a draft; the timer counts from the draft's start, so it
goes on across a cancel or a restart."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.checklist import score_checklist
from app.domain.exam import Checklist
from app.domain.reasons import STEP_FAILURES
from app.ui.evaluator.step_row import TOUCH, StepRow
from app.ui.proctor.common import hint, minutes_seconds, say, tr
from app.ui.widgets.rule_words import reasons_words
from app.ui.widgets.theme import set_role

NOTE_PAUSE_MS = 800  # a note is kept once typing pauses (each keystroke would be a write)


def rule_text(checklist: Checklist) -> str:
    threshold = (tr("at least {p:g} points").format(p=checklist.min_points) if checklist.min_points is not None
                 else tr("at least {p:g} % of the points that apply").format(p=checklist.min_percent or 0))
    critical = tr(", and every critical step done") if checklist.all_critical else ""
    return tr("To pass: {threshold}{critical}.").format(threshold=threshold, critical=critical)


class CriticalCriteria(QGroupBox):
    """The sheet's critical criteria, each with where it stands: one not done fails the candidate."""

    def __init__(self, rows: list[StepRow], all_critical: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Critical criteria"), parent)
        self.rows = [row for row in rows if row.step.critical]
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Any one of these not done fails the candidate, whatever the points. A critical "
                                      "step not done needs a short reason before sign-off.") if all_critical else
                              self.tr("These steps are marked critical on the sheet; this checklist passes on its "
                                      "points.")))
        self.labels = [QLabel() for _ in self.rows]
        for label in self.labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Critical criteria"))
        self.refresh()

    def refresh(self) -> None:
        for row, label in zip(self.rows, self.labels, strict=True):
            state = {"done": self.tr("done"), "na": self.tr("not applicable"), None: self.tr("not marked yet"),
                     "not_done": self.tr("NOT DONE — reason: {why}").format(why=row.note()) if row.note()
                     else self.tr("NOT DONE — reason still needed")}[row.mark]
            text = self.tr("Step {n}: {text} — {state}").format(n=row.number, text=row.step.text, state=state)
            label.setText(("✗ " if row.mark == "not_done" else "✓ " if row.mark == "done" else "• ") + text)
            label.setAccessibleName(text)
            label.setStyleSheet("color: #9b0000; font-weight: bold;" if row.mark == "not_done" else "")


class ChecklistForm(QWidget):
    changed = Signal()  # a mark or a note changed: time to keep the draft

    def __init__(self, checklist: Checklist, clock: Callable[[], float] = time.time, started: float | None = None,
                 touch: int = TOUCH, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist, self.clock = checklist, clock
        self.started = clock() if started is None else started
        self.rows = [StepRow(n, step, touch) for n, step in enumerate(checklist.steps, start=1)]
        self.current = 0
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Task time"))
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.score_label.setAccessibleName(self.tr("Running score"))
        page = QWidget()
        steps = QVBoxLayout(page)
        # The rule, the keys and the running score (four lines when a critical step is missed) scroll
        # with the steps: at 200 % text on a 1280 × 800 screen they left one step's height between
        # them and the sign-off. The task time stays in sight.
        steps.addWidget(hint(rule_text(checklist) + " " + self.tr(
            "Keys: D done, N not done, A not applicable; arrows move between steps; Tab reaches the note.")))
        steps.addWidget(self.score_label)
        self.criteria = CriticalCriteria(self.rows, checklist.all_critical)
        self.criteria.setVisible(bool(self.criteria.rows))
        steps.addWidget(self.criteria)
        self.note_pause = QTimer(self)
        self.note_pause.setSingleShot(True)
        self.note_pause.setInterval(NOTE_PAUSE_MS)
        self.note_pause.timeout.connect(self.changed.emit)
        for row in self.rows:
            row.marked.connect(self._marked)
            row.move_requested.connect(self.move_by)
            row.entered.connect(self._entered)
            row.note_edit.textEdited.connect(self._note_typed)
            row.note_edit.editingFinished.connect(self._note_done)
            steps.addWidget(row)
        steps.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.scroll_area, 1)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._show_time)
        self.clock_timer.start(1000)
        self._show_time()
        self._show_score()
        self.focus_step(0)

    def restore(self, marks: dict[str, str], notes: dict[str, str]) -> None:
        """Put a draft's marks and notes back, announcing nothing (they are kept already)."""
        for row in self.rows:
            row.note_edit.setText(notes.get(row.step.id, ""))
            row.set_mark(marks.get(row.step.id))
        self._show_score()
        self.focus_first_unmarked()

    def focus_first_unmarked(self) -> None:
        unmarked = self.unmarked()
        self.focus_step(unmarked[0] - 1 if unmarked else 0)

    # -- results -----------------------------------------------------------------------------
    def marks(self) -> dict[str, str]:
        return {row.step.id: row.mark for row in self.rows if row.mark}

    def notes(self) -> dict[str, str]:
        return {row.step.id: row.note() for row in self.rows if row.note()}

    def unmarked(self) -> list[int]:
        return [n for n, row in enumerate(self.rows, start=1) if not row.mark]

    def refuse_incomplete(self, message: QLabel) -> bool:
        """Before a signature: True, with what is missing said in `message` and the first such
        step chosen, if a step has no mark or a critical step not done has no reason."""
        unmarked = self.unmarked()
        unexplained = [n for n, row in enumerate(self.rows, start=1) if row.needs_reason()]
        if unmarked:
            say(message, self.tr("Mark every step before signing; still unmarked: step(s) {list}.")
                .format(list=", ".join(map(str, unmarked))), ok=False)
            self.focus_step(unmarked[0] - 1)
        elif unexplained:
            say(message, self.tr("A critical step marked Not done needs a short reason: step(s) {list}. Type it in "
                                 "the step's reason field, then sign.").format(list=", ".join(map(str, unexplained))),
                ok=False)
            self.focus_step(unexplained[0] - 1)
            self.rows[unexplained[0] - 1].note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(unmarked or unexplained)

    def task_seconds(self) -> int:
        return max(0, int(self.clock() - self.started))

    def stop(self) -> None:
        """Stop the clock, and keep a note still being typed."""
        self.clock_timer.stop()
        if self.note_pause.isActive():
            self.note_pause.stop()
            self.changed.emit()

    # -- moving ------------------------------------------------------------------------------
    def focus_step(self, index: int) -> None:
        if not self.rows:
            return
        self.current = max(0, min(len(self.rows) - 1, index))
        row = self.rows[self.current]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(row)
        self._highlight()

    def move_by(self, delta: int) -> None:
        self.focus_step(self.current + delta)

    def _entered(self, row: StepRow) -> None:
        self.current = self.rows.index(row)
        self._highlight()

    def _highlight(self) -> None:
        for index, row in enumerate(self.rows):
            row.set_current(index == self.current)

    def _marked(self, step_id: str, _mark: str) -> None:
        self._show_score()
        self.changed.emit()
        index = next(i for i, r in enumerate(self.rows) if r.step.id == step_id)
        if index + 1 < len(self.rows):  # on at once, the task goes on: a reason is asked for at sign-off
            self.focus_step(index + 1)

    def _note_typed(self, _text: str) -> None:
        self.note_pause.start()
        self.criteria.refresh()

    def _note_done(self) -> None:
        if self.note_pause.isActive():
            self.note_pause.stop()
            self.changed.emit()

    # -- status ------------------------------------------------------------------------------
    def _show_time(self) -> None:
        seconds = self.task_seconds()
        limit = self.checklist.minutes
        text = self.tr("Task time {t}").format(t=minutes_seconds(seconds * 1000))
        if limit:
            text += self.tr(" of {m:g} min").format(m=limit)
        over = bool(limit and seconds > limit * 60)
        self.timer_label.setText(text + (self.tr(" — over time") if over else ""))
        self._emphasise(self.timer_label, alert=over)

    @staticmethod
    def _emphasise(label: QLabel, alert: bool) -> None:
        """Bold, in the theme's alert colours when something is wrong: readable on the standard
        and the high-contrast background alike (a fixed dark colour vanished on black)."""
        label.setStyleSheet("font-weight: bold;")
        set_role(label, "alert" if alert else "")

    def _show_score(self) -> None:
        marks = self.marks()
        outcome = score_checklist(self.checklist, marks)
        left = len(self.rows) - len(marks)
        text = self.tr("Score so far: {p:g} of {q:g} points ({pc:.0f} %)").format(
            p=outcome.points, q=outcome.possible, pc=outcome.percent)
        failing = [r for r in outcome.why if r.code in STEP_FAILURES]
        if failing:
            text += self.tr(" — will FAIL: {why}").format(why=reasons_words(failing))
        text += self.tr("; {n} step(s) to mark.").format(n=left) if left else self.tr("; every step marked.")
        self.score_label.setText(text)
        self._emphasise(self.score_label, alert=bool(failing))
        self.criteria.refresh()
