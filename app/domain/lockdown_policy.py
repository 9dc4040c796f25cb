"""The decisions of lockdown mode as plain Python, so they are tested without a display:
which keys are swallowed, which screen shows the exam and which are covered.

No Qt here: keys arrive as Qt's enum names ("Key_Print") and modifiers as a set of words,
which the Qt side (app/ui/lockdown) gets from `Qt.Key(code).name`. Which running program is
a forbidden one is decided in app/domain/forbidden_programs.py, and the incidents lockdown
reports are named in app/domain/incidents.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import AbstractSet, Sequence


# --------------------------------------------------------------------------- keys
class KeyVerdict(Enum):
    ALLOW = "allow"
    BLOCK = "block"                # swallowed quietly (an innocent habit, like Ctrl+C)
    BLOCK_AND_REPORT = "report"    # swallowed and recorded (a screenshot or escape attempt)
    PROCTOR_EXIT = "proctor_exit"  # the proctor's chord: opens the PIN dialog


CTRL, ALT, SHIFT, META = "ctrl", "alt", "shift", "meta"
PROCTOR_EXIT_CHORD = ("Key_E", frozenset({CTRL, ALT, SHIFT}))

# Screenshot and print keys, whatever the modifiers.
_ALWAYS_REPORTED = {"Key_Print", "Key_SysReq"}
# Keys that open the OS's launcher or the window's context menu.
_ALWAYS_BLOCKED = {"Key_Meta", "Key_Super_L", "Key_Super_R", "Key_Hyper_L", "Key_Hyper_R",
                   "Key_Menu", "Key_LaunchMedia", "Key_Explorer"}
# (modifiers, key) that switch away from the window, or print or capture it: recorded,
# because nobody presses them by accident mid-exam. Qt rarely sees the OS-level ones (the
# window manager grabs them first), but when it does, they stop here.
_REPORTED_CHORDS = {
    (frozenset({ALT}), "Key_F4"), (frozenset({ALT}), "Key_Tab"), (frozenset({ALT, SHIFT}), "Key_Tab"),
    (frozenset({ALT, SHIFT}), "Key_Backtab"), (frozenset({ALT}), "Key_Escape"),
    (frozenset({CTRL}), "Key_Escape"), (frozenset({CTRL, SHIFT}), "Key_Escape"),
    (frozenset({CTRL}), "Key_P"), (frozenset({CTRL, SHIFT}), "Key_P"),
    # macOS screenshots are Cmd+Shift+3/4/5 (Qt calls Cmd "ctrl"); the OS normally takes them.
    (frozenset({CTRL, SHIFT}), "Key_3"), (frozenset({CTRL, SHIFT}), "Key_4"),
    (frozenset({CTRL, SHIFT}), "Key_5"),
}
# Quit, close, minimise, hide and the window menu: swallowed quietly (a habit, not an attempt).
_QUIET_CHORDS = {
    (frozenset({CTRL}), "Key_Q"), (frozenset({CTRL}), "Key_W"), (frozenset({CTRL}), "Key_M"),
    (frozenset({CTRL}), "Key_H"), (frozenset({ALT}), "Key_Space"),
}
# Copy, cut and paste in their Ctrl and the older Insert/Delete forms.
_CLIPBOARD_CHORDS = {
    (frozenset({CTRL}), "Key_C"), (frozenset({CTRL}), "Key_X"), (frozenset({CTRL}), "Key_V"),
    (frozenset({CTRL}), "Key_Insert"), (frozenset({SHIFT}), "Key_Insert"),
    (frozenset({SHIFT}), "Key_Delete"), (frozenset({CTRL, SHIFT}), "Key_V"),
}
COPY_CHORDS = {(frozenset({CTRL}), "Key_C"), (frozenset({CTRL}), "Key_X"),
               (frozenset({CTRL}), "Key_Insert"), (frozenset({SHIFT}), "Key_Delete")}


def classify_key(key: str, modifiers: AbstractSet[str], *, in_text_field: bool,
                 allow_copy_in_answers: bool = True, mac: bool = False) -> KeyVerdict:
    """What to do with one key press (or the shortcut check that precedes it).

    Copy and paste stay usable inside the candidate's own answer field (moving a sentence
    of an essay is ordinary editing); everywhere else they are swallowed, and the clipboard
    guard makes sure nothing from outside the exam can be pasted anyway. On macOS Qt reports
    the Control key as Meta, so Meta chords are ordinary there and left alone.
    """
    mods = frozenset(modifiers) - ({META} if mac else set())
    if key == PROCTOR_EXIT_CHORD[0] and mods == PROCTOR_EXIT_CHORD[1]:
        return KeyVerdict.PROCTOR_EXIT
    if key in _ALWAYS_REPORTED:
        return KeyVerdict.BLOCK_AND_REPORT
    if key in _ALWAYS_BLOCKED and not (mac and key == "Key_Meta"):
        return KeyVerdict.BLOCK
    if META in mods:  # the Windows/Super key chords: launcher, desktop switch, snapping
        return KeyVerdict.BLOCK_AND_REPORT
    if (mods, key) in _REPORTED_CHORDS:
        return KeyVerdict.BLOCK_AND_REPORT
    if (mods, key) in _QUIET_CHORDS:
        return KeyVerdict.BLOCK
    if (mods, key) in _CLIPBOARD_CHORDS:
        return KeyVerdict.ALLOW if in_text_field and allow_copy_in_answers else KeyVerdict.BLOCK
    return KeyVerdict.ALLOW


def is_copy_chord(key: str, modifiers: AbstractSet[str]) -> bool:
    """A chord that puts the field's own text on the clipboard (the guard lets that pass)."""
    return (frozenset(modifiers), key) in COPY_CHORDS


def describe_chord(key: str, modifiers: AbstractSet[str]) -> str:
    """A stable, untranslated name for records: "ctrl+shift+P"."""
    order = [m for m in (CTRL, ALT, SHIFT, META) if m in modifiers]
    return "+".join([*order, key.removeprefix("Key_")])


# --------------------------------------------------------------------------- screens
@dataclass(frozen=True, slots=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    def overlaps(self, other: ScreenInfo) -> bool:
        return (self.x < other.x + other.width and other.x < self.x + self.width
                and self.y < other.y + other.height and other.y < self.y + self.height)

    def describe(self) -> str:
        return f"{self.name} {self.width}x{self.height}+{self.x}+{self.y}"


NO_SCREEN = "no_screen"
EXTRA_SCREENS_FORBIDDEN = "extra_screens_forbidden"


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    exam: ScreenInfo | None
    covers: tuple[ScreenInfo, ...] = ()
    # Screens that share area with the exam screen (mirrored or overlapping): a cover there
    # would hide part of the exam, so they get none, but they still count as extra screens.
    shared: tuple[ScreenInfo, ...] = ()
    refusal: str | None = None

    @property
    def extra(self) -> tuple[ScreenInfo, ...]:
        return self.covers + self.shared


def plan_screens(screens: Sequence[ScreenInfo], forbid_extra: bool) -> ScreenPlan:
    """The exam goes on the primary screen (the first one if none says so); every other
    screen is covered, or the start is refused when the exam forbids extra screens."""
    if not screens:
        return ScreenPlan(None, refusal=NO_SCREEN)
    exam = next((s for s in screens if s.primary), screens[0])
    others = [s for s in screens if s is not exam]
    covers = tuple(s for s in others if not s.overlaps(exam))
    shared = tuple(s for s in others if s.overlaps(exam))
    refusal = EXTRA_SCREENS_FORBIDDEN if forbid_extra and others else None
    return ScreenPlan(exam, covers, shared, refusal)
