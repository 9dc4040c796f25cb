"""What the staff's and the body's screenshot scripts share: the look a run renders in (text
size, language, colours) and saving a picture small.

The staff's and the body's windows have no colour switch of their own: they take the
application's palette, which Qt reads from the operating system (a Windows high-contrast
theme, for one). "High contrast" here gives the application the candidate screens'
high-contrast palette (white and yellow on black), as such a system theme would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.language import install_staff_translator, remove_staff_translator
from app.ui.widgets.theme import Theme, palette

BASE_POINT_SIZE = 10   # the staff screens' text at 100 %


class Look:
    """Text size, language and colours for one run; undo() puts the application back."""

    def __init__(self, app: QApplication, scale: int, language: str = "en", contrast: bool = False) -> None:
        self.app, self.original_palette = app, QPalette(app.palette())
        self.translator = install_staff_translator(app, language)
        font = app.font()
        font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
        app.setFont(font)
        if contrast:
            app.setPalette(palette(Theme(high_contrast=True)))
        self.suffix = (("" if scale == 100 else f"-{scale}") + ("-contrast" if contrast else "")
                       + ("" if language == "en" else f"-{language}"))

    def undo(self) -> None:
        self.app.setPalette(self.original_palette)
        remove_staff_translator(self.translator)


def save(widget: QWidget, path: Path, full_colour: bool = False) -> Path:
    """A picture of the widget as shown, with a 256-colour palette unless `full_colour`."""
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage()
    if not full_colour:
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(str(path))
    return path


def parse_size(text: str) -> tuple[int, int]:
    width, height = (int(v) for v in text.lower().split("x"))
    return width, height
