"""The body's Build screen lists an exam source's problems, and a QTI package's unsupported
content, in the staff's language: Spanish staff building a broken source read every problem
line in Spanish, with only the names from the source (files, fields, ids) left as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from app.ui.admin.results_window import ResultsWindow
from tests.conftest import MINI_EXAM, World

QTI = Path(__file__).parent / "fixtures" / "qti"
# English words that only a problem's own sentence (never a name from the source) would bring
ENGLISH = re.compile(r"\b(expected|found|required|unknown|field|is|not|the|was|built|problems?|item|defined|"
                     r"supported|interaction|Change|content|Nothing|mapping|number|text)\b")


def _build(qtbot, world: World, source: Path, output: Path, companion: Path | None = None,
           skip: bool = False) -> list[str]:
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.show()
    tab = window.build_tab
    for row in range(tab.centers.count()):
        tab.centers.item(row).setCheckState(Qt.CheckState.Checked)
    tab.source_edit.setText(str(source))
    tab.companion_edit.setText(str(companion or ""))
    tab.output_edit.setText(str(output))
    tab.skip_box.setChecked(skip)
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.build_button.isEnabled(), timeout=60000)
    lines = tab.result.toPlainText().splitlines()
    window.close()
    assert output.exists() == skip
    return lines


def _problems(lines: list[str]) -> list[str]:
    listed = [line[2:] for line in lines if line.startswith("• ")]
    assert listed, lines
    return listed


def _no_english(lines: list[str], *names: str) -> None:
    """Nothing English is left once the names taken from the source are set aside."""
    for line in lines:
        rest = line
        for name in names:
            rest = rest.replace(name, "")
        assert not ENGLISH.search(rest), line


def _broken_source(tmp_path: Path, replacements: list[tuple[str, str]]) -> Path:
    source = tmp_path / "broken-exam"
    shutil.copytree(MINI_EXAM, source)
    main = source / "exam.yaml"
    text = main.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    main.write_text(text, encoding="utf-8")
    return source


def test_missing_fields_wrong_types_and_unknown_fields_are_listed_in_spanish(
        qtbot, world: World, tmp_path: Path, spanish_staff) -> None:
    source = _broken_source(tmp_path, [("title: Mini Exam for Tests\n", "colour: blue\n"),
                                       ("exam_minutes: 20", "exam_minutes: twenty"),
                                       ("cut_score_percent: 60", "cut_score_percent: 160")])
    lines = _build(qtbot, world, source, tmp_path / "broken.exampkg")
    assert lines[0] == "No se creó nada. 4 problema(s) por corregir:", lines
    problems = _problems(lines)
    assert sorted(problems) == ["exam.yaml: campo desconocido «colour»",
                                "exam.yaml: falta «title», que es obligatorio",
                                "exam.yaml: scoring: «cut_score_percent» no puede ser mayor que 100",
                                "exam.yaml: timing.exam_minutes: se esperaba un número y se encontró 'twenty'"], problems
    _no_english(problems, "exam.yaml", "timing.exam_minutes", "cut_score_percent", "'twenty'")


def test_unknown_item_ids_and_repeated_ids_are_listed_in_spanish(qtbot, world: World, tmp_path: Path,
                                                                 spanish_staff) -> None:
    source = _broken_source(tmp_path, [("items: [q-single, q-multi, q-tf, q-num]",
                                        "items: [q-single, q-multi, q-tf, q-num, q-nowhere]"),
                                       ("{id: d2, title: Domain two}", "{id: d1, title: Domain two}")])
    problems = _problems(_build(qtbot, world, source, tmp_path / "broken.exampkg"))
    assert "exam.yaml: el id «d1» (dominio) se usa más de una vez" in problems, problems
    assert "exam.yaml: forms[A]: el ítem «q-nowhere» no está definido en ningún archivo de ítems" in problems, problems
    _no_english(problems, "exam.yaml", "forms[A]", "q-nowhere", "d1", "items/all-types.yaml")


def test_unsupported_qti_interactions_are_listed_in_spanish(qtbot, world: World, tmp_path: Path,
                                                            spanish_staff) -> None:
    lines = _build(qtbot, world, QTI / "v3", tmp_path / "qti.exampkg", QTI / "companion.yaml")
    problems = _problems(lines)
    drawing = [p for p in problems if "drawingInteraction" in p]
    assert drawing and drawing[0].startswith("no admitido v3-unsupported: drawingInteraction: "), problems
    assert problems[-1].startswith("No se creó nada. Cambie el contenido o marque «Omitir lo que"), problems
    kept = [p.split(": ", 2)[2] for p in problems[:-1]]   # after "kind subject: feature:", the detail
    _no_english(kept, "drawingInteraction", "responseProcessing", "v3-", "Interaction")


def test_the_qti_import_report_is_in_spanish(qtbot, world: World, tmp_path: Path, spanish_staff) -> None:
    lines = _build(qtbot, world, QTI / "v3", tmp_path / "qti.exampkg", QTI / "companion.yaml", skip=True)
    report = lines[lines.index("Importación QTI: 17 ítems en 2 versiones."):]
    assert "Quitado (5):" in report and "No admitido (1):" in report, report
    assert "  v3-unsafe: imagen externa: se ha quitado la imagen «https://example.org/x.png»: solo se muestran " \
           "las imágenes que están dentro del paquete" in report, report
    said = [line.split(": ", 2)[-1] for line in report]   # the words after the item and the QTI feature
    _no_english(said, "MathML", "Qt", "https://example.org/isolation-guide", "https://example.org/x.png",
                "v3-unsupported", "QTI")
