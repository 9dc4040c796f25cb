"""Item analysis: the numpy sums give the very same floats as the plain Python code the body
used before (bit for bit), and agree with a direct, independent numpy computation; edge cases
(one attempt, no variance, everything omitted, no attempts) included."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import psychometrics, psychometrics_numpy
from app.domain.psychometrics import item_analysis, item_statistics, reliability
from tests.conftest import ROOT

CELLS = st.one_of(st.sampled_from([0.0, 1.0]), st.sampled_from([0.0, 0.25, 0.5, 2 / 3, 1.0]),
                  st.floats(0, 1, allow_nan=False, allow_subnormal=False))


@st.composite
def matrices(draw) -> tuple[list[str], list[list[float]], list[list[bool]]]:
    n, k = draw(st.integers(0, 40)), draw(st.integers(1, 9))
    cell = draw(st.sampled_from([st.sampled_from([0.0, 1.0]), CELLS]))  # dichotomous tests, or any scores
    scores = [[draw(cell) for _ in range(k)] for _ in range(n)]
    omitted = [[draw(st.booleans()) for _ in range(k)] for _ in range(n)]
    return [f"item-{j}" for j in range(k)], scores, omitted


def _plain(ids, scores, omitted):
    return psychometrics._plain_item_statistics(ids, scores, omitted), psychometrics._plain_reliability(scores)


@settings(max_examples=300, deadline=None)
@given(matrices(), st.integers(1, 7))
def test_numpy_sums_equal_the_plain_python_ones_bit_for_bit(matrix, block) -> None:
    ids, scores, omitted = matrix
    old_items, old_reliability = _plain(ids, scores, omitted)
    kept, psychometrics_numpy.BLOCK = psychometrics_numpy.BLOCK, block  # sums carried across blocks of rows
    try:
        assert item_statistics(ids, scores, omitted) == old_items
        as_array = np.array(scores).reshape(len(scores), len(ids))
        assert item_analysis(ids, as_array, np.array(omitted)) == (old_items, old_reliability)
        assert reliability(scores) == old_reliability
    finally:
        psychometrics_numpy.BLOCK = kept


def test_a_large_matrix_in_many_blocks_equals_the_plain_code() -> None:
    rng = np.random.default_rng(7)
    scores = (rng.random((5000, 12)) < 0.6).astype(float) * rng.choice([0.5, 1.0], size=(5000, 12))
    omitted = rng.random((5000, 12)) < 0.05
    ids = [f"i{j}" for j in range(12)]
    assert item_analysis(ids, scores, omitted) == _plain(ids, scores.tolist(), omitted.tolist())


@settings(max_examples=200, deadline=None)
@given(matrices())
def test_item_analysis_agrees_with_a_direct_numpy_computation(matrix) -> None:
    ids, scores, omitted = matrix
    x = np.array(scores, dtype=float).reshape(len(scores), len(ids))
    n, k = x.shape
    stats = item_statistics(ids, x, omitted)
    for j, s in enumerate(stats):
        assert s.n == n
        assert s.difficulty == pytest.approx(x[:, j].mean() if n else 0.0, abs=1e-12)
        assert s.omit_rate == pytest.approx(np.array(omitted, dtype=float).reshape(n, k)[:, j].mean() if n else 0.0)
        rest = x.sum(axis=1) - x[:, j]
        if n < 2 or x[:, j].std() < 1e-12 or rest.std() < 1e-12:
            continue  # no variance (or only rounding noise): None is asserted by the edge cases
        assert s.point_biserial == pytest.approx(np.corrcoef(x[:, j], rest)[0, 1], abs=1e-9)
    r = reliability(x)
    assert (r.n, r.items) == (n, k if n else 0)
    if n:
        totals = x.sum(axis=1)
        assert r.mean == pytest.approx(totals.mean(), abs=1e-9)
        if n > 1 and k > 1 and totals.var() > 1e-12:
            alpha = k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / totals.var(ddof=1))
            assert r.alpha == pytest.approx(alpha, abs=1e-9)


def test_one_attempt_has_difficulties_but_no_correlations_or_alpha() -> None:
    stats = item_statistics(["a", "b"], [[1.0, 0.0]], [[False, True]])
    assert [(s.n, s.difficulty, s.point_biserial, s.omit_rate) for s in stats] == [(1, 1.0, None, 0.0),
                                                                                  (1, 0.0, None, 1.0)]
    assert reliability([[1.0, 0.0]]) == psychometrics.Reliability(1, 2, None, None, 1.0, 0.0)


def test_an_item_everyone_got_right_has_no_variance_and_is_flagged() -> None:
    stats = item_statistics(["same", "varies"], [[1.0, 0.0], [1.0, 1.0], [1.0, 0.0]], [[False] * 2] * 3)
    assert stats[0].point_biserial is None and stats[0].flags == ("very easy", "no variance")
    assert stats[1].point_biserial is None  # its rest (the constant item) does not vary either
    assert reliability([[1.0, 1.0], [1.0, 1.0]]).alpha is None  # identical totals: no alpha


def test_everything_omitted() -> None:
    stats = item_statistics(["a", "b", "c"], [[0.0] * 3] * 4, [[True] * 3] * 4)
    assert all(s.omit_rate == 1.0 and s.difficulty == 0.0 and s.point_biserial is None for s in stats)
    assert all(s.flags == ("very hard", "no variance") for s in stats)
    assert reliability([[0.0] * 3] * 4).alpha is None


def test_no_attempts() -> None:
    stats = item_statistics(["a"], [], [])
    assert [(s.n, s.difficulty, s.point_biserial, s.omit_rate) for s in stats] == [(0, 0.0, None, 0.0)]
    assert reliability([]) == psychometrics.Reliability(0, 0, None, None, 0.0, 0.0)
    assert reliability(np.zeros((0, 5))) == psychometrics.Reliability(0, 0, None, None, 0.0, 0.0)


def test_a_single_item_sums_in_order_too() -> None:
    """One column is where numpy would otherwise sum pairwise."""
    column = [[v] for v in np.random.default_rng(3).random(1000).tolist()]
    assert item_statistics(["only"], column, [[False]] * 1000) == \
        psychometrics._plain_item_statistics(["only"], column, [[False]] * 1000)


def test_without_numpy_the_plain_code_gives_the_same_report() -> None:
    """The built folder leaves numpy out: the body's reports still work, and say the same."""
    code = textwrap.dedent("""
        import importlib.abc, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "numpy":
                    raise ImportError("numpy is blocked")
        sys.meta_path.insert(0, Block())
        from app.domain.psychometrics import item_statistics, reliability
        scores = [[1.0, 0.0, 0.5], [0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [0.0, 1.0, 0.25]]
        print(repr((item_statistics(list("abc"), scores, [[False] * 3] * 4), reliability(scores))))
        print("numpy" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=60).stdout.splitlines()
    scores = [[1.0, 0.0, 0.5], [0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [0.0, 1.0, 0.25]]
    assert out == [repr((item_statistics(list("abc"), scores, [[False] * 3] * 4), reliability(scores))), "False"]


# What the plain-Python analysis of before December 2026 (squares by `** 2`) gave for the matrix
# below, to 12 decimals: the new code must say the same.
PREVIOUS_ITEMS = [
    (0.43625, 0.416039214197, 0.0575), (0.4925, 0.433088009483, 0.0475), (0.4675, 0.393227644289, 0.0425),
    (0.495, 0.415999579799, 0.045), (0.3925, 0.335005846328, 0.035), (0.45, 0.433717697595, 0.065),
    (0.485, 0.438341725966, 0.0575), (0.5025, 0.456374102472, 0.0525), (0.42375, 0.359322261841, 0.0525),
    (0.4725, 0.365673273239, 0.04), (0.4575, 0.448493605815, 0.06), (0.47, 0.324634685127, 0.065)]
PREVIOUS_RELIABILITY = (0.766568027784, 1.498403114442, 5.545, 3.101333693218)


def test_the_figures_are_those_the_previous_code_gave() -> None:
    rng = random.Random(15)
    n, k = 400, 12
    ability = [rng.gauss(0, 1) for _ in range(n)]
    scores = [[(1.0 if a - d + rng.gauss(0, 1) > 0 else 0.0) * (0.5 if j % 4 == 0 and rng.random() < 0.3 else 1.0)
               for j, d in enumerate([rng.gauss(0, 1) for _ in range(k)])] for a in ability]
    omitted = [[rng.random() < 0.05 for _ in range(k)] for _ in range(n)]
    for analyse in (item_analysis, lambda *matrix: _plain(*matrix)):
        stats, r = analyse([f"i{j}" for j in range(k)], scores, omitted)
        assert [(round(s.difficulty, 12), round(s.point_biserial, 12), round(s.omit_rate, 12))
                for s in stats] == PREVIOUS_ITEMS
        assert (round(r.alpha, 12), round(r.sem, 12), round(r.mean, 12), round(r.sd, 12)) == PREVIOUS_RELIABILITY
