"""Checking a staff screen in every look a station can have: text at 100 % and 200 %, standard and
high contrast, on a 1280 × 800 screen (a small laptop), for tests/test_staff_layout.py.

The language is chosen when the windows are made (their words are translated then); the look is
switched live on the same windows, as the staff theme is set on the whole application, so a walk
of the screens is played once per language. A dialog is opened again in each look: the station
opens its dialogs in the look it runs in, and a dialog sizes itself when it opens."""

from __future__ import annotations

from typing import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme
from tests.layout_checks import layout_faults
from tests.table_checks import cut_cells

SCREEN = (1280, 800)
LOOKS = ((100, False), (100, True), (200, False), (200, True))   # (text size, high contrast)

# A screen to check: its name and how to show it; showing returns the widget and how to close it.
Shown = tuple[QWidget, Callable[[], object]]
Screen = tuple[str, Callable[[], Shown]]
Screens = Iterator[Screen]


def settle(qtbot) -> None:
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(5)


def kept(window: QWidget) -> Callable[[], Shown]:
    """A state of a window that stays open between looks (the main window, the body's window)."""
    def show() -> Shown:
        window.resize(*SCREEN)
        window.show()
        return window, lambda: None
    return show


def opened(make: Callable[[], QDialog]) -> Callable[[], Shown]:
    """A dialog made and shown anew in each look, closed after it is checked."""
    def show() -> Shown:
        dialog = make()
        dialog.show()
        return dialog, dialog.reject
    return show


def look_name(scale: int, contrast: bool) -> str:
    return f"{scale} %" + (" high contrast" if contrast else "")


def faults_in_every_look(qtbot, qapp, screens: Screens) -> tuple[list[str], int]:
    """Each screen of the walk shown in each look; what is cut or covered, and how many were checked."""
    found, checked = [], 0
    for name, show in screens:
        for scale, contrast in LOOKS:
            apply_staff_theme(qapp, Theme(text_scale=scale, high_contrast=contrast))
            widget, close = show()
            settle(qtbot)
            found += [f"{name}, {look_name(scale, contrast)}: {fault}"
                      for fault in layout_faults(widget, screen=SCREEN) + cut_cells(widget)]
            checked += 1
            close()
    return found, checked
