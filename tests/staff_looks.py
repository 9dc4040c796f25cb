"""Checking a staff screen in every look a station can have: text at 100 % and 200 %, standard and
high contrast, on a 1280 × 800 screen (a small laptop), for tests/test_staff_layout.py.

The language and the look are both chosen before the windows are made, as a station chooses them
when it starts (its words are translated and its theme set on the whole application then), so a
walk of the screens is played once per language and look: eight walks, each its own test, which
the test workers share out. (Switching the look live on the same windows cost more than the walk:
the application's style sheet is worked out again for every widget of every window each time.)"""

from __future__ import annotations

from typing import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

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
    """A state of a window that stays open through the walk (the main window, the body's window)."""
    def show() -> Shown:
        window.resize(*SCREEN)
        window.show()
        return window, lambda: None
    return show


def opened(make: Callable[[], QDialog]) -> Callable[[], Shown]:
    """A dialog made and shown when the walk comes to it, closed after it is checked."""
    def show() -> Shown:
        dialog = make()
        dialog.show()
        return dialog, dialog.reject
    return show


def look_name(scale: int, contrast: bool) -> str:
    return f"{scale} %" + (" high contrast" if contrast else "")


def faults_in_look(qtbot, screens: Screens, look: tuple[int, bool]) -> tuple[list[str], int]:
    """Each screen of the walk shown in one look (set before the walk made its windows, as a
    station sets it when it starts); what is cut or covered, and how many screens were checked."""
    found, checked = [], 0
    for name, show in screens:
        widget, close = show()
        settle(qtbot)
        found += [f"{name}, {look_name(*look)}: {fault}"
                  for fault in layout_faults(widget, screen=SCREEN) + cut_cells(widget)]
        checked += 1
        close()
    return found, checked
