"""What a person sees cut or covered on a shown window, found by walking its widgets.

The screenshots at 200 % text showed names cut at the right edge, a summary cut at the bottom and
a navigator under a tool panel. These checks find the same faults without looking:

- `clipped_texts`: a visible label, button or check box whose text needs more room than it has
  (a label that does not wrap is wider than its width; a wrapping label is taller than its
  height for that width; a button's text is wider than the button). Text inside a scroll area
  counts too: a label is cut by its own size, not by the viewport the candidate can scroll.
- `overlapping_siblings`: two visible widgets placed by one parent's layouts whose rectangles
  cross (a layout never does that; a widget moved by hand over the others does).
- `cut_by_parent`: a widget placed partly outside its parent (a summary cut at the bottom when
  the least sizes do not fit); `too_big_for_screen`: a window larger than its screen.

Each finding is one plain line naming the widget (its accessible name, text or class) and the
sizes, so a failing test says what to fix. Call `layout_faults(window)` after the window is
shown and laid out (qtbot.waitExposed plus a short wait)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QCheckBox, QLabel, QLayout, QLayoutItem, QPushButton, QRadioButton,
    QToolButton, QWidget,
)

SLACK = 2   # pixels of rounding a style may leave between a hint and a size


def describe(widget: QWidget) -> str:
    """A widget as a person would point at it: its accessible name, its text, or its class."""
    name = widget.accessibleName()
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    label = name or text.replace("&", "").replace("\n", " ")[:60] or widget.objectName()
    return f"{type(widget).__name__} '{label}'"


def _really_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_clipped(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.contentsRect().width() + label.contentsMargins().left()
                                      + label.contentsMargins().right())
        if needed > label.height() + SLACK:
            return f"{describe(label)} needs {needed} px of height, has {label.height()}"
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + SLACK:
        return f"{describe(label)} needs {needed} px of width, has {label.width()}"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"{describe(button)} needs {hint.width()} px of width, has {button.width()}"
    if hint.height() > button.height() + SLACK:
        return f"{describe(button)} needs {hint.height()} px of height, has {button.height()}"
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Every visible text in the window that is cut by its own widget's size."""
    faults = []
    for widget in window.findChildren(QWidget):
        if not _really_visible(widget):
            continue
        if isinstance(widget, QLabel):
            fault = _label_clipped(widget)
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            fault = _button_clipped(widget)
        else:
            continue
        if fault:
            faults.append(fault)
    return faults


def _layout(holder: QWidget | QLayoutItem) -> QLayout | None:
    """The layout of a widget or a layout item. PySide can hand back a stale wrapper of another type
    (a spacer item) for a layout made after an older object at the same address was deleted."""
    found = holder.layout()
    return found if isinstance(found, QLayout) else None


def _placed_widgets(layout: QLayout) -> list[QWidget]:
    """The visible widgets a layout and its nested layouts place: all children of one parent."""
    widgets, pending = [], [layout]
    while pending:
        current = pending.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item is None:
                continue
            nested = _layout(item)
            if nested is not None:
                pending.append(nested)
            widget = item.widget()
            if widget is not None and _really_visible(widget) and not widget.isWindow():
                widgets.append(widget)
    return widgets


def overlapping_siblings(window: QWidget) -> list[str]:
    """Pairs of visible widgets placed by one parent's layouts whose rectangles cross."""
    faults = []
    for owner in [window, *window.findChildren(QWidget)]:
        layout = _layout(owner)
        if layout is None or not _really_visible(owner) or isinstance(owner, QAbstractScrollArea):
            continue
        widgets = _placed_widgets(layout)
        for first_index, first in enumerate(widgets):
            for second in widgets[first_index + 1:]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    faults.append(f"{describe(first)} and {describe(second)} overlap by "
                                  f"{shared.width()}×{shared.height()} px")
    return faults


def cut_by_parent(window: QWidget) -> list[str]:
    """Visible widgets a layout placed partly outside their parent (the rest is never drawn)."""
    faults = []
    for owner in [window, *window.findChildren(QWidget)]:
        layout = _layout(owner)
        if layout is None or not _really_visible(owner):
            continue
        room = owner.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        for widget in _placed_widgets(layout):
            if not room.contains(widget.geometry()):
                faults.append(f"{describe(widget)} is cut by {describe(owner)}: placed at "
                              f"{widget.geometry().getRect()}, inside {owner.width()}×{owner.height()}")
    return faults


def too_big_for_screen(window: QWidget, width: int, height: int) -> list[str]:
    """A window whose least size is larger than the screen it must fit (its edge is off screen)."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > width + SLACK or least.height() > height + SLACK:
        return [f"{describe(window)} needs at least {least.width()}×{least.height()} px, "
                f"the screen is {width}×{height}"]
    return []


def layout_faults(window: QWidget, screen: tuple[int, int] | None = None) -> list[str]:
    """Everything cut or covered on the shown window (empty when it is fine); with `screen`,
    also whether the window fits a screen of that many pixels."""
    faults = clipped_texts(window) + overlapping_siblings(window) + cut_by_parent(window)
    if screen is not None:
        faults += too_big_for_screen(window, *screen)
    return faults
