"""Confirmations before a step that cannot be undone: leaving a section that closes, and
finishing the exam. Each names what is still unanswered; the safe choice has the focus."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.domain.progress import INCOMPLETE, NOT_ANSWERED, QuestionState, question_states
from app.ui.candidate.controls import button, label, rename


class ConfirmPage(QWidget):
    confirmed = Signal(str)   # the kind confirmed: "section", "finish" or "break"
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.title = label(role="heading")
        self.unanswered = label(role="subheading")
        self.incomplete = label(role="subheading")
        self.flagged = label()
        self.consequence = label(role="warning")
        self.cancel_button = button(self.tr("Go back"), "")
        self.confirm_button = button(self.tr("Continue"), "", "primary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.kind))
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.unanswered, self.incomplete, self.flagged, self.consequence):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(row)

    def ask_leave_section(self, plan: AttemptPlan, state: AttemptState, section_id: str) -> None:
        section = plan.section(section_id)
        self.kind = "section"
        self.title.setText(self.tr("Leave the section “{title}”?").format(title=section.title))
        self._describe([q for q in question_states(plan, state) if q.section_id == section_id],
                       self.tr("You have answered every question in this section."))
        self.consequence.setText(self.tr("This section closes when you leave it: you will not be able to come "
                                         "back to it or change its answers."))
        self.consequence.setVisible(section.lock_on_exit)
        rename(self.cancel_button, self.tr("Stay in this section"), self.tr("Go back to the section"))
        rename(self.confirm_button, self.tr("Leave the section"), self.tr("Close this section and go on"))
        self._focus_safe_choice()

    def ask_finish(self, plan: AttemptPlan, state: AttemptState) -> None:
        self.kind = "finish"
        self.title.setText(self.tr("Finish the exam?"))
        self._describe([q for q in question_states(plan, state) if not q.closed],
                       self.tr("You have answered every question."))
        self.consequence.setText(self.tr("When you submit, the exam ends: you cannot change your answers."))
        self.consequence.setVisible(True)
        rename(self.cancel_button, self.tr("Go back"), self.tr("Return to the exam without submitting"))
        rename(self.confirm_button, self.tr("Submit my answers"), self.tr("End the exam and submit your answers"))
        self._focus_safe_choice()

    def ask_rest_break(self, breaks_left: int) -> None:
        self.kind = "break"
        self.title.setText(self.tr("Take a rest break now?"))
        self.unanswered.setText(self.tr("Rest breaks left, including this one: {n}.").format(n=breaks_left))
        self.unanswered.setAccessibleName(self.unanswered.text())
        self.flagged.setVisible(False)
        self.incomplete.setVisible(False)
        self.consequence.setText(self.tr("Your time stops and the questions are hidden until you return. "
                                         "Tell the proctor before you leave your seat."))
        self.consequence.setVisible(True)
        rename(self.cancel_button, self.tr("Not now"), self.tr("Return to the exam without a break"))
        rename(self.confirm_button, self.tr("Start the break"), self.tr("Stop the clock and hide the questions"))
        self._focus_safe_choice()

    def _describe(self, questions: list[QuestionState], all_done: str) -> None:
        """Name the questions not answered, those only partly answered, and those flagged."""
        unanswered = [q.number for q in questions if q.answer == NOT_ANSWERED]
        incomplete = [q.number for q in questions if q.answer == INCOMPLETE]
        flagged = [q.number for q in questions if q.flagged]
        text = self.tr("Not answered ({count}): question {numbers}.") if len(unanswered) == 1 else \
            self.tr("Not answered ({count}): questions {numbers}.")
        if not unanswered:
            text = self.tr("No question is left blank.") if incomplete else all_done
        self.unanswered.setText(text.format(count=len(unanswered), numbers=_listed(unanswered)))
        text = self.tr("Only partly answered ({count}): question {numbers}.") if len(incomplete) == 1 else \
            self.tr("Only partly answered ({count}): questions {numbers}.")
        self.incomplete.setText(text.format(count=len(incomplete), numbers=_listed(incomplete)))
        self.incomplete.setVisible(bool(incomplete))
        text = self.tr("Flagged for review: question {numbers}.") if len(flagged) == 1 else \
            self.tr("Flagged for review: questions {numbers}.")
        self.flagged.setText(text.format(numbers=_listed(flagged)))
        self.flagged.setVisible(bool(flagged))
        self.unanswered.setAccessibleName(self.unanswered.text())
        self.incomplete.setAccessibleName(self.incomplete.text())

    def message(self) -> str:
        """Everything the screen says, for tests and for the screen reader's description."""
        parts = [self.title.text(), self.unanswered.text()]
        parts += [w.text() for w in (self.incomplete, self.flagged, self.consequence) if not w.isHidden()]
        return " ".join(parts)

    def _focus_safe_choice(self) -> None:
        self.consequence.setAccessibleName(self.tr("Warning"))
        self.consequence.setAccessibleDescription(self.consequence.text())
        self.setAccessibleDescription(self.message())
        self.cancel_button.setDefault(True)

    def focus_target(self) -> QWidget:
        return self.cancel_button


def _listed(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)
