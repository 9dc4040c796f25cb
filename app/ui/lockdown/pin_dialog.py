"""The proctor's way out of lockdown: their user name and PIN.

The dialog does not judge the PIN; it hands both to the controller, which asks the station
accounts service (through a callback) and tells the dialog whether to close or to say
"wrong". A wrong try keeps the dialog open with both fields emptied.

The user name is never filled in for the proctor, not even after a wrong try: a name left in
the field would let a candidate spend that proctor's five tries and lock the account for
15 minutes by typing PINs alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

MIN_WIDTH = 460


class ExitPinDialog(QDialog):
    submitted = Signal(str, str)  # proctor user name, PIN

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Exit the exam (proctor)"))
        self.setAccessibleName(self.tr("Proctor exit"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(MIN_WIDTH)
        # A frame of its own: in a kiosk session with no window manager nothing else draws
        # the dialog's edge, and it would melt into the exam behind it.
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setLineWidth(2)
        intro = QLabel(self.tr("Only the proctor can end lockdown. Enter your user name and PIN."), frame)
        intro.setWordWrap(True)
        self.user = QLineEdit(frame)
        self.user.setAccessibleName(self.tr("Proctor user name"))
        self.pin = QLineEdit(frame)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Proctor PIN"))
        self.message = QLabel(frame)
        self.message.setAccessibleName(self.tr("Exit message"))
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&PIN"), self.pin)
        buttons = QDialogButtonBox(frame)
        self.ok = buttons.addButton(self.tr("Exit lockdown"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Exit lockdown"))
        self.cancel = buttons.addButton(self.tr("Stay in the exam"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAccessibleName(self.tr("Stay in the exam"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(frame)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.user.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_to_text()
        super().showEvent(event)

    def fit_to_text(self) -> None:
        """As wide as its buttons and about 40 characters of its text (the exam window's text
        size, 100–200 %), as tall as its wrapped lines need at that width: adjustSize() left the
        buttons cut and the wrapped lines squeezed at 200 %, and widened the dialog by the
        message's whole line."""
        width = max(MIN_WIDTH, self.minimumSizeHint().width(), self.fontMetrics().averageCharWidth() * 40)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else self.sizeHint().height()
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _submit(self) -> None:
        self.submitted.emit(self.user.text().strip(), self.pin.text())

    def refuse(self, tries: int) -> None:
        """Wrong name or PIN: say so, empty both fields, stay open."""
        text = self.tr("Wrong user name or PIN. Wrong tries so far: %n. The station may lock "
                       "the account after several.", "", tries)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()
        self.fit_to_text()  # room for the message, which was hidden when the size was set
        self.user.clear()
        self.pin.clear()
        self.user.setFocus()
