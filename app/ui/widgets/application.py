"""The running Qt application, typed as what the screens need.

`QGuiApplication.instance()` is declared to return `QCoreApplication | None` whatever class it
is called on, so code that needs the screens, the focus window or `focusChanged` would have to
check the type at every use. These functions check it once, and fail with a plain message when
no application of that kind runs (a programming error: every screen is made after
app/ui/app.py:ensure_application)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def core_application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application is running; make one before any screen")
    return app


def gui_application() -> QGuiApplication:
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("no Qt GUI application is running; make one before any screen")
    return app


def widget_application() -> QApplication:
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no Qt widget application is running; make one before any screen")
    return app
