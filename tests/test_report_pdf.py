"""The report PDF: its tables break lines between words, never inside one, even on a page too
narrow for its columns; its charts are images in the file."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize, QPdfWriter

from app.ui.admin.charts import chart_image
from app.ui.admin.report_html import CHART_MINUTES, CHART_SCORES, report_document

NAMES = ["Ada Lovelace", "Grace Brewster Hopper", "Srinivasa Ramanujan", "Bartholomew Featherstonehaugh"]


def _row(number: int, name: str) -> dict:
    return {"form": "A", "center": "Northern Testing Centre", "candidate_number": f"C{number:04d}",
            "candidate_name": name, "state": "submitted", "percent": 81.82, "scaled": 427.27,
            "written_passed": number % 2 == 0, "composite": "pending", "minutes_used": 6.3, "incidents": 0,
            "in_statistics": number != 3, "left_out_because": "voided at the center" if number == 3 else ""}


def _print(tmp_path: Path, name: str, width_mm: float) -> str:
    rows = [_row(i, n) for i, n in enumerate(NAMES)]
    data = {"results": rows, "forms": [], "left_out": [r for r in rows if not r["in_statistics"]], "minimum": 30}
    charts = {CHART_SCORES: chart_image("Scores", [("0", 1.0), ("10", 3.0)]),
              CHART_MINUTES: chart_image("Minutes", [("0", 2.0)])}
    target = tmp_path / name
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QSizeF(width_mm, 297), QPageSize.Unit.Millimeter))
    report_document(data, charts).print_(writer)
    del writer  # the file is finished when the writer goes
    return unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                                        text=True, check=True).stdout)


def test_narrow_tables_do_not_break_words(qtbot, tmp_path: Path) -> None:
    words = set(_print(tmp_path, "narrow.pdf", 150).split())
    for name in NAMES:
        assert set(name.split()) <= words, f"{name!r} is broken inside a word"
    assert {"Northern", "Testing", "Centre", "voided"} <= words
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "narrow.pdf")], capture_output=True,
                            text=True, check=True).stdout.strip().splitlines()[2:]
    assert len(images) == 2, "both charts are in the PDF"


def test_booleans_read_yes_and_no_in_the_pdf(qtbot, tmp_path: Path) -> None:
    words = set(_print(tmp_path, "a4.pdf", 210).split())
    assert {"yes", "no"} <= words and not {"True", "False"} & words
