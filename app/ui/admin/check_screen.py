"""The station readiness check as a screen: the same checks as `examstation check`, run
off the UI thread, shown as a pass / warn / fail table with the next step for each."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableWidget, QVBoxLayout, QWidget,
)

from app.services.context import Services
from app.services.readiness import FAIL, WARN, CheckResult, run_checks, write_report
from app.ui.probes import pdf_output, screens
from app.ui.proctor.common import target_rows
from app.ui.widgets.error_words import words_text
from app.ui.widgets.table_cells import set_cell, set_cell_data
from app.ui.widgets.tasks import run_in_background

COLOURS = {"pass": "#0a5d1a", "warn": "#7a4f00", "fail": "#9b0000"}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class CheckScreen(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.results: list[CheckResult] = []
        self.report_path: Path | None = None
        self.setWindowTitle(self.tr("Station readiness check"))
        self.resize(900, 520)
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("Run this the day before the exam. Choose the exam package to check that "
                               "it opens here; the release code is optional until exam day."))
        intro.setWordWrap(True)
        self.package_edit = QLineEdit()
        self.package_edit.setAccessibleName(self.tr("Exam package to check"))
        browse = QPushButton(self.tr("&Choose package…"))
        browse.setAccessibleName(self.tr("Choose package"))
        browse.clicked.connect(self._choose)
        self.code_edit = QLineEdit()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setAccessibleName(self.tr("Release code (optional)"))
        self.code_edit.setPlaceholderText(self.tr("Release code (optional)"))
        row = QHBoxLayout()
        row.addWidget(self.package_edit, 3)
        row.addWidget(browse)
        row.addWidget(self.code_edit, 2)
        self.run_button = QPushButton(self.tr("&Run the check"))
        self.run_button.setAccessibleName(self.tr("Run the check"))
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Checking"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("Details and next step")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Check results"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        target_rows(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.run_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an exam package"),
                                              str(self.services.home.packages_dir),
                                              self.tr("Exam packages (*.exampkg)"))
        if name:
            self.package_edit.setText(name)

    def run(self) -> None:
        package = Path(self.package_edit.text()) if self.package_edit.text().strip() else None
        code = self.code_edit.text() or None
        self.run_button.setEnabled(False)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Checking…"))
        gui_results = [screens(), pdf_output()]  # Qt checks run here, on the UI thread
        services = self.services  # the work runs on a pool thread: it gets no widget
        run_in_background(self, lambda: run_checks(services, package, code),
                          lambda results: self._show(results + gui_results), self._failed)

    def _show(self, results: list[CheckResult]) -> None:
        self.results = results
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)
        self.table.setRowCount(len(results))
        statuses = {"pass": self.tr("PASS"), "warn": self.tr("WARN"), "fail": self.tr("FAIL")}
        for row, result in enumerate(results):
            detail = _capital(words_text(result.detail))   # the report's words are a line's tail
            if result.next_step:
                detail += "\n" + self.tr("Next: {step}").format(step=words_text(result.next_step))
            for column, text in enumerate((statuses[result.status], _capital(words_text(result.name)), detail)):
                set_cell(self.table, row, column, text)
            set_cell_data(self.table, row, 0, Qt.ItemDataRole.ForegroundRole, QColor(COLOURS[result.status]))
        self.table.resizeRowsToContents()
        self.report_path = write_report(results, self.services.home.root, datetime.now(timezone.utc))
        failed = sum(r.status == FAIL for r in results)
        warned = sum(r.status == WARN for r in results)
        verdict = (self.tr("Not ready: fix the items marked FAIL.") if failed else
                   self.tr("Ready, with {n} warning(s) to read.").format(n=warned) if warned else self.tr("Ready."))
        self.summary.setText(self.tr("{verdict} The report was saved to {path}; send it to your credential "
                                     "body if asked.").format(verdict=verdict, path=self.report_path))

    def _failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("The check could not run ({kind}). Try again; report it if it repeats.")
                             .format(kind=type(error).__name__))
