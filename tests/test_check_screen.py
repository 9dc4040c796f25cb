"""The readiness check screen: runs the checks and shows the table and where the report went."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.admin.check_screen import CheckScreen
from tests.conftest import RELEASE_CODE, World


def test_the_check_screen_shows_every_check(qtbot, world: World) -> None:
    screen = CheckScreen(world.center)
    qtbot.addWidget(screen)
    screen.package_edit.setText(str(world.package))
    screen.code_edit.setText(RELEASE_CODE)
    qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report_path is not None, timeout=30000)
    names = [screen.table.item(r, 1).text() for r in range(screen.table.rowCount())]
    assert {"exam package", "screens", "PDF output", "clock", "free disk"} <= set(names)
    row = names.index("exam package")
    assert screen.table.item(row, 0).text() == "PASS"
    assert "report was saved" in screen.summary.text() and screen.report_path.exists()
    screen.grab().save(str(world.root / "check.png"))
