"""The body's printed results report and score letters in the staff's language (issue 13): made
from a real imported, marked, decided and released session, in English and in Spanish. The
Spanish PDFs say every heading, label and cell in Spanish, with decimal commas and day-month-year
dates, and keep no English heading; the English ones read as before. Each first page is rendered
to PNG (`pdftoppm -r 60`); REPORT_LANGUAGE_SHOTS=docs/screens/reports keeps them for the docs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.board_statistics import DifferenceTest
from app.domain.release import EXCLUDE, NOT_COUNTED, PASSED
from app.services.letters import session_letters
from app.ui.admin.letter_pdf import write_letter_pdf
from app.ui.admin.report_html import difference_line
from app.ui.admin.column_headings import report_cell, report_format
from app.ui.admin.results_window import ResultsWindow
from tests.conftest import copy_world
from tests.test_release import REASON, Imported, _held_session, _mark_everything

MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
# English words of the report that must not survive in the Spanish one (headings, labels, cells).
ENGLISH = ["Results report", "Made on", "Attempts counted in the statistics", "Candidates", "Kept out of the",
           "Pass rates by center", "Outcomes, time used", "form A", "alpha", "SEM", "pass rate", "candidate number",
           "candidate name", "95 % interval", "minutes median", "incident types",
           "point biserial", "omit rate", "not counted at the release step", "submitted", "timed out", "not flagged",
           "yes", "n/a"]
LETTER_ENGLISH = ["Candidate number", "Score letter", "Sat at", "Result:", "Written test", "What was decided",
                  "How you did", "Points gained", "If you believe", "Reason:", "Not counted", "Passed"]


@pytest.fixture(scope="module")
def released(tmp_path_factory, world_template):
    """Six simulated candidates imported at the body, written answers marked, the late attempt
    (answers after the time ran out: held) decided not to count, and the session released."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("EXAMSTATION_KEY_PASSPHRASE", "test passphrase 1")
        made = _held_session(copy_world(world_template, tmp_path_factory.mktemp("language") / "world"))
        _mark_everything(made.world)
        release = made.world.body.release
        release.decide(made.late, EXCLUDE, REASON, "A. Admin")
        release.release(made.session, "A. Admin")
        yield made
    made.world.close()


def _pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def _first_page_png(pdf: Path, name: str) -> Path:
    """Page 1 at 60 dpi (to look at); kept for the docs when REPORT_LANGUAGE_SHOTS names a folder."""
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(pdf.with_suffix(""))], check=True)
    png = pdf.with_suffix(".png")
    assert png.stat().st_size > 10000, "the page is drawn"
    if os.environ.get("REPORT_LANGUAGE_SHOTS"):
        shutil.copy(png, Path(os.environ["REPORT_LANGUAGE_SHOTS"]) / name)
    return png


def _report_pdf(qtbot, released: Imported, target: Path) -> str:
    """The Reports tab refreshed and saved as PDF, in the language installed now; its text."""
    window = ResultsWindow(released.world.body)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results_table.rowCount() == 7 and window.refresh_button.isEnabled(), timeout=60000)
    pdf = window.save_pdf(target)
    window.close()
    return _pdf_text(pdf)


def test_the_report_reads_as_before_in_english(qtbot, released: Imported, tmp_path: Path) -> None:
    text = _report_pdf(qtbot, released, tmp_path / "report-en.pdf")
    assert text.startswith("Results report") and "Kept out of the statistics" in text
    assert "Attempts counted in the statistics:" in text  # the number after a colon: no "1 attempts"
    assert re.search(r"Made on \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d\.", text), text[:200]
    assert re.search(r"alpha \(KR-20\) (-?\d\.\d{3}|n/a); SEM", text)
    assert re.search(r"\b\d+\.\d+\b", text) and not re.search(r"\b\d+,\d+\b", text)  # decimal points only
    assert "not counted at the release step" in text and "candidate number" in text
    _first_page_png(tmp_path / "report-en.pdf", "report-pdf-page-1-en.png")


def test_the_report_is_in_spanish_for_spanish_staff(qtbot, released: Imported, tmp_path: Path,
                                                    spanish_staff) -> None:
    text = _report_pdf(qtbot, released, tmp_path / "report-es.pdf")
    assert text.startswith("Informe de resultados"), text[:200]
    assert re.search(rf"Elaborado el \d{{1,2}} de ({MONTHS_ES}) de \d{{4}}, \d\d:\d\d\.", text), text[:200]
    for words in ("Intentos contados en las estadísticas:", "Excluidos de las estadísticas", "Candidatos",
                  "Tasas de aprobados por centro y versión (intervalo de Wilson del 95 %)", "número de candidato",
                  "no contabilizado al publicar", "tasa de aprobados",
                  "alfa (KR-20)", "EEM", "Resultados, tiempo usado e incidentes por centro", "entregado", "sí"):
        assert words in text, words
    assert re.search(r"\b\d+,\d+\b", text), "decimal commas"
    assert not re.search(r"\b\d+\.\d+\b", text), re.findall(r"\S*\b\d+\.\d+\b\S*", text)
    left = [words for words in ENGLISH if re.search(rf"\b{re.escape(words)}\b", text)]
    assert not left, left
    _first_page_png(tmp_path / "report-es.pdf", "report-pdf-page-1-es.png")


