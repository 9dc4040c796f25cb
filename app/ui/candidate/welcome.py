"""Before the questions: the welcome screen (identity, instructions, keys) and, after the app
stopped in the middle of an attempt, the "your exam was interrupted" screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.domain.attempt import AttemptState
from app.domain.plan import AttemptPlan
from app.ui.candidate.controls import button, label
from app.ui.candidate.shortcuts import candidate_shortcuts, key_text, other_keys


class WelcomePage(QWidget):
    start_requested = Signal()

    def __init__(self, plan: AttemptPlan, state: AttemptState, candidate_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.state, self.name = plan, state, candidate_name
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(label(plan.exam.title, role="heading"))
        column.addWidget(label(self.tr("Welcome, {name}.").format(name=candidate_name), role="subheading"))
        column.addWidget(self._identity())
        column.addWidget(self._instructions())
        column.addWidget(self._keys())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Welcome and instructions"))
        scroll.setAccessibleDescription(self.tr("Arrow keys and Page Down scroll the instructions"))
        self.start_button = button(self.tr("Start the exam"), self.tr(
            "Starts the exam and its clock. Available once you have confirmed who you are."), "primary")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def focus_target(self) -> QWidget:
        return self.identity_box

    def _identity(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your identity"))
        column = QVBoxLayout(box)
        column.addWidget(label(self.tr("This exam is for {name}. If that is not you, do not start: tell the "
                                       "proctor.").format(name=self.name)))
        self.identity_box = QCheckBox(self.tr("I am {name}").format(name=self.name))
        self.identity_box.setAccessibleName(self.identity_box.text())
        self.identity_box.setAccessibleDescription(self.tr("Tick to confirm who you are; then you can start"))
        self.identity_box.toggled.connect(lambda on: self.start_button.setEnabled(on))
        column.addWidget(self.identity_box)
        return box

    def _instructions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instructions"))
        column = QVBoxLayout(box)
        for line in self.instruction_lines():
            column.addWidget(label("• " + line))
        return box

    def instruction_lines(self) -> list[str]:
        plan, limits = self.plan, self.state.limits
        lines = [self.tr("There are {count} questions in {sections} sections.").format(
            count=len(plan.item_ids), sections=len(plan.sections))]
        if limits.exam_ms:
            lines.append(self.tr("You have {minutes} minutes. The clock starts when you press Start the "
                                 "exam.").format(minutes=_minutes(limits.exam_ms)))
        else:
            lines.append(self.tr("There is no overall time limit."))
        for number, order in enumerate(plan.sections, start=1):
            lines.append(self._section_line(number, order.section_id, len(order.item_ids)))
        lines.append(self.tr("Your answers are saved as you go. “✓ Saved” at the top means they are stored "
                             "on this computer."))
        lines.append(self.tr("Flag any question you want to look at again; the review screen lists "
                             "answered, unanswered and flagged questions."))
        tools = plan.exam.tools
        if tools.calculator:
            lines.append(self.tr("A calculator is available on the tool bar."))
        if tools.exhibits:
            lines.append(self.tr("Reference exhibits are available on the tool bar."))
        lines.append(self.tr("You can change the text size and turn on high contrast at any time."))
        return lines

    def _section_line(self, number: int, section_id: str, count: int) -> str:
        section = self.plan.section(section_id)
        limit = self.state.limits.section_ms.get(section_id)
        text = self.tr("Section {number}, “{title}”: {count} questions").format(
            number=number, title=section.title, count=count)
        if limit:
            text += self.tr(", {minutes} minutes").format(minutes=_minutes(limit))
        if section.lock_on_exit:
            text += self.tr(". Once you leave it, you cannot go back to it")
        return text + "."

    def _keys(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keyboard"))
        column = QVBoxLayout(box)
        rows = [(key_text(s.keys), s.description) for s in candidate_shortcuts()] + other_keys()
        cells = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(d)}</td></tr>" for k, d in rows)
        table = label(f"<table cellpadding='3'>{cells}</table>", rich=True, name=self.tr("Keyboard shortcuts"))
        table.setAccessibleDescription("; ".join(f"{k}: {d}" for k, d in rows))
        column.addWidget(table)
        return box


def _minutes(ms: int) -> str:
    minutes = ms / 60_000
    return str(round(minutes)) if abs(minutes - round(minutes)) < 0.01 else f"{minutes:.1f}"


class InterruptedPage(QWidget):
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Your exam was interrupted"), role="heading"))
        layout.addWidget(label(self.tr(
            "The exam stopped unexpectedly, for example because the computer restarted. Every answer you "
            "saw as saved is kept, and you get back the time the exam rules allow. You will continue on the "
            "question you were on.")))
        self.continue_button = button(self.tr("Continue the exam"), self.tr(
            "Goes back to your exam; the clock starts again"), "primary")
        self.continue_button.clicked.connect(self.continue_requested)
        row = QHBoxLayout()
        row.addWidget(self.continue_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def focus_target(self) -> QWidget:
        return self.continue_button
