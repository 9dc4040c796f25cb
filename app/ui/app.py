"""Starts the desktop app: one QApplication, the theme, the main window."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from app.services.context import Services
from app.ui.main_window import MainWindow


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ExamStation")
    app.setOrganizationName("ExamStation")
    return app  # type: ignore[return-value]


def run_gui(services: Services, demo: Any = None) -> int:
    app = ensure_application()
    window = MainWindow(services, demo)
    window.show()
    return app.exec()
