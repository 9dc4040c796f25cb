"""Mapped scoring (QTI's map_response) and formatted stems in the exam source format."""

from __future__ import annotations

import pytest

from app.domain.item_reader import read_item
from app.domain.problems import Problems
from app.domain.scoring import score_item


def _item(**fields):
    problems = Problems()
    item = read_item(problems, {"id": "q", "domain": "d", "stem": "Stem", **fields}, {"d"})
    return item, problems.lines


CHOICES = [{"id": i, "text": i.upper()} for i in "abcd"]


def test_multiple_response_adds_each_distinct_choice_within_the_bounds() -> None:
    item, problems = _item(type="multiple_response", options=CHOICES, key=["a", "c"], points=2,
                           mapping={"entries": [{"key": "a", "value": 1}, {"key": "c", "value": 1.5},
                                                {"key": "b", "value": -1}], "default": -0.25, "upper": 2})
    assert problems == []
    assert score_item(item, ["a", "c"]) == 2          # 2.5 held at the upper bound
    assert score_item(item, ["a", "a"]) == 1          # a choice counts once
    assert score_item(item, ["a", "d"]) == 0.75       # d is unlisted: the default
    assert score_item(item, ["b"]) == 0               # below zero scores zero
    assert score_item(item, "a") == 0                 # malformed


def test_matching_maps_premise_choice_pairs() -> None:
    item, problems = _item(type="matching", premises=[{"id": "p1", "text": "One"}, {"id": "p2", "text": "Two"}],
                           choices=[{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}], key={"p1": "x", "p2": "y"},
                           points=3, mapping={"entries": [{"key": "p1 x", "value": 1}, {"key": "p2 y", "value": 2},
                                                          {"key": "p1 y", "value": -0.5}], "lower": 0})
    assert problems == []
    assert score_item(item, {"p1": "x", "p2": "y"}) == 3
    assert score_item(item, {"p1": "y", "p2": "y"}) == 1.5


def test_short_text_entries_say_whether_case_matters() -> None:
    item, problems = _item(type="short_text", answers=["LiFePO4"], points=1,
                           mapping={"entries": [{"key": "LiFePO4", "value": 1, "case_sensitive": True},
                                                {"key": "lithium iron phosphate", "value": 1, "case_sensitive": False}],
                                    "upper": 1})
    assert problems == []
    assert score_item(item, "LiFePO4") == 1 and score_item(item, "lifepo4") == 0
    assert score_item(item, "  Lithium  IRON phosphate ") == 1


def test_numeric_and_hotspot_mappings() -> None:
    numeric, problems = _item(type="numeric", key=48, points=1,
                              mapping={"entries": [{"key": "48", "value": 1}, {"key": "4.8", "value": 0.5}]})
    assert problems == [] and score_item(numeric, "48,0") == 1 and score_item(numeric, "4.8") == 0.5
    hotspot, problems = _item(type="hotspot", image="media/x.png", key=["big"], points=1.5,
                              regions=[{"id": "big", "shape": "rect", "coords": [0, 0, 100, 100]},
                                       {"id": "small", "shape": "circle", "coords": [50, 50, 10]}],
                              mapping={"entries": [{"key": "big", "value": 1}, {"key": "small", "value": 0.5}]})
    assert problems == []
    assert score_item(hotspot, [50, 50]) == 1.5 and score_item(hotspot, [5, 5]) == 1
    assert score_item(hotspot, [500, 500]) == 0


@pytest.mark.parametrize("fields, phrase", [
    (dict(type="ordering", options=CHOICES, key=list("abcd"), mapping={"entries": [{"key": "a", "value": 1}]}),
     "unknown field 'mapping'"),
    (dict(type="single_choice", options=CHOICES, key="a", mapping={"entries": [{"key": "z", "value": 1}]}),
     "'z' is not something a candidate can answer with"),
    (dict(type="single_choice", options=CHOICES, key="a",
          mapping={"entries": [{"key": "a", "value": 1}], "lower": 2, "upper": 1}), "'lower' must not be above"),
    (dict(type="single_choice", options=CHOICES, key="a", mapping={"entries": []}), "needs at least one entry"),
    (dict(type="single_choice", options=CHOICES, key="a", stem_html="<p>Hi</p><script>x()</script>"),
     "<script> is not allowed"),
    (dict(type="single_choice", options=CHOICES, key="a", stem_html='<p onclick="x()">Hi</p>'),
     "'onclick' on <p> is not allowed"),
    (dict(type="single_choice", options=CHOICES, key="a", stem_html='<td colspan="javascript:x">1</td>'),
     "'colspan' on <td> is not allowed"),
])
def test_bad_mappings_and_stems_are_reported(fields: dict, phrase: str) -> None:
    item, problems = _item(**fields)
    assert item is None and any(phrase in line for line in problems), problems


def test_a_formatted_stem_is_accepted() -> None:
    item, problems = _item(type="single_choice", options=CHOICES, key="a",
                           stem_html='<p>Use <strong>only</strong>:</p><table><tr><td colspan="2">x</td></tr></table>')
    assert problems == [] and item.stem_html.startswith("<p>")
