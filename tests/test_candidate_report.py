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
from tests.candidate_helpers import EXAM, click, media, open_window, start_exam


def answer_all_with_the_key(window) -> None:
    """The engine's own answer path (the walkthrough test drives the widgets instead)."""
    for item_id in window.plan.item_ids:
        window.navigation.go_to(item_id, confirmed=True)
        response = key_response(EXAM.item(item_id))   # None for the answer an examiner scores
        window.live.answer(item_id, "The BMS opens the contactor." if response is None else response)


def submit(qtbot, window) -> None:
    window.navigation.ask_finish()
    click(qtbot, window.confirm.confirm_button)


def test_the_report_shows_result_scaled_score_and_domains(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    answer_all_with_the_key(window)
    submit(qtbot, window)
    result = score_form(EXAM, window.plan.form, window.live.state.responses)
    text = " ".join(window.end.report_view.accessibleDescription().split())   # one line, single spaces
    assert window.end.report_view.isVisible() and window.end.print_hint.isVisible()
    assert not window.end.pdf_button.isVisible()   # no folder for it on this station: the proctor prints
    # 10 of 11 points without the written answer: passed whatever the examiner gives it
    assert "Written test Passed" in text and f"{result.percent:.1f} % so far" in text
    assert "Passing standard 60 % of the points" in text
    assert f"{result.scaled:.1f} (scale 100 to 500)" in text
    assert "Domain one" in text and "Domain two" in text
    assert "1 written answer, worth 1 of the 11 points, by an examiner" in text
    assert "already decided" in text
    assert "the practical assessment “Mini checklist”, by an evaluator" in text   # the credential needs it
    assert "Credential Not decided yet" in text


def test_a_result_the_examiner_can_still_change_is_not_called_not_passed(qtbot, delivery_station) -> None:
    window = open_window(qtbot, delivery_station)
    start_exam(qtbot, window)
    for item_id in ("q-single", "q-multi", "q-tf", "q-num", "q-order"):   # 6 of 11 points: below 60 %
        window.navigation.go_to(item_id, confirmed=True)
        window.live.answer(item_id, key_response(EXAM.item(item_id)))
    window.navigation.go_to("q-manual", confirmed=True)
    window.live.answer("q-manual", "Isolate, lock out, test for absence of voltage.")   # for the examiner
    submit(qtbot, window)
    text = " ".join(window.end.report_view.accessibleDescription().split())   # one line, single spaces
    assert "Not passed" not in text   # the written answer (1 point) could still lift it to 7 of 11
    assert "Written test Not decided yet" in text and "Credential Not decided yet" in text
    assert "54.5 % so far" in text and "by an examiner" in text and "by an evaluator" in text


def window_saving_to(qtbot, station, folder: Path) -> CandidateWindow:
    attempt_id = station.new_attempt()
    window = CandidateWindow(station.service.live(attempt_id, EXAM), media, "Ada Lovelace",
                             station.service.accommodations(attempt_id), report_folder=folder)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_report_is_saved_as_a_pdf_in_the_sessions_folder_without_a_file_browser(
        qtbot, delivery_station, tmp_path: Path) -> None:
    window = window_saving_to(qtbot, delivery_station, tmp_path)
    start_exam(qtbot, window)
    answer_all_with_the_key(window)
    submit(qtbot, window)
    assert window.end.pdf_button.isVisible()
    click(qtbot, window.end.pdf_button)   # no dialog: it goes straight to the folder
    written = tmp_path / f"score-report-{window.live.attempt_id}.pdf"
    assert written.exists()
    data = written.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and len(data) > 5_000
    assert re.findall(rb"/Type\s*/Page\b", data) and re.findall(rb"/Count (\d+)", data) == [b"1"]
    assert "Saved. The proctor can print it" in window.end.pdf_result.text()
    assert window.end.save_report_pdf(tmp_path / "again") == tmp_path / "again.pdf"   # the suffix is added
    if shutil.which("pdftoppm"):   # where poppler is installed, the page also renders
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(written), str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


def test_a_pdf_that_cannot_be_written_is_said_so(qtbot, delivery_station, tmp_path: Path) -> None:
    window = window_saving_to(qtbot, delivery_station, tmp_path / "missing-folder")
    start_exam(qtbot, window)
    submit(qtbot, window)
    click(qtbot, window.end.pdf_button)
    assert not list(tmp_path.rglob("*.pdf"))
    assert "could not be saved" in window.end.pdf_result.text() and "Ask the proctor" in window.end.pdf_result.text()


def test_the_candidate_screens_never_open_a_file_browser() -> None:
    """Inside lockdown a file dialog would show the station's disk."""
    for source in Path(__file__).resolve().parents[1].joinpath("app/ui/candidate").rglob("*.py"):
        assert "QFileDialog" not in source.read_text(encoding="utf-8"), source


def test_no_report_when_the_exam_does_not_show_one(qtbot, delivery_station) -> None:
    exam = replace(EXAM, scoring=replace(EXAM.scoring, show_score_report=False))
    attempt_id = delivery_station.new_attempt()
    window = CandidateWindow(delivery_station.service.live(attempt_id, exam), media, "Ada Lovelace",
                             delivery_station.service.accommodations(attempt_id))
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
