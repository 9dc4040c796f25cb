"""Classical item analysis and reliability, in plain Python.

Scores are a matrix: one row per attempt, one column per item, each cell the fraction
of the item's points earned (0..1; a dichotomous item gives 0 or 1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

Matrix = Sequence[Sequence[float]]

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


def item_statistics(item_ids: Sequence[str], scores: Matrix, omitted: Sequence[Sequence[bool]]) -> list[ItemStats]:
    n = len(scores)
    totals = [sum(row) for row in scores]
    stats = []
    for j, item_id in enumerate(item_ids):
        column = [row[j] for row in scores]
        p = sum(column) / n if n else 0.0
        rest = [t - x for t, x in zip(totals, column)]
        rpb = correlation(column, rest)
        omit = sum(1 for row in omitted if row[j]) / n if n else 0.0
        stats.append(ItemStats(item_id, n, p, rpb, omit, _flags(p, rpb)))
    return stats


def _flags(p: float, rpb: float | None) -> tuple[str, ...]:
    flags = []
    if p < HARD_P:
        flags.append("very hard")
    if p > EASY_P:
        flags.append("very easy")
    if rpb is None:
        flags.append("no variance")
    elif rpb < LOW_RPB:
        flags.append("low discrimination" if rpb >= 0 else "negative discrimination")
    return tuple(flags)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson correlation; None when either side does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def reliability(scores: Matrix) -> Reliability:
    n = len(scores)
    k = len(scores[0]) if n else 0
    totals = [sum(row) for row in scores]
    mean = sum(totals) / n if n else 0.0
    variance = _variance(totals)
    alpha = sem = None
    if n > 1 and k > 1 and variance > 0:
        item_variance = sum(_variance([row[j] for row in scores]) for j in range(k))
        alpha = (k / (k - 1)) * (1 - item_variance / variance)
        sem = math.sqrt(variance) * math.sqrt(max(0.0, 1 - alpha))
    return Reliability(n, k, alpha, sem, mean, math.sqrt(variance))


def _variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1), as reliability formulas use."""
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return sum((v - mean) ** 2 for v in values) / (n - 1)
