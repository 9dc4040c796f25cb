"""The credential body's package builder: an exam source folder or a QTI content package in,
an encrypted, signed .exampkg for the chosen registered centers out, with the QTI import
report shown. The same service as `examstation package build`."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDateTimeEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError, PassphraseNeeded, SourceInvalid
from app.domain.release_code import too_weak
from app.services.context import Services
from app.ui.proctor.common import button, not_below_its_text
from app.ui.widgets.error_words import error_words, os_error_line, words_text
from app.ui.widgets.tasks import run_in_background

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud by phone


def suggested_release_code() -> str:
    """Eight random letters and digits in two groups of four, easy to read out and type (40 bits).
    Drawn again in the rare case that the build's strength rule would refuse it (all letters,
    or a run such as AAB or 234)."""
    while True:
        text = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        if not too_weak(text):
            return f"{text[:4]}-{text[4:]}"


class BuildTab(QWidget):
    built = Signal(str)   # the package written

    def __init__(self, services: Services, ask_passphrase: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.ask_passphrase = services, ask_passphrase
        self.source_edit = self._path_edit(self.tr("Exam source folder or QTI package"))
        self.companion_edit = self._path_edit(self.tr("QTI companion file"))
        self.companion_edit.setPlaceholderText(self.tr("QTI only; default: examstation.yaml in the package"))
        self.skip_box = QCheckBox(self.tr("Leave out what QTI import cannot carry over"))
        self.skip_box.setToolTip(self.tr("What is left out is listed in the import report."))
        self.skip_box.setAccessibleDescription(self.skip_box.toolTip())
        not_below_its_text(self.skip_box)
        self.centers = QListWidget()
        self.centers.setAccessibleName(self.tr("Centers that may open the package"))
        self.centers.setMaximumHeight(self.centers.fontMetrics().lineSpacing() * 8)  # the report gets the room
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Release code"))
        self.code_edit.setPlaceholderText(self.tr("optional: given to the center on exam day"))
        self.opens_box, self.opens_edit = self._moment(self.tr("Opens only from"))
        self.closes_box, self.closes_edit = self._moment(self.tr("Opens only until"))
        self.closes_edit.setDateTime(QDateTime.currentDateTimeUtc().addDays(30))
        self.output_edit = self._path_edit(self.tr("Package file to write"))
        self.build_button = button(self.tr("&Build the package"), self.tr("Build the package"), self.build)
        self.check_button = button(self.tr("C&heck only"), self.tr("Check the source without building"),
                                   self.check_only)
        self.check_button.setToolTip(self.tr("Reads and checks the source (and the QTI import) as a build would, "
                                             "and writes nothing"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Build progress"))
        self.progress.setRange(0, 1)
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Build result and import report"))
        self._lay_out()
        self.refresh_centers()

    # -- layout ------------------------------------------------------------------------
    def _path_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def _moment(self, name: str) -> tuple[QCheckBox, QDateTimeEdit]:
        box = QCheckBox(name)
        not_below_its_text(box)
        edit = QDateTimeEdit(QDateTime.currentDateTimeUtc())
        edit.setTimeZone(QTimeZone.utc())
        edit.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        return box, edit

    def _row(self, *widgets: QWidget, stretch_first: bool = True) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if index == 0 and stretch_first else 0)
        if not stretch_first:
            layout.addStretch(1)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        return button(text, name, slot)

    def _lay_out(self) -> None:
        form = QFormLayout()
        source_row = self._row(self.source_edit,
                               self._button(self.tr("Folder…"), self.tr("Choose an exam source or QTI folder"),
                                            self._choose_folder),
                               self._button(self.tr("QTI zip…"), self.tr("Choose a QTI content package zip"),
                                            self._choose_zip))
        companion_row = self._row(self.companion_edit, self._button(
            self.tr("Choose…"), self.tr("Choose the QTI companion file"), self._choose_companion))
        code_row = self._row(self.code_edit, self._button(self.tr("Suggest"), self.tr("Suggest a release code"),
                                                          lambda: self.code_edit.setText(suggested_release_code())))
        output_row = self._row(self.output_edit, self._button(self.tr("Save as…"), self.tr("Choose where to write "
                                                                                            "the package"),
                                                              self._choose_output))
        for text, widget, buddy in ((self.tr("&Source:"), source_row, self.source_edit),
                                    (self.tr("&Companion:"), companion_row, self.companion_edit),
                                    (self.tr("C&enters:"), self.centers, self.centers),
                                    (self.tr("Release &code:"), code_row, self.code_edit),
                                    (self.opens_box, self.opens_edit, None),
                                    (self.closes_box, self.closes_edit, None),
                                    (self.tr("&Write to:"), output_row, self.output_edit)):
            # a check box is its row's caption: inside a row of its own it was cut at 200 % text
            caption: QWidget = text if isinstance(text, QCheckBox) else QLabel(text)
            if isinstance(caption, QLabel) and buddy is not None:
                caption.setBuddy(buddy)
            form.addRow(caption, widget)
            if widget is companion_row:   # a whole row: beside the captions it widened Spanish at 200 %
                form.addRow(self.skip_box)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Build an encrypted, signed exam package for your registered testing centers from "
                              "an exam source folder or a QTI 2.0, 2.1, 2.2 or 3.0 content package."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self._row(self.build_button, self.check_button, stretch_first=False))
        layout.addWidget(self.progress)
        layout.addWidget(self.result, 1)

    def refresh_centers(self) -> None:
        self.centers.clear()
        for center in self.services.keys.trusted("center"):
            item = QListWidgetItem(f"{center.name} — {center.fingerprint}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, center)
            self.centers.addItem(item)

    # -- choosing files -----------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an exam source or QTI folder"))
        if folder:
            self.source_edit.setText(folder)

    def _choose_zip(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a QTI content package"), "",
                                              self.tr("QTI packages (*.zip)"))
        if name:
            self.source_edit.setText(name)

    def _choose_companion(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the companion file"), "",
                                              self.tr("Companion files (*.yaml *.yml)"))
        if name:
            self.companion_edit.setText(name)

    def _choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the package to"), "exam.exampkg",
                                              self.tr("Exam packages (*.exampkg)"))
        if name:
            self.output_edit.setText(name if name.endswith(".exampkg") else name + ".exampkg")

    # -- building -------------------------------------------------------------------------
    def chosen_centers(self) -> list:
        return [self.centers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.centers.count())
                if self.centers.item(i).checkState() == Qt.CheckState.Checked]

    def build(self) -> None:
        missing = self._missing()
        if missing:
            self.result.setPlainText(missing)
            return
        source, output = Path(self.source_edit.text().strip()), Path(self.output_edit.text().strip())
        companion = Path(self.companion_edit.text().strip()) if self.companion_edit.text().strip() else None
        moments = [e.dateTime().toUTC().toString(Qt.DateFormat.ISODate) if b.isChecked() else None
                   for b, e in ((self.opens_box, self.opens_edit), (self.closes_box, self.closes_edit))]
        centers, code, skip = self.chosen_centers(), self.code_edit.text().strip() or None, self.skip_box.isChecked()
        self._busy(self.tr("Building {name}…").format(name=output.name))  # reading, checking, encrypting
        packages = self.services.packages  # the work runs on a pool thread: it gets no widget
        run_in_background(self, lambda: packages.build_for(
            source, centers, output, code, moments[0], moments[1], companion, skip), self._built, self._failed)

    def check_only(self) -> None:
        if not self.source_edit.text().strip():
            self.result.setPlainText(self.tr("Choose the exam source folder or QTI package first."))
            return
        source = Path(self.source_edit.text().strip())
        companion = Path(self.companion_edit.text().strip()) if self.companion_edit.text().strip() else None
        skip = self.skip_box.isChecked()
        self._busy(self.tr("Checking {name}…").format(name=source.name))
        packages = self.services.packages
        run_in_background(self, lambda: packages.validate(source, companion, skip),
                          self._checked, self._failed)

    def _checked(self, result) -> None:
        self._idle()
        lines = [self.tr("No problems: {items} items on {forms} forms; every key earns full marks. Nothing was "
                         "written.").format(items=result.items, forms=result.forms)]
        report = ["", words_text(result.import_report)] if result.import_report else []
        self.result.setPlainText("\n".join(lines + report))

    def _busy(self, text: str) -> None:
        self.build_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.result.setPlainText(text)

    def _missing(self) -> str:
        if not self.source_edit.text().strip():
            return self.tr("Choose the exam source folder or QTI package first.")
        if not self.chosen_centers():
            return self.tr("Tick at least one center that may open the package.")
        if not self.output_edit.text().strip():
            return self.tr("Choose where to write the package.")
        return ""

    def _built(self, result) -> None:
        self._idle()
        lines = [self.tr("Built {path}: {items} items, {forms} forms, for {centers}. Package id {id}.").format(
            path=result.path, items=result.items, forms=result.forms, centers=", ".join(result.centers),
            id=result.package_id)]
        if result.import_report:
            lines += ["", words_text(result.import_report)]
        self.result.setPlainText("\n".join(lines))
        self.built.emit(str(result.path))

    def _failed(self, error: Exception) -> None:
        self._idle()
        if isinstance(error, PassphraseNeeded) and self.ask_passphrase():
            self.build()
            return
        if isinstance(error, SourceInvalid):
            heading = self.tr("Nothing was built. {n} problem(s) to put right:").format(n=len(error.problems))
            text = "\n".join([heading, ""] + [f"• {words_text(p)}" for p in error.problems])
        elif isinstance(error, ExamStationError):
            text = error_words(error)
        elif isinstance(error, OSError):
            text = os_error_line(error)
        else:
            text = self.tr("The package could not be built ({kind}). Nothing was written.").format(
                kind=type(error).__name__)
        self.result.setPlainText(text)

    def _idle(self) -> None:
        self.build_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
