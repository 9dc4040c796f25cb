"""The candidate's score report: what is decided (the written test, the credential) and
what is still to be scored and by whom, the score against the passing standard, the scaled
score and domain subscores; on screen and as a PDF. The PDF is made in memory and written
atomically."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import Collection

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.exam import Exam
from app.domain.scoring import WrittenResult
from app.domain.standing import NOT_PASSED, PASSED, PENDING, Standing, standing
from app.fsutil import atomic_write
from app.ui.widgets.local_format import LocalFormat

translate = QCoreApplication.translate  # lupdate finds translate("ScoreReport", "...") calls


def _number(value: float) -> str:
    """A score in the candidate's language: "81.8" in English, "81,8" in Spanish; whole when it nearly is."""
    numbers = LocalFormat(translate("ScoreReport", "en_GB", "locale"))
    return numbers.number(value, 0 if abs(value - round(value)) < 0.05 else 1)


def outcome_words(outcome: str) -> str:
    return {PASSED: translate("ScoreReport", "Passed"), NOT_PASSED: translate("ScoreReport", "Not passed"),
            PENDING: translate("ScoreReport", "Not decided yet")}[outcome]


def credential_words(outcome: str) -> str:
    return {PASSED: translate("ScoreReport", "Requirements met"),
            NOT_PASSED: translate("ScoreReport", "Requirements not met"),
            PENDING: translate("ScoreReport", "Not decided yet")}[outcome]


def passing_standard(exam: Exam, result: WrittenResult) -> str:
    if exam.scoring.cut_score_points is not None:
        return translate("ScoreReport", "{points} of {maximum} points").format(
            points=_number(exam.scoring.cut_score_points), maximum=_number(result.maximum))
    return translate("ScoreReport", "{percent} % of the points").format(
        percent=_number(exam.scoring.cut_score_percent or 0.0))


def report_lines(exam: Exam, result: WrittenResult, where: Standing) -> list[tuple[str, str]]:
    """(label, value) pairs of the report's summary."""
    so_far = where.pending_answers > 0
    percent = (translate("ScoreReport", "{percent} % so far") if so_far else
               translate("ScoreReport", "{percent} %")).format(percent=_number(result.percent))
    lines = [(translate("ScoreReport", "Written test"), outcome_words(where.written)),
             (translate("ScoreReport", "Score"), percent),
             (translate("ScoreReport", "Passing standard"), passing_standard(exam, result))]
    if result.scaled is not None:
        scaled = translate("ScoreReport", "{scaled} (scale {lowest} to {highest})").format(
            scaled=_number(result.scaled), lowest=_number(exam.scoring.scaled_lowest or 0),
            highest=_number(exam.scoring.scaled_highest or 0))
        lines.append((translate("ScoreReport", "Scaled score"), scaled))
    if where.checklists:
        lines.append((translate("ScoreReport", "Credential"), credential_words(where.credential)))
    return lines


def report_notes(exam: Exam, where: Standing, maximum: float) -> list[str]:
    """What is still to be decided, and by whom; or that nothing is."""
    notes = []
    if where.pending_answers:
        text = translate("ScoreReport", "Still to be scored: 1 written answer, worth {points} of the {maximum} "
                                        "points, by an examiner. It counts as zero in the score above.") \
            if where.pending_answers == 1 else \
            translate("ScoreReport", "Still to be scored: {count} written answers, worth {points} of the {maximum} "
                                     "points, by an examiner. They count as zero in the score above.")
        notes.append(text.format(count=where.pending_answers, points=_number(where.pending_points),
                                 maximum=_number(maximum)))
        if where.written != PENDING:
            notes.append(translate("ScoreReport", "The written result is already decided: those answers "
                                                  "cannot change it."))
    titles = {c.id: c.title for c in exam.checklists}
    for checklist_id in where.checklists:
        notes.append(translate("ScoreReport", "Still to be scored: the practical assessment “{title}”, by an "
                                              "evaluator.").format(title=titles.get(checklist_id, checklist_id)))
    if where.credential == PENDING and where.checklists:
        notes.append(translate("ScoreReport", "The credential is decided when everything above is scored; the "
                                              "credential body then sends you the result."))
    elif where.credential == NOT_PASSED and where.checklists:
        notes.append(translate("ScoreReport", "Whatever the practical assessment gives, this attempt does not "
                                              "meet the credential's requirements."))
    return notes


def report_html(exam: Exam, result: WrittenResult, candidate_name: str, when: datetime,
                answered: Collection[str] | None = None) -> str:
    """The report as simple HTML (every text escaped): shown on screen and printed to PDF.
    `answered`: the items the candidate answered (a blank written answer waits for no examiner)."""
    where = standing(exam, result, answered=answered)
    summary = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>"
                      for k, v in report_lines(exam, result, where))
    titles = {d.id: d.title for d in exam.domains}
    domains = "".join(f"<tr><td>{escape(titles.get(d, d))}&nbsp;&nbsp;</td><td>{_number(p)} %</td></tr>"
                      for d, p in result.domain_percent.items())
    notes = "".join(f"<p>{escape(n)}</p>" for n in report_notes(exam, where, result.maximum))
    heading = escape(translate("ScoreReport", "Score report"))
    version = escape(translate("ScoreReport", "version {version}").format(version=exam.version))
    by_domain = escape(translate("ScoreReport", "By domain"))
    moment = LocalFormat(translate("ScoreReport", "en_GB", "locale")).date(
        when, translate("ScoreReport", "yyyy-MM-dd HH:mm", "date pattern"))
    return (
        f"<h2>{heading}</h2>"
        f"<p>{escape(exam.title)} ({version})<br>"
        f"{escape(candidate_name)}<br>{escape(moment)}</p>"
        f"<table cellpadding='4'>{summary}</table>{notes}"
        f"<h3>{by_domain}</h3><table cellpadding='4'>{domains}</table>"
    )


def pdf_bytes(html: str, title: str) -> bytes:
    """One A4 PDF of the report, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("ExamStation")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 11pt; } h2 { font-size: 16pt; }")
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, title: str, path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    atomic_write(path, pdf_bytes(html, title))
    return path
