"""The candidate's keyboard shortcuts: one list, used both to make them and to document them
on the welcome screen. The keys are the same in every language, so a proctor's instructions
and the printed guide hold for every candidate."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True, slots=True)
class ShortcutSpec:
    action: str        # the window's method name for it
    keys: tuple[str, ...]
    description: str


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def candidate_shortcuts() -> list[ShortcutSpec]:
    return [
        ShortcutSpec("go_next", ("Alt+N",), _t("Next question")),
        ShortcutSpec("go_previous", ("Alt+P",), _t("Previous question")),
        ShortcutSpec("toggle_flag", ("Alt+F",), _t("Flag or unflag this question for review")),
        ShortcutSpec("open_review", ("Alt+R",), _t("Review answered, unanswered and flagged questions")),
        ShortcutSpec("toggle_time", ("Alt+T",), _t("Hide or show the time left")),
        ShortcutSpec("toggle_calculator", ("Alt+C",), _t("Open or close the calculator")),
        ShortcutSpec("toggle_exhibits", ("Alt+E",), _t("Open or close the reference exhibits")),
        ShortcutSpec("larger_text", ("Ctrl++", "Ctrl+="), _t("Larger text")),
        ShortcutSpec("smaller_text", ("Ctrl+-",), _t("Smaller text")),
        ShortcutSpec("toggle_contrast", ("Alt+H",), _t("High contrast on or off")),
    ]


def key_text(keys: tuple[str, ...]) -> str:
    """The first key combination as this system writes it."""
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def other_keys() -> list[tuple[str, str]]:
    """Keys that work without shortcuts, for the same guide."""
    return [
        (_t("Tab, Shift+Tab"), _t("Move between controls")),
        (_t("Arrow keys"), _t("Choose among answers; move the crosshair on an image")),
        (_t("Space, Enter"), _t("Press a button, tick a box, mark the place on an image")),
        (_t("Ctrl+Up, Ctrl+Down"), _t("Move a step in an ordering question")),
        (_t("+, −, 0"), _t("Zoom an image in, out, or to fit")),
    ]
