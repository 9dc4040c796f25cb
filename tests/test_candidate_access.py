"""Accessibility of the candidate screens: names and descriptions on every control, the
keyboard reaching every answer, text size, high contrast, and the Spanish translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QComboBox, QLineEdit, QRadioButton, QWidget,
)

from app.domain.accommodations import Accommodations
from app.ui.candidate.i18n import install_translator, remove_translator, translations_dir
from app.ui.candidate.item_page import _focusable
from tests.candidate_helpers import alt, click, open_window, start_exam

ROOT = Path(__file__).resolve().parents[1]


def interactive_controls(root: QWidget) -> list[QWidget]:
    """Everything a candidate can operate: buttons, fields, lists, and any widget that takes focus."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractScrollArea)
    found = [w for w in root.findChildren(QWidget) if w.window() is root.window()
             and (isinstance(w, kinds) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)]
    # A combo box's own line of choices and scroll areas that never take focus are parts, not controls.
    return [w for w in found if not (isinstance(w, QAbstractScrollArea) and w.focusPolicy() == Qt.FocusPolicy.NoFocus)
            and not isinstance(w.parent(), QComboBox)]


def visit_every_screen(qtbot, window):
    """Yield once per screen: welcome, every item, review, confirmation, end, with tools open."""
    yield "welcome"
    start_exam(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_C)
    alt(qtbot, window, Qt.Key.Key_E)
    for item_id in window.plan.item_ids:
        window.navigation.go_to(item_id, confirmed=True)
        yield item_id
    alt(qtbot, window, Qt.Key.Key_R)
    yield "review"
    click(qtbot, window.review.finish_button)
    yield "confirm"
    click(qtbot, window.confirm.confirm_button)
    yield "end"


