"""Score letters as PDF: a letter (app.services.letters: plain data) worded in the staff's
language (context "ScoreLetter"), with its numbers and date in that language's format, as
simple HTML laid out by QTextDocument onto an A4 QPdfWriter, the same path as the results report."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.release import COUNT, EXCLUDE, NOT_COUNTED, PASSED, VOID, VOIDED
from app.fsutil import atomic_write
from app.services.letters import Letter
from app.ui.admin.release_views import outcome_words
from app.ui.admin.report_html import tag
from app.ui.widgets.local_format import LocalFormat

translate = QCoreApplication.translate  # lupdate finds translate("ScoreLetter", "...") calls


def letter_format() -> LocalFormat:
    return LocalFormat(translate("ScoreLetter", "en_GB", "locale"))


def _decision_sentence(decision: str) -> str:
    return {COUNT: translate("ScoreLetter", "The credential body reviewed this attempt and decided that it counts."),
            EXCLUDE: translate("ScoreLetter", "The credential body reviewed this attempt and decided that it does "
                                              "not count."),
            VOID: translate("ScoreLetter", "The credential body reviewed this attempt and voided it.")}[decision]


def _result_sentence(outcome: str) -> str | None:
    return {PASSED: translate("ScoreLetter", "You passed. Your credential is issued by the body and can be verified "
                                             "by anyone you show it to."),
            VOIDED: translate("ScoreLetter", "This attempt was voided, so it has no result."),
            NOT_COUNTED: translate("ScoreLetter", "This attempt does not count, so it has no result.")}.get(outcome)


def _checklist_line(title: str, passed: bool | None) -> str:
    word = translate("ScoreLetter", "not evaluated") if passed is None else (
        translate("ScoreLetter", "passed") if passed else translate("ScoreLetter", "not passed"))
    return f"{title}: {word}"


def _score_line(letter: Letter, numbers: LocalFormat) -> str:
    """"Written test: 9 of 11 points, 82 % (the pass mark is 60 %); scaled score 427." """
    line = translate("ScoreLetter", "Written test: {raw} of {maximum} points, {percent} %").format(
        raw=numbers.number(letter.raw), maximum=numbers.number(letter.maximum), percent=numbers.number(letter.percent, 0))
    if letter.cut_percent is not None:
        line += translate("ScoreLetter", " (the pass mark is {cut} %)").format(cut=numbers.number(letter.cut_percent))
    if letter.scaled is not None:
        line += translate("ScoreLetter", "; scaled score {scaled}").format(scaled=numbers.number(letter.scaled, 0))
    return line + "."


def letter_html(letter: Letter) -> str:
    """The letter as simple HTML (what QTextDocument lays out well: tables, no CSS layout)."""
    numbers = letter_format()
    address = "<br>".join(escape(line) for line in letter.body_address.splitlines())
    date = numbers.date(letter.date, translate("ScoreLetter", "d MMMM yyyy", "date pattern"))
    sat = translate("ScoreLetter", "Sat at {center}.").format(center=letter.center_name)
    if letter.credential_name:
        sat += " " + translate("ScoreLetter", "Credential: {name}.").format(name=letter.credential_name)
    result = translate("ScoreLetter", "Result: {outcome}").format(
        outcome=outcome_words().get(letter.outcome, letter.outcome.capitalize()))
    parts = [f"<p><span style='font-size:16pt'><b>{escape(letter.body_name)}</b></span><br>{address}</p><hr>",
             tag("p", date),
             tag("p", letter.candidate_name, translate("ScoreLetter", "Candidate number {number}").format(
                 number=letter.candidate_number)),
             tag("h2", translate("ScoreLetter", "Score letter: {exam}").format(exam=letter.exam_title)),
             tag("p", sat),
             f"<p style='font-size:14pt'><b>{escape(result)}</b></p>"]
    if letter.outcome not in (VOIDED, NOT_COUNTED):
        parts.append(tag("p", _score_line(letter, numbers)))
    sentence = _result_sentence(letter.outcome)
    if sentence:
        parts.append(tag("p", sentence))
    if letter.checklists:
        parts.append(tag("h3", translate("ScoreLetter", "Practical assessment")) + "<ul>"
                     + "".join(tag("li", _checklist_line(t, p)) for t, p in letter.checklists) + "</ul>")
    if letter.decision:
        why = translate("ScoreLetter", "{decision} Reason: {reason}").format(
            decision=_decision_sentence(letter.decision), reason=letter.decision_reason)
        parts.append(tag("h3", translate("ScoreLetter", "What was decided, and why")) + tag("p", why))
    if letter.domains:
        rows = "".join(f"<tr><td>{escape(name)}</td><td align='right'>{numbers.number(percent, 0)} %</td></tr>"
                       for name, percent in letter.domains)
        area, points = translate("ScoreLetter", "Area"), translate("ScoreLetter", "Points gained")
        parts.append(tag("h3", translate("ScoreLetter", "How you did in each area"))
                     + "<table border='1' cellspacing='0' cellpadding='4'>"
                     f"<tr><th align='left'>{escape(area)}</th><th align='right'>{escape(points)}</th></tr>{rows}</table>")
    parts.append(tag("p", translate("ScoreLetter", "If you believe a mistake was made, write to the body within 30 "
                                                   "days, quoting your candidate number.")))
    return "".join(parts)


def write_letter_pdf(letter: Letter, target: Path) -> Path:
    """Lay the letter out into `target` (written whole, or not at all)."""
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("ScoreLetter", "Score letter — {name}").format(name=letter.candidate_name))
    writer.setCreator(letter.body_name)
    document = QTextDocument()
    document.setHtml(letter_html(letter))
    document.print_(writer)
    del writer  # closes the file
    data = partial.read_bytes()
    partial.unlink()
    atomic_write(target, data)
    return target
