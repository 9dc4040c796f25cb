"""The body's Marking tab: a marker signs in, picks a question from the queue and scores its
answers one after another from the keyboard (a digit picks a rubric point, Enter saves and
shows the next); an adjudicator settles the differences between two markers; everyone sees
how well the markers agree. The marker never sees who wrote an answer, nor where, nor (as a
second marker) the first mark."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from app.domain.errors import PassphraseNeeded
from app.domain.marking import ADJUDICATION
from app.services.accounts import Account
from app.services.context import Services
from app.services.marking import ADJUDICATOR, AgreementReport, QueueCount, ResponseToMark
from app.ui.widgets.table_cells import set_cell
from app.ui.widgets.table_fit import fit_columns
from app.ui.admin.marking_response import TARGET, ResponsePanel, TargetButton, TargetLineEdit, tell
from app.ui.proctor.common import add_row, error_text, message_label
from app.ui.widgets.tasks import run_in_background

Result = TypeVar("Result")


class MarkingTab(QWidget):
    def __init__(self, services: Services, ask_passphrase: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marking, self.ask_passphrase = services.marking, ask_passphrase
        self.account: Account | None = None
        self.counts: list[QueueCount] = []
        self.responses: list[ResponseToMark] = []
        self.busy = False
        self.stale = False   # asked to refresh while busy: the queue is read again once the work ends
        self.wanted: tuple[str, str, bool] | None = None   # exam id, item id, adjudicating
        self.setAccessibleName(self.tr("Marking"))
        pages = QTabWidget()
        pages.setAccessibleName(self.tr("Marking sections"))
        pages.addTab(self._mark_page(), self.tr("Mark answers"))
        pages.addTab(self._agreement_page(), self.tr("Agreement between markers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._sign_in_box())
        layout.addWidget(pages, 1)
        self._signed_out()

    # -- sign-in ----------------------------------------------------------------------
    def _sign_in_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Marker"))
        row = QHBoxLayout(box)
        form = QFormLayout()
        self.user_edit, self.password_edit = TargetLineEdit(), TargetLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.sign_in)
        add_row(form, self.tr("&User name:"), self.user_edit, self.tr("Marker's user name"))
        add_row(form, self.tr("Pass&word:"), self.password_edit, self.tr("Marker's password"))
        self.sign_in_button = self._button(self.tr("&Sign in"), self.tr("Sign in to mark"), self.sign_in)
        self.sign_out_button = self._button(self.tr("Sign &out"), self.tr("Sign out"), self.sign_out)
        self.who = message_label(self.tr("Who is signed in"))
        self.sign_in_form = QWidget()
        self.sign_in_form.setLayout(form)
        row.addWidget(self.sign_in_form, 2)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.who, 2)
        row.addWidget(self.sign_out_button)
        return box

    def sign_in(self) -> None:
        if self.busy:
            return
        user, password = self.user_edit.text(), self.password_edit.text()
        self._work(lambda: self.marking.sign_in(user, password), self._signed_in)
        tell(self.who, self.tr("Checking the password…"))

    def _signed_in(self, account: Account) -> None:
        self.account = account
        self.password_edit.clear()
        role = self.tr("adjudicator") if account.role == ADJUDICATOR else self.tr("marker")
        tell(self.who, self.tr("Signed in as {name} ({role}).").format(name=account.display_name, role=role), "ok")
        for widget in (self.sign_in_form, self.sign_in_button):
            widget.setVisible(False)
        self.sign_out_button.setVisible(True)
        self.adjudicate_button.setVisible(account.role == ADJUDICATOR)
        self.refresh()

    def sign_out(self) -> None:
        self.account = None
        self.panel.message.clear()   # the next marker must not read what the last one saved
        self._signed_out()
        tell(self.who, self.tr("Signed out. Sign in to mark."))

    def _signed_out(self) -> None:
        for widget in (self.sign_in_form, self.sign_in_button):
            widget.setVisible(True)
        self.sign_out_button.setVisible(False)
        self.adjudicate_button.setVisible(False)
        self.panel.show_nothing(self.tr("Sign in with a marker's account to see the answers waiting for a mark."))
        self.queue_table.setRowCount(0)

    # -- the queue --------------------------------------------------------------------
    def _mark_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        self.queue_table = QTableWidget(0, 6)
        self.queue_table.setHorizontalHeaderLabels([self.tr("Exam"), self.tr("Question"), self.tr("Center"),
                                                    self.tr("First marks"), self.tr("Second marks"),
                                                    self.tr("Adjudication")])
        self.queue_table.setAccessibleName(self.tr("Answers waiting for a mark, by exam, question and center"))
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.verticalHeader().setDefaultSectionSize(TARGET)
        self.queue_table.verticalHeader().setVisible(False)
        fit_columns(self.queue_table, stretch=1)   # headings wrap rather than cut at 200 % text
        self.queue_table.activated.connect(lambda _index: self.start())   # Enter or double click
        self.summary = message_label(self.tr("Queue summary"))
        self.refresh_button = self._button(self.tr("Re&fresh the queue"), self.tr("Refresh the queue"), self.refresh)
        self.start_button = self._button(self.tr("Mark this &question"), self.tr("Mark the chosen question"),
                                         self.start)
        self.start_button.setProperty("role", "primary")
        self.adjudicate_button = self._button(self.tr("A&djudicate differences"),
                                              self.tr("Adjudicate differences between markers"),
                                              lambda: self.start(adjudicating=True))
        buttons = QHBoxLayout()
        for widget in (self.refresh_button, self.start_button, self.adjudicate_button):
            buttons.addWidget(widget)
        column = QVBoxLayout(left)
        column.addWidget(self.summary)
        column.addWidget(self.queue_table, 1)
        column.addLayout(buttons)
        page.addWidget(left)
        self.panel = ResponsePanel(self.save, lambda: self.busy)
        scroll = QScrollArea()   # at large text sizes the panel scrolls rather than squeezing its buttons
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        page.addWidget(scroll)
        page.setStretchFactor(0, 2)
        page.setStretchFactor(1, 3)
        return page

    def refresh(self) -> None:
        """Read the queue again (also after an import or a release decision in this window)."""
        if self.account is None:
            return
        if self.busy:
            self.stale = True
            return
        self.stale = False
        marking = self.marking
        self._work(lambda: (marking.overview(), marking.agreement()), self._show_queue)
        tell(self.summary, self.tr("Reading the queue…"))

    def _show_queue(self, found: tuple[list[QueueCount], AgreementReport]) -> None:
        self.counts, report = found
        self.queue_table.setRowCount(len(self.counts))
        for row, count in enumerate(self.counts):
            values = (count.exam_title, _short(count.question), count.center, str(count.first), str(count.second),
                      str(count.adjudication))
            for column, value in enumerate(values):
                set_cell(self.queue_table, row, column, value, count.question if column == 1 else True)
        self.queue_table.resizeColumnToContents(0)
        if self.counts and not self.queue_table.selectedItems():
            self.queue_table.selectRow(0)
        waiting = sum(c.first + c.second for c in self.counts)
        adjudicate = sum(c.adjudication for c in self.counts)
        lines = [self.tr("Answers waiting for a mark: {n}. Differences waiting for an adjudicator: {a}.").format(
            n=waiting, a=adjudicate)]
        if not self.counts:
            lines.append(self.tr("Nothing is waiting. Import result bundles on the Import tab to get more."))
        tell(self.summary, " ".join(lines))
        self._fill_agreement(report)

    def start(self, adjudicating: bool = False) -> None:
        row = self.queue_table.currentRow()
        if self.account is None or self.busy:
            return
        if not 0 <= row < len(self.counts):
            tell(self.panel.message, self.tr("Choose a question in the list first."), "error")
            return
        count = self.counts[row]
        self.wanted = (count.exam_id, count.item_id, adjudicating)
        self._load()

    def _load(self) -> None:
        if self.wanted is None or self.account is None:  # no question chosen, or the marker signed out
            return
        exam_id, item_id, adjudicating = self.wanted
        marking, user = self.marking, self.account.username
        self._work(lambda: marking.queue(user, exam_id, item_id, adjudicating), self._got_responses)

    def _got_responses(self, responses: list[ResponseToMark]) -> None:
        self.responses = responses
        if not responses:
            adjudicating = self.wanted and self.wanted[2]
            self.panel.show_nothing(self.tr("No differences wait for you on this question.") if adjudicating else
                                    self.tr("Nothing on this question waits for your mark. Choose another question, "
                                            "or refresh the queue."))
            self.refresh()
            return
        self.panel.show_response(responses[0], len(responses))

    # -- one response -----------------------------------------------------------------
    def save(self) -> None:
        if self.panel.current is None or self.account is None or self.busy:
            return
        points = self.panel.chosen_points()
        if points is None:
            tell(self.panel.message, self.tr("Pick a score point first (a digit key or a button), then save."), "error")
            return
        marking, user, response = self.marking, self.account.username, self.panel.current
        self._work(lambda: marking.mark(user, response.attempt_id, response.item_id, points),
                   lambda saved: self._saved(points, saved), self._save_failed)

    def _saved(self, points: float, saved) -> None:
        given = self.panel.points(points)
        if saved.final is not None:
            text = self.tr("Saved {points}. The answer's final score is {final}.").format(
                points=given, final=self.panel.points(saved.final))
        elif saved.next == ADJUDICATION:
            text = self.tr("Saved {points}. The two marks differ too much: an adjudicator decides.").format(
                points=given)
        else:
            text = self.tr("Saved {points}. A second marker marks it too, without seeing yours.").format(
                points=given)
        self._advance()
        tell(self.panel.message, text, "ok")

    def _save_failed(self, error: Exception) -> None:
        tell(self.panel.message, error_text(error), "error")
        self._advance()

    def _advance(self) -> None:
        self.responses = self.responses[1:]
        if self.responses:
            self.panel.show_response(self.responses[0], len(self.responses))
        else:
            self._load()   # others may have marked meanwhile: ask again

    # -- agreement --------------------------------------------------------------------
    def _agreement_page(self) -> QWidget:
        page = QWidget()
        columns = [self.tr("Answers marked twice"), self.tr("Same score point"),
                   self.tr("Same or next score point"), self.tr("Kappa")]
        self.items_table = _table([self.tr("Exam"), self.tr("Question"), *columns,
                                   self.tr("First mark minus second, on average (points)")],
                                  self.tr("Agreement between the two markers, per question"))
        self.markers_table = _table([self.tr("Marker"), *columns,
                                     self.tr("Theirs minus the other marker's, on average (points)"),
                                     self.tr("Drifting?")],
                                    self.tr("Agreement of each marker with the others"))
        explain = QLabel(self.tr("Kappa is weighted (quadratic) for rubrics of more than two score points. A marker "
                                 "is flagged as drifting after 10 answers marked twice when they mark half a point "
                                 "or more above or below the other marker on average, or agree exactly 20 points "
                                 "less often than the other markers do."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("Per question")))
        layout.addWidget(self.items_table, 1)
        layout.addWidget(QLabel(self.tr("Per marker")))
        layout.addWidget(self.markers_table, 1)
        return page

    def _fill_agreement(self, report: AgreementReport) -> None:
        self.items_table.setRowCount(len(report.items))
        for row, found in enumerate(report.items):
            _row(self.items_table, row, [found.exam_title, _short(found.question), *_numbers(found.agreement)])
        self.markers_table.setRowCount(len(report.markers))
        for row, (name, marker) in enumerate(report.markers):
            flag = self.tr("Yes: {why}").format(why=marker.reason) if marker.drifting else self.tr("No")
            _row(self.markers_table, row, [name, *_numbers(marker.agreement), flag])
        for table in (self.items_table, self.markers_table):
            table.resizeColumnsToContents()

    # -- plumbing ---------------------------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        widget = TargetButton(text)
        widget.setAccessibleName(accessible)
        widget.clicked.connect(lambda _checked=False: slot())
        return widget

    def _work(self, work: Callable[[], Result], done: Callable[[Result], None],
              failed: Callable[[Exception], None] | None = None) -> None:
        """Database and key work off the UI thread; one piece at a time."""
        self.busy = True

        def finished(result: Result) -> None:
            self.busy = False
            done(result)
            if self.stale and not self.busy:
                self.refresh()

        def refused(error: Exception) -> None:
            self.busy = False
            if isinstance(error, PassphraseNeeded) and self.ask_passphrase():
                self._work(work, done, failed)
                return
            if failed is not None:
                failed(error)
                return
            target = self.who if self.account is None else self.panel.message
            tell(target, error_text(error), "error")

        run_in_background(self, work, finished, refused)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _numbers(found) -> list[str]:
    def share(value: float | None) -> str:
        return "–" if value is None else f"{value:.0%}"
    kappa = "–" if found.kappa is None else f"{found.kappa:.2f}"
    difference = "–" if found.mean_difference is None else f"{found.mean_difference:+.2f}"
    return [str(found.n), share(found.exact), share(found.adjacent), kappa, difference]


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(TARGET)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _row(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        set_cell(table, row, column, value)
