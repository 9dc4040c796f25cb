"""Cloze items: numbered blanks chosen from a list, typed as text or as a number."""

from __future__ import annotations

import random

import pytest

from app.domain.item_reader import read_item
from app.domain.problems import Problems
from app.domain.scoring import key_response, score_item
from app.formats.exam_content import item_to_document

CLOZE = {"id": "q", "type": "cloze", "domain": "d", "points": 3, "scoring": "partial",
         "stem": "A LiFePO4 cell is nominally [1] V; in series cells add their [2]; 15 cells make [3] V.",
         "blanks": [{"id": "b1", "options": [{"id": "a", "text": "3.2"}, {"id": "b", "text": "3.7"}], "key": "a"},
                    {"id": "b2", "answers": ["voltage", "voltages"]},
                    {"id": "b3", "key": 48, "tolerance": 0.5}]}


def _read(data: dict):
    problems = Problems()
    return read_item(problems, data, {"d"}), problems.lines


def test_each_blank_counts_in_partial_scoring_and_the_key_scores_full() -> None:
    item, problems = _read(CLOZE)
    assert problems == [] and [b.kind for b in item.blanks] == ["choice", "text", "number"]
    assert score_item(item, key_response(item)) == 3
    assert score_item(item, {"b1": "a", "b2": " VOLTAGE ", "b3": "47,6"}) == 3
    assert score_item(item, {"b1": "b", "b2": "current", "b3": "48"}) == 1
    assert score_item(item, {"b2": "voltages"}) == 1
    assert score_item(item, ["a"]) == 0 and score_item(item, None) == 0
    strict, _ = _read({**CLOZE, "scoring": "all_or_nothing"})
    assert score_item(strict, {"b1": "a", "b2": "voltage", "b3": "49"}) == 0


def test_a_cloze_item_survives_the_compiled_form() -> None:
    item, _ = _read(CLOZE)
    again, problems = _read({**item_to_document(item), "domain": "d"})
    assert problems == [] and again == item


@pytest.mark.parametrize("blanks, phrase", [
    ([], "needs at least one blank"),
    ([{"id": "b1", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "key": "z"}], "'z' is not one of"),
    ([{"id": "b1", "answers": []}], "needs 'answers'"),
    ([{"id": "b1", "key": "many"}], "expected a number"),
    ([{"id": "b1", "key": 1}, {"id": "b1", "key": 2}], "blank id 'b1' is used more than once"),
    ([{"id": "b1", "kind": "slider", "key": 1}], "one of choice, text, number"),
])
def test_bad_blanks_are_reported(blanks: list, phrase: str) -> None:
    item, problems = _read({**CLOZE, "blanks": blanks})
    assert item is None and any(phrase in line for line in problems), problems


def test_the_widget_gives_back_what_it_shows_and_the_candidate_can_type(qtbot) -> None:
    from PySide6.QtCore import Qt
    from app.ui.candidate.responses import answer_widget
    item, _ = _read(CLOZE)
    widget = answer_widget(item, (), lambda path: b"")
    qtbot.addWidget(widget)
    widget.show()
    assert widget.response() is None
    widget.set_response(key_response(item))
    assert score_item(item, widget.response()) == 3
    widget.set_response(None)
    with qtbot.waitSignal(widget.changed):
        widget.fields["b1"].setFocus()
        qtbot.keyClick(widget.fields["b1"], Qt.Key.Key_Down)  # the first real option
        widget.fields["b1"].activated.emit(widget.fields["b1"].currentIndex())
    qtbot.keyClicks(widget.fields["b2"], "voltage")
    qtbot.keyClick(widget.fields["b2"], Qt.Key.Key_Return)
    assert widget.response() == {"b1": "a", "b2": "voltage"}
    assert [widget.fields[b].accessibleName() for b in ("b1", "b2", "b3")] == ["Blank 1", "Blank 2", "Blank 3"]


def test_simulated_near_misses_lose_exactly_one_blank() -> None:
    from app.services.simulate import _wrong
    item, _ = _read(CLOZE)
    rng = random.Random(3)
    for _ in range(20):
        assert score_item(item, _wrong(item, rng)) == 2


def test_blanks_can_weigh_differently_and_keep_their_weights_in_the_package() -> None:
    weighted = {**CLOZE, "points": 4, "blanks": [dict(CLOZE["blanks"][0], weight=2), *CLOZE["blanks"][1:]]}
    item, problems = _read(weighted)
    assert problems == [] and [b.weight for b in item.blanks] == [2, 1, 1]
    assert score_item(item, {"b1": "a"}) == 2 and score_item(item, {"b2": "voltage", "b3": "48"}) == 2
    assert score_item(item, key_response(item)) == 4
    again, _ = _read({**item_to_document(item), "domain": "d"})
    assert again == item and "weight" not in item_to_document(_read(CLOZE)[0])["blanks"][1]
    _, problems = _read({**CLOZE, "blanks": [dict(CLOZE["blanks"][0], weight=0), *CLOZE["blanks"][1:]]})
    assert any("weight" in line and "above 0" in line for line in problems), problems