def test_every_control_has_an_accessible_name_and_description(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    missing, checked = [], 0
    for screen in visit_every_screen(qtbot, window):
        controls = [w for w in interactive_controls(window) if w.isVisible()]
        checked += len(controls)
        missing += [f"{screen}: {type(w).__name__} {w.text() if hasattr(w, 'text') else ''}"
                    for w in controls if not w.accessibleName().strip() or not w.accessibleDescription().strip()]
    assert checked > 150 and missing == []


def test_the_keyboard_reaches_every_answer_control(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    for item_id in window.plan.item_ids:
        window.navigation.go_to(item_id, confirmed=True)
        assert window.focusWidget() is window.item_page.stem        # a new question: its text first
        controls = _focusable(window.item_page.answer)
        radios = [w for w in controls if isinstance(w, QRadioButton)]   # one Tab stop; arrows within
        wanted = [w for w in controls if w not in radios] + radios[:1]
        reached = []
        for _ in range(len(wanted) + 1):
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
            reached.append(window.focusWidget())
        assert set(reached[:len(wanted)]) - set(radios) == set(wanted) - set(radios), item_id
        assert reached[len(wanted)] is window.item_page.clear_button    # then on to the buttons
        if radios:  # back with Shift+Tab (past the strike-out buttons); an arrow moves within the group
            for _ in range(len(controls) + 1):
                qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
                if window.focusWidget() is radios[0]:
                    break
            assert window.focusWidget() is radios[0]
            qtbot.keyClick(radios[0], Qt.Key.Key_Down)
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
            assert window.focusWidget() is radios[1] and radios[1].isChecked()
            assert item_id in window.live.state.responses


def test_hotspot_by_keyboard_and_ordering_by_keyboard(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    window.navigation.go_to("q-hot", confirmed=True)
    canvas = window.item_page.answer.canvas
    canvas.setFocus()
    start = canvas.crosshair                                  # the middle of the image
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Up):
        qtbot.keyClick(canvas, key, Qt.KeyboardModifier.ShiftModifier)   # one pixel each
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert window.live.state.responses["q-hot"] == [start[0] - 2, start[1] - 1]
    assert "Marked at" in window.item_page.answer.position.text()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)                   # zoom with the keyboard
    assert window.item_page.answer.controls.level.text() != ""

    window.navigation.go_to("q-order")
    ordering = window.item_page.answer
    before = ordering.order()
    ordering.list.setFocus()
    ordering.list.setCurrentRow(0)
    qtbot.keyClick(ordering.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.live.state.responses["q-order"] == [before[1], before[0], before[2]]
    window.navigation.go_to("q-match")
    window.navigation.go_to("q-order")
    assert window.item_page.answer.order() == [before[1], before[0], before[2]]   # shown as saved


def test_calculator_and_exhibits_from_the_keyboard(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_C)
    calculator = window.tool_panel.calculator
    assert window.tool_panel.isVisible() and window.focusWidget() is calculator.display
    qtbot.keyClicks(calculator.display, "12*3")
    qtbot.keyClick(calculator.display, Qt.Key.Key_Return)
    assert calculator.display.text() == "36"
    qtbot.keyClicks(calculator.display, "1/0=")
    assert calculator.display.text() == "Error"
    alt(qtbot, window, Qt.Key.Key_E)
    viewer = window.tool_panel.exhibit_view
    assert viewer.isVisible() and viewer.scroll_area.accessibleName() == "Exhibit: Exhibit one"
    zoom = viewer.zoom
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Plus)
    assert viewer.zoom > zoom and viewer.picture.pixmap().width() == round(100 * viewer.zoom)
    alt(qtbot, window, Qt.Key.Key_C)
    alt(qtbot, window, Qt.Key.Key_E)
    assert not window.tool_panel.isVisible()


def test_text_size_from_the_accommodation_and_the_keyboard(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, Accommodations(text_scale=200))
    assert window.font().pointSizeF() == 24.0 and window.toolbar.size_box.currentText() == "200 %"
    start_exam(qtbot, window)
    assert window.item_page.stem.font().pointSizeF() == pytest.approx(26.4)
    assert window.item_page.next_button.font().pointSizeF() == 24.0
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.text_scale == 175 and window.item_page.next_button.font().pointSizeF() == 21.0
    window.set_text_scale(100)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.text_scale == 100                            # never below 100 %


def test_high_contrast_applies_to_every_screen_part(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    alt(qtbot, window, Qt.Key.Key_H)
    assert window.theme.high_contrast and window.toolbar.contrast_button.isChecked()
    assert window.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    stem = window.item_page.stem
    assert stem.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "#ffff00" in window.styleSheet()
    alt(qtbot, window, Qt.Key.Key_H)
    assert window.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_spanish_strings_load_and_go_away_with_the_window(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, language="es")
    assert window.welcome.start_button.text() == "Comenzar el examen"
    assert window.welcome.identity_box.text() == "Soy Ada Lovelace"
    start_exam(qtbot, window)
    assert window.item_page.next_button.text() == "Siguiente ›"
    assert window.item_page.number.text().startswith("Pregunta 1 de 10")
    window.close()
    assert QCoreApplication.translate("WelcomePage", "Start the exam") == "Start the exam"


def test_a_window_in_a_language_without_translation_opens_in_english(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, language="xx")
    assert window.translator.language() == "en" and window.welcome.start_button.text() == "Start the exam"


def test_an_unknown_language_is_refused_and_english_keeps_the_source_text() -> None:
    english = install_translator("en")
    try:
        assert QCoreApplication.translate("ItemPage", "Review answers") == "Review answers"
    finally:
        remove_translator(english)
    with pytest.raises(ValueError, match="no translation"):
        install_translator("xx")
    translator = install_translator("es-ES")
    try:
        assert QCoreApplication.translate("ItemPage", "Review answers") == "Revisar respuestas"
    finally:
        remove_translator(translator)


def lupdate_contexts(tmp_path: Path, paths: list[str]) -> set[str] | None:
    """The tr() contexts pyside6-lupdate finds in these files and folders; None without lupdate."""
    found = _lupdate(tmp_path, paths)
    return None if found is None else {c.findtext("name") or "" for c in found.iter("context")}


def _lupdate(tmp_path: Path, paths: list[str]):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        return None
    sources = []
    for name in paths:
        path = ROOT / name
        sources += [str(p) for p in sorted(path.rglob("*.py"))] if path.is_dir() else [str(path)]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    return ET.parse(fresh).getroot()


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate is not installed")
def test_every_screen_string_is_translated_to_spanish(tmp_path: Path) -> None:
    """lupdate over all the screens (candidate and staff) finds no string that es.ts lacks or
    leaves unfinished (update it with build/tools/translations.py)."""
    fresh = _lupdate(tmp_path, ["app/ui"])
    wanted = {(c.findtext("name") or "", m.findtext("source")) for c in fresh.iter("context")
              for m in c.iter("message")}
    shipped = ET.parse(translations_dir() / "es.ts").getroot()
    done = {(c.findtext("name") or "", m.findtext("source")) for c in shipped.iter("context")
            for m in c.iter("message") if m.find("translation").get("type") is None
            and (m.findtext("translation") or m.findtext("translation/numerusform"))}
    assert sorted(wanted - done) == []
    assert (translations_dir() / "es.qm").stat().st_mtime >= (translations_dir() / "es.ts").stat().st_mtime - 1