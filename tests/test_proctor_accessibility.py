"""Every staff screen names every control for screen readers, can be worked from the keyboard,
and still fits a 1400 x 900 window at 200 % text (scroll areas take up the rest)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit,
    QWidget,
)

from app.ui.main_window import MainWindow
from tests.conftest import World
from tests.staff_ui import check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            return True
        parent = parent.parent()
    return type(widget).__name__ == "QComboBoxListView"  # a combo box's pop-up list


def unnamed(root: QWidget) -> list[str]:
    found = [w for kind in CONTROLS for w in root.findChildren(kind)]
    # Qt's own parts of composite widgets (a spin box's line edit, a view's corner button) carry
    # the accessible name of the widget they belong to.
    own = [w for w in found if not _inside_composite(w)]
    return [f"{type(w).__name__} {w.objectName() or w.text() if hasattr(w, 'text') else ''}"
            for w in own if not w.accessibleName()]


def test_every_control_of_every_staff_screen_has_an_accessible_name(qtbot, world: World, tmp_path) -> None:
    fresh = world.home("fresh")
    first = MainWindow(fresh)
    qtbot.addWidget(first)
    assert unnamed(first.first_run) == [] and unnamed(first.sign_in) == []
    window, session = session_window(qtbot, world)
    check_in(qtbot, session, "C-001", "Ada Lovelace")
    session.evaluator.refresh()
    session.evaluator.start()
    for tab in range(session.tabs.count()):
        session.tabs.setCurrentIndex(tab)
        assert unnamed(session.tabs.widget(tab)) == [], session.tabs.tabText(tab)
    session.console.choose(session.console.rows()[0].attempt_id)
    for opener in (session.console.ask_pause, session.console.ask_extend, session.console.ask_void,
                   session.console.ask_incident):
        opener()
        assert unnamed(session.console.dialog) == []
        session.console.dialog.reject()


def test_the_check_in_form_is_reachable_by_tab_in_order(qtbot, world: World) -> None:
    window, session = session_window(qtbot, world)
    panel = session.check_in
    panel.number_edit.setFocus()
    seen = []
    for _ in range(40):
        seen.append(QApplication.focusWidget() or window.focusWidget())
        window.focusNextChild()
    order = [panel.number_edit, panel.name_edit, panel.seat_edit, panel.id_type_combo, panel.id_digits_edit,
             panel.verified_by_edit, panel.prerequisite_edits[0], panel.admit_button]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_screens_fit_at_200_percent_text(qtbot, world: World) -> None:
    app = QApplication.instance()
    font = app.font()
    original = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(font)
    try:
        window, session = session_window(qtbot, world)
        check_in(qtbot, session, "C-001", "Ada Lovelace")
        for tab in range(session.tabs.count()):
            session.tabs.setCurrentIndex(tab)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1400 and hint.height() <= 900, (session.tabs.tabText(tab), hint)
    finally:
        app.setFont(original)
