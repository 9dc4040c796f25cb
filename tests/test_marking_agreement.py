"""Rater agreement statistics and the marking rules, against hand-computed tables, textbook
values and an independent formula (no Qt, no database)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from app.domain import agreement as ag
from app.domain.agreement import MarkPair, by_item, by_marker, cohen_kappa
from app.domain.exam import Item, Marking, RubricPoint
from app.domain.marking import (
    ADJUDICATION, FIRST, SECOND, Mark, decide, double_marked, may_mark, point_index, rubric_scale,
)


def _ratings(table: list[list[int]]) -> tuple[list[int], list[int]]:
    """Expand a confusion table (rows: rater A's category, columns: rater B's) into ratings."""
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [i] * count
            b += [j] * count
    return a, b


def test_textbook_two_category_kappa() -> None:
    # 50 proposals, A and B both yes 20, A yes B no 5, A no B yes 10, both no 15:
    # p_o = 0.70, p_e = 0.5*0.6 + 0.5*0.4 = 0.50, kappa = 0.40.
    a, b = _ratings([[20, 5], [10, 15]])
    assert cohen_kappa(a, b, 2) == pytest.approx(0.4)


def test_hand_computed_three_category_kappas() -> None:
    # Rows A, columns B over categories 0, 1, 2; n = 10.
    table = [[2, 1, 0], [1, 3, 1], [0, 0, 2]]
    a, b = _ratings(table)
    # p_o = 7/10; marginals A (3, 5, 2), B (3, 4, 3): p_e = (9 + 20 + 6) / 100 = 0.35
    assert cohen_kappa(a, b, 3) == pytest.approx((0.7 - 0.35) / (1 - 0.35))
    # quadratic weights 0, 1/4, 1: observed disagreement (1+1+1)*0.25/10 = 0.075;
    # expected: sum over cells of w * rowA * colB / 100
    expected = sum(((i - j) / 2) ** 2 * ra * cb for i, ra in enumerate((3, 5, 2))
                   for j, cb in enumerate((3, 4, 3))) / 100
    assert cohen_kappa(a, b, 3, "quadratic") == pytest.approx(1 - 0.075 / expected)


def test_kappa_is_undefined_when_chance_predicts_no_disagreement() -> None:
    assert cohen_kappa([1, 1, 1], [1, 1, 1], 3, "quadratic") is None
    assert cohen_kappa([], [], 2) is None


levels_and_ratings = st.integers(2, 6).flatmap(lambda k: st.tuples(
    st.just(k), st.lists(st.tuples(st.integers(0, k - 1), st.integers(0, k - 1)), min_size=2, max_size=60)))


@given(levels_and_ratings)
def test_identical_ratings_give_kappa_one(case) -> None:
    levels, pairs = case
    a = [x for x, _ in pairs]
    if len(set(a)) < 2:
        assert cohen_kappa(a, a, levels) is None
        return
    assert cohen_kappa(a, a, levels) == pytest.approx(1.0)
    assert cohen_kappa(a, a, levels, "quadratic") == pytest.approx(1.0)


@given(levels_and_ratings)
def test_quadratic_kappa_matches_the_moment_formula(case) -> None:
    """Independent check: with quadratic weights, kappa = 1 - mean((a-b)^2) /
    (var a + var b + (mean a - mean b)^2), population variances."""
    levels, pairs = case
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    n = len(a)
    mean_a, mean_b = sum(a) / n, sum(b) / n
    chance = sum((x - mean_a) ** 2 for x in a) / n + sum((y - mean_b) ** 2 for y in b) / n + (mean_a - mean_b) ** 2
    kappa = cohen_kappa(a, b, levels, "quadratic")
    if chance == 0:
        assert kappa is None
        return
    assert kappa == pytest.approx(1 - sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) / n / chance)
    assert kappa == pytest.approx(cohen_kappa(b, a, levels, "quadratic"))  # symmetric
    assert kappa <= 1 + 1e-9


@given(levels_and_ratings)
def test_unweighted_kappa_matches_observed_and_chance_agreement(case) -> None:
    levels, pairs = case
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    n = len(a)
    p_o = sum(x == y for x, y in pairs) / n
    p_e = sum((a.count(c) / n) * (b.count(c) / n) for c in range(levels))
    kappa = cohen_kappa(a, b, levels)
    assert kappa is None if p_e == 1 else kappa == pytest.approx((p_o - p_e) / (1 - p_e))


def _pair(item: str, m1: str, m2: str, x: float, y: float, levels: int = 4) -> MarkPair:
    return MarkPair(item, m1, m2, x, y, int(x), int(y), levels)


def test_per_item_exact_adjacent_and_mean_difference() -> None:
    pairs = [_pair("q1", "ann", "bo", 3, 3), _pair("q1", "ann", "bo", 2, 1), _pair("q1", "bo", "ann", 0, 2),
             _pair("q1", "ann", "bo", 1, 1), _pair("q2", "ann", "bo", 1, 0, levels=2)]
    items = by_item(pairs)
    q1 = items["q1"]
    assert q1.n == 4 and q1.exact == 0.5 and q1.adjacent == 0.75 and q1.weighted
    assert q1.mean_difference == pytest.approx((0 + 1 - 2 + 0) / 4)
    assert items["q2"].n == 1 and not items["q2"].weighted and items["q2"].kappa == 0  # p_o = p_e = 0


def test_per_marker_reads_each_pair_from_the_markers_side() -> None:
    pairs = [_pair("q1", "ann", "bo", 3, 2), _pair("q1", "bo", "ann", 1, 2)]
    found = {m.marker: m.agreement for m in by_marker(pairs)}
    assert found["ann"].mean_difference == pytest.approx(1.0)   # ann gave 1 more both times
    assert found["bo"].mean_difference == pytest.approx(-1.0)
    assert found["ann"].exact == 0 and found["ann"].adjacent == 1


def test_a_lenient_marker_is_flagged_and_only_with_enough_responses() -> None:
    steady = [_pair("q1", "ann", "bo", k % 4, k % 4) for k in range(12)]
    lenient = [_pair("q1", "ann", "cy", k % 3, k % 3 + 1) for k in range(12)]
    flags = {m.marker: m for m in by_marker(steady + lenient)}
    assert flags["cy"].drifting and "higher" in flags["cy"].reason
    assert not flags["bo"].drifting
    few = {m.marker: m for m in by_marker(lenient[:ag.MIN_PAIRS - 1])}
    assert not few["cy"].drifting  # too few to say


def test_a_marker_who_disagrees_more_than_the_others_is_flagged() -> None:
    agreeing = [_pair("q1", "ann", "bo", k % 4, k % 4) for k in range(20)]
    # dee scatters both ways: no mean difference, but little exact agreement
    scattered = [_pair("q1", "ann", "dee", 1, 2 if k % 2 else 0) for k in range(12)]
    flags = {m.marker: m for m in by_marker(agreeing + scattered)}
    assert flags["dee"].drifting and "agrees exactly" in flags["dee"].reason
    assert not flags["bo"].drifting


# -- marking rules ----------------------------------------------------------------------

def _manual(points: float, rubric: tuple[RubricPoint, ...] = ()) -> Item:
    return Item("q", "short_text", "d", "stem", points=points, scoring="manual", rubric_points=rubric)


def test_rubric_scale_defaults_to_whole_points() -> None:
    assert [p.points for p in rubric_scale(_manual(3))] == [0, 1, 2, 3]
    assert [p.points for p in rubric_scale(_manual(2.5))] == [0, 1, 2, 2.5]
    own = (RubricPoint(0, "nothing"), RubricPoint(2, "half"), RubricPoint(4, "all"))
    assert rubric_scale(_manual(4, own)) == own and point_index(own, 2) == 1


def test_decisions_single_double_and_adjudicated() -> None:
    first = Mark(FIRST, "ann", 2)
    assert decide([], False, 0).next == FIRST
    assert decide([first], False, 0).final == 2
    assert decide([first], True, 0).next == SECOND
    assert decide([first, Mark(SECOND, "bo", 2)], True, 0).final == 2
    assert decide([first, Mark(SECOND, "bo", 3)], True, 1).final == 2.5   # within tolerance: the mean
    assert decide([first, Mark(SECOND, "bo", 3)], True, 0).next == ADJUDICATION
    assert decide([first, Mark(SECOND, "bo", 0)], True, 1).next == ADJUDICATION
    assert decide([first, Mark(SECOND, "bo", 0), Mark(ADJUDICATION, "cy", 1)], True, 1).final == 1
    assert not may_mark([first], "ann") and may_mark([first], "bo")


def test_sampling_is_stable_and_near_its_share() -> None:
    sample = Marking("sample", 25.0, 0)
    chosen = [double_marked(sample, f"attempt-{k}", "q") for k in range(4000)]
    assert chosen == [double_marked(sample, f"attempt-{k}", "q") for k in range(4000)]
    assert math.isclose(sum(chosen) / 4000, 0.25, abs_tol=0.03)
    assert not any(double_marked(Marking(), f"a{k}", "q") for k in range(50))
    assert all(double_marked(Marking("all"), f"a{k}", "q") for k in range(50))


# -- the marking setting and rubric points, as read from a source or a package ----------

def _marking_documents():
    from app.formats.exam_content import exam_to_document
    from app.formats.exam_source import load_exam_source
    from tests.conftest import MINI_EXAM
    document = exam_to_document(load_exam_source(MINI_EXAM))
    document["marking"] = {"double_marking": "sample", "sample_percent": 20, "tolerance": 1}
    manual = next(i for i in document["items"] if i["id"] == "q-manual")
    manual.update(points=3, rubric_points=[{"points": p, "text": f"level {p}"} for p in range(4)])
    return document


MARKING_DOCUMENT = _marking_documents()


def _marking_paths() -> list[tuple]:
    from tests.fuzz_helpers import value_paths
    manual = next(n for n, i in enumerate(MARKING_DOCUMENT["items"]) if i["id"] == "q-manual")
    return ([("marking",) + p for p in value_paths(MARKING_DOCUMENT["marking"])] +
            [("items", manual, "rubric_points") + p for p in value_paths(MARKING_DOCUMENT["items"][manual]
                                                                            ["rubric_points"], max_items=2)] +
            [("items", manual, "points"), ("items", manual, "scoring")])


marking_values = st.one_of(st.none(), st.booleans(), st.integers(-3, 12), st.floats(allow_nan=True),
                           st.sampled_from(["none", "all", "sample", "", "some"]),
                           st.lists(st.integers(-1, 4), max_size=3),
                           st.fixed_dictionaries({"points": st.integers(-1, 5)}, optional={"text": st.text(max_size=5)}))


@settings(max_examples=150, deadline=None)
@given(where=st.sampled_from(_marking_paths()), value=marking_values)
def test_a_corrupted_marking_setting_or_rubric_is_reported_or_round_trips(where, value) -> None:
    """Whatever the reader accepts keeps its rules (a sample has a share, the rubric tops out at
    the item's points) and survives the package's document unchanged."""
    import json

    from app.domain.errors import SourceInvalid
    from app.formats.exam_content import exam_from_document, exam_to_document
    document = json.loads(json.dumps(MARKING_DOCUMENT))
    target = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    try:
        exam = exam_from_document(document, {"media/panel.png"})
    except SourceInvalid as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    marking = exam.marking
    assert marking.double_marking in ("none", "all", "sample") and marking.tolerance >= 0
    assert (marking.double_marking == "sample") == (marking.sample_percent > 0) and marking.sample_percent <= 100
    for item in exam.items:
        if item.manually_scored:
            scale = rubric_scale(item)
            assert scale[-1].points == item.points and all(0 <= p.points <= item.points for p in scale)
            assert [p.points for p in scale] == sorted({p.points for p in scale})
    assert exam_from_document(exam_to_document(exam), {"media/panel.png"}) == exam
