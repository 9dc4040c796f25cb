"""Statistics a certification board reads next to the pass rates: Wilson score intervals for a
proportion, and a test of whether the forms of an exam differ in mean score (Welch's t for two
forms, one-way ANOVA for three or more). Plain Python (math only): the built folder has no scipy.

The p-values use the regularized incomplete beta function, evaluated by its continued fraction
(modified Lentz method); tests/test_board_statistics.py checks them against scipy."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

Z95 = 1.959963984540054  # the standard normal quantile for a two-sided 95 % interval


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion; None without observations. Unlike the plain
    p ± z·SE it stays inside 0..1 and keeps a sensible width at small n and at 0 % or 100 %."""
    if n <= 0:
        return None
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    # at 0 % or 100 % the bound is exactly 0 or 1; the formula can miss it by a rounding error
    return (0.0 if successes == 0 else max(0.0, centre - half)), (1.0 if successes == n else min(1.0, centre + half))


@dataclass(frozen=True)
class DifferenceTest:
    """A test of whether group means differ: its name, the statistic, degrees of freedom and p."""

    test: str                 # "Welch's t" or "one-way ANOVA"
    statistic: float
    df: tuple[float, ...]     # (df,) for t; (between, within) for F
    p_value: float

    def line(self) -> str:
        df = ", ".join(f"{d:.1f}" if d != int(d) else f"{int(d)}" for d in self.df)
        name = "t" if self.test == "Welch's t" else "F"
        return f"{self.test}: {name}({df}) = {self.statistic:.3f}, p = {self.p_value:.4f}"


@dataclass(frozen=True)
class GroupMoments:
    """What the tests need of one group of scores: how many, their sum, and the sum of squared
    distances from their mean (a database can add these up without handing over the scores)."""

    n: int
    total: float
    squares: float

    @property
    def mean(self) -> float:
        return self.total / self.n

    @classmethod
    def of(cls, values: Sequence[float]) -> GroupMoments:
        mean = sum(values) / len(values)
        return cls(len(values), sum(values), sum((x - mean) ** 2 for x in values))


def welch_t(a: Sequence[float], b: Sequence[float]) -> DifferenceTest | None:
    """Welch's two-sample t test (unequal variances); None when a group has fewer than two
    scores or neither group varies."""
    if len(a) < 2 or len(b) < 2:
        return None
    return welch_t_of(GroupMoments.of(a), GroupMoments.of(b))


def welch_t_of(a: GroupMoments, b: GroupMoments) -> DifferenceTest | None:
    """Welch's t test from each group's moments (see welch_t)."""
    if a.n < 2 or b.n < 2:
        return None
    se2a, se2b = a.squares / (a.n - 1) / a.n, b.squares / (b.n - 1) / b.n
    if se2a + se2b == 0:
        return None
    t = (a.mean - b.mean) / math.sqrt(se2a + se2b)
    df = (se2a + se2b) ** 2 / (se2a ** 2 / (a.n - 1) + se2b ** 2 / (b.n - 1))
    return DifferenceTest("Welch's t", t, (df,), t_two_sided_p(t, df))


def one_way_anova(groups: Sequence[Sequence[float]]) -> DifferenceTest | None:
    """Classical one-way ANOVA over the groups; None with fewer than two groups, too few scores
    or no variance within groups."""
    return one_way_anova_of([GroupMoments.of(g) for g in groups if len(g)])


def one_way_anova_of(groups: Sequence[GroupMoments]) -> DifferenceTest | None:
    """One-way ANOVA from each group's moments (see one_way_anova)."""
    groups = [g for g in groups if g.n]
    total = sum(g.n for g in groups)
    if len(groups) < 2 or total - len(groups) < 1:
        return None
    grand = sum(g.total for g in groups) / total
    between = sum(g.n * (g.mean - grand) ** 2 for g in groups)
    within = sum(g.squares for g in groups)
    df1, df2 = len(groups) - 1, total - len(groups)
    if within == 0:
        return None
    f = (between / df1) / (within / df2)
    return DifferenceTest("one-way ANOVA", f, (float(df1), float(df2)), f_upper_p(f, df1, df2))


def t_two_sided_p(t: float, df: float) -> float:
    return regularized_beta(df / (df + t * t), df / 2, 0.5)


def f_upper_p(f: float, df1: float, df2: float) -> float:
    return regularized_beta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2)


def regularized_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) for 0 <= x <= 1 and a, b > 0."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):  # the continued fraction converges fast on this side
        return math.exp(log_front) * _beta_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(1 - x, b, a) / b


def _beta_fraction(x: float, a: float, b: float, tiny: float = 1e-300) -> float:
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return result


def mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and sample SD (n - 1); None where there are too few values."""
    if not values:
        return None, None
    return mean_sd_of(GroupMoments.of(values))


def mean_sd_of(group: GroupMoments) -> tuple[float | None, float | None]:
    """Mean and sample SD (n - 1) from a group's moments; None where there are too few values."""
    if not group.n:
        return None, None
    if group.n < 2:
        return group.mean, None
    return group.mean, math.sqrt(group.squares / (group.n - 1))
