"""Pieces of the first screens written so that they show without Qt's `Qt` namespace (its enums
take 12 ms to make; tests/test_startup.py checks the namespace is not made before the first
screen): a message line is still selectable with the mouse, and a role changed on a widget
already on screen still changes its look (the style sheet is read again). And a staff button,
measured again only when a font change changes its font, still grows with a larger font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.proctor.common import TARGET, button, message_label
from app.ui.widgets.theme import Theme, apply_theme, set_role


def test_a_message_line_can_be_selected_with_the_mouse(qtbot) -> None:
    for collapse in (False, True):
        label = message_label("Sign-in result", collapse=collapse)
        qtbot.addWidget(label)
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_role_changed_on_screen_takes_its_padding_and_border(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    apply_theme(window, Theme())
    label = message_label("Result")
    label.setText("The user name or the password is wrong.")
    QVBoxLayout(window).addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    plain = label.sizeHint()
    set_role(label, "error")   # the theme gives an error 8 px of padding inside a border
    framed = label.sizeHint()
    assert framed.height() >= plain.height() + 16 and framed.width() >= plain.width() + 16


def test_a_staff_button_still_grows_with_a_larger_font(qtbot) -> None:
    window = QWidget()   # no style sheet: its font sizes would win over the window's font
    qtbot.addWidget(window)
    staff = button("Sign in", "Sign in")
    QVBoxLayout(window).addWidget(staff)
    window.show()
    qtbot.waitExposed(window)
    assert staff.minimumHeight() == max(TARGET, staff.sizeHint().height())
    window.setFont(window.font())   # the same font again: nothing to measure
    assert staff.minimumHeight() == max(TARGET, staff.sizeHint().height())
    larger = window.font()
    larger.setPointSizeF(larger.pointSizeF() * 4)   # 48 pt: taller than the 44 px target
    window.setFont(larger)
    assert staff.sizeHint().height() > TARGET
    assert staff.minimumHeight() == staff.sizeHint().height()
