"""Rules of marking at the body: the rubric's score points, which responses get a second,
blind mark, and what a response's marks decide (a final score, or who marks it next)."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from app.domain.exam import Item, Marking, RubricPoint

FIRST, SECOND, ADJUDICATION = "first", "second", "adjudication"
KINDS = (FIRST, SECOND, ADJUDICATION)
DIGIT_KEYS = 10  # score points 0-9 are picked with the digit keys


def rubric_scale(item: Item) -> tuple[RubricPoint, ...]:
    """The score points a marker picks from, lowest first: the item's own, or every whole point
    from 0 up to its points (and the points themselves when they are not whole)."""
    if item.rubric_points:
        return item.rubric_points
    whole = [RubricPoint(float(p)) for p in range(0, int(math.floor(item.points)) + 1)]
    if whole[-1].points != item.points:
        whole.append(RubricPoint(float(item.points)))
    return tuple(whole)


def point_index(scale: tuple[RubricPoint, ...], points: float) -> int:
    """Where `points` sits on the scale (the nearest score point)."""
    return min(range(len(scale)), key=lambda i: abs(scale[i].points - points))


def double_marked(marking: Marking, attempt_id: str, item_id: str) -> bool:
    """Whether this response gets a second mark. A sample is drawn from the response's identity,
    not from the order of marking: the same responses are chosen however and by whom they are
    marked, and no marker can tell from the screen whether theirs will be checked."""
    if marking.double_marking == "all":
        return True
    if marking.double_marking != "sample" or marking.sample_percent <= 0:
        return False
    digest = hashlib.sha256(f"double-marking/{attempt_id}/{item_id}".encode()).digest()
    draw = int.from_bytes(digest[:8], "big") / 2 ** 64   # uniform in [0, 1)
    return draw < marking.sample_percent / 100


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str        # first, second or adjudication
    marker: str      # user name
    points: float


@dataclass(frozen=True, slots=True)
class Decision:
    """What a response's marks decide: `final` points once decided, else the `next` kind of mark."""

    next: str | None
    final: float | None


def decide(marks: list[Mark], double: bool, tolerance: float) -> Decision:
    """An adjudicator's mark decides; else two marks within the tolerance give their mean, and
    further apart call for an adjudicator; a single-marked response is decided by its mark."""
    by_kind = {m.kind: m for m in marks}
    if ADJUDICATION in by_kind:
        return Decision(None, by_kind[ADJUDICATION].points)
    if FIRST not in by_kind:
        return Decision(FIRST, None)
    first = by_kind[FIRST].points
    if not double:
        return Decision(None, first)
    if SECOND not in by_kind:
        return Decision(SECOND, None)
    second = by_kind[SECOND].points
    if abs(first - second) <= tolerance + 1e-9:
        return Decision(None, round((first + second) / 2, 4))
    return Decision(ADJUDICATION, None)


def may_mark(marks: list[Mark], marker: str) -> bool:
    """A marker never marks the same response twice, and never adjudicates one they marked."""
    return all(m.marker != marker for m in marks)
