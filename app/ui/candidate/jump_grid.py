"""A grid of question numbers: where the candidate is, what is answered or flagged, and a
way to jump to any question in a section that is still open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.ui.widgets.theme import BASE_POINT_SIZE, repolish, set_role

COLUMNS = 10
VISIBLE_ROWS = 2   # more rows scroll: the question, not the grid, should have the room
LARGE_TEXT_ROWS = 1  # from 150 % text on, a single row


class JumpGrid(QScrollArea):
    jump_requested = Signal(str)

    def __init__(self, plan: AttemptPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its buttons
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(self.tr("Every question by number; choose one to go to it"))
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for index, item_id in enumerate(plan.item_ids):
            jump = QPushButton(str(index + 1))
            set_role(jump, "jump")
            jump.clicked.connect(lambda _=False, i=item_id: self.jump_requested.emit(i))
            grid.addWidget(jump, index // COLUMNS, index % COLUMNS)
            self.buttons[item_id] = jump
        self.setWidget(inner)

    def refresh(self, state: AttemptState, current_item: str | None) -> None:
        for index, (item_id, jump) in enumerate(self.buttons.items(), start=1):
            answered = item_id in state.responses
            flagged = item_id in state.flagged
            closed = self.plan.section_of(item_id) in state.locked_sections
            jump.setText(f"{index} ⚑" if flagged else str(index))
            jump.setEnabled(not closed)
            jump.setProperty("state", "answered" if answered else "open")
            jump.setProperty("current", "true" if item_id == current_item else "false")
            repolish(jump)
            jump.setAccessibleName(self.tr("Question {number}").format(number=index))
            jump.setAccessibleDescription(", ".join(self._facts(answered, flagged, closed, item_id == current_item)))
        self.fit_height()

    def _facts(self, answered: bool, flagged: bool, closed: bool, current: bool) -> list[str]:
        facts = [self.tr("answered") if answered else self.tr("not answered")]
        if flagged:
            facts.append(self.tr("flagged for review"))
        if closed:
            facts.append(self.tr("section closed"))
        if current:
            facts.append(self.tr("you are here"))
        return facts

    def fit_height(self) -> None:
        """Room for a row or two of numbers, depending on the text size."""
        first = next(iter(self.buttons.values()), None)
        if first is None:
            return
        large = first.font().pointSizeF() >= BASE_POINT_SIZE * 1.5   # 150 % text or more
        rows = min(LARGE_TEXT_ROWS if large else VISIBLE_ROWS, (len(self.buttons) + COLUMNS - 1) // COLUMNS)
        spacing = self.widget().layout().verticalSpacing()
        self.setFixedHeight(rows * first.sizeHint().height() + (rows - 1) * max(spacing, 0) + 4)
