"""Small builders for the candidate screens, so every control gets its accessible name and
description in one place. Callers pass text they have already translated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.ui.widgets.theme import set_role


def button(text: str, description: str, role: str | None = None, parent: QWidget | None = None) -> QPushButton:
    """A push button named by its visible text (shortcut hints go in the description)."""
    result = QPushButton(text, parent)
    result.setAccessibleName(text.replace("&", ""))
    result.setAccessibleDescription(description)
    result.setToolTip(description)
    if role:
        set_role(result, role)
    return result


def label(text: str = "", role: str | None = None, name: str | None = None, rich: bool = False,
          parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label; plain text unless `rich` (exam text is never read as HTML)."""
    result = QLabel(parent)
    result.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    result.setText(text)
    result.setWordWrap(True)
    if name:
        result.setAccessibleName(name)
    if role:
        set_role(result, role)
    return result


def rename(widget: QPushButton, text: str, description: str | None = None) -> None:
    """Change a button's text and keep its accessible name in step."""
    widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
    if description is not None:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
