"""The item-type registry: every registered type has all of its parts (reader, scorer, key,
simulated answer, report label, answer widget, translated name), and a new type defined here, in
this file alone, goes the whole way: read from an exam source, built into a package, answered in
the real question page, scored, simulated, exported, imported and reported."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, Signal
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from app.domain.accommodations import Accommodations
from app.domain.exam import Item
from app.domain.item_reader import read_item
from app.domain.item_types import (
    BUILT_IN,
    ItemKind,
    UnknownItemType,
    item_kinds,
    register,
    simulated_answer,
    unregister,
)
from app.domain.problems import Problems
from app.domain.scoring import key_response, score_item
from app.formats.exam_source import load_exam_source
from app.services.simulate import simulate
from app.ui.admin.report_html import report_html
from app.ui.candidate.i18n import install_translator, remove_translator
from app.ui.candidate.item_page import ItemPage
from app.ui.candidate.responses import answer_kind, answer_widget, register_answer_widget, unregister_answer_widget
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.marking_helpers import mark_every_written_answer
from tests.test_cloze import CLOZE


def missing_parts(kind: ItemKind) -> list[str]:
    """The parts a registered type lacks, in words."""
    missing = []
    for part in ("read", "score", "key_response", "wrong_answer"):
        if not callable(getattr(kind, part, None)):
            missing.append({"read": "reader", "score": "scorer", "key_response": "key response",
                            "wrong_answer": "simulation"}[part])
    if not kind.label.strip():
        missing.append("report label")
    ui = answer_kind(kind.name)
    if ui is None or not callable(ui.widget):
        missing.append("widget")
    if ui is None or ui.title() != kind.label:
        missing.append("translatable name (the screens' English name differs from the report label)")
    return missing


# -- every registered type is complete ----------------------------------------------------------
def _samples() -> dict[str, Item]:
    """One item of each built-in type: the mini exam's, and a cloze item."""
    items = {i.type: i for i in load_exam_source(MINI_EXAM).items if not i.manually_scored}
    items["cloze"] = read_item(Problems(), CLOZE, {"d"})
    return items


def test_every_registered_type_has_every_part() -> None:
    assert {k.name for k in item_kinds()} >= {k.name for k in BUILT_IN}
    assert {k.name: missing_parts(k) for k in item_kinds() if missing_parts(k)} == {}


def test_every_type_has_a_spanish_name(qapp) -> None:
    translator = install_translator("es")
    try:
        untranslated = [k.name for k in item_kinds() if answer_kind(k.name).title() == k.label]
    finally:
        remove_translator(translator)
    assert untranslated == []


def test_the_completeness_check_names_what_a_type_lacks() -> None:
    half_done = ItemKind(name="half_done", label="", fields=(), read=lambda f: {}, score=None,  # type: ignore[arg-type]
                         key_response=lambda item: None, wrong_answer=lambda item, rng: None)
    register(half_done)
    try:
        assert missing_parts(half_done) == [
            "scorer", "report label", "widget",
            "translatable name (the screens' English name differs from the report label)"]
    finally:
        unregister("half_done")


def test_an_unregistered_type_is_named_not_scored_as_zero() -> None:
    stray = Item("x", "slider", "d", "stem")
    with pytest.raises(UnknownItemType, match="no item type 'slider' is registered"):
        score_item(stray, 3)
    with pytest.raises(ValueError, match="already registered"):
        register(BUILT_IN[0])


def test_each_type_keys_full_marks_and_simulates_a_wrong_answer_in_its_own_shape(qtbot) -> None:
    samples = _samples()
    assert set(samples) == {k.name for k in BUILT_IN}, "a sample of every built-in type"
    rng = random.Random(4)
    for name, item in samples.items():
        key = key_response(item)
        assert score_item(item, key) == item.points, name
        assert score_item(item, simulated_answer(item, rng, correct=False)) < item.points, name
        widget = answer_widget(item, tuple(o.id for o in item.options or item.choices), _media)
        qtbot.addWidget(widget)
        widget.set_response(key)
        assert score_item(item, widget.response()) == item.points, f"{name}: the widget shows the key as given"
        assert widget.instruction()


def _media(path: str) -> bytes:
    return (MINI_EXAM / path).read_bytes()


# -- a new type, defined in this file only ------------------------------------------------------
# "count": the candidate gives a whole number (how many cells, how many turns); the response is an
# int, right only when it is the key.
def _read_count(f) -> dict[str, Any]:
    key = f.number("key", minimum=0)
    if key is not None and key != int(key):
        with f.problems.at("key"):
            f.problems.add("a count is a whole number")
    return {"key": int(key) if key is not None else None}


def _score_count(item: Item, response: Any) -> float:
    return 1.0 if type(response) is int and response == item.key else 0.0


COUNT = ItemKind(name="count", label="Count", fields=("key",), read=_read_count, score=_score_count,
                 key_response=lambda item: item.key,
                 wrong_answer=lambda item, rng: item.key + rng.choice((1, 2)))


class CountAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QSpinBox(self)
        self.box.setRange(-1, 9999)
        self.box.setSpecialValueText(" ")   # -1: nothing given yet
        self.box.setMinimumHeight(44)
        self.box.setAccessibleName(self.tr("Your answer, a whole number"))
        self.box.editingFinished.connect(self.changed)
        QVBoxLayout(self).addWidget(self.box)
        self.setFocusProxy(self.box)
        self.set_response(None)

    def instruction(self) -> str:
        return self.tr("Type a whole number.")

    def response(self) -> int | None:
        return None if self.box.value() < 0 else self.box.value()

    def set_response(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setValue(value if isinstance(value, int) else -1)
        self.box.blockSignals(False)


class SpanishCount(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "Recuento" if (context, source) == ("ItemTypes", "Count") else ""


@pytest.fixture
def count_type():
    register(COUNT)
    register_answer_widget("count", lambda item, ids, media, parent: CountAnswer(item, parent),
                           lambda: QCoreApplication.translate("ItemTypes", "Count"))
    yield COUNT
    unregister_answer_widget("count")
    unregister("count")


def _source_with_a_count_item(target: Path) -> Path:
    shutil.copytree(MINI_EXAM, target)
    (target / "items" / "count.yaml").write_text(
        "items:\n  - {id: q-count, type: count, domain: d2, points: 2, key: 15,\n"
        "     stem: 'Zebra-stem-count: how many 3.2 V cells make a 48 V pack?'}\n")
    exam_file = target / "exam.yaml"
    exam_file.write_text(exam_file.read_text().replace("items: [q-order,", "items: [q-count, q-order,"))
    return target


def test_a_new_type_needs_only_its_own_definition(count_type, world: World, tmp_path: Path, qtbot, qapp) -> None:
    assert missing_parts(count_type) == []
    translator = SpanishCount()
    QCoreApplication.installTranslator(translator)
    try:
        assert answer_kind("count").title() == "Recuento"
    finally:
        QCoreApplication.removeTranslator(translator)

    # Read from an exam source, with its own rules.
    source = _source_with_a_count_item(tmp_path / "source")
    exam = load_exam_source(source)
    item = exam.item("q-count")
    assert (item.type, item.key, item.points) == ("count", 15, 2)
    problems = Problems()
    assert read_item(problems, {"id": "c", "type": "count", "domain": "d", "stem": "S", "key": 2.5}, {"d"}) is None
    assert any("a count is a whole number" in line for line in problems.lines)

    # Built into a package (its key scores full marks), answered in the real question page with
    # the keyboard, and scored.
    package = tmp_path / "count.exampkg"
    world.body.packages.build(source, [world.center_file], package, RELEASE_CODE)
    _answer_in_the_question_page(qtbot, world, package)
    assert score_item(item, 15) == 2 and score_item(item, 14) == 0 and score_item(item, "15") == 0

    # Simulated, exported, imported and reported.
    session = simulate(world.center, package, RELEASE_CODE, 12, seed=3).session_id
    world.body.results.import_bundle(world.center.results.export(session, world.root))
    mark_every_written_answer(world.body)   # an attempt waiting for a marker is left out of item statistics
    (form,) = world.body.reports.items()
    row = next(r for r in form.items if r["item"] == "q-count")
    assert row["type"] == "count" and row["n"] == 12 and 0 < row["p"] < 1, row
    assert row["choices"] == "", "counts are not options: no distractor counts"
    html = report_html({"results": [], "forms": [form]})
    assert "<td>Count</td>" in html


def _answer_in_the_question_page(qtbot, world: World, package: Path) -> None:
    opened = world.center.packages.open(package, RELEASE_CODE)
    world.center.station.remember(opened)
    exam, delivery = opened.exam, world.center.delivery
    session = delivery.start_session(opened.package_id, exam)
    candidate = delivery.check_in(session, "C-001", "Ada Lovelace", Accommodations())
    live = delivery.live(delivery.create_attempt(session, candidate, exam, Accommodations(), seed=1), exam)
    live.start()
    page = ItemPage(live.plan, _media)
    qtbot.addWidget(page)
    page.show()
    page.show_item("q-count", None, live.state)
    assert isinstance(page.answer, CountAnswer) and page.instruction.text() == "Type a whole number."
    given: list[tuple] = []
    page.answer_changed.connect(lambda item_id, response, now: given.append((item_id, response, now)))
    page.answer.box.setFocus()
    qtbot.keyClicks(page.answer.box.lineEdit(), "15")
    qtbot.keyClick(page.answer.box, Qt.Key.Key_Return)
    assert given[-1] == ("q-count", 15, True)
    live.answer("q-count", given[-1][1])
    assert json.loads(json.dumps(live.state.responses["q-count"])) == 15
