"""The exam's status line: time left (exam and section, which the candidate may hide) and the
quiet "Saved" indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.theme import set_role


def clock_text(ms: int) -> str:
    """19:32 or 1:05:09. Seconds round up, so 0:00 shows only when the time is over."""
    seconds = (max(0, ms) + 999) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def spoken_time(ms: int) -> str:
    """The same time as words, for screen readers (which read 19:32 as a time of day)."""
    seconds = (max(0, ms) + 999) // 1000
    minutes, seconds = divmod(seconds, 60)
    return QCoreApplication.translate("TimerDisplay", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=seconds)


class TimerDisplay(QWidget):
    """Exam and section time left; "Hide time" replaces the numbers for candidates whom a
    running clock distracts (warnings still come)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hidden_by_candidate = False
        self.exam_ms: int | None = None
        self.section_ms: int | None = None
        self.exam_label = QLabel()
        self.exam_label.setAccessibleName(self.tr("Exam time left"))
        self.section_label = QLabel()
        self.section_label.setAccessibleName(self.tr("Section time left"))
        self.toggle = QPushButton(self.tr("Hide time"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Hide time"))
        self.toggle.setAccessibleDescription(self.tr("Hides or shows the time left. Shortcut: Alt+T. "
                                                     "Time warnings are given either way."))
        self.toggle.toggled.connect(self.set_hidden)
        row = FlowLayout(self)
        row.addWidget(self.exam_label)
        row.addWidget(self.section_label)
        row.addWidget(self.toggle)
        self._render()   # no time yet: nothing shown (an empty label left visible was never placed)

    def set_hidden(self, hidden: bool) -> None:
        self.hidden_by_candidate = hidden
        if self.toggle.isChecked() != hidden:
            self.toggle.setChecked(hidden)
        label = self.tr("Show time") if hidden else self.tr("Hide time")
        self.toggle.setText(label)
        self.toggle.setAccessibleName(label)
        self._render()

    def show_time(self, exam_ms: int | None, section_ms: int | None) -> None:
        if (self._seconds(exam_ms), self._seconds(section_ms)) == (self._seconds(self.exam_ms),
                                                                     self._seconds(self.section_ms)):
            self.exam_ms, self.section_ms = exam_ms, section_ms
            return  # same second: leave the labels (and screen readers) alone
        self.exam_ms, self.section_ms = exam_ms, section_ms
        self._render()

    @staticmethod
    def _seconds(ms: int | None) -> int | None:
        return None if ms is None else (max(0, ms) + 999) // 1000

    def _render(self) -> None:
        exam, section = self.exam_ms, self.section_ms
        self.exam_label.setVisible(exam is not None)
        self.section_label.setVisible(section is not None)
        if self.hidden_by_candidate:
            self.exam_label.setText(self.tr("Time left: hidden"))
            self.section_label.setText("")
            self.section_label.setVisible(False)
            self.exam_label.setAccessibleDescription(self.exam_label.text())
            return
        if exam is not None:
            self.exam_label.setText(self.tr("Time left: {time}").format(time=clock_text(exam)))
            self.exam_label.setAccessibleDescription(spoken_time(exam))
        if section is not None:
            self.section_label.setText(self.tr("Section: {time}").format(time=clock_text(section)))
            self.section_label.setAccessibleDescription(spoken_time(section))
        self.toggle.setVisible(exam is not None or section is not None)
        layout = self.layout()
        if layout is not None:   # a label shown again is placed again with its new text's width
            layout.invalidate()


class SaveIndicator(QLabel):
    """Says "Saved" only after the database has taken the answer. It keeps the width of its
    longest message whatever it says (or when it says nothing), so the time beside it never
    moves when "Saved" comes and goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"
        self.setAccessibleName(QCoreApplication.translate("SaveIndicator", "Saving status"))
        set_role(self, "muted")

    def messages(self) -> list[str]:
        return [QCoreApplication.translate("SaveIndicator", text) for text in ("✓ Saved", "Saving…", "⚠ Not saved yet")]

    def sizeHint(self) -> QSize:
        bold = QFont(self.font())
        bold.setBold(True)   # the failure message is bold
        metrics = QFontMetrics(bold)
        width = max(metrics.horizontalAdvance(text) for text in self.messages()) + 8
        return QSize(width, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _set(self, state: str, text: str, role: str) -> None:
        self.state = state
        self.setText(text)
        self.setAccessibleDescription(text)
        set_role(self, role)

    def saved(self) -> None:
        self._set("saved", QCoreApplication.translate("SaveIndicator", "✓ Saved"), "ok")

    def saving(self) -> None:
        self._set("saving", QCoreApplication.translate("SaveIndicator", "Saving…"), "muted")

    def failed(self) -> None:
        self._set("failed", QCoreApplication.translate("SaveIndicator", "⚠ Not saved yet"), "alert")
