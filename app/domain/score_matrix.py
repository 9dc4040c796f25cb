"""A form's score matrix (one row per attempt, one column per item, each cell the fraction of
the item's points earned) and which cells were omitted, filled from rows of numbers as the
database streams them: (row, column, score, maximum, omitted 0/1). A cell no row fills stays 0
and omitted, as an item the attempt never answered.

With numpy (imported only here, when a report runs) each part of rows fills the arrays in a
few vectorised steps; without it (the built program leaves numpy out) nested lists, cell by cell.
Either way a cell is `score / maximum` (0 for a maximum of 0), the same float both ways, and
app.domain.psychometrics reads both kinds of matrix."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

Cell = tuple[int, int, float, float, int]  # row, column, score, maximum, omitted (0 or 1)


def score_matrix(n: int, k: int, parts: Iterable[Sequence[Cell]]) -> tuple[Any, Any]:
    """(scores, omitted) of n attempts by k items from the streamed parts."""
    try:
        import numpy as np
    except ImportError:
        return _plain(n, k, parts)
    scores, omitted = np.zeros((n, k)), np.ones((n, k), dtype=bool)
    for part in parts:
        if not part:
            continue
        cells = np.array(part, dtype=np.float64)
        rows, columns = cells[:, 0].astype(np.intp), cells[:, 1].astype(np.intp)
        maximum = cells[:, 3]
        fraction = np.zeros(len(cells))
        np.divide(cells[:, 2], maximum, out=fraction, where=maximum != 0)
        scores[rows, columns] = fraction
        omitted[rows, columns] = cells[:, 4] != 0
    return scores, omitted


def _plain(n: int, k: int, parts: Iterable[Sequence[Cell]]) -> tuple[list, list]:
    scores = [[0.0] * k for _ in range(n)]
    omitted = [[True] * k for _ in range(n)]
    for part in parts:
        for row, column, score, maximum, omit in part:
            scores[row][column] = score / maximum if maximum else 0.0
            omitted[row][column] = bool(omit)
    return scores, omitted
