"""The score report at the end: on screen when the exam allows it, and as a one-page PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.scoring import key_response, score_form
from app.ui.candidate import CandidateWindow
from tests.test_candidate_support import EXAM, click, media, open_window, start_exam, station  # noqa: F401


def answer_all_with_the_key(window) -> None:
    """The engine's own answer path (the walkthrough test drives the widgets instead)."""
    for item_id in window.plan.item_ids:
        window.navigation.go_to(item_id, confirmed=True)
        response = key_response(EXAM.item(item_id))
        if response is not None:
            window.live.answer(item_id, response)


def submit(qtbot, window) -> None:
    window.navigation.ask_finish()
    click(qtbot, window.confirm.confirm_button)


def test_the_report_shows_result_scaled_score_and_domains(qtbot, station) -> None:
    window = open_window(qtbot, station)
    start_exam(qtbot, window)
    answer_all_with_the_key(window)
    submit(qtbot, window)
    result = score_form(EXAM, window.plan.form, window.live.state.responses)
    text = window.end.report_view.accessibleDescription()
    assert window.end.report_view.isVisible() and window.end.pdf_button.isVisible()
    assert "Passed" in text and f"{result.percent:.1f} %" in text
    assert f"{result.scaled:.1f} (scale 100 to 500)" in text
    assert "Domain one" in text and "Domain two" in text and "provisional" in text
    assert "performance assessment" in text   # the credential also needs the checklist


def test_the_report_is_written_as_a_pdf(qtbot, station, tmp_path: Path) -> None:
    window = open_window(qtbot, station)
    start_exam(qtbot, window)
    answer_all_with_the_key(window)
    submit(qtbot, window)
    written = window.end.save_report_pdf(tmp_path / "report")   # the suffix is added
    assert written == tmp_path / "report.pdf" and written.exists()
    data = written.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and len(data) > 5_000
    assert re.findall(rb"/Type\s*/Page\b", data) and re.findall(rb"/Count (\d+)", data) == [b"1"]
    assert "Saved the report to" in window.end.pdf_result.text()
    if shutil.which("pdftoppm"):   # where poppler is installed, the page also renders
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(written), str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


def test_a_pdf_that_cannot_be_written_is_said_so(qtbot, station, tmp_path: Path) -> None:
    window = open_window(qtbot, station)
    start_exam(qtbot, window)
    submit(qtbot, window)
    assert window.end.save_report_pdf(tmp_path / "missing-folder" / "report.pdf") is None
    assert "could not be written" in window.end.pdf_result.text()


def test_no_report_when_the_exam_does_not_show_one(qtbot, station) -> None:
    exam = replace(EXAM, scoring=replace(EXAM.scoring, show_score_report=False))
    attempt_id = station.new_attempt()
    window = CandidateWindow(station.service.live(attempt_id, exam), media, "Ada Lovelace",
                             station.service.accommodations(attempt_id))
    qtbot.addWidget(window)
    window.show()
    start_exam(qtbot, window)
    submit(qtbot, window)
    assert window.end.heading.text() == "Your exam is submitted"
    assert not window.end.report_view.isVisible() and not window.end.pdf_button.isVisible()


@pytest.fixture(autouse=True)
def _no_stray_files(tmp_path: Path):
    yield
    assert not list(tmp_path.glob(".*.tmp"))   # the PDF is written atomically: no temp file left
