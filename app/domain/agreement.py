"""Rater agreement between the two blind marks of double-marked responses: exact and adjacent
agreement, Cohen's kappa (quadratic-weighted when a rubric has more than two score points) and
the mean difference, per item and per marker, with a flag for a marker drifting from the others.

Numbers only; marks arrive as positions on each item's rubric scale, so items with different
scales can be pooled for a marker."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

MIN_PAIRS = 10             # fewer double-marked responses than this: too few to flag anyone
DRIFT_POINTS = 0.5         # a marker's mean difference from the other marker, in points
DRIFT_EXACT_GAP = 0.20     # a marker's exact agreement this far below everyone else's


@dataclass(frozen=True, slots=True)
class MarkPair:
    """One double-marked response: each marker's mark, in points and as a position (0 = the
    lowest score point) on the item's rubric of `levels` score points."""

    item_id: str
    first_marker: str
    second_marker: str
    first: float
    second: float
    first_level: int
    second_level: int
    levels: int


@dataclass(frozen=True, slots=True)
class Agreement:
    n: int
    exact: float | None            # share of pairs on the same score point
    adjacent: float | None         # share of pairs on the same or a neighbouring score point
    kappa: float | None            # None when undefined (both markers used one score point only)
    weighted: bool                 # quadratic weights (a rubric of more than two score points)
    mean_difference: float | None  # first minus second (per marker: theirs minus the other's), points


@dataclass(frozen=True, slots=True)
class MarkerAgreement:
    marker: str
    agreement: Agreement
    drifting: bool
    reason: str                    # why the marker is flagged, in plain words ("" when not)


def cohen_kappa(a: list[int], b: list[int], levels: int, weights: str = "none") -> float | None:
    """Cohen's kappa of two raters' categories 0..levels-1; weights "none" or "quadratic".
    1 - (weighted disagreement observed) / (weighted disagreement expected by chance from the
    raters' own marginals); None when chance predicts no disagreement."""
    if not a or len(a) != len(b) or levels < 2:
        return None
    # Plain Python: the domain runs without numpy (the built app leaves it out), and a rubric
    # has a handful of score points.
    n = len(a)
    observed = [[0.0] * levels for _ in range(levels)]
    for x, y in zip(a, b, strict=True):
        observed[x][y] += 1 / n
    rows = [sum(observed[i]) for i in range(levels)]
    columns = [sum(observed[i][j] for i in range(levels)) for j in range(levels)]

    def weight(i: int, j: int) -> float:
        return ((i - j) / (levels - 1)) ** 2 if weights == "quadratic" else float(i != j)

    cells = [(i, j) for i in range(levels) for j in range(levels)]
    chance = sum(weight(i, j) * rows[i] * columns[j] for i, j in cells)
    if chance <= 1e-12:
        return None
    return 1.0 - sum(weight(i, j) * observed[i][j] for i, j in cells) / chance


def agreement(pairs: list[MarkPair], flip: set[int] | None = None) -> Agreement:
    """Agreement of the pairs as given (or with pair positions in `flip` read second-first)."""
    flip = flip or set()
    if not pairs:
        return Agreement(0, None, None, None, False, None)
    ours = [p.second_level if k in flip else p.first_level for k, p in enumerate(pairs)]
    theirs = [p.first_level if k in flip else p.second_level for k, p in enumerate(pairs)]
    gaps = [abs(x - y) for x, y in zip(ours, theirs, strict=True)]
    differences = [(p.second - p.first) if k in flip else (p.first - p.second) for k, p in enumerate(pairs)]
    levels = max(p.levels for p in pairs)
    weighted = levels > 2
    kappa = cohen_kappa(ours, theirs, levels, "quadratic" if weighted else "none")
    n = len(pairs)
    return Agreement(n, sum(g == 0 for g in gaps) / n, sum(g <= 1 for g in gaps) / n, kappa, weighted,
                     sum(differences) / n)


def by_item(pairs: list[MarkPair]) -> dict[str, Agreement]:
    grouped: dict[str, list[MarkPair]] = defaultdict(list)
    for pair in pairs:
        grouped[pair.item_id].append(pair)
    return {item: agreement(group) for item, group in sorted(grouped.items())}


def by_marker(pairs: list[MarkPair]) -> list[MarkerAgreement]:
    """Each marker against whoever marked the same responses; positions are pooled across
    items (kappa then spans the largest rubric among them)."""
    markers = sorted({p.first_marker for p in pairs} | {p.second_marker for p in pairs})
    result = []
    for marker in markers:
        theirs = [p for p in pairs if marker in (p.first_marker, p.second_marker)]
        flip = {k for k, p in enumerate(theirs) if p.second_marker == marker}
        result.append(_flagged(marker, agreement(theirs, flip),
                               agreement([p for p in pairs if marker not in (p.first_marker, p.second_marker)])))
    return result


def _flagged(marker: str, own: Agreement, others: Agreement) -> MarkerAgreement:
    """Drifting: with at least MIN_PAIRS responses, a mean difference from the other marker of
    DRIFT_POINTS or more, or exact agreement DRIFT_EXACT_GAP or more below that of the pairs
    this marker was not part of (when those are MIN_PAIRS or more)."""
    if own.n < MIN_PAIRS or own.mean_difference is None or own.exact is None:
        return MarkerAgreement(marker, own, False, "")
    if abs(own.mean_difference) >= DRIFT_POINTS:
        direction = "higher" if own.mean_difference > 0 else "lower"
        return MarkerAgreement(marker, own, True, f"marks {abs(own.mean_difference):.2f} points {direction} "
                                                  "than the other marker on average")
    if others.n >= MIN_PAIRS and others.exact is not None and own.exact <= others.exact - DRIFT_EXACT_GAP:
        return MarkerAgreement(marker, own, True, f"agrees exactly on {own.exact:.0%} of responses; "
                                                  f"the other markers on {others.exact:.0%}")
    return MarkerAgreement(marker, own, False, "")
