"""The staff screens wear the candidate screens' theme (app/ui/widgets/theme.py): the same
spacing, type scale, colours and focus ring, set once on the application so every staff
window and dialog (proctor, evaluator, administrator, the body's windows) gets it.

The staff choose text size and contrast per station: EXAMSTATION_TEXT_SIZE (100–200, in
steps of 25) and EXAMSTATION_HIGH_CONTRAST (1 for white and yellow on black). A candidate's
window sets its own theme on itself, over this one, from the candidate's check-in."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.widgets.resources import resources_dir
from app.ui.widgets.theme import MAX_SCALE, MIN_SCALE, MIN_TARGET_PX, SCALE_STEP, Theme, colours, palette, stylesheet

TEXT_SIZE_ENV, HIGH_CONTRAST_ENV = "EXAMSTATION_TEXT_SIZE", "EXAMSTATION_HIGH_CONTRAST"
STAFF_POINT_FACTOR = 10 / 12  # staff screens hold more per screen than a question: 10 pt at 100 %


def staff_theme() -> Theme:
    """The station's choice from the environment; the standard theme at 100 % otherwise."""
    asked = os.environ.get(TEXT_SIZE_ENV, "").strip().rstrip("%")
    scale = 100
    if asked:
        try:
            scale = int(asked)
        except ValueError:
            scale = 0
        if not (MIN_SCALE <= scale <= MAX_SCALE and scale % SCALE_STEP == 0):
            print(f"examstation: {TEXT_SIZE_ENV} must be one of 100, 125, 150, 175, 200; using 100.",
                  file=sys.stderr)
            scale = 100
    contrast = os.environ.get(HIGH_CONTRAST_ENV, "").strip().lower() in ("1", "yes", "true", "on")
    return Theme(text_scale=scale, high_contrast=contrast)


def apply_staff_theme(app: QApplication, theme: Theme | None = None) -> Theme:
    """Give every staff window this theme; returns the theme applied."""
    theme = theme or staff_theme()
    font = QFont(app.font())
    font.setPointSizeF(theme.point_size(STAFF_POINT_FACTOR))
    app.setFont(font)
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme, STAFF_POINT_FACTOR) + spin_box_rules(theme))
    return theme


def spin_box_rules(theme: Theme) -> str:
    """Number fields (minutes to add, the room's port) with a − button on the left and a + button on
    the right, each a full TARGET square: the style's two thin arrows stacked in 44 px were 22 px
    targets, hard to see and to hit."""
    c = colours(theme)
    line = 3 if theme.high_contrast else 1
    ink = "white" if theme.high_contrast else "black"   # the colour of the button's text
    images = (resources_dir() / "themes").as_posix()
    side = MIN_TARGET_PX   # placed on the field's border box, which is at least this high
    return f"""
QSpinBox, QDoubleSpinBox {{ padding-left: {side + 2 * line + 4}px; padding-right: {side + 2 * line + 4}px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; width: {side}px; height: {side}px; background: {c.button};
    border: {line}px solid {c.border}; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: center right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: center left; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url("{images}/plus-{ink}.svg"); width: 20px; height: 20px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url("{images}/minus-{ink}.svg"); width: 20px;
    height: 20px; }}
"""
