"""One checklist step: Done / Not done / N/A with one tap or one key (D, N, A), a note, and
the step's weight and criticality in words. A critical step marked Not done asks for its
reason in the note. Touch targets are at least 44 px (the marks larger on a tablet)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.exam import ChecklistStep

TOUCH = 44  # px: the smallest comfortable touch target (WCAG 2.5.5, platform guidelines)
TABLET_TOUCH = 64  # px: Done / Not done / N/A on a tablet, tapped at arm's length while watching the task
KEYS: dict[int, str] = {Qt.Key.Key_D: "done", Qt.Key.Key_N: "not_done", Qt.Key.Key_A: "na"}  # QKeyEvent.key() is an int
ROW_STYLE_TEMPLATE = """
QFrame#stepRow { border: 2px solid #9ca3af; border-radius: 6px; background: #ffffff; }
QFrame#stepRow QLabel { color: #111827; }
QFrame#stepRow[current="true"] { border: 3px solid #1d4ed8; background: #eff6ff; }
QLineEdit[required="true"] { border: 2px solid #9b0000; background: #fff7f7; }
QPushButton { min-height: %(touch)dpx; min-width: 96px; padding: 4px 12px; border: 2px solid #374151;
              border-radius: 6px; background: #f9fafb; color: #111827; }
QPushButton:focus { border: 3px solid #1d4ed8; }
QPushButton:checked[mark="done"] { background: #065f46; color: #ffffff; }
QPushButton:checked[mark="not_done"] { background: #991b1b; color: #ffffff; }
QPushButton:checked[mark="na"] { background: #374151; color: #ffffff; }
QPushButton:disabled { color: #6b7280; border-color: #d1d5db; background: #f3f4f6; }
QLineEdit { min-height: 44px; padding: 0 8px; }
"""


def row_style(touch: int = TOUCH) -> str:
    """The step row's style, its mark buttons `touch` px high at least."""
    return ROW_STYLE_TEMPLATE % {"touch": touch}


ROW_STYLE = row_style()


class StepRow(QFrame):
    marked = Signal(str, str)   # step id, mark
    move_requested = Signal(int)  # -1 up, +1 down (not `move`: that is QWidget.move)
    entered = Signal(object)    # this row got the keyboard focus

    def __init__(self, number: int, step: ChecklistStep, touch: int = TOUCH, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step, self.number, self.touch = step, number, touch
        self.mark: str | None = None
        self.setObjectName("stepRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(row_style(touch))
        self.text_label = QLabel(self._title(number))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = {mark: self._mark_button(mark) for mark in ("done", "not_done", "na")}
        if not step.allow_na:
            self.buttons["na"].setEnabled(False)
            self.buttons["na"].setToolTip(self.tr("N/A is not allowed for this step"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(2000)  # what a tablet may send (app/room/tablet_wire.py)
        self._ask_for_reason()
        grid = QGridLayout(self)
        grid.addWidget(self.text_label, 0, 0, 1, 3)
        for column, mark in enumerate(("done", "not_done", "na")):
            grid.addWidget(self.buttons[mark], 1, column)
        grid.addWidget(self.note_edit, 2, 0, 1, 3)
        for widget in (self, *self.buttons.values(), self.note_edit):
            widget.installEventFilter(self)
        self.setAccessibleName(self.tr("Step {n}: {text}").format(n=number, text=step.text))
        self._describe()

    def _title(self, number: int) -> str:
        points = self.tr("{p:g} point(s)").format(p=self.step.points)
        critical = (" <b style='color:#9b0000'>" + self.tr("CRITICAL: must be done to pass") + "</b>"
                    if self.step.critical else "")
        return f"<b>{number}.</b> {_escape(self.step.text)} <span style='color:#374151'>({points})</span>{critical}"

    def _mark_button(self, mark: str) -> QPushButton:
        text = {"done": self.tr("&Done (D)"), "not_done": self.tr("&Not done (N)"), "na": self.tr("N/&A (A)")}[mark]
        spoken = {"done": self.tr("Done"), "not_done": self.tr("Not done"), "na": self.tr("Not applicable")}[mark]
        widget = QPushButton(text.replace("&", ""))  # D, N and A work without Alt, inside the row
        widget.setCheckable(True)
        widget.setProperty("mark", mark)
        widget.setAccessibleName(f"{spoken}: {self.step.text}")
        widget.setMinimumHeight(self.touch)
        widget.clicked.connect(lambda _checked=False, m=mark: self.set_mark(m, emit=True))
        return widget

    def set_mark(self, mark: str | None, emit: bool = False) -> None:
        if mark == "na" and not self.step.allow_na:
            return
        self.mark = mark
        for key, widget in self.buttons.items():
            widget.setChecked(key == mark)
        self._describe()
        self._ask_for_reason()
        if emit and mark:
            self.marked.emit(self.step.id, mark)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def needs_reason(self) -> bool:
        """A critical step not done, with no reason given yet."""
        return self.step.critical and self.mark == "not_done" and not self.note()

    def _ask_for_reason(self) -> None:
        """The note becomes a required reason while a critical step is marked Not done."""
        required = self.step.critical and self.mark == "not_done"
        self.note_edit.setPlaceholderText(self.tr("Reason (required): why was this critical step not done?")
                                          if required else self.tr("Note (optional)"))
        name = self.tr("Reason for step {n}, required") if required else self.tr("Note for step {n}")
        self.note_edit.setAccessibleName(name.format(n=self.number))
        if self.note_edit.property("required") != required:
            self.note_edit.setProperty("required", required)
            self.note_edit.style().unpolish(self.note_edit)
            self.note_edit.style().polish(self.note_edit)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", "true" if current else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def _describe(self) -> None:
        state = {"done": self.tr("marked Done"), "not_done": self.tr("marked Not done"),
                 "na": self.tr("marked N/A"), None: self.tr("not marked yet")}[self.mark]
        critical = self.tr(", critical") if self.step.critical else ""
        self.setAccessibleDescription(self.tr("{state}{critical}. Keys: D done, N not done, A not applicable, "
                                              "arrows up and down move.").format(state=state, critical=critical))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.entered.emit(self)
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and self._handle_key(watched, event):
            return True
        return super().eventFilter(watched, event)

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        typing = watched is self.note_edit
        if key in KEYS and not typing and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            mark = KEYS[key]
            if mark == "na" and not self.step.allow_na:
                return True  # swallowed: N/A is not allowed here, the button says so
            self.set_mark(mark, emit=True)
            return True
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
