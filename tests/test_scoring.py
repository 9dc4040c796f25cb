"""Scoring of every item type, forms, cut and scaled scores, and the composite rule."""

from __future__ import annotations

import pytest

from app.domain import composite
from app.domain.exam import Region
from app.domain.key_check import key_check
from app.domain.scoring import key_response, parse_number, score_form, score_item
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM


@pytest.fixture(scope="module")
def exam():
    return load_exam_source(MINI_EXAM)


@pytest.mark.parametrize("item_id, response, points", [
    ("q-single", "b", 1), ("q-single", "a", 0), ("q-single", ["b"], 0), ("q-single", None, 0),
    ("q-multi", ["a", "b"], 2), ("q-multi", ["a"], 1), ("q-multi", ["a", "c"], 0),
    ("q-multi", ["a", "b", "c"], 1), ("q-multi", "ab", 0), ("q-multi", [], 0),
    ("q-tf", True, 1), ("q-tf", False, 0), ("q-tf", "true", 0), ("q-tf", 1, 0),
    ("q-num", "9", 1), ("q-num", "9.1", 1), ("q-num", "8,95", 1), ("q-num", "9.2", 0),
    ("q-num", "nine", 0), ("q-num", "nan", 0), ("q-num", "inf", 0), ("q-num", True, 0),
    ("q-order", ["s1", "s2", "s3"], 1), ("q-order", ["s2", "s1", "s3"], 0), ("q-order", {"a": 1}, 0),
    ("q-match", {"p1": "c1", "p2": "c2"}, 1), ("q-match", {"p1": "c1", "p2": "c3"}, 0.5),
    ("q-match", {"p1": "c2", "p2": "c1"}, 0), ("q-match", ["c1"], 0),
    ("q-hot", [20, 20], 1), ("q-hot", [80, 25], 0), ("q-hot", [5, 5], 0), ("q-hot", ["x", 1], 0),
    ("q-hot", [1], 0),
    ("q-text", "bms", 1), ("q-text", "  BMS ", 1), ("q-text", "BMX", 0),
    ("q-pattern", "11.5 Nm", 1), ("q-pattern", "12 N·m", 1), ("q-pattern", "13 Nm", 0),
    ("q-manual", "Because reversed polarity damages the inverter", 0),
])
def test_item_scores(exam, item_id: str, response, points: float) -> None:
    assert score_item(exam.item(item_id), response) == pytest.approx(points)


def test_key_responses_score_full_marks_and_manual_items_wait_for_a_person(exam) -> None:
    for item in exam.items:
        expected = 0 if item.manually_scored else item.points
        assert score_item(item, key_response(item)) == expected, item.id
    assert key_check(exam) == []


def test_form_score_cut_scaled_and_domains(exam) -> None:
    form = exam.forms[0]
    keyed = {i: key_response(exam.item(i)) for i in form.item_ids}
    full = score_form(exam, form, keyed)
    assert full.maximum == 11 and full.raw == 10 and full.pending_manual == ("q-manual",)
    assert full.passed and full.scaled == pytest.approx(100 + 400 * 10 / 11, abs=0.01)
    assert full.domain_percent["d1"] == 100.0 and full.domain_percent["d2"] == pytest.approx(400 / 5)
    nothing = score_form(exam, form, {})
    assert (nothing.raw, nothing.passed, nothing.scaled) == (0, False, 100.0)
    # 6 of 11 points is 54.5 %: under the 60 % cut.
    some = {k: keyed[k] for k in ("q-single", "q-multi", "q-tf", "q-num", "q-order")}
    assert score_form(exam, form, some).raw == 6 and not score_form(exam, form, some).passed


def test_key_check_reports_a_wrong_key(exam) -> None:
    from dataclasses import replace
    broken = replace(exam, items=tuple(replace(i, tolerance=-1.0) if i.id == "q-num" else i for i in exam.items))
    assert any("q-num" in p for p in key_check(broken))


@pytest.mark.parametrize("shape, coords, inside, outside", [
    ("rect", (0, 0, 10, 5), (10, 5), (10.1, 5)),
    ("circle", (0, 0, 5), (3, 4), (3.6, 4)),
    ("polygon", (0, 0, 10, 0, 0, 10), (2, 2), (6, 6)),
])
def test_regions(shape, coords, inside, outside) -> None:
    region = Region("r", shape, coords)
    assert region.contains(*inside) and not region.contains(*outside)


def test_parse_number_accepts_what_people_type() -> None:
    assert parse_number(" 1 234,5 ") == 1234.5 and parse_number("1e3") == 1000
    for bad in ("1,2,3", "", "--1", "1.2.3"):
        with pytest.raises(ValueError):
            parse_number(bad)


@pytest.mark.parametrize("rule, outcomes, expected", [
    ("written AND checklist:a", {"written": True, "checklist:a": True}, True),
    ("written AND checklist:a", {"written": True}, False),
    ("written OR checklist:a AND checklist:b", {"written": True}, True),
    ("(written OR checklist:a) AND checklist:b", {"written": True}, False),
    ("NOT written", {}, True),
    ("written and not checklist:a", {"written": True, "checklist:a": False}, True),
])
def test_composite_rules(rule, outcomes, expected) -> None:
    assert composite.evaluate(composite.parse_rule(rule), outcomes) is expected


@pytest.mark.parametrize("rule", ["", "written AND", "(written", "written)", "written checklist:a",
                                  "written & checklist:a", "practical", "NOT", "checklist:"])
def test_composite_rule_errors(rule) -> None:
    with pytest.raises(ValueError):
        composite.parse_rule(rule)
