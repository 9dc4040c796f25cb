"""The audit log in the console: every proctor and evaluator action, filterable by who did it,
what they did and to whom, with the state of the hash chain said in words at the top."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout,
    QWidget,
)

from app.domain.audit import AuditEntry
from app.services.context import Services
from app.ui.proctor.audit_words import People, sentence
from app.ui.proctor.common import add_row, button, message_label, say, target_rows
from app.ui.widgets.error_words import words_text
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

ACTION_GROUPS = ((QT_TRANSLATE_NOOP("AuditView", "every action"), ""),
                 (QT_TRANSLATE_NOOP("AuditView", "attempts (pause, time, void, incidents)"), "attempt."),
                 (QT_TRANSLATE_NOOP("AuditView", "check-in"), "candidate."), (QT_TRANSLATE_NOOP("AuditView", "checklists"), "checklist."),
                 (QT_TRANSLATE_NOOP("AuditView", "accounts and sign-in"), "account."), (QT_TRANSLATE_NOOP("AuditView", "sessions"), "session."),
                 (QT_TRANSLATE_NOOP("AuditView", "keys and trust"), "keys."))
# Who did it opens the sentence, so it has no column of its own: the sentence gets the width.
COLUMNS = (QT_TRANSLATE_NOOP("AuditView", "No."), QT_TRANSLATE_NOOP("AuditView", "Time (UTC)"),
           QT_TRANSLATE_NOOP("AuditView", "What happened"))
SENTENCE = 2  # the column that says the entry in words
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """The shown entries as plain rows of text, replaced whole on each refresh.

    A model, not a QTableWidget: a refresh is one reset instead of a cell object (and its Python
    wrapper) made and another deleted for every cell of a log that grows all day; a station
    once crashed inside QTableWidget.setItem during such a refresh."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str]] = []
        self.actions: list[str] = []

    def replace(self, rows: list[tuple[str, str, str]], actions: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.actions = rows, actions
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditView", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


class AuditView(QWidget):
    def __init__(self, services: Services, names: dict[str, str] | None = None, parent: QWidget | None = None,
                 session_id: str | None = None) -> None:
        """`names`: readable names for subjects and checklists by id (an attempt id -> "Ada
        Lovelace's attempt (seat 4)", a candidate id -> "Ada Lovelace (C-001)");
        `session_id`: the session whose own authenticated chain of entries is checked too."""
        super().__init__(parent)
        self.services, self.session_id = services, session_id
        self.names = dict(names or {})
        self.chain_label = message_label(self.tr("Audit chain status"))
        self.actor_edit, self.subject_edit = QLineEdit(), QLineEdit()
        self.action_combo = QComboBox()
        for text, prefix in ACTION_GROUPS:
            self.action_combo.addItem(self.tr(text), prefix)
        filters = QFormLayout()
        add_row(filters, self.tr("&Who (user name):"), self.actor_edit, self.tr("Filter by who"))
        add_row(filters, self.tr("Ac&tion:"), self.action_combo, self.tr("Filter by action"))
        add_row(filters, self.tr("About (name, n&umber or id):"), self.subject_edit, self.tr("Filter by subject"))
        for edit in (self.actor_edit, self.subject_edit):
            edit.textChanged.connect(self.refresh)
        self.action_combo.currentIndexChanged.connect(self.refresh)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        target_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(button(self.tr("Re&fresh"), self.tr("Refresh the audit log"), self.refresh))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def set_names(self, names: dict[str, str]) -> None:
        self.names.update(names)

    def refresh(self) -> None:
        self._show_chain()
        entries = self.services.accounts.audit_entries(
            actor=self.actor_edit.text().strip() or None, action_prefix=self.action_combo.currentData() or None)
        wanted = self.subject_edit.text().strip().lower()
        people = self._people()
        if wanted:
            entries = [e for e in entries if wanted in e.subject.lower() or wanted in self._about(e, people).lower()]
        newest_first = list(reversed(entries))  # what just happened is on top
        self.model.replace([(str(e.seq), e.at.replace("T", " ")[:19], sentence(e, people, self.names))
                            for e in newest_first], [e.action for e in newest_first])
        self.table.resizeRowsToContents()  # a long sentence wraps (200 % text) instead of being cut

    def shown_actions(self) -> list[str]:
        """The stored action of each row, in the order shown (for tests and filters, not for people)."""
        return list(self.model.actions)

    def shown_sentences(self) -> list[str]:
        """What each row says, in the order shown."""
        return [row[SENTENCE] for row in self.model.rows]

    def _people(self) -> People:
        return People({a.username: (a.display_name, a.role) for a in self.services.accounts.list_accounts()})

    def _about(self, entry: AuditEntry, people: People) -> str:
        return self.names.get(entry.subject) or people.name(entry.subject)

    def _show_chain(self) -> None:
        problem = self.services.accounts.audit_problem()
        if problem is None and self.session_id is not None:
            problem = self.services.accounts.session_audit_problem(self.session_id)
        if problem is None:
            count = self.services.accounts.audit_count()
            say(self.chain_label, self.tr("The audit log is intact: {n} entries, each chained to the one "
                                          "before it.").format(n=count))
        else:
            say(self.chain_label, self.tr("The audit log has been altered ({problem}). Do not change anything "
                                          "on this station; tell the credential body and keep the station as "
                                          "it is.").format(problem=words_text(problem)), ok=False)
