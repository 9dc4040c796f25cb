"""Readiness checks that need Qt: screens and PDF output. app.main hands them to the
station check (services cannot import Qt)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from app.services.readiness import FAIL, PASS, WARN, CheckResult

MIN_WIDTH, MIN_HEIGHT = 1024, 720


def _application() -> QGuiApplication:
    # A widget application, though these checks need none: a process has one application for
    # good, and the screens (or a test run in the same process) may need widgets later.
    existing = QApplication.instance()
    return existing if isinstance(existing, QGuiApplication) else QApplication(["examstation-check"])


def screens() -> CheckResult:
    app = _application()
    found = app.screens()
    sizes = ", ".join(f"{s.size().width()}x{s.size().height()}" for s in found)
    if not found:
        return CheckResult("screens", FAIL, "no screen found", "Connect a monitor and check the display settings.")
    primary = app.primaryScreen().size()
    if primary.width() < MIN_WIDTH or primary.height() < MIN_HEIGHT:
        return CheckResult("screens", WARN, f"{sizes}; the main screen is small",
                           f"Use at least {MIN_WIDTH}x{MIN_HEIGHT} so items fit at 200 % text.")
    if len(found) > 1:
        return CheckResult("screens", WARN, f"{len(found)} screens ({sizes})",
                           "Disconnect extra screens, or lockdown covers them; some exams refuse to start.")
    return CheckResult("screens", PASS, f"one screen, {sizes}")


def pdf_output() -> CheckResult:
    _application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "ExamStation readiness check")
    painter.end()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF") or len(data) < 500:
        return CheckResult("PDF output", FAIL, "a test PDF could not be written",
                           "Score reports cannot be saved as PDF; reinstall ExamStation.")
    return CheckResult("PDF output", PASS, f"a test page was written ({len(data)} bytes)")
