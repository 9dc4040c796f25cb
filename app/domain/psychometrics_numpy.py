"""The sums of app.domain.psychometrics, vectorised with numpy.

Every sum adds in the order the plain Python code does, so the results are the same floats:
down a column attempt by attempt (a running total carried from block to block of rows, each
block reduced row by row) and along a row item by item (one column added at a time). The
matrix is walked in blocks of rows so that the temporary arrays stay in the processor's cache
instead of costing a fresh 80 MB each. (Squares are d * d on both sides: libm's pow, which
Python's ** calls, costs 50 ns a cell, more than all the rest together.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

import numpy as np

BLOCK = 2048  # rows per block: a few 100-item temporaries fit in a 2 MB cache


@dataclass(frozen=True)
class Columns:
    """Per item (arrays of k) and for the totals: what item statistics and alpha are made of."""

    n: int
    k: int
    p: np.ndarray                 # mean score
    omit: np.ndarray              # omit rate
    sxy: np.ndarray               # sum of (x - mean) * (rest - mean of rest)
    sxx: np.ndarray               # sum of (x - mean) squared
    syy: np.ndarray               # sum of (rest - mean of rest) squared
    total_mean: float
    total_squares: float          # sum of (total - mean) squared

    def point_biserials(self) -> list[float | None]:
        varies = (self.sxx != 0) & (self.syy != 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            rpb = self.sxy / np.sqrt(self.sxx * self.syy)
        return [r if v else None for r, v in zip(rpb.tolist(), varies.tolist(), strict=True)]

    def item_variance(self) -> float:
        """The sum of the items' sample variances, item by item as Python's sum() adds."""
        return sum((self.sxx / (self.n - 1)).tolist()) if self.n > 1 else 0.0


def columns(scores: Any, omitted: Any | None, k: int) -> Columns:
    """Two passes over the matrix: the means, then the centred sums."""
    x = as_matrix(scores, k)
    n = x.shape[0]
    zeros = np.zeros(k)
    if n == 0:
        return Columns(0, k, zeros, zeros, zeros, zeros, zeros, 0.0, 0.0)
    sum_x, sum_rest, totals = _carried(k), _carried(k), np.empty(n)
    for start, block in _blocks(x):
        block_totals = row_sums(block)
        totals[start:start + len(block)] = block_totals
        sum_x.add(block)
        sum_rest.add(np.subtract(block_totals[:, None], block))
    p, mean_rest = sum_x.sums / n, sum_rest.sums / n
    omit = zeros if omitted is None else as_matrix(omitted, k, dtype=bool).sum(axis=0) / n
    total_mean = float(sequential_sum(totals)) / n
    total_squares = float(sequential_sum(np.square(totals - total_mean)))
    if n < 2:
        return Columns(n, k, p, omit, zeros, zeros, zeros, total_mean, total_squares)
    sxy, sxx, syy = _carried(k), _carried(k), _carried(k)
    for start, block in _blocks(x):
        centred_x = block - p
        centred_rest = np.subtract(totals[start:start + len(block), None], block)
        centred_rest -= mean_rest
        sxy.add(centred_x * centred_rest)
        sxx.add(np.multiply(centred_x, centred_x, out=centred_x))
        syy.add(np.multiply(centred_rest, centred_rest, out=centred_rest))
    return Columns(n, k, p, omit, sxy.sums, sxx.sums, syy.sums, total_mean, total_squares)


class _carried:
    """A column sum carried across blocks: the running total is the first row of each block's
    reduction, so the additions happen in exactly the order of one long loop."""

    def __init__(self, k: int) -> None:
        self.total: np.ndarray | None = None
        self.k = k

    def add(self, block: np.ndarray) -> None:
        rows = block if self.total is None else np.concatenate((self.total[None, :], block))
        self.total = column_sums(rows)

    @property
    def sums(self) -> np.ndarray:
        """The column sums of every block added (zeros before the first)."""
        return np.zeros(self.k) if self.total is None else self.total


def _blocks(x: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    for start in range(0, x.shape[0], BLOCK):
        yield start, x[start:start + BLOCK]


def as_matrix(values: Any, k: int, dtype: Any = np.float64) -> np.ndarray:
    """An n x k C-ordered array (no copy when it already is one)."""
    matrix = np.asarray(values, dtype=dtype)
    if matrix.ndim != 2:
        matrix = matrix.reshape(len(matrix), k)
    return np.ascontiguousarray(matrix)


def column_sums(matrix: np.ndarray) -> np.ndarray:
    """Each column's sum, row by row (numpy reduces the first axis of a C-ordered matrix row by
    row, except a single column, which it would sum pairwise)."""
    if matrix.shape[1] >= 2:
        return np.add.reduce(matrix, axis=0)
    return sequential_sum(matrix)


def sequential_sum(values: np.ndarray) -> np.ndarray:
    """Left-to-right sum along the first axis."""
    if len(values) == 0:
        return np.zeros(values.shape[1:])
    return np.add.accumulate(values, axis=0)[-1]


def row_sums(matrix: np.ndarray) -> np.ndarray:
    """Each row's total, item by item."""
    totals = np.zeros(matrix.shape[0])
    for j in range(matrix.shape[1]):
        totals += matrix[:, j]
    return totals
