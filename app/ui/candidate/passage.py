"""A shared stimulus (a passage, table or figure several questions refer to), shown beside each
question that refers to it, in its own scrolling column."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.domain.exam import Stimulus
from app.ui.candidate.controls import label
from app.ui.widgets.image_viewer import ZoomableImage


class PassagePanel(QScrollArea):
    def __init__(self, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self.shown_id: str | None = None
        self.title = label(role="heading")
        self.text = label(rich=True)   # the stimulus passed the safe-subset check when the package was read
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                          Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = ZoomableImage(self.tr("Image for this passage"), box=(420, 320))
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.image)
        column.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.setVisible(False)

    def show_stimulus(self, stimulus: Stimulus | None) -> None:
        """Show this stimulus (the scroll position stays when the next question shares it)."""
        self.setVisible(stimulus is not None)
        if stimulus is None or stimulus.id == self.shown_id:
            self.shown_id = stimulus.id if stimulus else None
            return
        self.shown_id = stimulus.id
        self.title.setText(stimulus.title)
        self.text.setText(stimulus.html.replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">'))
        self.text.setAccessibleName(self.tr("Passage: {title}").format(title=stimulus.title))
        self.image.setVisible(bool(stimulus.media))
        if stimulus.media:
            try:
                self.image.set_image_data(self.media(stimulus.media))
            except (KeyError, OSError):
                self.image.set_image_data(b"")
        self.verticalScrollBar().setValue(0)

    def focusable(self) -> list[QWidget]:
        """What Tab reaches here, in reading order (before the question)."""
        if not self.isVisible():
            return []
        return [self.text] + ([self.image.scroll_area] if self.image.isVisible() else [])
