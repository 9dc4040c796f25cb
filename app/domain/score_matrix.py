"""A form's score matrix (one row per attempt, one column per item, each cell the fraction of
the item's points earned) and which cells were omitted, filled from rows as the database streams
them: (row, item id, score, maximum, omitted 0/1). A cell no row fills stays 0 and omitted, as an
item the attempt never answered.

With numpy (imported only here, when a report runs) each part of rows fills the arrays in a
few vectorised steps; without it (the built program leaves numpy out) nested lists, cell by cell.
Either way a cell is `score / maximum` (0 for a maximum of 0), the same float both ways, and
app.domain.psychometrics reads both kinds of matrix."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

Cell = tuple[int, str, float, float, int]  # row, item id, score, maximum, omitted (0 or 1)


def score_matrix(n: int, item_ids: Sequence[str], parts: Iterable[Sequence[Cell]]) -> tuple[Any, Any]:
    """(scores, omitted) of n attempts by the items, in their order, from the streamed parts."""
    column_of = {item_id: j for j, item_id in enumerate(item_ids)}
    try:
        import numpy as np
    except ImportError:
        return _plain(n, column_of, parts)
    scores, omitted = np.zeros((n, len(item_ids))), np.ones((n, len(item_ids)), dtype=bool)
    for part in parts:
        if not part:
            continue
        # a column at a time (a list per column is the cheapest way from tuples to numpy)
        at = (np.array([cell[0] for cell in part], dtype=np.intp),
              np.array([column_of[cell[1]] for cell in part], dtype=np.intp))
        maximum = np.array([cell[3] for cell in part], dtype=np.float64)
        fraction = np.zeros(len(part))
        np.divide(np.array([cell[2] for cell in part], dtype=np.float64), maximum, out=fraction, where=maximum != 0)
        scores[at] = fraction
        omitted[at] = np.array([cell[4] for cell in part]) != 0
    return scores, omitted


def _plain(n: int, column_of: dict[str, int], parts: Iterable[Sequence[Cell]]) -> tuple[list, list]:
    scores = [[0.0] * len(column_of) for _ in range(n)]
    omitted = [[True] * len(column_of) for _ in range(n)]
    for part in parts:
        for row, item_id, score, maximum, omit in part:
            scores[row][column_of[item_id]] = score / maximum if maximum else 0.0
            omitted[row][column_of[item_id]] = bool(omit)
    return scores, omitted
