"""Wilson intervals, Welch's t and one-way ANOVA against scipy, over generated data."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st
from scipy import stats

from app.domain.board_statistics import one_way_anova, regularized_beta, welch_t, wilson_interval

# percents as the reports store them (two decimals): no subnormal floats, where any float code rounds apart
scores = st.lists(st.integers(0, 10000).map(lambda x: x / 100), min_size=2, max_size=40)


@given(st.integers(0, 500), st.integers(1, 500))
def test_wilson_matches_scipy(successes: int, n: int) -> None:
    successes = min(successes, n)
    low, high = wilson_interval(successes, n)
    expected = stats.binomtest(successes, n).proportion_ci(method="wilson")
    assert low == pytest.approx(expected.low, abs=1e-9) and high == pytest.approx(expected.high, abs=1e-9)
    assert 0 <= low <= successes / n <= high <= 1


def test_wilson_without_observations() -> None:
    assert wilson_interval(0, 0) is None


@settings(max_examples=200)
@given(scores, scores)
def test_welch_matches_scipy(a: list[float], b: list[float]) -> None:
    found = welch_t(a, b)
    if len(set(a)) == 1 and len(set(b)) == 1:
        assert found is None
        return
    expected = stats.ttest_ind(a, b, equal_var=False)
    assert found.statistic == pytest.approx(expected.statistic, rel=1e-6, abs=1e-9)
    assert found.p_value == pytest.approx(expected.pvalue, rel=1e-6, abs=1e-12)


@settings(max_examples=200)
@given(st.lists(scores, min_size=2, max_size=5))
def test_anova_matches_scipy(groups: list[list[float]]) -> None:
    found = one_way_anova(groups)
    if all(len(set(g)) == 1 for g in groups):
        assert found is None
        return
    expected = stats.f_oneway(*groups)
    assert found.statistic == pytest.approx(expected.statistic, rel=1e-6, abs=1e-9)
    if math.isnan(expected.pvalue):  # scipy gives no p where the means are equal: F = 0, p = 1
        assert found.statistic == pytest.approx(0, abs=1e-9) and found.p_value == pytest.approx(1)
        return
    assert found.p_value == pytest.approx(expected.pvalue, rel=1e-6, abs=1e-12)


@given(st.floats(0, 1), st.floats(0.05, 200), st.floats(0.05, 200))
def test_regularized_beta_matches_scipy(x: float, a: float, b: float) -> None:
    from scipy.special import betainc
    assert regularized_beta(x, a, b) == pytest.approx(betainc(a, b, x), rel=1e-7, abs=1e-12)


def test_too_little_data_gives_no_test() -> None:
    assert welch_t([1.0], [2.0, 3.0]) is None and one_way_anova([[1.0, 2.0]]) is None
