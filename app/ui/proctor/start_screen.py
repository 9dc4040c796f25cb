"""The proctor's start screen: pick a package, read its public details, enter the
release code, open it. Nothing is decrypted until the proctor presses Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.domain.errors import ExamStationError, PassphraseNeeded
from app.services.context import Services
from app.ui.widgets.error_words import error_words
from app.ui.proctor.package_details import PackageDetails
from app.ui.widgets.tasks import run_in_background

PACKAGE_SUFFIX = ".exampkg"


class StartScreen(QWidget):
    package_opened = Signal(object)  # the OpenedPackage, for the session screens

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opened = None
        self.setAcceptDrops(True)
        self._build()
        self.refresh_packages()
        self._check_identity()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("<h1>Open an exam</h1>"))
        title.setAccessibleName(self.tr("Open an exam"))
        hint = QLabel(self.tr("Choose the exam package for today, check its details, then enter the "
                              "release code from the credential body. You can also drop a .exampkg file here."))
        hint.setWordWrap(True)

        self.package_list = QListWidget()
        self.package_list.setAccessibleName(self.tr("Exam packages on this station"))
        self.package_list.currentItemChanged.connect(self._show_selected)
        add_button = QPushButton(self.tr("&Add package file…"))
        add_button.setAccessibleName(self.tr("Add package file"))
        add_button.clicked.connect(self._choose_file)
        packages_box = QGroupBox(self.tr("&Packages"))
        packages_layout = QVBoxLayout(packages_box)
        packages_layout.addWidget(self.package_list)
        packages_layout.addWidget(add_button)

        self.details = PackageDetails()
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self._release_box())

        columns = QHBoxLayout()
        columns.addWidget(packages_box, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(columns, 1)

    def _release_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Release"))
        form = QFormLayout(box)
        self.code_edit = QLineEdit()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setAccessibleName(self.tr("Release code"))
        self.code_edit.setAccessibleDescription(self.tr("The code the credential body gives out on exam day"))
        self.code_edit.returnPressed.connect(self.open_selected)
        code_label = QLabel(self.tr("Release co&de:"))
        code_label.setBuddy(self.code_edit)
        show = QCheckBox(self.tr("&Show code"))
        show.setAccessibleName(self.tr("Show release code"))
        show.toggled.connect(lambda on: self.code_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(show)
        form.addRow(code_label, code_row)

        self.open_button = QPushButton(self.tr("Open e&xam"))
        self.open_button.setAccessibleName(self.tr("Open exam"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: key stretching and decryption take about a second
        self.progress.setAccessibleName(self.tr("Opening the package"))
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.open_button)
        form.addRow(self.progress)
        form.addRow(self.result_label)
        return box

    # -- packages --------------------------------------------------------------
    def _check_identity(self) -> None:
        if not self.services.keys.has("center"):
            self._say(self.tr("This station has no center identity yet, so no package can open here. "
                              "Ask the station administrator to run the first-run set-up "
                              "(examstation keys init --role center)."), ok=False)

    def refresh_packages(self) -> None:
        paths = sorted(self.services.home.packages_dir.glob(f"*{PACKAGE_SUFFIX}"))
        known = [Path(k.path) for k in self.services.station.known_packages()]
        self.package_list.clear()
        for path in dict.fromkeys(paths + [k for k in known if k.exists()]):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.package_list.addItem(item)
        if self.package_list.count():
            self.package_list.setCurrentRow(0)

    def add_package(self, path: Path) -> None:
        for row in range(self.package_list.count()):
            if self.package_list.item(row).data(Qt.ItemDataRole.UserRole) == str(path):
                self.package_list.setCurrentRow(row)
                return
        item = QListWidgetItem(path.name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.package_list.addItem(item)
        self.package_list.setCurrentItem(item)

    def selected_path(self) -> Path | None:
        item = self.package_list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an exam package"), str(Path.home()),
                                              self.tr("Exam packages (*.exampkg)"))
        if name:
            self.add_package(Path(name))

    def _show_selected(self) -> None:
        path = self.selected_path()
        self.result_label.clear()
        self._check_identity()
        if path is None:
            self.details.clear()
            self.open_button.setEnabled(False)
            return
        try:
            manifest = self.services.packages.inspect(path)
        except ExamStationError as error:
            self.details.show_error(error_words(error))
            self.open_button.setEnabled(False)
            return
        trusted = {b.fingerprint for b in self.services.keys.trusted("body")}
        self.details.show_manifest(manifest, manifest["signer"]["fingerprint"] in trusted)
        self.open_button.setEnabled(True)

    # -- opening ---------------------------------------------------------------
    def open_selected(self) -> None:
        path = self.selected_path()
        if path is None or not self.open_button.isEnabled():
            return
        code = self.code_edit.text()
        self.open_button.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.setText(self.tr("Checking and decrypting the package…"))
        packages = self.services.packages  # the work runs on a pool thread: it gets no widget
        run_in_background(self, lambda: packages.open(path, code),
                          self._opened, self._open_failed)

    def _opened(self, opened) -> None:
        self.progress.setVisible(False)
        self.open_button.setEnabled(True)
        self.opened = opened
        self.services.station.remember(opened)
        exam = opened.exam
        self._say(self.tr("Opened “{title}” version {version}: {items} items on {forms} forms, "
                          "{checklists} performance checklists. Next: check in the candidates.").format(
            title=exam.title, version=exam.version, items=len(exam.items), forms=len(exam.forms),
            checklists=len(exam.checklists)), ok=True)
        self.package_opened.emit(opened)

    def _open_failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.open_button.setEnabled(True)
        if isinstance(error, PassphraseNeeded) and self._ask_passphrase():
            self.open_selected()
            return
        text = error_words(error) if isinstance(error, ExamStationError) else self.tr(
            "The package could not be opened because of an unexpected error ({kind}). "
            "Nothing was changed; try again, and report it if it repeats.").format(kind=type(error).__name__)
        self._say(text, ok=False)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def _ask_passphrase(self) -> bool:
        phrase, ok = QInputDialog.getText(
            self, self.tr("Unlock the station key"),
            self.tr("This station's private key is in an encrypted file. Enter its passphrase:"),
            QLineEdit.EchoMode.Password)
        if ok and phrase:
            self.services.supply_passphrase(phrase)
        return bool(ok and phrase)

    def reset(self) -> None:
        """Ready for the next session: no code typed, no message from the last opening."""
        self.opened = None
        self.code_edit.clear()
        self.result_label.clear()
        self.refresh_packages()

    def _say(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("state", "ok" if ok else "error")
        colour = "#0a5d1a" if ok else "#9b0000"
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result_label.setAccessibleDescription(text)

    # -- drag and drop ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().endswith(PACKAGE_SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(PACKAGE_SUFFIX):
                self.add_package(Path(url.toLocalFile()))
        event.acceptProposedAction()
