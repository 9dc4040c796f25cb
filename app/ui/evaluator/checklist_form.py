"""Marking one checklist: a row per step, the task timer and the running score. Marking a
step moves to the next, so a whole checklist is one key per step."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.checklist import score_checklist
from app.domain.exam import Checklist
from app.domain.reasons import STEP_FAILURES
from app.ui.evaluator.step_row import StepRow
from app.ui.proctor.common import hint, minutes_seconds, say, tr
from app.ui.widgets.rule_words import reasons_words


def rule_text(checklist: Checklist) -> str:
    threshold = (tr("at least {p:g} points").format(p=checklist.min_points) if checklist.min_points is not None
                 else tr("at least {p:g} % of the points that apply").format(p=checklist.min_percent or 0))
    critical = tr(", and every critical step done") if checklist.all_critical else ""
    return tr("To pass: {threshold}{critical}.").format(threshold=threshold, critical=critical)


class ChecklistForm(QWidget):
    def __init__(self, checklist: Checklist, monotonic: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist, self.monotonic = checklist, monotonic
        self.started = monotonic()
        self.rows = [StepRow(n, step) for n, step in enumerate(checklist.steps, start=1)]
        self.current = 0
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Task time"))
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.score_label.setAccessibleName(self.tr("Running score"))
        status = QHBoxLayout()
        status.addWidget(self.timer_label)
        status.addWidget(self.score_label, 1)
        page = QWidget()
        steps = QVBoxLayout(page)
        for row in self.rows:
            row.marked.connect(self._marked)
            row.move.connect(self.move_by)
            row.entered.connect(self._entered)
            steps.addWidget(row)
        steps.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(rule_text(checklist) + " " + self.tr(
            "Keys: D done, N not done, A not applicable; arrows move between steps; Tab reaches the note.")))
        layout.addLayout(status)
        layout.addWidget(self.scroll, 1)
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._show_time)
        self.clock.start(1000)
        self._show_time()
        self._show_score()
        self.focus_step(0)

    # -- results -----------------------------------------------------------------------------
    def marks(self) -> dict[str, str]:
        return {row.step.id: row.mark for row in self.rows if row.mark}

    def notes(self) -> dict[str, str]:
        return {row.step.id: row.note() for row in self.rows if row.note()}

    def unmarked(self) -> list[int]:
        return [n for n, row in enumerate(self.rows, start=1) if not row.mark]

    def refuse_unmarked(self, message: QLabel) -> bool:
        """Before a signature: True, and the steps not marked named in `message` with the first
        one chosen, if any step has no mark yet."""
        unmarked = self.unmarked()
        if unmarked:
            say(message, self.tr("Mark every step before signing; still unmarked: step(s) {list}.")
                .format(list=", ".join(map(str, unmarked))), ok=False)
            self.focus_step(unmarked[0] - 1)
        return bool(unmarked)

    def task_seconds(self) -> int:
        return int(self.monotonic() - self.started)

    def stop(self) -> None:
        self.clock.stop()

    # -- moving ------------------------------------------------------------------------------
    def focus_step(self, index: int) -> None:
        if not self.rows:
            return
        self.current = max(0, min(len(self.rows) - 1, index))
        row = self.rows[self.current]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(row)
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
        index = next(i for i, r in enumerate(self.rows) if r.step.id == step_id)
        if index + 1 < len(self.rows):
            self.focus_step(index + 1)

    # -- status ------------------------------------------------------------------------------
    def _show_time(self) -> None:
        seconds = self.task_seconds()
        limit = self.checklist.minutes
        text = self.tr("Task time {t}").format(t=minutes_seconds(seconds * 1000))
        if limit:
            text += self.tr(" of {m:g} min").format(m=limit)
        over = bool(limit and seconds > limit * 60)
        self.timer_label.setText(text + (self.tr(" — over time") if over else ""))
        self.timer_label.setStyleSheet("font-weight: bold; color: %s;" % ("#9b0000" if over else "#111827"))

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
        self.score_label.setStyleSheet("font-weight: bold; color: %s;" % ("#9b0000" if failing else "#111827"))
