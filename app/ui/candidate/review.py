"""The review screen: unanswered, flagged and answered questions, each a way back to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.ui.candidate.controls import button, label
from app.ui.widgets.flow_layout import FlowLayout

ID_ROLE = Qt.ItemDataRole.UserRole


def question_number(plan: AttemptPlan, item_id: str) -> int:
    return plan.item_ids.index(item_id) + 1


class ReviewPage(QWidget):
    jump_requested = Signal(str)
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, plan: AttemptPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.summary = label(role="subheading")
        self.lists: dict[str, QListWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        columns = QHBoxLayout()
        for kind, title, description in (
                ("unanswered", self.tr("Unanswered"), self.tr("Questions you have not answered")),
                ("flagged", self.tr("Flagged for review"), self.tr("Questions you flagged")),
                ("answered", self.tr("Answered"), self.tr("Questions you have answered"))):
            columns.addWidget(self._column(kind, title, description), 1)
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
        layout.addWidget(label(self.tr("Choose a question and press Enter (or click it) to go to it."),
                               role="muted"))
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addLayout(moves)

    def _column(self, kind: str, title: str, description: str) -> QWidget:
        """A titled list. The title is a wrapping label (not a group box title, which cannot wrap
        and would make three columns wider than the screen at 200 % text)."""
        heading = label(title, role="subheading")
        entries = QListWidget()
        entries.setWordWrap(True)   # long entries wrap at large text rather than scroll sideways
        entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        entries.setAccessibleName(title)
        entries.setAccessibleDescription(description + ". " + self.tr("Press Enter to go to the question."))
        entries.itemActivated.connect(self._activated)
        entries.itemClicked.connect(self._activated)
        heading.setBuddy(entries)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(entries, 1)
        self.lists[kind], self.headings[kind] = entries, heading
        self._titles[kind] = title
        return column

    def show_state(self, state: AttemptState) -> None:
        groups = {"unanswered": [], "flagged": [], "answered": []}
        for item_id in self.plan.item_ids:
            groups["answered" if item_id in state.responses else "unanswered"].append(item_id)
            if item_id in state.flagged:
                groups["flagged"].append(item_id)
        for kind, item_ids in groups.items():
            self._fill(kind, item_ids, state)
        self.summary.setText(self.tr("{answered} of {total} answered, {flagged} flagged.").format(
            answered=len(groups["answered"]), total=len(self.plan.item_ids), flagged=len(groups["flagged"])))
        for entries in self.lists.values():
            entries.setCurrentRow(0 if entries.count() else -1)

    def focus_target(self) -> QWidget:
        return next((self.lists[k] for k in ("unanswered", "flagged", "answered") if self.lists[k].count()),
                    self.back_button)

    def _fill(self, kind: str, item_ids: list[str], state: AttemptState) -> None:
        entries = self.lists[kind]
        entries.clear()
        for item_id in item_ids:
            closed = self.plan.section_of(item_id) in state.locked_sections
            text = self.tr("Question {number}").format(number=question_number(self.plan, item_id))
            if closed:
                text += " " + self.tr("(section closed)")
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, item_id)
            if closed:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            entries.addItem(entry)
        self.headings[kind].setText(f"{self._titles[kind]} ({len(item_ids)})")

    def entries(self, kind: str) -> list[str]:
        """The item ids listed under unanswered, flagged or answered (in question order)."""
        entries = self.lists[kind]
        return [entries.item(row).data(ID_ROLE) for row in range(entries.count())]

    def _activated(self, entry: QListWidgetItem) -> None:
        # A click may also count as activation; once the screen has changed, the second is ignored.
        if self.isVisible() and entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.jump_requested.emit(entry.data(ID_ROLE))
