"""Scores responses against item keys, and forms against the cut score.

A response is plain data, as stored: single_choice an option id; multiple_response
a list of ids; true_false a bool; numeric the text typed; ordering a list of ids;
matching a {premise: choice} map; hotspot an [x, y] point; short_text the text; cloze a
{blank: option id or typed text} map.
None means omitted. A malformed response scores 0, never raises.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Mapping

from app.domain.exam import Exam, Form, Item
from app.domain.cloze import cloze_fraction, cloze_key
from app.domain.mapped import mapped_points


def score_item(item: Item, response: Any) -> float:
    """Points earned; 0 for an omitted, malformed or manually scored response."""
    if response is None or item.manually_scored:
        return 0.0
    if item.mapping is not None:
        try:
            earned = mapped_points(item, response, parse_number)
        except (TypeError, ValueError, AttributeError, KeyError):
            earned = 0.0
        return round(min(item.points, max(0.0, earned)), 6)
    try:
        fraction = _SCORERS[item.type](item, response)
    except (TypeError, ValueError, AttributeError, KeyError):
        fraction = 0.0
    return round(item.points * min(1.0, max(0.0, fraction)), 6)


def _single(item: Item, response: Any) -> float:
    return 1.0 if isinstance(response, str) and response == item.key else 0.0


def _multiple(item: Item, response: Any) -> float:
    chosen = set(_strings(response))
    key = set(item.key)
    if item.scoring == "all_or_nothing":
        return 1.0 if chosen == key else 0.0
    return (len(chosen & key) - len(chosen - key)) / len(key)


def _true_false(item: Item, response: Any) -> float:
    return 1.0 if isinstance(response, bool) and response is item.key else 0.0


def parse_number(text: Any) -> float:
    """A candidate's typed number; accepts a decimal comma and spaces between digits."""
    if isinstance(text, bool):
        raise ValueError("not a number")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        cleaned = str(text).strip().replace(" ", "").replace("\u00a0", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def _numeric(item: Item, response: Any) -> float:
    value = parse_number(response)
    allowed = item.tolerance
    if item.tolerance_percent is not None:
        allowed = abs(float(item.key)) * item.tolerance_percent / 100.0
    # A tiny epsilon keeps 47.5 within 48 +/- 0.5 despite binary rounding.
    return 1.0 if abs(value - float(item.key)) <= allowed + 1e-9 else 0.0


def _ordering(item: Item, response: Any) -> float:
    order = _strings(response)
    key = list(item.key)
    if item.scoring == "all_or_nothing":
        return 1.0 if order == key else 0.0
    return sum(1 for a, b in zip(order, key, strict=False) if a == b) / len(key)  # a short answer scores its part


def _matching(item: Item, response: Any) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    right = sum(1 for p, c in item.key.items() if response.get(p) == c)
    if item.scoring == "all_or_nothing":
        return 1.0 if right == len(item.key) else 0.0
    return right / len(item.key)


def _hotspot(item: Item, response: Any) -> float:
    x, y = (parse_number(v) for v in response)
    keyed = set(item.key) if isinstance(item.key, (list, tuple)) else {item.key}
    hit = any(r.contains(x, y) for r in item.regions if r.id in keyed)
    return 1.0 if hit else 0.0


def _short_text(item: Item, response: Any) -> float:
    if not isinstance(response, str):
        return 0.0
    text = " ".join(response.split())
    if item.scoring == "pattern":
        return 1.0 if re.fullmatch(item.pattern, text) else 0.0
    if item.case_sensitive:
        return 1.0 if text in item.answers else 0.0
    return 1.0 if text.casefold() in {a.casefold() for a in item.answers} else 0.0


def _strings(response: Any) -> list[str]:
    if isinstance(response, (str, bytes)) or not isinstance(response, (list, tuple)):
        raise TypeError("expected a list of ids")
    return [r for r in response if isinstance(r, str)]


_SCORERS = {
    "single_choice": _single, "multiple_response": _multiple,
    "true_false": _true_false, "numeric": _numeric, "ordering": _ordering,
    "matching": _matching, "hotspot": _hotspot, "short_text": _short_text,
    "cloze": lambda item, response: cloze_fraction(item, response, parse_number),
}


def key_response(item: Item) -> Any:
    """The response a candidate gives by answering with the key (None if manual)."""
    if item.manually_scored:
        return None
    if item.type == "numeric":
        return repr(float(item.key))
    if item.type == "hotspot":
        keyed = item.key if isinstance(item.key, (list, tuple)) else [item.key]
        region = next(r for r in item.regions if r.id == keyed[0])
        return list(region_inner_point(region))
    if item.type == "short_text":
        return item.answers[0]
    if item.type in ("multiple_response", "ordering"):
        return list(item.key)
    if item.type == "matching":
        return dict(item.key)
    if item.type == "cloze":
        return cloze_key(item)
    return item.key


def region_inner_point(region: Any) -> tuple[float, float]:
    """A point inside a region (its centre for rect and circle, a vertex-mean for polygons)."""
    c = region.coords
    if region.shape == "rect":
        return (c[0] + c[2] / 2, c[1] + c[3] / 2)
    if region.shape == "circle":
        return (c[0], c[1])
    xs, ys = c[0::2], c[1::2]
    return (sum(xs) / len(xs), sum(ys) / len(ys))


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
               manual_scores: Mapping[str, float] | None = None) -> WrittenResult:
    """Raw, percent, pass/fail, scaled score and domain subscores of one form.

    Manually scored items count toward the maximum; until a person scores them
    (`manual_scores`: item id -> points) they are listed in `pending_manual` and earn 0.
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
