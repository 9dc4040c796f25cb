"""What the screenshots at 200 % text showed and these tests now hold: a new question opens at
its start (it opened where the one before had been scrolled to, its text out of sight above),
and a staff dialog is as tall as its wrapped text (Spanish questions were cut)."""

from __future__ import annotations

from app.domain.accommodations import Accommodations
from tests.candidate_helpers import open_window, start_exam


def test_a_new_question_opens_at_its_start_and_the_same_one_keeps_its_place(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station, Accommodations(text_scale=200))
    window.resize(1000, 700)
    start_exam(qtbot, window)
    bar = window.item_page.body_scroll.verticalScrollBar()
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
            if isinstance(dialog, NewPassphraseDialog):   # a refusal shown after the dialog opened
                dialog.first.setText("short")
                dialog.second.setText("short")
                dialog._check_and_accept()
                qtbot.wait(10)
            needed = dialog.layout().totalHeightForWidth(dialog.width())
            assert dialog.height() >= needed > 0, type(dialog).__name__
            dialog.close()
    finally:
        remove_staff_translator(translator)
        qapp.setStyleSheet("")
        qapp.setPalette(palette)
        qapp.setFont(font)
