"""Pictures as options (an imported QTI choice, gap image or ordering step that shows an image):
a thumbnail beside the option's words, decoded from memory like every exam image."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap

from app.domain.exam import Choice
from app.ui.widgets.image_viewer import pixmap_from_bytes

Media = Callable[[str], bytes]
THUMBNAIL = QSize(240, 160)   # large enough to tell pictures apart, small enough for a list
ICON = QSize(96, 64)          # in lists and drop-down lists


def option_picture(choice: Choice, media: Media | None, size: QSize = THUMBNAIL) -> QPixmap | None:
    """The option's picture scaled to fit `size`, or None (no picture, or it cannot be shown)."""
    if not choice.media or media is None:
        return None
    try:
        pixmap = pixmap_from_bytes(media(choice.media))
    except (KeyError, OSError):
        return None
    if pixmap is None:
        return None
    if pixmap.width() > size.width() or pixmap.height() > size.height():
        pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return pixmap


def option_icon(choice: Choice, media: Media | None) -> QIcon | None:
    pixmap = option_picture(choice, media, ICON)
    return QIcon(pixmap) if pixmap is not None else None
