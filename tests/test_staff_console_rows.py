"""A proctor sees several candidates at once on the console at 200 % text on a 1280 × 800 screen,
in English and in Spanish, in both contrasts: at least three whole rows. The console once showed
one row at 200 % (a four-line hint, empty message lines and the table's two-line rows took the
height), and cut "1:12:37 at the last save" at the bottom of the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.ui.proctor.session_screen import CONSOLE
from app.ui.widgets.staff_theme import apply_staff_theme
from app.ui.widgets.theme import Theme
from tests.conftest import World
from tests.staff_looks import SCREEN, settle
from tests.test_staff_layout import check_in, every_state, sign_in_and_open

LEAST_ROWS = 3


def whole_rows(table: QTableView) -> int:
    """How many rows the table shows from top to bottom without cutting them."""
    room, used, rows = table.viewport().height(), 0, 0
    for row in range(table.model().rowCount()):
        used += table.rowHeight(row)
        if used > room:
            break
        rows += 1
    return rows


def test_the_console_shows_several_candidates_at_200_percent(qtbot, qapp, world: World, tmp_path: Path,
                                                             staff_language: str) -> None:
    apply_staff_theme(qapp, Theme(text_scale=200))
    opening = sign_in_and_open(qtbot, world)
    try:
        while True:
            next(opening)
    except StopIteration as done:
        window = done.value
    session = window.session_screen
    for _screen in check_in(session, tmp_path):
        pass
    every_state(session)
    session.tabs.setCurrentIndex(CONSOLE)
    try:
        for contrast in (False, True):
            apply_staff_theme(qapp, Theme(text_scale=200, high_contrast=contrast))
            window.resize(*SCREEN)
            session.console.refresh()
            settle(qtbot)
            assert window.height() <= SCREEN[1]
            shown = whole_rows(session.console.table)
            table = session.console.table
            assert shown >= LEAST_ROWS, (f"{shown} whole row(s) of {table.model().rowCount()} in "
                                         f"{table.viewport().height()} px: rows "
                                         f"{[table.rowHeight(r) for r in range(table.model().rowCount())]}")
    finally:
        session.console.timer.stop()
        window.close()


def test_whole_rows_counts_only_rows_not_cut(qtbot) -> None:
    model = QStandardItemModel(5, 1)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.verticalHeader().setDefaultSectionSize(40)
    table.horizontalHeader().hide()
    table.resize(200, 100 + 2 * table.frameWidth())
    table.show()
    qtbot.waitExposed(table)
    assert whole_rows(table) == table.viewport().height() // 40
