"""Text size (100–200 %) and colour theme (standard or high contrast) for a widget tree.

One call, `apply_theme(root, Theme(...))`, sets the root's font, palette and style sheet;
every child (present or created later) inherits them. Widgets mark what they are with a
`role` property (heading, stem, muted, warning, error, ok) instead of carrying their own
colours or sizes, so a change of theme reaches all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from app.ui.widgets.resources import resources_dir

MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 25
MIN_TARGET_PX = 44   # the least height of anything a candidate clicks or types in (WCAG 2.5.5)
BASE_POINT_SIZE = 12.0  # at 100 %: exam text is read closely for a long time


@dataclass(frozen=True, slots=True)
class Theme:
    text_scale: int = 100          # percent
    high_contrast: bool = False

    def __post_init__(self) -> None:
        if not MIN_SCALE <= self.text_scale <= MAX_SCALE:
            raise ValueError(f"text size must be between {MIN_SCALE} and {MAX_SCALE} %")

    def point_size(self, factor: float = 1.0) -> float:
        return round(BASE_POINT_SIZE * self.text_scale / 100 * factor, 1)


@dataclass(frozen=True, slots=True)
class Colours:
    window: str
    text: str
    surface: str          # edit fields, lists
    button: str
    button_text: str
    accent: str           # selection, checked buttons, links
    accent_text: str
    focus: str            # the focus ring: must stand out from everything else
    border: str
    muted: str            # secondary text, still at least 7:1 against the window
    warning_back: str
    warning_text: str
    error_back: str
    error_text: str
    ok_text: str
    disabled: str
    mark: str             # colour of the tick and dot images drawn on the accent colour


# Standard: dark text on near-white (contrast above 15:1), blue accent (6:1 on white).
STANDARD = Colours(
    window="#f7f7f5", text="#1a1a1a", surface="#ffffff", button="#e9e9e6", button_text="#1a1a1a",
    accent="#0b4fb3", accent_text="#ffffff", focus="#d35400", border="#6b6b6b", muted="#3f3f3f",
    warning_back="#fff1c2", warning_text="#3a2a00", error_back="#fde4e4", error_text="#7a0000",
    ok_text="#0b5d1e", disabled="#6e6e6e", mark="white",
)

# High contrast: white and yellow on black, the usual choice of people with low vision.
HIGH_CONTRAST = Colours(
    window="#000000", text="#ffffff", surface="#000000", button="#000000", button_text="#ffffff",
    accent="#ffff00", accent_text="#000000", focus="#00ffff", border="#ffffff", muted="#ffffff",
    warning_back="#ffff00", warning_text="#000000", error_back="#ffffff", error_text="#000000",
    ok_text="#7dff7d", disabled="#c8c8c8", mark="black",
)


def colours(theme: Theme) -> Colours:
    return HIGH_CONTRAST if theme.high_contrast else STANDARD


def apply_theme(root: QWidget, theme: Theme) -> None:
    """Give `root` and everything inside it this text size and these colours."""
    font = QFont(root.font())
    font.setPointSizeF(theme.point_size())
    root.setFont(font)
    root.setPalette(palette(theme))
    root.setStyleSheet(stylesheet(theme))
    root.setProperty("textScale", theme.text_scale)
    root.setProperty("highContrast", theme.high_contrast)


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's role; the style sheet is re-read so its look follows at once."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-read the style sheet after a property it selects on changed. unpolish()/polish()
    alone update colours but not padding and borders, so the text would sit on the edge.
    A widget not polished yet (never shown, e.g. on a page not opened so far) needs nothing:
    it reads the sheet with its properties as they are when it is first shown, and re-reading
    costs about half a millisecond a widget."""
    from PySide6.QtCore import Qt
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.setStyleSheet(widget.styleSheet())


def palette(theme: Theme) -> QPalette:
    """For widgets that paint themselves (image canvases) and the style's own drawing."""
    c = colours(theme)
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface, QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text, QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text, QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.PlaceholderText: c.muted, QPalette.ColorRole.BrightText: c.focus,
    }
    for role, value in roles.items():
        result.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
    return result


