"""The candidate's score report: pass or fail, percent, scaled score and domain subscores,
on screen and as a PDF. The PDF is made in memory and written atomically."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.exam import Exam
from app.domain.scoring import WrittenResult
from app.fsutil import atomic_write

translate = QCoreApplication.translate  # lupdate finds translate("ScoreReport", "...") calls


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def report_lines(exam: Exam, result: WrittenResult) -> list[tuple[str, str]]:
    """(label, value) pairs of the report's summary."""
    outcome = translate("ScoreReport", "Passed") if result.passed else translate("ScoreReport", "Not passed")
    percent = translate("ScoreReport", "{percent} %").format(percent=_number(result.percent))
    lines = [(translate("ScoreReport", "Result"), outcome), (translate("ScoreReport", "Score"), percent)]
    if result.scaled is not None:
        scaled = translate("ScoreReport", "{scaled} (scale {lowest} to {highest})").format(
            scaled=_number(result.scaled), lowest=_number(exam.scoring.scaled_lowest or 0),
            highest=_number(exam.scoring.scaled_highest or 0))
        lines.append((translate("ScoreReport", "Scaled score"), scaled))
    return lines


def report_notes(exam: Exam, result: WrittenResult) -> list[str]:
    notes = []
    if result.pending_manual:
        notes.append(translate("ScoreReport", "Some answers are scored by an examiner later. Until then this "
                                              "result is provisional and counts those answers as zero."))
    if exam.scoring.composite.strip() != "written":
        notes.append(translate("ScoreReport", "The credential also depends on the performance assessment; this "
                                              "report is for the written test only."))
    return notes


def report_html(exam: Exam, result: WrittenResult, candidate_name: str, when: datetime) -> str:
    """The report as simple HTML (every text escaped): shown on screen and printed to PDF."""
    summary = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>"
                      for k, v in report_lines(exam, result))
    titles = {d.id: d.title for d in exam.domains}
    domains = "".join(f"<tr><td>{escape(titles.get(d, d))}&nbsp;&nbsp;</td><td>{_number(p)} %</td></tr>"
                      for d, p in result.domain_percent.items())
    notes = "".join(f"<p>{escape(n)}</p>" for n in report_notes(exam, result))
    heading = escape(translate("ScoreReport", "Score report"))
    version = escape(translate("ScoreReport", "version {version}").format(version=exam.version))
    by_domain = escape(translate("ScoreReport", "By domain"))
    return (
        f"<h2>{heading}</h2>"
        f"<p>{escape(exam.title)} ({version})<br>"
        f"{escape(candidate_name)}<br>{escape(when.strftime('%Y-%m-%d %H:%M'))}</p>"
        f"<table cellpadding='4'>{summary}</table>"
        f"<h3>{by_domain}</h3><table cellpadding='4'>{domains}</table>{notes}"
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
