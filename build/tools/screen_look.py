"""What the staff's and the body's screenshot scripts share: the look a run renders in (text
size, language, standard or high contrast: the staff theme the app sets from
EXAMSTATION_TEXT_SIZE and EXAMSTATION_HIGH_CONTRAST, app/ui/widgets/staff_theme.py) and saving
a picture small."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.language import install_staff_translator, remove_staff_translator
from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme


class Look:
    """Text size, language and colours for one run; undo() puts the application back."""

    def __init__(self, app: QApplication, scale: int, language: str = "en", contrast: bool = False) -> None:
        self.app, self.original_palette, self.original_font = app, QPalette(app.palette()), QFont(app.font())
        self.translator = install_staff_translator(app, language)
        apply_staff_theme(app, Theme(text_scale=scale, high_contrast=contrast))
        self.suffix = (("" if scale == 100 else f"-{scale}") + ("-contrast" if contrast else "")
                       + ("" if language == "en" else f"-{language}"))

    def undo(self) -> None:
        self.app.setStyleSheet("")
        self.app.setPalette(self.original_palette)
        self.app.setFont(self.original_font)
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


def run_from_command_line(description: str, render: Callable[..., list[str]]) -> int:
    """The scripts' shared command line: OUT_DIR [--scales 100 200] [--language es] [--contrast]
    [--size WIDTHxHEIGHT] [--full-colour]; `render(out, scale, language, contrast, size,
    full_colour)` returns the names of the pictures it saved in `out`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--language", default="en", help="the staff screens' language, e.g. es")
    parser.add_argument("--contrast", action="store_true", help="the staff theme in high contrast")
    parser.add_argument("--size", type=parse_size, default=None, help="window size, WIDTHxHEIGHT")
    parser.add_argument("--full-colour", action="store_true", help="save in full colour (larger files)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for scale in args.scales:
        for name in render(args.out, scale, args.language, args.contrast, args.size, args.full_colour):
            print(args.out / name)
    return 0
