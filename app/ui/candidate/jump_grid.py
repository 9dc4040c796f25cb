"""The question navigator: a button for every question, wrapping onto as many rows as the
text size needs (never scrolled or clipped), each showing whether the question is answered,
incomplete, not answered or not seen yet, and flagged; a button jumps to its question while
its section is open. A legend under the buttons says what the marks mean."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.domain.progress import ANSWERED, INCOMPLETE, QuestionState, question_states
from app.ui.candidate.controls import label
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.theme import repolish, set_role

MIN_TARGET = 44   # px: the smallest button a candidate should have to hit
MARKS = {ANSWERED: "✓", INCOMPLETE: "◐"}
FLAG_MARK = "⚑"


def marks(question: QuestionState) -> str:
    return MARKS.get(question.answer, "") + (FLAG_MARK if question.flagged else "")


class NumberButton(QPushButton):
    """A question number with its marks set smaller beside it, so a row holds more numbers at
    large text sizes. The face is a label on the button; clicks and keys go to the button."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.face = QLabel(self)
        self.face.setTextFormat(Qt.TextFormat.RichText)
        self.face.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setProperty("face", "unseen")
        self.setProperty("state", "unseen")
        self.setProperty("current", "false")
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.addWidget(self.face)
        self.show_marks("")

    def show_marks(self, text: str) -> None:
        self.marks = text
        small = f"<span style='font-size: small'>{escape(text)}</span>" if text else ""
        self.face.setText(f"{self.number}{small}")

    def face_size(self, text: str) -> QSize:
        """The size the button needs to show `text` as its marks."""
        shown = self.face.text()
        self.show_marks(text)
        needed = self.face.sizeHint() + QSize(16, 12)
        self.face.setText(shown)
        return needed


def _changed(widget: QWidget, name: str, value: str) -> bool:
    """Set a style property; whether its value changed."""
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    return True


def look(question: QuestionState) -> str:
    """The style sheet's `state` for a question's button."""
    if question.answer in MARKS:
        return question.answer
    return "open" if question.seen else "unseen"


class JumpGrid(QWidget):
    jump_requested = Signal(str)

    def __init__(self, plan: AttemptPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(self.tr("Every question by number; choose one to go to it"))
        self.buttons: dict[str, NumberButton] = {}
        self.shown: dict[str, tuple[QuestionState, bool]] = {}  # what each button shows now
        self.numbers = numbers = QWidget()
        self.flow = FlowLayout(numbers, spacing=4)
        for index, item_id in enumerate(plan.item_ids):
            jump = NumberButton(index + 1)
            set_role(jump, "jump")
            jump.clicked.connect(lambda _=False, i=item_id: self.jump_requested.emit(i))
            self.flow.addWidget(jump)
            self.buttons[item_id] = jump
        self.legend = label(self.tr("✓ answered · ◐ incomplete · ⚑ flagged · dotted: not seen yet"),
                            role="muted")
        self.legend.setObjectName("navigatorLegend")
        self.legend.setAccessibleName(self.tr("What the marks on the question numbers mean"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(numbers)
        self.legend_row = QHBoxLayout()
        self.legend_row.addWidget(self.legend, 1)
        column.addLayout(self.legend_row)

    def add_status(self, widget: QWidget) -> None:
        """A status beside the legend (the window's "Saved"): it keeps its own width there, so
        nothing moves when it changes, and the line is there anyway."""
        self.legend_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def refresh(self, state: AttemptState, current_item: str | None) -> None:
        """Only the buttons whose question changed are touched: re-reading a button's style
        sheet costs about half a millisecond, and a move changes two or three of them (every
        button on every move made the move take several frames with 40 questions)."""
        changed = False
        for question in question_states(self.plan, state):
            jump = self.buttons[question.item_id]
            current = question.item_id == current_item
            if self.shown.get(question.item_id) == (question, current):
                continue
            self.shown[question.item_id] = (question, current)
            changed = True
            jump.show_marks(marks(question))
            jump.setEnabled(not question.closed)
            # restyled only when a property the style sheet selects on changes (a new attempt's
            # first screen: only the current question's button, not all of them)
            if _changed(jump, "state", look(question)) | _changed(jump, "current", "true" if current else "false"):
                repolish(jump)
            if _changed(jump.face, "face", "closed" if question.closed else look(question)):
                repolish(jump.face)
            jump.setAccessibleName(self.tr("Question {number}").format(number=question.number))
            jump.setAccessibleDescription(", ".join(self._facts(question, current)))
        if changed:
            self.fit_to_text()

    def _facts(self, question: QuestionState, current: bool) -> list[str]:
        words = {ANSWERED: self.tr("answered"), INCOMPLETE: self.tr("incomplete: only partly answered")}
        facts = [words.get(question.answer, self.tr("not answered"))]
        if not question.seen:
            facts.append(self.tr("not seen yet"))
        if question.flagged:
            facts.append(self.tr("flagged for review"))
        if question.closed:
            facts.append(self.tr("section closed"))
        if current:
            facts.append(self.tr("you are here"))
        return facts

    def fit_to_text(self) -> None:
        """Every button as wide as the widest label can make it (the numbers line up in columns
        and nothing moves when a mark appears) and at least MIN_TARGET square, at whatever
        text size is set."""
        if not self.buttons:
            return
        last = list(self.buttons.values())[-1]
        widest = last.face_size(MARKS[INCOMPLETE] + FLAG_MARK)   # the longest a label gets
        for jump in self.buttons.values():
            jump.setFixedSize(max(MIN_TARGET, widest.width()), max(MIN_TARGET, widest.height()))
        self._keep_every_row()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_every_row()

    def _keep_every_row(self) -> None:
        """The rows the buttons need at this width are the least height the navigator gets, so
        the question above it scrolls instead of any number being cut off."""
        needed = self.flow.heightForWidth(max(1, self.width()))
        if self.numbers.minimumHeight() != needed:
            self.numbers.setMinimumHeight(needed)