def stylesheet(theme: Theme, factor: float = 1.0) -> str:
    """The whole look as one style sheet. `factor` scales every size (the staff screens use
    10 pt where a candidate reads 12 pt); the proportions of the type scale stay the same."""
    c = colours(theme)

    def size(step: float = 1.0) -> float:
        return theme.point_size(factor * step)

    line = 3 if theme.high_contrast else 1  # thicker borders where contrast matters most
    images = (resources_dir() / "themes").as_posix()
    box = round(size(1.3) * 4 / 3)  # indicator side in pixels (1 pt = 4/3 px at 96 dpi)
    # min-height counts the content only: padding and border come on top of it.
    button_least, field_least = MIN_TARGET_PX - 2 * (6 + line + 1), MIN_TARGET_PX - 2 * (4 + line + 1)
    choice_least = MIN_TARGET_PX - 2 * (6 + 2)
    row_least = MIN_TARGET_PX - 2 * 6 - line   # a list row a candidate clicks (ordering, review)
    tab_least = MIN_TARGET_PX - 2 * (6 + line)   # a tab of the staff's and the body's windows
    # A partly answered question: amber in the standard theme; in high contrast, where the accent
    # (answered) is already yellow, yellow on black with a double border.
    part_back, part_text = (c.window, c.accent) if theme.high_contrast else (c.warning_back, c.warning_text)
    # The navigator's numbers and legend stop growing at 150 % (18 pt, bold): every question must
    # stay on screen beside the question and its tools, and numbers that large read easily.
    navigator = min(size(), round(BASE_POINT_SIZE * factor * 1.5, 1))
    return f"""
QWidget {{ font-size: {size()}pt; color: {c.text}; }}
QWidget#candidateRoot, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c.window}; }}
QLabel[role="heading"] {{ font-size: {size(1.35)}pt; font-weight: bold; padding: 2px;
    border: 3px solid transparent; }}
QLabel[role="subheading"] {{ font-size: {size(1.2)}pt; font-weight: bold; }}
QLabel[role="stem"] {{ font-size: {size(1.1)}pt; padding: 2px; border: 3px solid transparent; }}
QLabel[role="passage"] {{ padding: 2px; border: 3px solid transparent; }}
QLabel[role="stem"]:focus, QLabel[role="passage"]:focus {{ border-color: {c.focus}; }}   /* the frame above hid it */
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[struck="true"], QRadioButton[struck="true"], QCheckBox[struck="true"] {{ color: {c.disabled};
    text-decoration: line-through; }}
QLabel[role="ok"] {{ color: {c.ok_text}; }}
QLabel[role="alert"] {{ color: {c.error_text}; background: {c.error_back}; font-weight: bold; }}
QLabel[role="warning"] {{ background: {c.warning_back}; color: {c.warning_text};
    border: {line + 1}px solid {c.warning_text}; padding: 8px; font-weight: bold; }}
QLabel[role="error"] {{ background: {c.error_back}; color: {c.error_text};
    border: {line + 2}px solid {c.error_text}; padding: 8px; font-weight: bold; }}
QLabel[state="ok"] {{ color: {c.ok_text}; font-weight: bold; }}
QLabel[state="error"] {{ color: {c.error_text}; background: {c.error_back}; font-weight: bold; padding: 4px; }}
QLabel[state="info"], QLabel[role="hint"] {{ color: {c.muted}; }}
QLabel[role="notice"] {{ background: {c.surface}; color: {c.ok_text};
    border: {line + 1}px solid {c.ok_text}; padding: 8px; font-weight: bold; }}
QPushButton, QToolButton {{ background: {c.button}; color: {c.button_text};
    border: {line + 1}px solid {c.border}; border-radius: 4px; padding: 6px 14px; min-height: {button_least}px; }}
QPushButton:checked, QToolButton:checked {{ background: {c.accent}; color: {c.accent_text}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text}; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: {c.button}; color: {c.disabled}; font-weight: normal; }}
QPushButton[role="jump"] {{ padding: 4px 6px; font-size: {navigator}pt; }}
QLabel#navigatorLegend {{ font-size: {navigator}pt; }}
QPushButton[state="answered"] {{ background: {c.accent}; color: {c.accent_text}; }}
QPushButton[state="incomplete"] {{ background: {part_back}; color: {part_text};
    border: {line + 3}px double {part_text}; }}
QPushButton[state="unseen"] {{ background: {c.window}; border-style: dotted; }}
QLabel[face] {{ color: {c.button_text}; background: transparent; font-size: {navigator}pt; }}
QLabel[face="answered"] {{ color: {c.accent_text}; }}
QLabel[face="incomplete"] {{ color: {part_text}; }}
QLabel[face="closed"] {{ color: {c.disabled}; }}
/* a closed section's numbers: grey on the window's colour (grey on the answered colour could not be
   read); their marks still say answered, partly answered or flagged */
QPushButton[role="jump"]:disabled {{ background: {c.window}; }}
QPushButton[current="true"] {{ border: {line + 3}px solid {c.text}; font-weight: bold; }}
QLineEdit, QComboBox, QListWidget, QPlainTextEdit, QAbstractSpinBox {{ background: {c.surface}; color: {c.text};
    border: {line + 1}px solid {c.border}; padding: 4px; min-height: {field_least}px;
    selection-background-color: {c.accent};
    selection-color: {c.accent_text}; }}
QListWidget::item {{ padding: 6px; border-bottom: {line}px solid {c.border}; min-height: {row_least}px; }}
QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text}; }}
QRadioButton, QCheckBox {{ padding: 6px; border: 2px solid transparent; spacing: 10px;
    min-height: {choice_least}px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; height: {box}px;
    background: {c.surface}; border: {line + 1}px solid {c.text}; }}
QRadioButton::indicator {{ border-radius: {box // 2 + line + 1}px; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url("{images}/check-{c.mark}.svg"); }}
QRadioButton::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url("{images}/dot-{c.mark}.svg"); }}
QGroupBox {{ border: {line}px solid {c.border}; margin-top: 1.4em; padding: 0.5em 8px 8px 8px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QTextBrowser, QTableWidget {{ background: {c.surface}; color: {c.text}; border: {line}px solid {c.border};
    selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
QTabBar::tab {{ background: {c.button}; color: {c.button_text}; border: {line}px solid {c.border}; padding: 6px 14px;
    min-height: {tab_least}px; min-width: {tab_least}px; }}
QTabBar::tab:selected {{ background: {c.accent}; color: {c.accent_text}; font-weight: bold; }}
QHeaderView::section {{ background: {c.button}; color: {c.button_text}; border: {line}px solid {c.border}; padding: 4px; }}
*:focus {{ border: 3px solid {c.focus}; }}
QRadioButton:focus, QCheckBox:focus {{ border: 3px solid {c.focus}; border-radius: 4px; }}
"""
