"""Classical item analysis and reliability.

Scores are a matrix: one row per attempt, one column per item, each cell the fraction
of the item's points earned (0..1; a dichotomous item gives 0 or 1); a numpy array or
nested sequences.

With numpy installed (a dependency of the app, left out of the built folder to keep it
small) the sums run vectorised; without it, in plain Python. Both add in the same order
(down each column attempt by attempt, along each row item by item) and square by
multiplying, so they give the very same floats (tests/test_psychometrics.py checks it bit for
bit, and against the figures the previous code gave).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

from app.domain.errors import template

Matrix = Sequence[Sequence[float]] | Any  # nested sequences or a 2-D numpy array

# Review flags: items too hard or too easy to inform, or that do not separate
# stronger from weaker candidates (rules of thumb of classical test theory).
HARD_P, EASY_P, LOW_RPB = 0.20, 0.95, 0.15


@dataclass(frozen=True)
class ItemStats:
    item_id: str
    n: int
    difficulty: float            # p: mean fraction of points earned
    point_biserial: float | None  # correlation of the item with the rest of the test (corrected)
    omit_rate: float
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Reliability:
    n: int
    items: int
    alpha: float | None          # Cronbach's alpha; equals KR-20 when every item is 0/1
    sem: float | None            # standard error of measurement, in raw points (fractions summed)
    mean: float
    sd: float


def item_analysis(item_ids: Sequence[str], scores: Matrix,
                  omitted: Matrix) -> tuple[list[ItemStats], Reliability]:
    """Item statistics and reliability of one form, from one walk over the matrix."""
    vectorised = _vectorised()
    if vectorised is None:
        return _plain_item_statistics(item_ids, scores, omitted), _plain_reliability(scores)
    sums = vectorised.columns(scores, omitted, len(item_ids))
    return _item_stats(item_ids, sums), _vectorised_reliability(sums)


def item_statistics(item_ids: Sequence[str], scores: Matrix, omitted: Matrix) -> list[ItemStats]:
    """Per item: difficulty, corrected point-biserial, omit rate and review flags."""
    return item_analysis(item_ids, scores, omitted)[0]


def _item_stats(item_ids: Sequence[str], sums: Any) -> list[ItemStats]:
    p, omit = sums.p.tolist(), sums.omit.tolist()
    rpb = sums.point_biserials() if sums.n > 1 else [None] * len(item_ids)
    return [ItemStats(item_id, sums.n, p[j], rpb[j], omit[j], _flags(p[j], rpb[j]))
            for j, item_id in enumerate(item_ids)]


def _plain_item_statistics(item_ids: Sequence[str], scores: Matrix, omitted: Matrix) -> list[ItemStats]:
    n = len(scores)
    totals = [sum(row) for row in scores]
    stats = []
    for j, item_id in enumerate(item_ids):
        column = [row[j] for row in scores]
        p = sum(column) / n if n else 0.0
        rest = [t - x for t, x in zip(totals, column, strict=True)]
        rpb = correlation(column, rest)
        omit = sum(1 for row in omitted if row[j]) / n if n else 0.0
        stats.append(ItemStats(item_id, n, p, rpb, omit, _flags(p, rpb)))
    return stats


def _flags(p: float, rpb: float | None) -> tuple[str, ...]:
    flags = []
    if p < HARD_P:
        flags.append(template("very hard"))
    if p > EASY_P:
        flags.append(template("very easy"))
    if rpb is None:
        flags.append(template("no variance"))
    elif rpb < LOW_RPB:
        flags.append(template("low discrimination") if rpb >= 0 else template("negative discrimination"))
    return tuple(flags)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson correlation; None when either side does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum(_square(x - mean_x) for x in xs)
    syy = sum(_square(y - mean_y) for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def reliability(scores: Matrix) -> Reliability:
    """Cronbach's alpha (KR-20 for 0/1 items), SEM, mean and SD of the total scores."""
    vectorised = _vectorised()
    if vectorised is None:
        return _plain_reliability(scores)
    n = len(scores)
    k = len(scores[0]) if n else 0
    return _vectorised_reliability(vectorised.columns(scores, None, k))


def _vectorised_reliability(sums: Any) -> Reliability:
    n, k = sums.n, sums.k if sums.n else 0
    variance = sums.total_squares / (n - 1) if n > 1 else 0.0
    return _reliability(n, k, sums.total_mean, variance, sums.item_variance() if k > 1 else 0.0)


def _plain_reliability(scores: Matrix) -> Reliability:
    n = len(scores)
    k = len(scores[0]) if n else 0
    totals = [sum(row) for row in scores]
    mean = sum(totals) / n if n else 0.0
    variance = _variance(totals)
    item_variance = sum(_variance([row[j] for row in scores]) for j in range(k)) if n > 1 and k > 1 else 0.0
    return _reliability(n, k, mean, variance, item_variance)


def _reliability(n: int, k: int, mean: float, variance: float, item_variance: float) -> Reliability:
    alpha = sem = None
    if n > 1 and k > 1 and variance > 0:
        alpha = (k / (k - 1)) * (1 - item_variance / variance)
        sem = math.sqrt(variance) * math.sqrt(max(0.0, 1 - alpha))
    return Reliability(n, k, alpha, sem, mean, math.sqrt(variance))


def _variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1), as reliability formulas use."""
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return sum(_square(v - mean) for v in values) / (n - 1)


def _square(d: float) -> float:
    """d * d, correctly rounded, as numpy squares (Python's d ** 2 calls libm's pow, which is
    a last bit off now and then: the results before December 2026 differ by that much at most)."""
    return d * d


def _vectorised() -> Any:
    """The numpy sums if numpy is installed, else None (imported on first use: start-up never
    pays for it)."""
    try:
        from app.domain import psychometrics_numpy
    except ImportError:
        return None
    return psychometrics_numpy
