"""Telling assistive technology about something that happened without moving focus
(a time warning, a save problem): the screen-reader equivalent of a live region."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.widgets.theme import set_role


def announce(source: QWidget, text: str, urgent: bool = True) -> None:
    """Ask the screen reader to speak `text` now (assertive) or when idle (polite)."""
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


class LiveBanner(QLabel):
    """A visible message that is also announced: its accessible name and description carry
    the text, so a screen reader that missed the announcement still finds it by focus."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setVisible(False)
        self.last_announcement = ""

    def say(self, text: str, role: str = "warning", urgent: bool = True) -> None:
        self.setText(text)
        set_role(self, role)
        self.setAccessibleName(f"{self._name}: {text}")
        self.setAccessibleDescription(text)
        self.setVisible(True)
        self.last_announcement = text
        announce(self, text, urgent)

    def clear_message(self) -> None:
        self.setVisible(False)
        self.setText("")
        self.setAccessibleName(self._name)
        self.setAccessibleDescription("")