def test_cells_and_the_forms_test_take_the_staffs_number_format(spanish_staff) -> None:
    numbers = report_format()
    assert report_cell("pass_rate", 0.8333, numbers) == "0,8333"
    assert report_cell("in_statistics", True, numbers) == "sí"
    assert report_cell("incident_types", "focus_lost=3; clipboard_blocked=1", numbers) == \
        "salió de la ventana del examen: 3; copiar o pegar bloqueado: 1"
    assert difference_line(DifferenceTest("Welch's t", 1.25, (57.9,), 0.21667), numbers) == \
        "t de Welch: t(57,9) = 1,250, p = 0,2167"
    assert difference_line(DifferenceTest("one-way ANOVA", 3.5, (2, 57.5), 0.04), numbers) == \
        "ANOVA de un factor: F(2; 57,5) = 3,500, p = 0,0400"


def test_the_english_cells_keep_their_points(qapp) -> None:
    numbers = report_format()
    assert report_cell("pass_rate", 0.8333, numbers) == "0.8333" and report_cell("n", 60, numbers) == "60"
    assert difference_line(DifferenceTest("one-way ANOVA", 3.5, (2, 57.5), 0.04), numbers) == \
        "one-way ANOVA: F(2, 57.5) = 3.500, p = 0.0400"


def _letters(released: Imported, folder: Path) -> dict[str, str]:
    """The score letters of a passed candidate and of the attempt decided not to count, as text."""
    letters = session_letters(released.world.body.release, released.session, "Test Credential Body")
    passed = next(letter for letter in letters if letter.outcome == PASSED)
    late = next(letter for letter in letters if letter.outcome == NOT_COUNTED)
    texts = {}
    for kind, letter in (("passed", passed), ("late", late)):
        texts[kind] = _pdf_text(write_letter_pdf(letter, folder / f"{kind}.pdf"))
    return texts


def test_score_letters_in_english(released: Imported, tmp_path: Path, qapp) -> None:
    texts = _letters(released, tmp_path)
    assert "Result: Passed" in texts["passed"] and "Written test:" in texts["passed"]
    assert re.search(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", texts["passed"])
    assert "Result: Not counted" in texts["late"] and f"does not count. Reason: {REASON}" in texts["late"]
    _first_page_png(tmp_path / "passed.pdf", "score-letter-en.png")


def test_score_letters_in_spanish(released: Imported, tmp_path: Path, spanish_staff) -> None:
    texts = _letters(released, tmp_path)
    passed, late = texts["passed"], texts["late"]
    assert "Resultado: Aprobado" in passed and "Prueba escrita:" in passed and "Número de candidato" in passed
    assert re.search(rf"\b\d{{1,2}} de ({MONTHS_ES}) de \d{{4}}\b", passed), passed[:200]
    assert "Cómo le fue en cada área" in passed and "Carta de resultados:" in passed
    assert "Resultado: No contabilizado" in late and f"decidió que no cuenta. Motivo: {REASON}" in late
    for text in (passed, late):
        left = [words for words in LETTER_ENGLISH if words in text]
        assert not left, left
        assert not re.search(r"\b\d+\.\d+\b", text)
    _first_page_png(tmp_path / "passed.pdf", "score-letter-es.png")


def test_the_candidates_score_report_takes_the_candidates_language_and_formats(qapp, spanish_staff) -> None:
    """A Spanish candidate's report: decimal commas and a day-month-year date; an English
    candidate's on the same (Spanish-staffed) station keeps points and year-month-day."""
    from datetime import datetime

    from app.domain.scoring import key_response, score_form
    from app.ui.candidate.i18n import install_translator, remove_translator
    from app.ui.candidate.score_report import report_html
    from tests.candidate_helpers import EXAM
    form = EXAM.forms[0]
    responses = {item_id: key_response(EXAM.item(item_id)) for item_id in ("q-single", "q-multi", "q-tf")}
    result = score_form(EXAM, form, {k: v for k, v in responses.items() if v is not None})
    when = datetime(2026, 12, 2, 14, 5)
    assert result.percent != round(result.percent)   # a score with decimals to write
    for language, heading, point, date in (("es", "Informe de resultados", ",", "02/12/2026 14:05"),
                                           ("en", "Score report", ".", "2026-12-02 14:05")):
        translator = install_translator(language)
        try:
            text = report_html(EXAM, result, "Dana García", when)
        finally:
            remove_translator(translator)
        assert heading in text and date in text, text
        assert f"{result.percent:.1f}".replace(".", point) + " %" in text, text
