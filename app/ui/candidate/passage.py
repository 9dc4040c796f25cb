"""A shared stimulus (a passage, table or figure several questions refer to), shown beside each
question that refers to it, in its own scrolling column. The candidate highlights its text as
they highlight a question's (app/ui/candidate/highlights.py); those marks belong to the
stimulus, so every question citing it shows them."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.domain.exam import Stimulus
from app.ui.candidate.controls import button, label
from app.ui.candidate.highlights import HighlightedText, Span
from app.ui.widgets.image_viewer import ZoomableImage


class PassagePanel(QScrollArea):
    def __init__(self, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self.shown_id: str | None = None
        self.title = label(role="heading")
        self.text = HighlightedText("passage")   # the stimulus passed the safe-subset check when the package was read
        self.clear_button = button(self.tr("Clear passage highlights"), self.tr(
            "Removes every highlight from this passage, on every question that shows it"))
        self.clear_button.setVisible(False)
        self.image = ZoomableImage(self.tr("Image for this passage"), box=(420, 320))
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.text)
        column.addWidget(self.image)
        column.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.setVisible(False)

    def show_stimulus(self, stimulus: Stimulus | None, spans: tuple[Span, ...] = ()) -> None:
        """Show this stimulus with its highlights (the scroll position stays when the next question
        shares it)."""
        self.setVisible(stimulus is not None)
        if stimulus is None or stimulus.id == self.shown_id:
            self.shown_id = stimulus.id if stimulus else None
            if stimulus is not None and tuple(spans) != self.text.spans:
                self.show_highlights(spans)
            return
        self.shown_id = stimulus.id
        self.title.setText(stimulus.title)
        self.text.show_text(stimulus.html.replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">'),
                            True, "", spans)
        self.clear_button.setVisible(bool(spans))
        self.text.setAccessibleName(self.tr("Passage: {title}").format(title=stimulus.title))
        self.image.setVisible(bool(stimulus.media))
        if stimulus.media:
            try:
                self.image.set_image_data(self.media(stimulus.media))
            except (KeyError, OSError):
                self.image.set_image_data(b"")
        self.verticalScrollBar().setValue(0)

    def show_highlights(self, spans: tuple[Span, ...]) -> None:
        self.text.show_highlights(spans)
        self.clear_button.setVisible(bool(spans))

    def focusable(self) -> list[QWidget]:
        """What Tab reaches here, in reading order (before the question)."""
        if not self.isVisible():
            return []
        return ([self.clear_button] if not self.clear_button.isHidden() else []) + [self.text] + (
            [self.image.scroll_area] if self.image.isVisible() else [])
