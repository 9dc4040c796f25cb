"""QTI to the letter (issue 17): content of the shapes real item banks contain, written by this
team in tests/fixtures/qti/shapes, imports, is reported, and scores as the candidate sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.exam_reader import read_exam
from app.domain.key_check import key_check
from app.domain.scoring import score_item
from app.formats.qti.importer import QtiImport, import_qti

QTI = Path(__file__).parent / "fixtures" / "qti"
SHAPES = QTI / "shapes"
COMPANION = QTI / "companion.yaml"


def imported(package: Path | str, skip: bool = True) -> tuple[QtiImport, object]:
    result = import_qti(SHAPES / package if isinstance(package, str) else package, COMPANION, skip_unsupported=skip)
    exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    assert key_check(exam) == []
    return result, exam


def _centre_of(image, colour: str) -> tuple[int, int]:
    """The middle of the pixels of one colour in a rendered picture (every second pixel looked at)."""
    from PySide6.QtGui import QColor
    wanted = QColor(colour)
    found = [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
             if _near(image.pixelColor(x, y), wanted)]
    assert found, f"no {colour} on the screen"
    return sum(x for x, _ in found) // len(found), sum(y for _, y in found) // len(found)


def _near(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


@pytest.mark.parametrize("item_id, rack_score", [
    ("svg-hotspot", 0), ("svg-letterbox", 0), ("svg-natural", 0), ("jpeg-hotspot", 0), ("gif-hotspot", 0),
    ("svg-point", 0.5)])
def test_a_click_on_the_keyed_shape_as_drawn_scores_whatever_the_image_format_and_size(
        qtbot, item_id: str, rack_score: float) -> None:
    """The picture is shown at another size than the item's coordinates (SVG viewBox, larger JPEG,
    smaller GIF, an SVG fitted into a square frame): clicks on what the candidate sees score."""
    from PySide6.QtCore import QPoint, Qt
    from app.ui.candidate.responses.hotspot import HotspotAnswer
    result, exam = imported("graphics")
    item = exam.item(item_id)
    widget = HotspotAnswer(item, result.media.__getitem__)
    qtbot.addWidget(widget)
    widget.show()
    picture = widget.canvas.grab().toImage()
    for colour, expected in (("#ff0000", item.points), ("#7aa6d8", rack_score)):
        x, y = _centre_of(picture, colour)
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        assert score_item(item, widget.response()) == expected, (item_id, colour, widget.response())


def test_a_single_gap_or_premise_is_matching_and_an_inexpressible_item_is_skipped_not_fatal() -> None:
    from app.domain.errors import SourceInvalid
    with pytest.raises(SourceInvalid) as refused:   # without --skip-unsupported: named, and why
        import_qti(SHAPES / "single-premise", COMPANION)
    assert any("one-option: item: cannot be expressed as an ExamStation item" in line and "options" in line
               for line in refused.value.problems), refused.value.problems
    result, exam = imported("single-premise")
    assert result.skipped == ["one-option"] and "one-option" in result.report
    gap, premise = exam.item("one-gap"), exam.item("one-premise")
    assert (gap.type, [p.text for p in gap.premises], gap.key) == ("matching", ["Blank 1"], {"G1": "W2"})
    assert score_item(gap, {"G1": "W2"}) == 1 and score_item(gap, {"G1": "W1"}) == 0
    assert (premise.type, premise.points) == ("matching", 2)
    assert score_item(premise, {"P1": "C2"}) == 2 and score_item(premise, {"P1": "C1"}) == 0.5


def test_identifiers_belong_to_their_file() -> None:
    """Two item files named alike (with alike choices), one item given twice in a test, two tests
    and two sections of the same name: each is told apart or delivered once, and reported."""
    result, exam = imported("identifiers")
    assert sorted(i.id for i in exam.items) == ["q1", "q1-2"]
    wind, solar = exam.item("q1"), exam.item("q1-2")
    assert "turbine" in wind.stem and "PV string" in solar.stem
    assert score_item(wind, "C") == 1 and score_item(solar, "A") == 1 and score_item(solar, "C") == 0
    assert [f.id for f in exam.forms] == ["final", "final-2"]
    first = exam.form("final")
    assert first.item_ids == ("q1", "q1-2") and [s.id for s in first.sections] == ["S1"]
    second = exam.form("final-2")
    assert second.item_ids == ("q1-2", "q1") and [s.id for s in second.sections] == ["S1", "S1-2"]
    for phrase in ("'q1' is also the identifier of another item; this one (items/solar/q1.xml) is 'q1-2'",
                   "'final' is also the identifier of another test; this one (tests/final-2026.xml) is 'final-2'",
                   "'q1' (items/wind/q1.xml) is given more than once; it is delivered once, where it first appears"):
        assert phrase in result.report, result.report


def test_sections_in_their_own_files_unlisted_items_and_missing_files() -> None:
    from app.domain.errors import SourceInvalid
    with pytest.raises(SourceInvalid) as refused:
        import_qti(SHAPES / "structure", COMPANION)
    lines = "\n".join(refused.value.problems)
    assert "uses-missing-image: img: 'images/meter.png' is referenced but not in the package" in lines
    assert "pv-safety: assessmentItemRef: refers to 'items/absent.xml', which is not in the package" in lines
    result, exam = imported("structure")
    form = exam.form("pv-safety")
    assert [(s.id, s.title, s.item_ids) for s in form.sections] == [
        ("direct", "Direct", ("listed", "unlisted")),
        ("shared-section", "Earthing and labels", ("in-section-file",)),
        ("labels", "Labels", ("in-nested-file",))]
    for line in ("ignored     manifest: resource: 'outcomes' of type 'imsqti_outcomes_xmlv3p0' is not delivered",
                 "ignored     manifest: resource: 'lti-tool' of type 'imsqti_lti_xmlv1p0' is not delivered",
                 "ignored     manifest: file: 'images/unused-logo.png' is listed in the manifest but is not in the "
                 "package", "converted   manifest: resource: 'items/unlisted.xml' is given by test 'pv-safety' but "
                 "not listed in the manifest; it was taken from the package"):
        assert any(n.line().startswith(line) for n in result.notes), line
    assert "Ignored (4):" in result.report


def test_when_every_item_is_left_out_the_error_says_so_and_why() -> None:
    from app.domain.errors import SourceInvalid
    with pytest.raises(SourceInvalid) as refused:
        import_qti(SHAPES / "all-skipped", COMPANION, skip_unsupported=True)
    lines = refused.value.problems
    assert lines[0].startswith("all-skipped: nothing importable is left: every item was left out")
    assert any("tilt-slider: sliderInteraction: this interaction is not supported" in line for line in lines)
    assert any("commissioning-upload: uploadInteraction" in line for line in lines)
    assert not any("domain" in line or "items/*.yaml" in line for line in lines)


def test_a_section_file_that_refers_to_itself_is_refused_not_followed_forever(tmp_path: Path) -> None:
    import shutil
    from app.domain.errors import SourceInvalid
    package = tmp_path / "structure"
    shutil.copytree(SHAPES / "structure", package)
    labels = package / "sections" / "parts" / "labels.xml"
    labels.write_text(labels.read_text().replace(
        "</qti-assessment-section>", '<qti-assessment-section-ref identifier="again" href="labels.xml"/>'
                                     "</qti-assessment-section>"))
    with pytest.raises(SourceInvalid) as refused:
        import_qti(package, COMPANION, skip_unsupported=True)
    assert "sections are nested more than 20 deep" in refused.value.problems[0]


def test_shared_stimuli_are_shown_beside_each_item_that_refers_to_them(qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextDocument
    from app.domain.attempt import AttemptState
    from app.domain.errors import SourceInvalid
    from app.domain.plan import AttemptPlan
    from app.formats.exam_content import document_media_paths, exam_from_document, exam_to_document
    from app.ui.candidate.item_page import ItemPage
    with pytest.raises(SourceInvalid) as refused:   # a passage listed in the manifest is no longer "not a test"
        import_qti(SHAPES / "stimuli", COMPANION)
    assert refused.value.problems[:-1] == [
        "unsupported datasheet-gone: assessmentStimulusRef: its shared stimulus 'stimuli/datasheet.xml' is not "
        "in the package"]
    result, exam = imported("stimuli")
    assert [s.id for s in exam.stimuli] == ["site-survey", "tariff", "warranty"]
    assert {i.id: i.stimulus for i in exam.items} == {"site-roof": "site-survey", "site-cable": "site-survey",
                                                      "tariff-export": "tariff", "warranty-years": "warranty"}
    survey = exam.stimulus("site-survey")
    assert "<strong>south-west</strong>" in survey.html and survey.media in result.media
    assert "warranty: resource: 'stimuli/warranty.xml' is not listed in the manifest" in result.report
    document = exam_to_document(exam)   # the package carries the stimuli, and a station reads them back
    assert exam_from_document(document, document_media_paths(document)) == exam
    page = ItemPage(AttemptPlan.build(exam, "reading", seed=3), result.media.__getitem__)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    for item_id, words in (("site-roof", "south-west face"), ("tariff-export", "Import, night")):
        page.show_item(item_id, None, AttemptState())
        shown = QTextDocument()
        shown.setHtml(page.passage.text.text())
        assert page.passage.isVisible() and words in shown.toPlainText()
        passage_right = page.passage.mapTo(page, QPoint(page.passage.width(), 0)).x()
        assert 0 < passage_right <= page.stem.mapTo(page, QPoint(0, 0)).x()   # beside the question
    assert not page.passage.image.isVisible()
    page.show_item("site-cable", None, AttemptState())
    assert page.passage.image.isVisible() and page.passage.title.text() == "Site survey: 14 Mill Lane"
    assert page.passage.focusable()[0] is page.passage.text


def test_an_item_refers_only_to_a_stimulus_the_exam_has() -> None:
    from app.domain.errors import SourceInvalid
    from app.formats.exam_content import exam_from_document, exam_to_document
    _, exam = imported("stimuli")
    document = exam_to_document(exam)
    document["stimuli"] = [s for s in document["stimuli"] if s["id"] != "tariff"]
    document["stimuli"][0]["html"] = "<p onclick='x()'>Site</p>"
    with pytest.raises(SourceInvalid) as refused:
        exam_from_document(document, {"media/qti/images/site-plan.png"})
    lines = "\n".join(refused.value.problems)
    assert "item 'tariff-export': stimulus 'tariff' is not one of the exam's stimuli" in lines
    assert "stimuli[0].html" in lines and "onclick" in lines


def test_qti_20_items_import_through_the_same_mapping() -> None:
    result, exam = imported("qti20", skip=False)
    choice, text = exam.item("inverter-choice"), exam.item("unit-text")
    assert (choice.type, score_item(choice, "ChoiceB"), score_item(choice, "ChoiceA")) == ("single_choice", 1, 0)
    assert text.type == "short_text" and score_item(text, "kilowatt hour") == 1 and score_item(text, "kW") == 0
    assert [f.id for f in exam.forms] == ["A"] and "QTI import: 2 items on 1 forms." in result.report


def test_ruby_and_catalog_info_keep_the_content_and_say_what_is_not_shown() -> None:
    result, exam = imported("annotations", skip=False)   # nothing in it stops a build any more
    item = exam.item("ruby-choice")
    assert "蓄電池(ちくでんち)の 充電率を表す略語はどれですか。" in item.stem.replace("\n", " ")
    assert [o.text for o in item.options] == ["DoD", "SoC (充電(じゅうでん)率)", "MPPT"]
    assert score_item(item, "B") == 1 and "glossary" not in item.stem_html
    converted = {n.feature: n.detail for n in result.notes if n.kind == "converted"}
    assert "parentheses" in converted["ruby"] and "not shown" in converted["catalogInfo"]


INTERACTION_CASES = {   # item id: (type, correct response as the widget gives it back, points)
    "hottext-single": ("single_choice", "H2", 1), "hottext-multiple": ("multiple_response", ["T1", "T3"], 1),
    "graphic-order": ("ordering", ["H1", "H2", "H3"], 1), "graphic-gap": ("matching", {"A1": "G1", "A2": "G2"}, 2),
    "picture-choice": ("single_choice", "B", 1), "gap-pictures": ("matching", {"GAP1": "P2"}, 1)}


def test_hottext_graphic_order_graphic_gap_match_and_picture_options_are_delivered(qtbot) -> None:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel
    from app.domain.attempt import AttemptState
    from app.domain.plan import AttemptPlan
    from app.ui.candidate.item_page import ItemPage
    result, exam = imported("interactions", skip=False)   # none of them is unsupported any more
    page = ItemPage(AttemptPlan.build(exam, "A", seed=4), result.media.__getitem__)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    for item_id, (kind, correct, points) in INTERACTION_CASES.items():
        item = exam.item(item_id)
        assert (item.type, item.points) == (kind, points), item_id
        page.show_item(item_id, correct, AttemptState())
        assert score_item(item, page.answer.response()) == points, item_id
    hottext = exam.item("hottext-single")   # the marked words carry the numbers their options show
    assert "<u>noon</u><sup>[2]</sup>" in hottext.stem_html and hottext.options[1].text == "[2] noon"
    page.show_item("picture-choice", None, AttemptState())
    pictures = [label for label in page.answer.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()]
    assert [p.accessibleName() for p in pictures] == ["Drawing A", "Drawing B", "Drawing C"]
    page.show_item("graphic-gap", None, AttemptState())   # matching side by side: each definition's picture shown
    shown = {label.accessibleName() for label in page.answer.findChildren(QLabel)
             if label.pixmap() and not label.pixmap().isNull()}
    assert {"Array symbol", "Grid symbol", "Ladder symbol"} <= shown
    numbered = QPixmap()   # the picture shown carries the numbers of the areas, at each area's centre
    assert numbered.loadFromData(result.media[exam.item("graphic-order").media])
    shown = numbered.toImage()
    for x, y in ((300, 230), (100, 150), (280, 90)):   # Area 1 (poly), Area 2 (rect), Area 3 (circle)
        colour = shown.pixelColor(x, y - 10)
        assert colour.red() + colour.green() + colour.blue() < 60, (x, y, colour.name())


def test_picture_options_and_numbered_pictures_travel_in_the_package() -> None:
    from app.formats.exam_content import document_media_paths, exam_from_document, exam_to_document
    result, exam = imported("interactions", skip=False)
    document = exam_to_document(exam)
    assert exam_from_document(document, document_media_paths(document)) == exam
    assert set(exam.media_paths()) == set(result.media) and "media/qti/images/grid.png" in exam.media_paths()
    assert "media/qti/items/graphic-order.xml.areas.svg" in exam.media_paths()


@pytest.fixture
def rules_station(tmp_path: Path):
    """A station delivering the QTI test with a pool, a linear part and answers required."""
    from tests.engine_helpers import open_station
    _, exam = imported("delivery", skip=False)
    service, _, db = open_station(tmp_path, exam)
    yield service, exam
    db.close()


def _sit(service, exam, number: str, seed: int):
    from app.domain.accommodations import Accommodations
    candidate = service.check_in(service.session_id, number, "Grace Hopper", Accommodations())
    attempt = service.live(service.create_attempt(service.session_id, candidate, exam, Accommodations(), seed=seed),
                           exam)
    attempt.start()
    return attempt


def test_a_selection_draws_from_the_pool_by_the_recorded_seed_and_scores_what_was_drawn(rules_station) -> None:
    from app.domain.attempt import replay
    from app.domain.plan import AttemptPlan
    from app.domain.results import attempt_result
    service, exam = rules_station
    drawn = {seed: AttemptPlan.build(exam, "rules", seed).sections[0].item_ids for seed in range(40)}
    assert all(len(ids) == 2 and set(ids) <= {"pool-1", "pool-2", "pool-3", "pool-4"} for ids in drawn.values())
    assert {i for ids in drawn.values() for i in ids} == {"pool-1", "pool-2", "pool-3", "pool-4"}
    assert AttemptPlan.build(exam, "rules", 7).item_ids == AttemptPlan.build(exam, "rules", 7).item_ids
    attempt = _sit(service, exam, "C-001", seed=7)
    for item_id in attempt.plan.item_ids:
        attempt.visit(item_id)
        attempt.answer(item_id, "A")
    attempt.submit()
    result = attempt_result(exam, service.events(attempt.attempt_id), [])
    assert (result.written.raw, result.written.maximum, result.written.percent) == (5, 5, 100)
    assert set(result.item_scores) == set(attempt.plan.item_ids) and replay(service.events(
        attempt.attempt_id)).seed == 7   # the seed, recorded with the attempt, is the record of the draw


def test_a_linear_part_goes_forward_only_and_each_question_must_be_answered(rules_station) -> None:
    from app.domain.attempt import AttemptRefused
    service, exam = rules_station
    attempt = _sit(service, exam, "C-002", seed=3)
    pool = attempt.plan.sections[0].item_ids
    attempt.visit(pool[1])
    attempt.visit(pool[0])        # the free part: any order, back and forth, unanswered
    with pytest.raises(AttemptRefused) as refused:
        attempt.visit("step-2")   # a linear part is entered at its start
    assert refused.value.code == "forward_only"
    attempt.visit("step-1")
    with pytest.raises(AttemptRefused) as refused:
        attempt.visit("step-2")
    assert refused.value.code == "answer_required"
    attempt.answer("step-1", "B")
    attempt.visit("step-2")
    attempt.answer("step-2", "A")
    for earlier in ("step-1", pool[0]):
        with pytest.raises(AttemptRefused) as refused:
            attempt.visit(earlier)
        assert refused.value.code == "forward_only"
    with pytest.raises(AttemptRefused):
        attempt.answer("step-1", "A")   # no going back to change an answer either
    assert not attempt.plan.can_go_back("step-2") and attempt.plan.can_go_back(pool[1])


def test_the_candidate_screen_keeps_to_the_linear_rules(qtbot) -> None:
    from app.domain.attempt import AttemptRefused, AttemptState
    from app.domain.plan import AttemptPlan
    from app.ui.candidate.item_page import ItemPage
    from app.ui.candidate.refusals import refusal_text, translated_codes
    result, exam = imported("delivery", skip=False)
    plan = AttemptPlan.build(exam, "rules", seed=3)
    page = ItemPage(plan, result.media.__getitem__)
    qtbot.addWidget(page)
    page.show()
    page.show_item("step-2", None, AttemptState(current_item="step-2", responses={"step-1": "A"}))
    assert not page.previous_button.isEnabled()
    page.show_item(plan.item_ids[1], None, AttemptState())
    assert page.previous_button.isEnabled()
    assert {"forward_only", "answer_required"} <= translated_codes()
    with pytest.raises(AttemptRefused) as refused:
        plan.check_leave(AttemptState(current_item="step-3"))   # finishing on an unanswered last question
    assert refusal_text(refused.value) == "Answer this question before you move on."
