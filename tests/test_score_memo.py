"""ScoreMemo (the import's remembered scores) gives score_item's points for every response, in
any order, however many responses look alike: a remembered score is never another response's."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.scoring import ScoreMemo, key_response, response_key, score_item
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM

ESS = Path(__file__).resolve().parents[1] / "exam_packages" / "ess-integration"
EXAMS = [load_exam_source(MINI_EXAM), load_exam_source(ESS)]
ITEMS = [(exam_index, item.id) for exam_index, exam in enumerate(EXAMS) for item in exam.items]

# values that equal each other in Python but are different data, and so may score differently
LOOKALIKES = [True, 1, 1.0, False, 0, 0.0, -0.0, "1", "true", [1], [True], [1.0], {"a": 1}, {"a": True},
              {"a": 1, "b": 2}, {"b": 2, "a": 1}, [20, 20], [20.0, 20], [20, 20.0], ["20", 20], []]


def _scalars(exam_index: int) -> st.SearchStrategy:
    """What a candidate can send: the exam's own ids and words, numbers, and lookalikes of them."""
    exam = EXAMS[exam_index]
    words = sorted({o.id for i in exam.items for o in i.options} | {i.id for i in exam.items}
                   | {"9", "9.1", "8,95", "bms", " BMS ", "11.5 Nm", "x"})
    return (st.sampled_from(words) | st.booleans() | st.integers(-3, 100) | st.floats(allow_nan=False, width=32)
            | st.sampled_from(LOOKALIKES) | st.none() | st.text(max_size=4))


def _responses(exam_index: int) -> st.SearchStrategy:
    scalar = _scalars(exam_index)
    keys = st.sampled_from([key_response(i) for i in EXAMS[exam_index].items])
    nested = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.sampled_from(sorted({o.id for i in EXAMS[exam_index].items
                                                                     for o in i.options}) or ["a"])
                                            | st.text(max_size=2), inner, max_size=4), max_leaves=8)
    return keys | nested


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_remembered_scores_are_score_items_points(data) -> None:
    """One memo over many responses to many items (as over a bundle's attempts): each score it
    gives is score_item's, exactly, whether scored afresh or remembered."""
    memo = ScoreMemo()
    exam_index = data.draw(st.sampled_from([0, 1]))
    exam = EXAMS[exam_index]
    asked = data.draw(st.lists(st.tuples(st.sampled_from(exam.items), _responses(exam_index)), min_size=1,
                               max_size=40))
    for item, response in asked + asked[::-1]:
        assert memo.score(item, response) == score_item(item, response), (item.id, response)


@pytest.mark.parametrize("exam_index, item_id", ITEMS)
def test_lookalike_responses_are_each_scored_as_themselves(exam_index: int, item_id: str) -> None:
    item = EXAMS[exam_index].item(item_id)
    memo = ScoreMemo()
    responses = [key_response(item), *LOOKALIKES, key_response(item), *reversed(LOOKALIKES)]
    assert [memo.score(item, r) for r in responses] == [score_item(item, r) for r in responses]


def test_keys_tell_apart_data_python_calls_equal() -> None:
    keys = [response_key(v) for v in LOOKALIKES]
    assert len(set(keys)) == len(LOOKALIKES)
    assert response_key({"a": [1, "x"]}) == response_key({"a": [1, "x"]})
    assert response_key(object()) != response_key(object())  # nothing JSON gives: never shared


def test_an_item_of_an_unknown_type_still_raises_each_time() -> None:
    """As score_item does: an unregistered type is an error, not a 0, and never remembered."""
    item = EXAMS[0].items[0]
    unknown = type(item).__new__(type(item))
    for name in item.__dataclass_fields__:
        object.__setattr__(unknown, name, getattr(item, name))
    object.__setattr__(unknown, "type", "no_such_type")
    memo = ScoreMemo()
    for _ in range(2):
        with pytest.raises(Exception) as raised:
            memo.score(unknown, "a")
        with pytest.raises(type(raised.value)):
            score_item(unknown, "a")
