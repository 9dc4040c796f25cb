"""QTI 2.x and 3.0 import: every sample interaction and scoring template (written by this team in
tests/fixtures/qti) imports, renders in the real candidate page, and answering with its
declared correct response through the answer widget earns the expected mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.attempt import AttemptState
from app.domain.errors import SourceInvalid
from app.domain.exam_reader import read_exam
from app.domain.key_check import key_check
from app.domain.plan import AttemptPlan
from app.domain.rich_text import rich_text_problems
from app.domain.scoring import score_item
from app.formats.qti.importer import import_qti

QTI = Path(__file__).parent / "fixtures" / "qti"
COMPANION = QTI / "companion.yaml"
EXPECTED = json.loads((QTI / "expected.json").read_text())
TYPES = {"choiceInteraction": ("single_choice", "multiple_response"), "orderInteraction": ("ordering",),
         "matchInteraction": ("matching",), "associateInteraction": ("matching",),
         "gapMatchInteraction": ("matching",), "textEntryInteraction": ("short_text", "numeric"),
         "extendedTextInteraction": ("short_text",), "hotspotInteraction": ("hotspot",),
         "selectPointInteraction": ("hotspot",), "inlineChoiceInteraction": ("single_choice",)}


def imported_exam(version: str):
    result = import_qti(QTI / version, COMPANION, skip_unsupported=True)
    return result, read_exam(result.main, result.items, result.checklists, result.media.__contains__)


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_every_supported_item_scores_its_correct_response_in_full(version: str) -> None:
    result, exam = imported_exam(version)
    assert key_check(exam) == []
    cases = {k: v for k, v in EXPECTED.items() if k.startswith(version)}
    assert len(cases) >= 17
    for item_id, case in cases.items():
        if case["status"] == "unsupported":
            assert item_id in result.skipped and item_id not in {i.id for i in exam.items}
            continue
        item = exam.item(item_id)
        assert item.type in TYPES[case["interaction"]], item_id
        assert item.points == case["max"], item_id
        if case["score"] is None:
            assert item.manually_scored and item.rubric, item_id
        else:
            assert score_item(item, case["correct"]) == case["score"], item_id
            assert score_item(item, None) == 0.0


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_each_item_renders_and_is_answered_through_its_widget(qtbot, version: str) -> None:
    from PySide6.QtGui import QTextDocument
    from app.ui.candidate.item_page import ItemPage
    result, exam = imported_exam(version)
    form = exam.forms[-1]  # the "extra" test holds every item
    plan = AttemptPlan.build(exam, form.id, seed=5)
    page = ItemPage(plan, result.media.__getitem__)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    for item_id in form.item_ids:
        case = EXPECTED[item_id]
        page.show_item(item_id, case["correct"], AttemptState())
        image = page.grab().toImage()
        assert not image.isNull() and image.width() > 0
        item = exam.item(item_id)
        shown = QTextDocument()
        shown.setHtml(page.stem.text())  # what the label lays out, as words
        assert shown.toPlainText().split() == item.stem.split() and item.stem.strip(), item_id
        if case["score"] is not None:  # the widget gives back the answer it shows, which scores in full
            assert score_item(item, page.answer.response()) == case["score"], item_id


def test_formats_stay_and_unsafe_content_is_removed_and_reported() -> None:
    result, exam = imported_exam("v2")
    for item in exam.items:
        assert rich_text_problems(item.stem_html) == [], item.id
    unsafe = exam.item("v2-unsafe")
    for banned in ("script", "iframe", "onclick", "https://", "example.org/x.png"):
        assert banned not in unsafe.stem_html.lower()
    removed = [n for n in result.notes if n.subject == "v2-unsafe" and n.kind == "removed"]
    assert {"<script>", "<iframe>", "onclick attribute", "link", "external image"} <= {n.feature for n in removed}
    assert "Removed (5)" in result.report and "v2-unsafe" in result.report
    table_item = next(i for i in exam.items if "<table>" in i.stem_html)
    assert "<td>" in table_item.stem_html


def test_mathml_becomes_linear_text_and_is_reported() -> None:
    result, exam = imported_exam("v3")
    math = exam.item("v3-math")
    assert "/" in math.stem and any(n.feature == "MathML" and n.kind == "converted" for n in result.notes)


def test_tests_become_forms_with_sections_timing_and_shuffling() -> None:
    result, exam = imported_exam("v2")
    form = exam.form("v2-test")
    assert [s.id for s in form.sections] == ["sec-knowledge", "sec-diagrams"]
    knowledge, diagrams = form.sections
    assert diagrams.minutes == 15 and diagrams.shuffle_items and not knowledge.shuffle_items
    assert exam.timing.exam_minutes == 60
    # each top-level section is a domain; items only on the extra test count toward its section
    assert [d.id for d in exam.domains] == ["sec-knowledge", "sec-diagrams", "sec-all"]
    assert exam.item("v2-unsafe").domain == "sec-all" and exam.item("v2-order").domain == "sec-knowledge"
    assert exam.checklists[0].id == "bess-handover" and exam.credential.id == "battery-storage-addon"
    assert "v2-unsafe" not in form.item_ids and "v2-unsafe" in exam.form("v2-test-extra").item_ids


def test_unsupported_content_stops_the_import_unless_told_to_skip() -> None:
    with pytest.raises(SourceInvalid) as refused:
        import_qti(QTI / "v2", COMPANION)
    lines = refused.value.problems
    assert any("v2-unsupported: drawingInteraction" in line for line in lines)
    assert "--skip-unsupported" in lines[-1]


@pytest.mark.parametrize("case, phrase", [
    ("broken/no-manifest", "no imsmanifest.xml"),
    ("broken/bad-xml", "is not well-formed XML (line"),
    ("broken/missing-file", "items/gone.xml' is referenced but not in the package"),
    ("broken/escape.zip", "points outside the package"),
    ("broken/billion-laughs", "declares a DTD or entities"),
])
def test_malformed_packages_are_refused_with_the_reason(case: str, phrase: str) -> None:
    with pytest.raises(SourceInvalid) as refused:
        import_qti(QTI / case, COMPANION)
    assert any(phrase in line for line in refused.value.problems), refused.value.problems


def test_a_missing_or_wrong_companion_says_what_to_write(tmp_path: Path) -> None:
    with pytest.raises(SourceInvalid) as refused:
        import_qti(QTI / "v3", None, skip_unsupported=True)
    assert "examstation.yaml" in refused.value.problems[0] and "--companion" in refused.value.problems[0]
    locked = tmp_path / "locked.yaml"
    locked.write_text(COMPANION.read_text() + "lockdown: {forbidden_programs: [anydesk]}\n")
    result = import_qti(QTI / "v3", locked, skip_unsupported=True)
    exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    assert exam.lockdown.forbidden_programs == ("anydesk",)
    wrong = tmp_path / "companion.yaml"
    wrong.write_text("format: examstation-qti/1\nid: x\ncut_score: 70\n")
    with pytest.raises(SourceInvalid) as refused:
        import_qti(QTI / "v3", wrong, skip_unsupported=True)
    assert "unknown field 'cut_score'" in refused.value.problems[0]


def test_a_zip_package_imports_like_the_folder() -> None:
    from_zip = import_qti(QTI / "v2.zip", COMPANION, skip_unsupported=True)
    from_folder = import_qti(QTI / "v2", COMPANION, skip_unsupported=True)
    assert from_zip.items == from_folder.items and from_zip.media == from_folder.media


def test_cli_builds_a_package_from_a_qti_zip_that_a_center_can_sit(world, capsys, tmp_path: Path) -> None:
    from app.services.simulate import simulate
    from tests.cli_helpers import run_inline
    from tests.conftest import RELEASE_CODE
    output = tmp_path / "qti.exampkg"
    args = ("--home", world.body.home.root, "package", "build", QTI / "v2.zip", "--to", world.center_file,
            "--release-code", RELEASE_CODE, "-o", output, "--companion", COMPANION)
    status, out, err = run_inline(capsys, *args)
    assert status == 1 and "v2-unsupported: drawingInteraction" in err and not output.exists()
    status, out, err = run_inline(capsys, *args, "--skip-unsupported")
    assert status == 0, err
    assert "Skipped (unsupported, --skip-unsupported given): v2-unsupported" in out and "Built" in out
    assert output.with_suffix(".import-report.txt").read_text().startswith("QTI import: 16 items on 2 forms.")
    opened = world.center.packages.open(output, RELEASE_CODE)
    assert len(opened.exam.items) == 16 and opened.exam.item("v2-hotspot-point").mapping is not None
    session = simulate(world.center, output, RELEASE_CODE, 4, seed=2)
    assert session.session_id


def test_companion_and_skip_flags_are_refused_for_a_source_folder(shared_world, capsys, tmp_path: Path) -> None:
    from tests.cli_helpers import assert_one_line_refusal, run_inline
    from tests.conftest import MINI_EXAM
    status, _, err = run_inline(capsys, "--home", shared_world.body.home.root, "package", "build", MINI_EXAM,
                                "--to", shared_world.center_file, "-o", tmp_path / "x.exampkg", "--skip-unsupported")
    assert_one_line_refusal(status, err, "QTI content packages only")


def test_test_settings_are_delivered_or_unsupported_until_skipped(tmp_path: Path) -> None:
    """Linear navigation, allowSkipping false and a selection are delivered (issue 17); a setting
    that is still not (validateResponses) stops the build until skipped."""
    import shutil
    package = tmp_path / "v3"
    shutil.copytree(QTI / "v3", package)
    test_file = package / "tests" / "assessment.xml"
    text = test_file.read_text()
    text = text.replace('navigation-mode="nonlinear"', 'navigation-mode="linear"')
    text = text.replace('allow-skipping="true"', 'allow-skipping="false" validate-responses="true"')
    text = text.replace('<qti-ordering shuffle="true"/>', '<qti-selection select="3"/><qti-ordering shuffle="true"/>')
    text = text.replace('<qti-time-limits max-time="3600"/>', '<qti-time-limits max-time="3600" min-time="600"/>')
    test_file.write_text(text)
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION)
    blocking = "\n".join(refused.value.problems)
    assert "v3-test: validateResponses" in blocking
    for phrase in ("navigationMode", "allowSkipping", "selection"):
        assert phrase not in blocking
    result = import_qti(package, COMPANION, skip_unsupported=True)
    exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    sections = exam.form("v3-test").sections
    assert all(s.lock_on_exit and s.forward_only and s.answer_required for s in sections)
    assert [s.select for s in sections] == [None, 3]
    assert not any(s.lock_on_exit or s.forward_only or s.select for s in exam.form("v3-test-extra").sections)
    assert "minTime" in result.report


def test_links_out_of_the_folder_and_items_on_no_test(tmp_path: Path) -> None:
    import shutil
    package = tmp_path / "v2"
    shutil.copytree(QTI / "v2", package)
    secret = tmp_path / "secret.xml"
    secret.write_text("<secret/>")
    target = package / "items" / "v2-order.xml"
    target.unlink()
    target.symlink_to(secret)
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION, skip_unsupported=True)
    assert any("points outside the package" in line for line in refused.value.problems)
    target.unlink()
    shutil.copy(QTI / "v2" / "items" / "v2-order.xml", target)
    (package / "tests" / "assessment-extra.xml").write_text(
        (package / "tests" / "assessment-extra.xml").read_text().replace(
            '<assessmentItemRef identifier="v2-custom-rp" href="../items/v2-custom-rp.xml"/>', ""))
    result = import_qti(package, COMPANION, skip_unsupported=True)
    assert "v2-custom-rp: assessmentItemRef: no test gives this item" in result.report


def test_a_zip_of_the_package_folder_itself_imports(tmp_path: Path) -> None:
    import zipfile
    archive = tmp_path / "wrapped.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted((QTI / "v3").rglob("*")):
            if path.is_file():
                out.write(path, "battery-addon/" + path.relative_to(QTI / "v3").as_posix())
    result = import_qti(archive, COMPANION, skip_unsupported=True)
    assert len(result.items) == 17


def test_several_blanks_in_one_text_become_a_cloze_item(qtbot) -> None:
    from PySide6.QtGui import QTextDocument
    from app.ui.candidate.item_page import ItemPage
    with pytest.raises(SourceInvalid) as refused:
        import_qti(QTI / "cloze", COMPANION)
    assert any("cloze-mapped: responseProcessing" in line for line in refused.value.problems)
    result = import_qti(QTI / "cloze", COMPANION, skip_unsupported=True)
    exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    assert result.skipped == ["cloze-mapped"] and key_check(exam) == []
    weighted = exam.item("cloze-weighted")   # a different weight per blank (issue 17)
    assert (weighted.scoring, weighted.points, [b.weight for b in weighted.blanks]) == ("partial", 4, [2, 1, 1])
    assert score_item(weighted, {"CELL": "V32"}) == 2 and score_item(weighted, {"ADDS": "voltage"}) == 1
    partial, strict = exam.item("cloze-partial"), exam.item("cloze-all")
    assert (partial.type, partial.scoring, partial.points) == ("cloze", "partial", 3)
    assert [b.kind for b in partial.blanks] == ["choice", "text", "number"]
    assert score_item(partial, {"CELL": "V32", "ADDS": "voltage", "TOTAL": "48.0"}) == 3
    assert score_item(partial, {"CELL": "V37", "ADDS": "voltage"}) == 1
    assert (strict.scoring, strict.points) == ("all_or_nothing", 2)
    assert [b.id for b in strict.blanks] == ["R2", "R1"]  # in the order of the text
    assert score_item(strict, {"R1": "AC", "R2": "DC"}) == 2 and score_item(strict, {"R1": "AC"}) == 0
    page = ItemPage(AttemptPlan.build(exam, "A", seed=1), result.media.__getitem__)
    qtbot.addWidget(page)
    page.show()
    page.show_item("cloze-partial", {"CELL": "V32", "ADDS": "voltage", "TOTAL": "48"}, AttemptState())
    shown = QTextDocument()
    shown.setHtml(page.stem.text())
    assert "[1]" in shown.toPlainText() and "[3]" in shown.toPlainText()
    assert score_item(partial, page.answer.response()) == 3


def test_a_numeric_blank_whose_correct_response_is_not_a_number_is_reported(tmp_path: Path) -> None:
    import shutil
    package = tmp_path / "v2"
    shutil.copytree(QTI / "v2", package)
    item = package / "items" / "v2-numeric.xml"
    item.write_text(item.read_text().replace("<value>48</value>", "<value>forty-eight</value>"))
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION)
    assert any("v2-numeric: correctResponse: 'forty-eight' is not a number" in line for line in refused.value.problems)


def test_a_linked_folder_out_of_the_package_and_a_fifo_are_refused(tmp_path: Path) -> None:
    """Folders are resolved once for all their files, and a file is opened once: a folder that
    is a link out of the package is still refused for every file in it, and a named pipe where
    an item should be is a missing file (it is never waited on)."""
    import os
    import shutil
    package = tmp_path / "v2"
    shutil.copytree(QTI / "v2", package)
    outside = tmp_path / "elsewhere"
    shutil.move(str(package / "items"), outside)
    (package / "items").symlink_to(outside, target_is_directory=True)
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION, skip_unsupported=True)
    assert any("v2-order.xml' points outside the package" in line for line in refused.value.problems)
    (package / "items").unlink()
    shutil.copytree(outside, package / "items")
    (package / "items" / "v2-order.xml").unlink()
    os.mkfifo(package / "items" / "v2-order.xml")
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION, skip_unsupported=True)
    assert any("v2-order.xml' is referenced but not in the package" in line for line in refused.value.problems)


@pytest.mark.parametrize("collecting", [True, False])
def test_a_qti_build_leaves_the_cycle_collector_as_it_found_it(shared_world, collecting: bool) -> None:
    """The build pauses the collector while it imports (bench/README.md, issue 15, fourth part),
    and turns it back on only if it was on: a screen's background task keeps it off itself."""
    import gc
    was_on = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        result = shared_world.body.packages.validate(QTI / "v2", COMPANION, skip_unsupported=True)
        assert result.import_report and gc.isenabled() is collecting
        with pytest.raises(SourceInvalid):
            shared_world.body.packages.validate(QTI / "broken" / "billion-laughs", COMPANION)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was_on else gc.disable)()
