"""What the screenshots at 200 % text showed and these tests now hold: a new question opens at
its start (it opened where the one before had been scrolled to, its text out of sight above),
and the navigator's legend stays clear of the numbers beside an open tool on a 1280 x 800
screen (it was drawn over the last row)."""

from __future__ import annotations

from app.domain.accommodations import Accommodations
from tests.test_candidate_navigator import Sample, sample, settle  # noqa: F401 - sample is a fixture
from tests.test_candidate_support import open_window, start_exam


def test_a_new_question_opens_at_its_start_and_the_same_one_keeps_its_place(qtbot, station) -> None:
    window = open_window(qtbot, station, Accommodations(text_scale=200))
    window.resize(1000, 700)
    start_exam(qtbot, window)
    bar = window.item_page.scroll.verticalScrollBar()
    scrolled = None
    for item_id in window.plan.item_ids:   # a question long enough to scroll at 200 % text
        window.navigation.go_to(item_id, confirmed=True)
        qtbot.wait(10)
        if bar.maximum() > 0:
            scrolled = item_id
            break
    assert scrolled is not None
    bar.setValue(bar.maximum())
    window.navigation.show_item(scrolled)   # shown again (an answer saved): the candidate stays where they are
    assert bar.value() == bar.maximum() > 0
    following = window.plan.item_ids[window.plan.item_ids.index(scrolled) + 1]
    window.navigation.go_to(following, confirmed=True)
    assert bar.value() == 0


def test_the_legend_stays_under_the_numbers_beside_an_open_tool_at_200_percent(qtbot, sample: Sample) -> None:
    window = sample.window(qtbot, scale=200, size=(1280, 800))
    window.set_flag(window.plan.item_ids[1], True)
    window.navigation.go_to(window.plan.item_ids[1])
    for tool in (window.toolbar.calculator_button, window.toolbar.exhibits_button):
        tool.setChecked(True)
        settle(qtbot)
        grid = window.item_page.grid
        numbers_bottom = max(b.geometry().bottom() for b in grid.buttons.values())
        assert grid.legend.geometry().top() > numbers_bottom, tool.text()
        assert grid.legend.height() >= grid.legend.heightForWidth(grid.legend.width())
        tool.setChecked(False)
    window.close()


def test_dialogs_are_tall_enough_for_their_wrapped_text_in_spanish_at_200_percent(qtbot, qapp) -> None:
    """The Spanish passphrase question and the new-session question at 200 % text were cut at top
    and bottom: a dialog sized for its widgets' least sizes is shorter than its wrapped lines."""
    from PySide6.QtWidgets import QApplication

    from app.ui.admin.passphrase_dialog import NewPassphraseDialog
    from app.ui.language import install_staff_translator, remove_staff_translator
    from app.ui.proctor.action_dialogs import NewSessionDialog
    from app.ui.widgets.staff_theme import apply_staff_theme
    from app.ui.widgets.theme import Theme

    font, palette = QApplication.font(), QApplication.palette()
    translator = install_staff_translator(qapp, "es")
    apply_staff_theme(qapp, Theme(text_scale=200, high_contrast=True))
    try:
        for dialog in (NewPassphraseDialog(), NewSessionDialog("Energy Storage System Integration", exported=False)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            qtbot.wait(10)
            needed = dialog.layout().totalHeightForWidth(dialog.width())
            assert dialog.height() >= needed > 0, type(dialog).__name__
            dialog.close()
    finally:
        remove_staff_translator(translator)
        qapp.setStyleSheet("")
        qapp.setPalette(palette)
        qapp.setFont(font)
