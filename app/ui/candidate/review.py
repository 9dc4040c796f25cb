"""The review screen: every question with its section, the start of its text and its state
(answered, only partly answered, not answered, not seen yet, flagged), filtered to what the
candidate wants to look at; choosing one goes back to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.domain.progress import ANSWERED, INCOMPLETE, NOT_ANSWERED, QuestionState, question_states, summary
from app.ui.candidate.controls import button, label, rename
from app.ui.widgets.flow_layout import FlowLayout

ID_ROLE = Qt.ItemDataRole.UserRole
OPENING_CHARS = 90   # how much of a question's text an entry shows
FILTERS = ("all", "unanswered", "incomplete", "flagged")


def question_number(plan: AttemptPlan, item_id: str) -> int:
    return plan.item_ids.index(item_id) + 1


def opening(text: str) -> str:
    """The start of a question's text, cut at a word, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= OPENING_CHARS:
        return flat
    return flat[:OPENING_CHARS].rsplit(" ", 1)[0] + "…"


def shown_by(kind: str, question: QuestionState) -> bool:
    return {"all": True, "unanswered": question.answer == NOT_ANSWERED,
            "incomplete": question.answer == INCOMPLETE, "flagged": question.flagged,
            "answered": question.answer == ANSWERED}[kind]


class ReviewPage(QWidget):
    jump_requested = Signal(str)
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, plan: AttemptPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.questions: list[QuestionState] = []
        self.kind = "all"
        self.summary = label(role="subheading")
        self.list = QListWidget()
        self.list.setWordWrap(True)   # long entries wrap at large text rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setAccessibleDescription(self.tr("Each question with its section, the start of its text and "
                                                   "its state. Press Enter to go to the question."))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.back_button = button(self.tr("Back to the question"), self.tr("Returns to the question you were on"))
        self.finish_button = button(self.tr("Finish the exam…"), self.tr(
            "Asks you to confirm, then submits your answers"), "primary")
        self.back_button.clicked.connect(self.back_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        moves = FlowLayout()   # side by side when they fit, one above the other at large text
        moves.addWidget(self.back_button)
        moves.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Review your answers"), role="heading"))
        layout.addWidget(self.summary)
        layout.addLayout(self._filters())
        layout.addWidget(label(self.tr("Choose a question and press Enter (or click it) to go to it."),
                               role="muted"))
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)

    def _filters(self) -> FlowLayout:
        """Show every question, or only those not answered, partly answered or flagged."""
        self.filter_buttons: dict[str, QPushButton] = {}
        self.filter_group = QButtonGroup(self)
        row = FlowLayout()
        for kind in FILTERS:
            choice = button("", self.tr("Show only these questions in the list"))
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, k=kind: self.show_only(k))
            self.filter_group.addButton(choice)
            self.filter_buttons[kind] = choice
            row.addWidget(choice)
        self.filter_buttons["all"].setChecked(True)
        return row

    def show_state(self, state: AttemptState) -> None:
        self.questions = question_states(self.plan, state)
        counts = summary(self.questions)
        text = self.tr("{answered} of {total} answered, {incomplete} partly answered, {flagged} flagged.") \
            if counts[INCOMPLETE] else self.tr("{answered} of {total} answered, {flagged} flagged.")
        self.summary.setText(text.format(
            answered=counts[ANSWERED], total=len(self.questions), incomplete=counts[INCOMPLETE],
            flagged=counts["flagged"]))
        names = {"all": self.tr("All ({n})"), "unanswered": self.tr("Not answered ({n})"),
                 "incomplete": self.tr("Partly answered ({n})"), "flagged": self.tr("Flagged ({n})")}
        for kind, choice in self.filter_buttons.items():
            rename(choice, names[kind].format(n=sum(shown_by(kind, q) for q in self.questions)))
        self.show_only(self.kind)

    def show_only(self, kind: str) -> None:
        self.kind = kind
        self.filter_buttons[kind].setChecked(True)
        self.list.clear()
        for question in self.questions:
            if shown_by(kind, question):
                self.list.addItem(self._entry(question))
        self.list.setCurrentRow(0 if self.list.count() else -1)

    def _entry(self, question: QuestionState) -> QListWidgetItem:
        item = self.plan.exam.item(question.item_id)
        facts = [self._answer_words(question)]
        if question.flagged:
            facts.append(self.tr("⚑ flagged"))
        if question.closed:
            facts.append(self.tr("section closed"))
        heading = self.tr("Question {number}").format(number=question.number) + " — " + ", ".join(facts)
        section = self.plan.section(question.section_id).title
        entry = QListWidgetItem(f"{heading}\n{section}\n{opening(item.stem)}")
        entry.setData(ID_ROLE, question.item_id)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{heading}. {section}. {opening(item.stem)}")
        if question.closed:
            entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return entry

    def _answer_words(self, question: QuestionState) -> str:
        if question.answer == ANSWERED:
            return self.tr("✓ answered")
        if question.answer == INCOMPLETE:
            return self.tr("◐ only partly answered")
        return self.tr("not answered") if question.seen else self.tr("not seen yet")

    def focus_target(self) -> QWidget:
        return self.list if self.list.count() else self.back_button

    def entries(self, kind: str) -> list[str]:
        """The item ids that are unanswered, incomplete, flagged or answered (in question order)."""
        return [q.item_id for q in self.questions if shown_by(kind, q)]

    def listed(self) -> list[str]:
        """The item ids the list shows now."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def _activated(self, entry: QListWidgetItem) -> None:
        # A click may also count as activation; once the screen has changed, the second is ignored.
        if self.isVisible() and entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.jump_requested.emit(entry.data(ID_ROLE))
