"""The staff screens' own colours (hints, results, refusals) stay readable when the system's
palette is dark, as in a high-contrast theme: the screenshots in high contrast showed dark grey
hints and dark red refusals on black."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.proctor.common import hint, say
from app.ui.widgets.theme import Theme, palette


def contrast(one: QColor, other: QColor) -> float:
    def luminance(c: QColor) -> float:
        parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
        linear = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour_of(label: QLabel) -> QColor:
    return QColor(label.styleSheet().split("color:")[1].split(";")[0].strip())


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high contrast"])
def test_hints_results_and_refusals_are_7_to_1_on_the_window(qapp, high_contrast: bool) -> None:
    original = QPalette(QApplication.palette())
    qapp.setPalette(palette(Theme(high_contrast=True)) if high_contrast else original)
    try:
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        labels = [hint("Choose a candidate, then an action.")]
        for ok in (True, False):
            label = QLabel()
            say(label, "Admitted." if ok else "Refused.", ok)
            labels.append(label)
        ratios = [round(contrast(colour_of(label), window), 1) for label in labels]
        assert min(ratios) >= 7, ratios
    finally:
        qapp.setPalette(original)
