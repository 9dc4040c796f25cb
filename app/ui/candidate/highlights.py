"""Text the candidate may select (mouse, or Shift and the arrow keys) and highlight: the
question's text, and a shared passage beside it (the same gestures and the same marker). Highlights are drawn as a marker colour and an underline, so they show without
colour too (high contrast, colour blindness), and they are told to screen readers in the
text's description. Positions are those of the text as shown (app.domain.annotations)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.widgets.theme import set_role

# (background, text): a yellow marker on the light theme (about 14:1), a green one on the
# high-contrast theme, where yellow already means "selected" and "answered".
MARKER_LIGHT = ("#ffe066", "#1a1a1a")
MARKER_DARK = ("#7dff7d", "#000000")
_BODY_STYLE = re.compile(r'<body style="[^"]*">')

Span = tuple[int, int]


class HighlightedText(QLabel):
    """Text selectable by mouse and keyboard, with the candidate's highlights (`role`: its style)."""

    focused = Signal()   # the text took the focus: the Highlight button then works on it

    def __init__(self, role: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # new question: focus lands on its text
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if role:
            set_role(self, role)
        self.source, self.rich = "", False
        self.spans: tuple[Span, ...] = ()
        self.description = ""
        self.kept: Span | None = None   # the selection as focus left (a click on Highlight takes focus)

    def show_text(self, source: str, rich: bool, description: str, spans: tuple[Span, ...] = ()) -> None:
        """New text (`rich`: formatted HTML already checked safe), with its highlights."""
        self.source, self.rich, self.description, self.kept = source, rich, description, None
        self.show_highlights(spans)

    def show_highlights(self, spans: tuple[Span, ...]) -> None:
        self.spans = tuple(spans)
        if self.spans:
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setText(self._marked_html())
        else:
            self.setTextFormat(Qt.TextFormat.RichText if self.rich else Qt.TextFormat.PlainText)
            self.setText(self.source)
        marked = [self._document().toPlainText()[start:end].replace("\u2029", " ") for start, end in self.spans]
        said = self.tr("Highlighted: {passages}.").format(passages=", ".join(f"“{m}”" for m in marked))
        self.setAccessibleDescription(" ".join(part for part in (self.description, said if marked else "") if part))

    def selection(self) -> Span | None:
        """The selected stretch, or the one selected when focus last left the text."""
        if self.hasSelectedText():
            start = self.selectionStart()
            return start, start + len(self.selectedText())
        return self.kept

    def forget_selection(self) -> None:
        self.kept = None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.kept = self.selection()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.kept = None
        super().focusInEvent(event)
        self.focused.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self.spans:
            self.setText(self._marked_html())   # the marker follows the theme

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        if self.rich:
            document.setHtml(self.source)
        else:
            document.setPlainText(self.source)
        return document

    def _marked_html(self) -> str:
        document = self._document()
        dark = self.palette().color(QPalette.ColorRole.WindowText).lightness() >= 128  # light text: dark theme
        back, text = MARKER_DARK if dark else MARKER_LIGHT
        marker = QTextCharFormat()
        marker.setBackground(QColor(back))
        marker.setForeground(QColor(text))
        marker.setFontUnderline(True)
        last = document.characterCount() - 1
        cursor = QTextCursor(document)
        for start, end in self.spans:
            cursor.setPosition(min(start, last))
            cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(marker)
        # The document's own font would override the theme's text size: the style sheet decides.
        return _BODY_STYLE.sub("<body>", document.toHtml())
