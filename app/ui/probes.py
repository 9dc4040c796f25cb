"""Readiness checks that need Qt: screens and PDF output. app.main hands them to the
station check (services cannot import Qt)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from app.domain.errors import template
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
    sizes, title = ", ".join(f"{s.size().width()}x{s.size().height()}" for s in found), template("screens")
    if not found:
        return CheckResult(title, FAIL, template("no screen found"),
                           template("Connect a monitor and check the display settings."))
    primary = app.primaryScreen().size()
    if primary.width() < MIN_WIDTH or primary.height() < MIN_HEIGHT:
        return CheckResult(title, WARN, template("{sizes}; the main screen is small", sizes=sizes),
                           template("Use at least {size} so items fit at 200 % text.", size=f"{MIN_WIDTH}x{MIN_HEIGHT}"))
    if len(found) > 1:
        return CheckResult(title, WARN, template("{count} screens ({sizes})", count=len(found), sizes=sizes),
                           template("Disconnect extra screens, or lockdown covers them; some exams refuse to start."))
    return CheckResult(title, PASS, template("one screen, {sizes}", sizes=sizes))


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
        return CheckResult(template("PDF output"), FAIL, template("a test PDF could not be written"),
                           template("Score reports cannot be saved as PDF; reinstall ExamStation."))
    return CheckResult(template("PDF output"), PASS, template("a test page was written ({size} bytes)", size=len(data)))
