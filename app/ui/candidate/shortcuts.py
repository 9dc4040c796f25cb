"""The candidate's keyboard shortcuts: one list, used both to make them and to document them
on the welcome screen. The keys are the same in every language, so a proctor's instructions
and the printed guide hold for every candidate."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

translate = QCoreApplication.translate  # lupdate finds translate("Shortcuts", "...") calls


@dataclass(frozen=True, slots=True)
class ShortcutSpec:
    action: str        # the window's (or its navigation's) method name for it
    keys: tuple[str, ...]
    description: str


def candidate_shortcuts() -> list[ShortcutSpec]:
    return [
        ShortcutSpec("go_next", ("Alt+N",), translate("Shortcuts", "Next question")),
        ShortcutSpec("go_previous", ("Alt+P",), translate("Shortcuts", "Previous question")),
        ShortcutSpec("toggle_flag", ("Alt+F",), translate("Shortcuts", "Flag or unflag this question for review")),
        ShortcutSpec("open_review", ("Alt+R",),
                     translate("Shortcuts", "Review answered, unanswered and flagged questions")),
        ShortcutSpec("highlight_selection", ("Alt+L",),
                     translate("Shortcuts", "Highlight the selected words of the question or passage, or remove the highlight")),
        ShortcutSpec("strike_focused", ("Alt+X",),
                     translate("Shortcuts", "Strike out the option you are on, or restore it")),
        ShortcutSpec("toggle_time", ("Alt+T",), translate("Shortcuts", "Hide or show the time left")),
        ShortcutSpec("toggle_calculator", ("Alt+C",), translate("Shortcuts", "Open or close the calculator")),
        ShortcutSpec("toggle_exhibits", ("Alt+E",), translate("Shortcuts", "Open or close the reference exhibits")),
        ShortcutSpec("larger_text", ("Ctrl++", "Ctrl+="), translate("Shortcuts", "Larger text")),
        ShortcutSpec("smaller_text", ("Ctrl+-",), translate("Shortcuts", "Smaller text")),
        ShortcutSpec("toggle_contrast", ("Alt+H",), translate("Shortcuts", "High contrast on or off")),
        ShortcutSpec("ask_rest_break", ("Alt+B",), translate("Shortcuts", "Take a rest break (when granted)")),
    ]


def key_text(keys: tuple[str, ...]) -> str:
    """The first key combination as this system writes it."""
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def other_keys() -> list[tuple[str, str]]:
    """Keys that work without shortcuts, for the same guide."""
    return [
        (translate("Shortcuts", "Tab, Shift+Tab"), translate("Shortcuts", "Move between controls")),
        (translate("Shortcuts", "Arrow keys"),
         translate("Shortcuts", "Choose among answers; move the crosshair on an image")),
        (translate("Shortcuts", "Space, Enter"),
         translate("Shortcuts", "Press a button, tick a box, mark the place on an image")),
        (translate("Shortcuts", "Ctrl+Up, Ctrl+Down"), translate("Shortcuts", "Move a step in an ordering question")),
        (translate("Shortcuts", "+, −, 0"), translate("Shortcuts", "Zoom an image in, out, or to fit")),
    ]
