"""The staff theme's number fields: a − and a + button, each at least a 44 px square and apart
(the style's two arrows stacked in one 44 px field were thin 22 px targets), in every look."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QSpinBox, QStyle, QStyleOptionSpinBox

from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import MIN_TARGET_PX, Theme

LOOKS = ((100, False), (100, True), (200, False), (200, True))


@pytest.fixture
def staff_look(qapp):
    font, palette = QFont(QApplication.font()), QPalette(QApplication.palette())
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.parametrize(("scale", "contrast"), LOOKS)
def test_minus_and_plus_are_whole_targets_on_either_side(qtbot, qapp, staff_look, scale: int,
                                                         contrast: bool) -> None:
    apply_staff_theme(qapp, Theme(text_scale=scale, high_contrast=contrast))
    field = QSpinBox()
    field.setRange(0, 240)
    field.setValue(10)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    option = QStyleOptionSpinBox()
    field.initStyleOption(option)
    style = field.style()
    up = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, field)
    down = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxDown, field)
    text = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                QStyle.SubControl.SC_SpinBoxEditField, field)
    for button in (up, down):
        shown = button.intersected(field.rect())   # the part a person can see and hit
        assert shown.width() >= MIN_TARGET_PX and shown.height() >= MIN_TARGET_PX, (button, field.rect())
    assert down.center().x() < text.center().x() < up.center().x(), (down, text, up)
    assert text.intersected(up).width() <= 1 and text.intersected(down).width() <= 1, (down, text, up)
    assert text.width() >= field.fontMetrics().horizontalAdvance("240"), "the number itself is not cut"
    field.stepBy(1)
    assert field.value() == 11
