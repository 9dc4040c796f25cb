"""The readiness check screen: runs the checks and shows the table and where the report went."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from app.ui.admin.check_screen import CheckScreen
from tests.conftest import RELEASE_CODE, ROOT, World


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


def test_the_checks_that_need_qt_leave_an_application_that_widgets_can_use() -> None:
    """`examstation check` runs in-process in the CLI tests: a widget-less application left by its
    probes made the next widget test in that pytest worker abort."""
    script = ("from PySide6.QtWidgets import QApplication, QWidget\n"
              "from app.ui.probes import pdf_output, screens\n"
              "screens(), pdf_output()\n"
              "assert isinstance(QApplication.instance(), QApplication)\n"
              "QWidget()\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
