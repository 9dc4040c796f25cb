"""The credential body's window: build exam packages, import result bundles (drag and drop,
progress) and read the reports (results, item analysis, reliability, pass rates, a score
chart), saved as PDF."""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QMainWindow, QProgressBar,
    QPushButton, QSpinBox, QTabWidget, QTableWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError, PassphraseNeeded
from app.services.context import Services
from app.ui.widgets.error_words import error_words, os_error_line, words_text
from app.services.reports import (
    CENTER_COLUMNS, FORM_COLUMNS, ITEM_COLUMNS, LEFT_OUT_COLUMNS, RATE_COLUMNS, RESULT_COLUMNS,
)
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.admin.build_tab import BuildTab
from app.ui.admin.charts import BarChart, chart_image
from app.ui.admin.column_headings import column_heading, report_cell, report_format
from app.ui.admin.credentials_tab import CredentialsTab
from app.ui.admin.release_tab import ReleaseTab
from app.ui.admin.marking_tab import MarkingTab
from app.ui.admin.report_html import CHART_MINUTES, CHART_SCORES, difference_line, report_document
from app.ui.proctor.common import target_rows
from app.ui.widgets.table_cells import set_cell
from app.ui.widgets.tasks import run_in_background

SUFFIX = ".examresult"


class ResultsWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.reports = services.reports
        self.queue: list[Path] = []
        self.imported_new = False  # a bundle brought results since the reports were built
        self.reports_again = False  # results changed while the reports were being built
        self.last: dict = {}
        self.setWindowTitle(self.tr("ExamStation — Credential body"))
        self.resize(1100, 760)
        self.setAcceptDrops(True)
        tabs = QTabWidget()
        self.build_tab = BuildTab(services, self._ask_passphrase)
        tabs.addTab(self.build_tab, self.tr("&Build packages"))
        tabs.addTab(self._import_tab(), self.tr("&Import"))
        tabs.addTab(self._reports_tab(), self.tr("&Reports"))
        self.marking_tab = MarkingTab(services, self._ask_passphrase)
        tabs.addTab(self.marking_tab, self.tr("&Marking"))
        self.release_tab = ReleaseTab(services, self._ask_passphrase)
        self.release_tab.changed.connect(self.results_changed)  # a decision changes what the statistics count
        tabs.addTab(self.release_tab, self.tr("Re&lease"))
        self.credentials_tab = CredentialsTab(services, self._ask_passphrase)
        tabs.addTab(self.credentials_tab, self.tr("&Credentials"))
        tabs.setAccessibleName(self.tr("Results sections"))
        self.tabs = tabs
        self.setCentralWidget(tabs)

    # -- import --------------------------------------------------------------------
    def _import_tab(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("Drop result bundles (.examresult) from testing centers here, or add them. "
                              "Each is checked, decrypted and imported whole, or not at all."))
        hint.setWordWrap(True)
        self.bundle_list = QListWidget()
        self.bundle_list.setAccessibleName(self.tr("Bundles to import"))
        add = QPushButton(self.tr("&Add bundles…"))
        add.setAccessibleName(self.tr("Add bundles"))
        add.clicked.connect(self._choose)
        self.import_button = QPushButton(self.tr("Import &all"))
        self.import_button.setAccessibleName(self.tr("Import all bundles"))
        self.import_button.clicked.connect(self.import_all)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.log = QTextBrowser()
        self.log.setAccessibleName(self.tr("Import results"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        for widget in (hint, self.bundle_list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        return page

    def add_bundle(self, path: Path) -> None:
        if str(path) not in [self.bundle_list.item(i).text() for i in range(self.bundle_list.count())]:
            self.bundle_list.addItem(str(path))

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose result bundles"), str(Path.home()),
                                                self.tr("Result bundles (*.examresult)"))
        for name in names:
            self.add_bundle(Path(name))

    def import_all(self) -> None:
        self.queue = [Path(self.bundle_list.item(i).text()) for i in range(self.bundle_list.count())]
        if not self.queue:
            self.log.append(self.tr("Nothing to import: add or drop result bundles first."))
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, len(self.queue))
        self.progress.setValue(0)
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self.import_button.setEnabled(True)
            self.bundle_list.clear()
            self.log.append(self.tr("<b>Done.</b> Open the Reports tab to see the results."))
            if self.imported_new:  # the reports and the marking queue follow the import without pressing Refresh
                self.results_changed()
            return
        path = self.queue[0]
        results = self.services.results  # the work runs on a pool thread: it gets no widget
        run_in_background(self, lambda: results.import_bundle(path),
                          lambda report: self._imported(path, report), lambda error: self._import_failed(path, error))

    def _imported(self, path: Path, report) -> None:
        self.queue.pop(0)
        self.progress.setValue(self.progress.value() + 1)
        if report.already_imported:
            self.log.append(self.tr("{name}: already imported; nothing changed.").format(name=path.name))
        else:
            self.imported_new = True
            self.log.append(self.tr("{name}: imported {n} attempts from {center}.").format(
                name=path.name, n=report.attempts, center=report.center))
            if report.extended:
                self.log.append(self.tr("{name}: added what is new to {n} attempts imported before.").format(
                    name=path.name, n=report.extended))
            if report.blank_scored:
                self.log.append(self.tr("{name}: {n} written answers were left blank and given 0 points "
                                        "(nothing for a marker to read).").format(name=path.name,
                                                                                    n=report.blank_scored))
            for held in report.held:  # the attempt rules were not followed: a person decides
                self.log.append(self.tr("<span style='color:#9b0000'>{name}: {reason}</span>").format(
                    name=path.name, reason=html.escape(words_text(held.line()))))
        self._next()

    def _import_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, PassphraseNeeded) and self._ask_passphrase():
            self._next()
            return
        self.queue.pop(0)
        self.progress.setValue(self.progress.value() + 1)
        text = error_words(error) if isinstance(error, ExamStationError) else \
            os_error_line(error) if isinstance(error, OSError) else type(error).__name__
        self.log.append(self.tr("<span style='color:#9b0000'>{name}: refused. {reason}</span>").format(
            name=path.name, reason=text))
        self._next()

    def _ask_passphrase(self) -> bool:
        phrase, ok = QInputDialog.getText(self, self.tr("Unlock the body's key"),
                                          self.tr("The body's private key is in an encrypted file. Passphrase:"),
                                          QLineEdit.EchoMode.Password)
        if ok and phrase:
            self.services.supply_passphrase(phrase)
        return bool(ok and phrase)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.toLocalFile().endswith(SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(SUFFIX):
                self.add_bundle(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- reports -------------------------------------------------------------------
    def _reports_tab(self) -> QWidget:
        page = QWidget()
        self.refresh_button = QPushButton(self.tr("&Refresh reports"))
        self.refresh_button.setAccessibleName(self.tr("Refresh reports"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.summary = QLabel(self.tr("Press Refresh to build the reports."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Report summary"))
        self.chart = BarChart(self.tr("Score distribution (percent of points)"))
        self.time_chart = BarChart(self.tr("Time used (minutes of exam time)"))
        charts = QHBoxLayout()
        charts.addWidget(self.chart)
        charts.addWidget(self.time_chart)
        self.results_table = _table(RESULT_COLUMNS, self.tr("Results per candidate"))
        self.items_table = _table(ITEM_COLUMNS, self.tr("Item analysis"))
        self.centers_table = _table(CENTER_COLUMNS, self.tr("Outcomes, time used and incidents per center"))
        self.rates_table = _table(RATE_COLUMNS, self.tr("Pass rates by center and form, with 95 percent intervals"))
        self.forms_table = _table(FORM_COLUMNS, self.tr("Form equivalence"))
        self.left_out_table = _table(LEFT_OUT_COLUMNS, self.tr("Attempts kept out of the statistics"))
        tables = QTabWidget()
        tables.addTab(self.results_table, self.tr("Candidates"))
        tables.addTab(self.items_table, self.tr("Items"))
        tables.addTab(self.centers_table, self.tr("Centers"))
        tables.addTab(self.rates_table, self.tr("Pass rates"))
        tables.addTab(self.forms_table, self.tr("Forms"))
        tables.addTab(self.left_out_table, self.tr("Kept out of statistics"))
        self.report_tables = tables
        setting = QWidget()
        setting_row = self._minimum_setting()
        setting_row.setContentsMargins(0, 0, 0, 0)
        setting.setLayout(setting_row)
        buttons = FlowLayout()   # Spanish at 200 % text: in one row they made the window 1356 px wide
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(setting)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addLayout(charts)
        layout.addWidget(tables, 1)
        return page

    def _minimum_setting(self) -> QHBoxLayout:
        """The body's setting: how many counted attempts a form needs before items are flagged."""
        self.minimum_box = QSpinBox()
        self.minimum_box.setRange(2, 100000)
        self.minimum_box.setValue(self.reports.minimum_attempts())
        self.minimum_box.setMinimumHeight(44)
        self.minimum_box.setAccessibleName(self.tr("Attempts needed before items are flagged"))
        self.minimum_box.editingFinished.connect(self._minimum_changed)
        label = QLabel(self.tr("Flag items from &attempts:"))
        label.setBuddy(self.minimum_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.minimum_box)
        return row

    def _minimum_changed(self) -> None:
        if self.minimum_box.value() != self.reports.minimum_attempts():
            self.reports.set_minimum_attempts(self.minimum_box.value())
            self.refresh()

    def results_changed(self) -> None:
        """An import or a release decision: the reports and the marking queue are read again."""
        self.refresh()
        self.marking_tab.refresh()

    def refresh(self) -> None:
        if not self.refresh_button.isEnabled():  # a build is running: build once more when it ends
            self.reports_again = True
            return
        self.reports_again = False
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Building the reports…"))
        reports = self.reports
        self.imported_new = False
        run_in_background(self, reports.board, self._show_reports, self._report_failed)

    def _show_reports(self, data: dict) -> None:
        self.refresh_button.setEnabled(True)
        if self.reports_again:  # what is shown is already old: build again
            self.refresh()
        self.last = data
        _fill(self.results_table, RESULT_COLUMNS, data["results"])
        _fill(self.items_table, ITEM_COLUMNS, [row for form in data["forms"] for row in form.items])
        _fill(self.centers_table, CENTER_COLUMNS, data["centers"])
        _fill(self.rates_table, RATE_COLUMNS, data["rates"])
        _fill(self.forms_table, FORM_COLUMNS, [row for c in data["comparisons"] for row in c.forms])
        _fill(self.left_out_table, LEFT_OUT_COLUMNS, data["left_out"])
        self.chart.set_bars(score_bins(data["results"]))
        self.time_chart.set_bars(minute_bins(data["minutes"]))
        self.summary.setText("\n".join(self._summary_lines(data)))

    def _summary_lines(self, data: dict) -> list[str]:
        lines = [self.tr("Results: {n}; kept out of the statistics: {left} (see that tab).").format(
            n=len(data["results"]), left=len(data["left_out"]))]
        numbers = report_format()
        for form in data["forms"]:
            r = form.reliability
            alpha = self.tr("n/a") if r.alpha is None else numbers.number(r.alpha, 3)
            flags = self.tr("{flagged} items flagged for review").format(
                flagged=sum(1 for i in form.items if "(n = " in i["flags"])) if r.n >= data["minimum"] else self.tr(
                "items not flagged below {minimum} attempts").format(minimum=data["minimum"])
            lines.append(self.tr("{exam} form {form}: {n} attempts, alpha (KR-20) {alpha}, pass rate {rate}; "
                                 "{flags}.").format(exam=form.exam_id, form=form.form_id, n=r.n, alpha=alpha,
                                                    rate=numbers.percent(form.pass_rate), flags=flags))
        for comparison in data["comparisons"]:
            if comparison.test:
                lines.append(self.tr("{exam}, forms compared: {test}.").format(
                    exam=comparison.exam_id, test=difference_line(comparison.test, numbers)))
        return lines

    def _report_failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.reports_again = False
        if isinstance(error, PassphraseNeeded) and self._ask_passphrase():
            self.refresh()
            return
        self.summary.setText(error_words(error) if isinstance(error, ExamStationError) else self.tr(
            "The reports could not be built ({kind}).").format(kind=type(error).__name__))

    def _save_pdf(self) -> None:
        if not self.last:
            self.summary.setText(self.tr("Refresh the reports first, then save them."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "results-report.pdf",
                                              self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, target: Path) -> Path:
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        charts = {CHART_SCORES: chart_image(self.chart.title, self.chart.bars),
                  CHART_MINUTES: chart_image(self.time_chart.title, self.time_chart.bars)}
        document = report_document(self.last, charts, datetime.now())
        document.print_(writer)
        self.summary.setText(self.tr("Saved the report to {path}.").format(path=target))
        return target


def score_bins(results: list[dict]) -> list[tuple[str, float]]:
    """Ten bars of percent of points, over the attempts counted in the statistics only."""
    bins = Counter(min(9, int(r["percent"] // 10)) for r in results if r["in_statistics"])
    return [(f"{b * 10}", float(bins.get(b, 0))) for b in range(10)]


def minute_bins(minutes: list[float], bars: int = 10) -> list[tuple[str, float]]:
    """Equal-width bins of whole minutes from 0 to the longest attempt, labelled by their start."""
    if not minutes:
        return []
    width = max(1, -(-int(max(minutes) + 1) // bars))  # ceiling division: the longest fits the last bar
    counts = Counter(min(bars - 1, int(m // width)) for m in minutes)
    return [(f"{b * width}", float(counts.get(b, 0))) for b in range(bars)]


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([column_heading(c) for c in columns])
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)   # a report is read, not typed in
    table.setSortingEnabled(True)
    target_rows(table)
    return table


def _fill(table: QTableWidget, columns: tuple[str, ...], rows: list[dict]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    numbers = report_format()
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            set_cell(table, r, c, report_cell(column, row.get(column), numbers))
    table.setSortingEnabled(True)
    # a report's many columns keep one line each and scroll sideways: wrapped into the table's
    # width (fit_columns) a candidate's row grew taller than the table at 200 % text
    table.resizeColumnsToContents()
