"""Screens with no question on them: paused by the proctor, and the end of the attempt
(submitted, time up, voided, moved to another station) with the score report when allowed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.domain.attempt import SUBMITTED, TIMED_OUT, TRANSFERRED, VOIDED, AttemptState
from app.domain.exam import Exam
from app.domain.scoring import WrittenResult
from app.ui.candidate.controls import button, label
from app.ui.candidate.score_report import report_html, write_pdf
from app.ui.candidate.status import clock_text, spoken_time
from app.ui.widgets.error_words import os_error_words
from app.ui.widgets.theme import set_role


class PausedPage(QWidget):
    """The questions are hidden and the clock is stopped: until the proctor resumes, or, on the
    candidate's own rest break, until the candidate comes back."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, proctor_confirms: bool = False) -> None:
        """`proctor_confirms`: the exam says the proctor confirms the return from a rest break,
        so there is no Return button: the candidate tells the proctor, who continues the exam."""
        super().__init__(parent)
        self.proctor_confirms = proctor_confirms
        layout = QVBoxLayout(self)
        self.heading = label(role="heading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text = label()
        self.back_button = button(self.tr("Return to the exam"), self.tr("End the rest break; your time starts "
                                                                         "again"), "primary")
        self.back_button.clicked.connect(self.back_requested)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.show_pause(AttemptState(), breaks_left=0, granted=0, time_left_ms=None, now=0.0)

    def show_pause(self, state: AttemptState, breaks_left: int, granted: int, time_left_ms: int | None,
                   now: float) -> None:
        """What the pause is and, on a rest break, how long it has lasted and what is allowed."""
        stopped = self.tr("Your exam time is stopped with {time} left.").format(time=clock_text(time_left_ms)) \
            if time_left_ms is not None else self.tr("Your exam time is stopped.")
        if state.on_break:
            self.heading.setText(self.tr("You are on a rest break"))
            lines = [self.tr("Break {number} of {granted}. On break for {taken}.").format(
                number=state.breaks_taken, granted=granted, taken=spoken_time(_since(state.paused_at, now))),
                self.tr("A rest break has no time limit. {stopped} Your answers are kept and the questions "
                        "are hidden.").format(stopped=stopped),
                self.tr("Rest breaks left after this one: {n}.").format(n=breaks_left),
                self.tr("When you are back at your seat, tell the proctor: the proctor confirms your return "
                        "and your exam continues.") if self.proctor_confirms else
                self.tr("Tell the proctor when you are back at your seat, then choose Return to the exam.")]
        else:
            self.heading.setText(self.tr("The exam is paused"))
            lines = [self.tr("The proctor has paused the exam. Your answers are kept."), stopped,
                     self.tr("Please stay seated; the exam continues when the proctor resumes it.")]
        text = "\n".join(lines)
        self.back_button.setVisible(state.on_break and not self.proctor_confirms)
        if self.text.text() != text:   # the same second: screen readers are left alone
            self.text.setText(text)
            self.heading.setAccessibleName(self.heading.text())
            self.heading.setAccessibleDescription(text)

    def focus_target(self) -> QWidget:
        return self.heading


def _since(iso_time: str, now: float) -> int:
    """Milliseconds from an event's wall time to `now` (0 if unknown or in the future)."""
    try:
        return max(0, round((now - datetime.fromisoformat(iso_time).timestamp()) * 1000))
    except ValueError:
        return 0


class EndPage(QWidget):
    """The end of the attempt. The report is saved, when the station gives a folder for it
    (the session's export folder), straight into that folder under a fixed name: a candidate in
    lockdown never gets a file browser on the station's disk. Without a folder the proctor
    prints it at the desk."""

    def __init__(self, exam: Exam, candidate_name: str, report_folder: Path | None = None,
                 report_name: str = "score-report", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exam, self.candidate_name = exam, candidate_name
        self.report_folder, self.report_name = report_folder, report_name
        self.report = ""
        self.heading = label(role="heading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text = label()
        self.report_view = label(rich=True, name=self.tr("Score report"))
        self.report_view.setVisible(False)
        self.pdf_button = button(self.tr("Save a copy for the proctor"), self.tr(
            "Saves the score report as a PDF with this session's results; the proctor can print it for you"))
        self.pdf_button.clicked.connect(lambda: self.save_report_pdf())
        self.pdf_button.setVisible(False)
        self.print_hint = label(self.tr("Ask the proctor if you would like a printed copy of this report."),
                                role="muted")
        self.print_hint.setVisible(False)
        self.pdf_result = label()
        self.pdf_result.setVisible(False)
        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (self.heading, self.text, self.report_view):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.print_hint)
        column.addWidget(self.pdf_result)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("End of the exam"))
        scroll.setAccessibleDescription(self.tr("Arrow keys and Page Down scroll this page"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def show_end(self, state: AttemptState, result: WrittenResult | None, unsaved: int = 0) -> None:
        heading, text = self._words(state.state, unsaved)
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.heading.setAccessibleDescription(text)
        self.text.setText(text)
        reported = result if state.state in (SUBMITTED, TIMED_OUT) and self.exam.scoring.show_score_report \
            else None
        show_report = reported is not None
        ended = datetime.fromisoformat(state.last_at).astimezone() if state.last_at else datetime.now()
        self.report = report_html(self.exam, reported, self.candidate_name, ended, state.responses) \
            if reported is not None else ""
        self.report_view.setText(self.report)
        self.report_view.setAccessibleDescription(self.report_view.text() and self._plain_report())
        self.report_view.setVisible(show_report)
        self.pdf_button.setVisible(show_report and self.report_folder is not None)
        self.print_hint.setVisible(show_report)

    def focus_target(self) -> QWidget:
        return self.heading

    def _words(self, state: str, unsaved: int) -> tuple[str, str]:
        if state == TIMED_OUT:
            text = self.tr("The exam time is over. Your saved answers have been submitted.")
            if unsaved:
                text += " " + self.tr("Some answers were not saved yet: tell the proctor now.")
            return self.tr("Time is up"), text
        if state == VOIDED:
            return self.tr("This exam has been stopped"), self.tr(
                "The proctor has ended this attempt. Please stay seated and wait for the proctor.")
        if state == TRANSFERRED:
            return self.tr("This exam continues on another computer"), self.tr(
                "The proctor has moved your exam to another station. Please wait for the proctor.")
        return self.tr("Your exam is submitted"), self.tr(
            "Thank you. Your answers are saved and submitted. Please wait for the proctor's instructions.")

    def _plain_report(self) -> str:
        document = QTextDocument()
        document.setHtml(self.report)
        return document.toPlainText()

    def save_report_pdf(self, path: Path | None = None) -> Path | None:
        """Write the report (by default into the report folder); says on screen that it went, or
        why it could not."""
        path = path or (self.report_folder / f"{self.report_name}.pdf" if self.report_folder else None)
        if path is None:
            return None
        try:
            written = write_pdf(self.report, self.tr("Score report"), path)
        except OSError as error:
            self.pdf_result.setText(self.tr("The copy could not be saved ({reason}). Ask the proctor to print "
                                            "the report for you.").format(reason=os_error_words(error)))
            set_role(self.pdf_result, "error")
            self.pdf_result.setVisible(True)
            return None
        self.pdf_result.setText(self.tr("Saved. The proctor can print it for you or give you the file "
                                        "({name}).").format(name=written.name))
        set_role(self.pdf_result, "ok")
        self.pdf_result.setAccessibleName(self.pdf_result.text())
        self.pdf_result.setVisible(True)
        return written
