"""The layout checker finds what it is for (a cut label, a cut button, two widgets on top of each
other, a widget outside its parent, a window larger than its screen) and passes a window that
fits, so a screen test that uses it can fail."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.layout_checks import (
    clipped_texts, cut_by_parent, layout_faults, overlapping_siblings, too_big_for_screen,
)

LONG = "Energy Storage System Integration — a name longer than its place"


def _shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)
    return window


def _row(*widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QHBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    return window


def test_a_window_that_fits_has_no_faults(qtbot) -> None:
    wrapped = QLabel(LONG * 3)
    wrapped.setWordWrap(True)
    window = _shown(qtbot, _row(QLabel("Seat 5"), QPushButton("Pause"), wrapped))
    window.resize(600, 300)
    qtbot.wait(10)
    assert layout_faults(window, screen=(1280, 800)) == []


def test_a_label_narrower_than_its_text_is_found(qtbot) -> None:
    name = QLabel(LONG)
    window = _shown(qtbot, _row(name))
    name.setFixedWidth(80)
    qtbot.wait(10)
    faults = clipped_texts(window)
    assert len(faults) == 1 and "QLabel 'Energy Storage" in faults[0] and "has 80" in faults[0]


def test_a_wrapping_label_shorter_than_its_lines_is_found(qtbot) -> None:
    wrapped = QLabel(LONG * 4)
    wrapped.setWordWrap(True)
    window = _shown(qtbot, _row(wrapped))
    wrapped.setFixedSize(120, 20)
    qtbot.wait(10)
    assert any("of height" in fault for fault in clipped_texts(window))


def test_a_button_narrower_than_its_text_is_found(qtbot) -> None:
    button = QPushButton("Void this attempt for good")
    button.setAccessibleName("Void the attempt")
    window = _shown(qtbot, _row(button))
    button.setFixedWidth(40)
    qtbot.wait(10)
    assert [f for f in clipped_texts(window) if "QPushButton 'Void the attempt'" in f]


def test_widgets_moved_on_top_of_each_other_are_found(qtbot) -> None:
    first, second = QPushButton("Pause"), QPushButton("Add time")
    window = _shown(qtbot, _row(first, second))
    second.setGeometry(first.geometry())
    faults = overlapping_siblings(window)
    assert len(faults) == 1 and "'Pause'" in faults[0] and "'Add time'" in faults[0]


def test_a_widget_outside_its_parent_and_a_window_larger_than_the_screen_are_found(qtbot) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    summary = QLabel("Checklist result")
    column.addWidget(summary)
    _shown(qtbot, window)
    summary.move(0, window.height() - 3)
    assert [f for f in cut_by_parent(window) if "'Checklist result' is cut" in f]
    window.setMinimumSize(1400, 900)
    assert too_big_for_screen(window, 1280, 800) and not too_big_for_screen(window, 1600, 1000)
