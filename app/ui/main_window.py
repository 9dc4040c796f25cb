"""The station's main window; later issues add the session, candidate and evaluator screens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app.services.context import Services
from app.ui.proctor.start_screen import StartScreen


class MainWindow(QMainWindow):
    def __init__(self, services: Services, demo: Any = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ExamStation — Proctor"))
        self.resize(1000, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        if demo is not None:
            banner = QLabel(self.tr("DEMO MODE: demo keys and throwaway data, deleted when you close "
                                    "the window. The release code is {code}.").format(code=demo.release_code))
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setAccessibleName(self.tr("Demo mode notice"))
            banner.setStyleSheet("#demoBanner { background: #fff3b0; color: #000; padding: 8px; "
                                 "border: 2px solid #7a5c00; font-weight: bold; }")
            layout.addWidget(banner)
        self.start_screen = StartScreen(services, central)
        layout.addWidget(self.start_screen, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Station home: {path}").format(path=services.home.root))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
