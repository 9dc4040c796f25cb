"""A notice on the exam window: "you left the exam at 10:42; this was recorded". Where the
window offers a place for it (a widget named NOTICE_AREA, which the candidate window has under
its time and tool bar) it takes that place and pushes the question down, covering nothing;
otherwise it floats at the bottom of the window, away from the title and the time. It is
announced to screen readers when it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

MARGIN = 12
MAX_WIDTH = 720
KEEP = 3  # the latest few messages stay readable; one replacing another could go unseen
NOTICE_AREA = "lockdownNoticeArea"


class LockdownNotice(QFrame):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockdownNotice")
        self.setFrameShape(QFrame.Shape.Box)
        # Its own colours: the notice must be readable whatever theme the window uses.
        self.setStyleSheet("#lockdownNotice { background: #fff4ce; border: 2px solid #8a6d00; }"
                           "#lockdownNotice QLabel { color: #1f1f1f; }")
        self.setAccessibleName(self.tr("Lockdown notice"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss = QPushButton(self.tr("OK"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss the lockdown notice"))
        self.dismiss.clicked.connect(self.clear)
        self._messages: list[str] = []
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss)
        self.exam_window = window   # not `window`: QWidget.window() must keep working
        self.hide()
        window.installEventFilter(self)  # follow the window's size

    def say(self, text: str) -> None:
        self._messages = [*self._messages, text][-KEEP:]
        self.label.setText("\n".join(self._messages))
        self.setAccessibleDescription(self.label.text())
        self._settle()
        self.show()
        self.raise_()
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self._messages = []
        self.label.clear()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and self.isVisible() and not self.in_area():
            self._place()
        return False

    def in_area(self) -> bool:
        parent = self.parentWidget()
        return parent is not None and parent.objectName() == NOTICE_AREA

    def _settle(self) -> None:
        """Into the window's place for notices if it has one, else float at the bottom."""
        area = self.exam_window.findChild(QWidget, NOTICE_AREA)
        layout = area.layout() if area is not None else None
        if layout is not None:
            if self.parentWidget() is not area:
                self.setParent(area)
                self.setMinimumWidth(0)
                self.setMaximumWidth(16777215)
                layout.addWidget(self)
            return
        self._place()

    def _place(self) -> None:
        parent = self.parentWidget() or self.exam_window  # floating, it is the window's child
        width = min(MAX_WIDTH, parent.width() - 2 * MARGIN)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, max(0, parent.height() - self.height() - MARGIN))
