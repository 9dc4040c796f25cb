"""What the Release and Credentials tabs show, and how: 44 px targets, read-only tables whose
rows are chosen whole, and the translated words for the domain's outcomes and release states."""

from __future__ import annotations

from html import escape
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget, QWidget

from app.domain.release import finding_reason
from app.services.release import CHANGED, NOT_RELEASED, RELEASED
from app.ui.widgets.error_words import words_text
from app.ui.widgets.table_cells import set_cell
from app.ui.widgets.table_fit import fit_columns

TARGET = 44  # px: the smallest click or touch target


def tr(text: str) -> str:
    """lupdate files a bare tr("…") call under the empty context: look it up there."""
    return QCoreApplication.translate("", text)


def outcome_words() -> dict[str, str]:
    """The domain's outcome words, translated for the screen."""
    return {"passed": tr("Passed"), "not passed": tr("Not passed"), "incomplete": tr("Incomplete"),
            "waiting for marks": tr("Waiting for marks"), "held for review": tr("Held for review"),
            "not counted": tr("Not counted"), "voided": tr("Voided")}


def state_words() -> dict[str, str]:
    return {NOT_RELEASED: tr("Not released"), RELEASED: tr("Released"),
            CHANGED: tr("Changed since its release: review and release again")}


AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def sized(widget: AnyWidget, name: str) -> AnyWidget:
    widget.setAccessibleName(name)
    widget.setMinimumHeight(TARGET)
    return widget


def push(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    sized(button, name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def table(headers: list[str], name: str, wrapped: tuple[int, ...] = ()) -> QTableWidget:
    """Read-only rows chosen whole; `wrapped` columns share the width and wrap their text."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setAccessibleName(name)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().setDefaultSectionSize(TARGET)
    widget.verticalHeader().hide()
    fit_columns(widget, stretch=wrapped[0] if wrapped else None)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    """The rows' texts in the table, each cell's whole text its tooltip too."""
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell(widget, r, c, text, tooltip=True)
    widget.resizeRowsToContents()
    for r in range(len(rows)):  # a row is a target too
        widget.setRowHeight(r, max(TARGET, widget.rowHeight(r)))


def _reasons(findings: list[str]) -> list[str]:
    """Each broken rule once, without its "event N: ", in the staff's language."""
    return list(dict.fromkeys(words_text(finding_reason(line)) for line in findings))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def looks(review) -> str:
    """What a person should look at, in one cell."""
    facts, parts = review.facts, []
    reasons = _reasons(facts.findings)
    if reasons:
        more = tr(" (and {n} more)").format(n=len(reasons) - 1) if len(reasons) > 1 else ""
        parts.append(tr("Held: {first}{more}").format(first=reasons[0], more=more))
    if review.voided:
        parts.append(tr("Voided at the center: {why}").format(why=words_text(review.voided)))
    parts += [tr("Incident: {what}").format(what=words_text(i)) for i in review.incidents]
    parts += [tr("Checklist {what}").format(what=words_text(r)) for r in review.reconciled]
    parts += [tr("Checklist '{name}': evaluators disagree").format(name=c) for c in facts.open_checklists]
    if facts.pending_marks:
        parts.append(tr("{n} answer(s) to mark").format(n=facts.pending_marks))
    return "\n".join(parts)


def attempt_html(review) -> str:
    """The decision view of one attempt: every distinct finding, what happened in the room,
    and each decision taken (who, when, why), oldest first."""
    facts = review.facts
    # tr() outside the f-strings: pyside6-lupdate does not read inside one
    who = tr("Candidate {number}, {name}").format(number=facts.candidate_number, name=review.candidate_name)
    result = tr("Result: {outcome}; {percent:.0f} % of the written points.").format(
        outcome=outcome_words()[review.outcome], percent=review.percent)
    lines = [f"<h3>{escape(who)}</h3>", f"<p>{escape(result)}</p>"]
    sections = ((tr("What the replay of the attempt's rules found"), _reasons(facts.findings)),
                (tr("Incidents"), [words_text(i) for i in review.incidents]),
                (tr("Voided at the center"), [words_text(review.voided)] if review.voided else []),
                (tr("Checklists"), [words_text(r) for r in review.reconciled]
                 + [tr("'{name}': the evaluators disagree").format(name=c) for c in facts.open_checklists]),
                (tr("Decisions"), [capital(words_text(d.line())) for d in review.history]))
    for title, items in sections:
        if items:
            lines.append(f"<h4>{escape(title)}</h4><ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
    return "".join(lines)
