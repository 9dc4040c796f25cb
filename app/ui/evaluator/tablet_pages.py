"""The evaluator tablet's pages before the checklist: pairing (the seat's pairing page, in a
tablet's words), signing in with the PIN, and the candidates still to score with what this
tablet signed and whether the station has it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from app.services.room import show_code
from app.services.tablet import CHECKING, NOT_STORED, REFUSED, SAVED, WAITING, TabletService, TabletSession
from app.ui.evaluator.step_row import TOUCH
from app.ui.proctor.common import add_row, button, heading, hint, message_label, say
from app.ui.seat.pairing_page import PairingPage
from app.ui.widgets.error_words import words_text

LIST_STYLE = "QListWidget::item { min-height: 44px; padding: 6px; }"  # touch targets
LIST_TEXT = 1.25  # a quarter larger than the rest, read at arm's length; grows with the user's text size


class TabletPairingPage(PairingPage):
    """Pairing as a seat pairs, with the words of an evaluator's tablet (the station shows it as one)."""

    def __init__(self, tablet: TabletService, parent: QWidget | None = None) -> None:
        super().__init__(tablet, parent)
        words = (self.tr("Make this computer an evaluator tablet"),
                 self.tr("The proctor opens the room on the station first (Room tab). Then pair this tablet once; "
                         "it is remembered. The station lists it as an evaluator tablet."))
        for index, (label, text) in enumerate(zip((self.title, self.explanation), words, strict=True)):
            label.setText(f"<h1>{html.escape(text)}</h1>" if index == 0 else text)
            label.setAccessibleName(text)
        self.name.setAccessibleName(self.tr("This tablet's name"))
        name_label = next(label for label in self.findChildren(QLabel) if label.buddy() is self.name)
        name_label.setText(self.tr("This tablet's &name:"))


    def _show_code(self, code: str, station: str) -> None:  # the seat's words, for a tablet
        self.code.setText(show_code(code))
        say(self.message, self.tr("Tell the proctor at {station}: this tablet shows the code above. The proctor "
                                  "accepts it only if the station shows the same code.").format(station=station))


class SignInPage(QWidget):
    """User name and PIN, checked on the station (wrong PINs count and lock as at the station)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.username, self.pin):
            field.setMinimumHeight(TOUCH)
        self.sign_in_button = button(self.tr("&Sign in"), self.tr("Sign in with my PIN"))
        self.sign_in_button.setMinimumHeight(TOUCH)
        self.pin.returnPressed.connect(self.sign_in_button.click)
        self.message = message_label(self.tr("Sign-in result"))
        form = QFormLayout()
        add_row(form, self.tr("&User name:"), self.username, self.tr("User name"))
        add_row(form, self.tr("&PIN:"), self.pin, self.tr("PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Evaluator sign-in")))
        layout.addWidget(hint(self.tr("Sign in with your evaluator account. The station checks your PIN; after five "
                                      "wrong tries the account locks for 15 minutes.")))
        layout.addLayout(form)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def take_pin(self) -> str:
        pin = self.pin.text()
        self.pin.clear()  # a PIN is never kept on screen, right or wrong
        return pin


class CandidatesPage(QWidget):
    """Who is still to be scored (one line per candidate and checklist) and what this tablet signed."""

    score = Signal(str, str)   # candidate id, checklist id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", 2)
        self.sign_out_button = button(self.tr("Sign &out"), self.tr("Sign out"))
        self.refresh_button = button(self.tr("&Refresh the list"), self.tr("Refresh the list of candidates"))
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Candidates to score"))
        self.candidates.itemActivated.connect(lambda _item: self._score())
        self.score_button = button(self.tr("S&core the chosen candidate"), self.tr("Score the chosen candidate"),
                                   self._score)
        self.score_button.setEnabled(False)  # until the station's list arrives
        self.signed = QListWidget()
        self.signed.setAccessibleName(self.tr("Your evaluations signed on this tablet"))
        self.signed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = message_label(self.tr("Latest evaluation"))
        for widget in (self.sign_out_button, self.refresh_button, self.score_button):
            widget.setMinimumHeight(TOUCH)
        for listing in (self.candidates, self.signed):
            listing.setStyleSheet(LIST_STYLE)
            listing.setWordWrap(True)
            font = listing.font()
            font.setPointSizeF(font.pointSizeF() * LIST_TEXT)
            listing.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.candidates, 3)
        layout.addWidget(self.score_button)
        layout.addWidget(heading(self.tr("Your evaluations signed on this tablet"), 3))
        layout.addWidget(self.signed, 2)

    def show_session(self, session: TabletSession) -> None:
        evaluator = session.evaluator
        self.title.setText("<h2>" + html.escape(self.tr("{name}: candidates to score — {exam}").format(
            name=evaluator.display_name if evaluator else "", exam=session.exam_title)) + "</h2>")
        self._fill_candidates(session)
        self._fill_signed(session)

    def _fill_candidates(self, session: TabletSession) -> None:
        titles = {c.id: c.title for c in session.checklists}
        rows = session.to_score()
        chosen = self.chosen()
        self.candidates.clear()
        for entry, checklist in rows:
            seat = self.tr(", seat {seat}").format(seat=entry.seat) if entry.seat else ""
            second = self.tr(" — second, independent evaluation") if entry.checklists[checklist] == "second" else ""
            if session.draft(entry.candidate_id, checklist) is not None:
                second += self.tr(" — your marks in progress")
            item = QListWidgetItem(self.tr("{name} ({number}){seat}: {checklist}{second}").format(
                name=entry.name, number=entry.number, seat=seat, checklist=titles.get(checklist, checklist),
                second=second))
            item.setData(Qt.ItemDataRole.UserRole, (entry.candidate_id, checklist))
            self.candidates.addItem(item)
            if (entry.candidate_id, checklist) == chosen:
                self.candidates.setCurrentItem(item)
        if not rows:
            self.candidates.addItem(QListWidgetItem(self.tr("Nobody is waiting for you to score them. New candidates "
                                                            "appear here when they are checked in.")))
        elif self.candidates.currentRow() < 0:
            self.candidates.setCurrentRow(0)
        self.score_button.setEnabled(bool(rows))

    def _fill_signed(self, session: TabletSession) -> None:
        self.signed.clear()
        mine = session.evaluator.username if session.evaluator else ""
        for entry in reversed(list(session.signed.values())):
            if entry.state in (CHECKING, REFUSED) or entry.evaluation["evaluator"] != mine:
                continue  # not signed (the checklist page said why), or another evaluator's: each sees their own
            where = {SAVED: self.tr("Saved on the station."),
                     WAITING: self.tr("Kept on this tablet; not on the station yet (sent again when connected)."),
                     NOT_STORED: self.tr("Not stored by the station: {why}").format(why=words_text(entry.reason))}[entry.state]
            self.signed.addItem(QListWidgetItem(self.tr("{candidate} — {checklist}: {where}").format(
                candidate=entry.label.get("candidate", ""), checklist=entry.label.get("checklist", ""), where=where)))
        if not self.signed.count():
            self.signed.addItem(QListWidgetItem(self.tr("You have signed nothing on this tablet yet.")))

    def chosen(self) -> tuple[str, str] | None:
        item = self.candidates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _score(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.score.emit(*chosen)

    def tell(self, text: str, ok: bool = True) -> None:
        say(self.message, text, ok)
