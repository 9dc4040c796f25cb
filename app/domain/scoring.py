"""Scores responses against item keys, and forms against the cut score.

A response is plain data, as stored: single_choice an option id; multiple_response
a list of ids; true_false a bool; numeric the text typed; ordering a list of ids;
matching a {premise: choice} map; hotspot an [x, y] point; short_text the text; cloze a
{blank: option id or typed text} map. Each type's scorer is its `ItemKind.score`
(app/domain/item_types).
None means omitted. A malformed response scores 0, never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Hashable, Mapping

from app.domain.exam import Exam, Form, Item
from app.domain.item_types import item_kind
from app.domain.item_types.common import parse_number as parse_number   # part of this module's interface
from app.domain.item_types.hotspot import region_inner_point as region_inner_point  # likewise
from app.domain.mapped import mapped_points


def score_item(item: Item, response: Any) -> float:
    """Points earned; 0 for an omitted, malformed or manually scored response."""
    score = item_kind(item.type).score   # outside the try: an unregistered type is an error, not a 0
    if response is None or item.manually_scored:
        return 0.0
    if item.mapping is not None:
        try:
            earned = mapped_points(item, response, parse_number)
        except (TypeError, ValueError, AttributeError, KeyError):
            earned = 0.0
        return round(min(item.points, max(0.0, earned)), 6)
    try:
        fraction = score(item, response)
    except (TypeError, ValueError, AttributeError, KeyError):
        fraction = 0.0
    return round(item.points * min(1.0, max(0.0, fraction)), 6)


def response_key(response: Any) -> Hashable:
    """A key equal for two responses exactly when they are the same data: the same types (True,
    1 and 1.0 differ, as do 0.0 and -0.0), the same items in the same order, a mapping's keys in
    the same order (a scorer may walk them)."""
    kind = type(response)
    if kind is str:
        return response  # the common case; every other key is a tuple, never equal to a str
    if kind is float:
        return (float, repr(response))
    if kind is list or kind is tuple:
        return (kind, tuple(map(response_key, response)))
    if kind is dict:
        return (dict, tuple((k if type(k) is str else (type(k), k), response_key(v)) for k, v in response.items()))
    if kind is int or kind is bool or response is None:
        return (kind, response)
    return object()  # nothing JSON gives: a key equal to no other, so scored afresh


class ScoreMemo:
    """score_item's points, each (item, response) scored once: an import scores thousands of
    responses and many candidates give the same answer (400 distinct in 8,000 in the bench).
    A score depends on the item and the response alone, so a remembered one is the score. One
    memo serves one exam (items are known by id)."""

    def __init__(self) -> None:
        self._points: dict[tuple[str, Hashable], float] = {}

    def score(self, item: Item, response: Any) -> float:
        if response is None or item.manually_scored:
            return score_item(item, response)
        key = (item.id, response_key(response))
        points = self._points.get(key)
        if points is None:
            points = self._points[key] = score_item(item, response)
        return points


def key_response(item: Item) -> Any:
    """The response a candidate gives by answering with the key (None if manual)."""
    if item.manually_scored:
        return None
    return item_kind(item.type).key_response(item)


@dataclass(frozen=True, slots=True)
class WrittenResult:
    raw: float
    maximum: float
    percent: float
    passed: bool
    scaled: float | None
    domain_percent: dict[str, float]
    pending_manual: tuple[str, ...]


def score_form(exam: Exam, form: Form, responses: Mapping[str, Any],
               manual_scores: Mapping[str, float] | None = None,
               automatic: Mapping[str, float] | None = None) -> WrittenResult:
    """Raw, percent, pass/fail, scaled score and domain subscores of one form.

    Manually scored items count toward the maximum; until a person scores them
    (`manual_scores`: item id -> points) they are listed in `pending_manual` and earn 0.
    `automatic`: score_item's points for each automatically scored item, when the caller has
    them already (the body's import scores each item once, for its row and for this total).
    """
    manual_scores = manual_scores or {}
    earned: dict[str, float] = {}
    possible: dict[str, float] = {}
    pending: list[str] = []
    for item_id in form.item_ids:
        item = exam.item(item_id)
        possible[item.domain] = possible.get(item.domain, 0.0) + item.points
        if item.manually_scored and item.id in manual_scores:
            points = min(item.points, max(0.0, float(manual_scores[item.id])))
        elif item.manually_scored:
            pending.append(item.id)
            points = 0.0
        elif automatic is not None:
            points = automatic[item.id]
        else:
            points = score_item(item, responses.get(item.id))
        earned[item.domain] = earned.get(item.domain, 0.0) + points
    raw, maximum = sum(earned.values()), sum(possible.values())
    percent = 100.0 * raw / maximum if maximum else 0.0
    return WrittenResult(
        raw=round(raw, 6), maximum=maximum, percent=round(percent, 4),
        passed=meets_cut(exam, raw, percent),
        scaled=_scaled(exam, percent),
        domain_percent={d: round(100.0 * earned[d] / possible[d], 4) if possible[d] else 0.0 for d in possible},
        pending_manual=tuple(pending),
    )


def meets_cut(exam: Exam, raw: float, percent: float) -> bool:
    """Does this raw score (or percent) reach the exam's passing standard?"""
    if exam.scoring.cut_score_points is not None:
        return raw + 1e-9 >= exam.scoring.cut_score_points
    return percent + 1e-9 >= (exam.scoring.cut_score_percent or 0.0)


def _scaled(exam: Exam, percent: float) -> float | None:
    low, high = exam.scoring.scaled_lowest, exam.scoring.scaled_highest
    if low is None or high is None:
        return None
    return round(low + (high - low) * percent / 100.0, 2)
