"""Score letters as PDF: the letter's HTML (app.services.letters) laid out by QTextDocument
onto an A4 QPdfWriter, the same path as the results report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.fsutil import atomic_write
from app.services.letters import Letter, letter_html


def write_letter_pdf(letter: Letter, target: Path) -> Path:
    """Lay the letter out into `target` (written whole, or not at all)."""
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Score letter — {letter.candidate_name}")
    writer.setCreator(letter.body_name)
    document = QTextDocument()
    document.setHtml(letter_html(letter))
    document.print_(writer)
    del writer  # closes the file
    data = partial.read_bytes()
    partial.unlink()
    atomic_write(target, data)
    return target
