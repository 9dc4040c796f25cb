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
    assert {"Exam package", "Screens", "PDF output", "Clock", "Free disk"} <= set(names)
    row = names.index("Exam package")
    assert screen.table.item(row, 0).text() == "PASS"
    assert "report was saved" in screen.summary.text() and screen.report_path.exists()
    screen.grab().save(str(world.root / "check.png"))


def test_the_check_screen_in_spanish_has_no_english_left(qtbot, world: World, spanish_staff) -> None:
    """Every check's name, detail and next step in the proctor's language, a refusal included;
    the report file the body may ask for stays in English."""
    screen = CheckScreen(world.center)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.package_edit.setText(str(world.package))
    screen.code_edit.setText("WRONG-CODE")
    qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report_path is not None, timeout=30000)
    rows = {screen.table.item(r, 1).text(): r for r in range(screen.table.rowCount())}
    assert {"Paquete de examen", "Pantallas", "Salida en PDF", "Reloj", "Espacio libre en disco",
            "Programa y base de datos", "Registros de la estación"} <= set(rows), rows
    package = rows["Paquete de examen"]
    assert screen.table.item(package, 0).text() == "FALLO"
    assert screen.table.item(package, 2).text() == ("El código de apertura no es correcto.\nQué hacer: Compruebe el "
                                                    "código con el organismo certificador e introdúzcalo de nuevo.")
    assert screen.table.item(rows["Reloj"], 2).text().startswith("El reloj de la estación marca ")
    english = ("PASS", "WARN", "FAIL", "Next:", " free ", "screen", "database", "audit log", "clock", "release code")
    for row in range(screen.table.rowCount()):
        shown = " ".join(screen.table.item(row, c).text() for c in range(3)).replace(str(world.root), "HOME")
        assert not any(words in shown for words in english), shown
    assert "No está lista" in screen.summary.text()
    report = screen.report_path.read_text(encoding="utf-8")
    assert "[FAIL] exam package: The release code is wrong." in report, report
    screen.grab().save(str(world.root / "check-es.png"))


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
