"""A number typed by the candidate (stored as the text typed), right within a tolerance."""

from __future__ import annotations

import math
import random
from typing import Any

from app.domain.errors import template
from app.domain.exam import Item, MapEntry
from app.domain.fields import Fields
from app.domain.item_types.common import is_number, parse_number
from app.domain.item_types.kind import ItemKind, Mapped, ParseNumber


def _read(f: Fields) -> dict[str, Any]:
    key = f.number("key")
    tolerance = f.number("tolerance", 0.0, minimum=0)
    percent = f.number("tolerance_percent", None, minimum=0)
    if f.has("tolerance") and f.has("tolerance_percent"):
        f.problems.add(template("give either 'tolerance' or 'tolerance_percent', not both"))
    return {"key": key, "unit": f.text("unit", "") or "", "tolerance": tolerance or 0.0,
            "tolerance_percent": percent}


def _score(item: Item, response: Any) -> float:
    value = parse_number(response)
    allowed = item.tolerance
    if item.tolerance_percent is not None:
        allowed = abs(float(item.key)) * item.tolerance_percent / 100.0
    # A tiny epsilon keeps 47.5 within 48 +/- 0.5 despite binary rounding.
    return 1.0 if abs(value - float(item.key)) <= allowed + 1e-9 else 0.0


def _wrong(item: Item, rng: random.Random) -> Any:
    return f"{float(item.key) * rng.choice((0.5, 0.8, 1.25, 2.0)) + 1:g}"


def _parts(_item: Item, response: Any, parse: ParseNumber) -> list[Any]:
    return [parse(response)]


def _same_number(entry: MapEntry, part: Any, parse: ParseNumber) -> bool:
    return math.isclose(parse(entry.key), part, rel_tol=0, abs_tol=1e-9)


NUMERIC = ItemKind(
    name="numeric", label="Number", fields=("key", "unit", "tolerance", "tolerance_percent"), read=_read,
    score=_score, key_response=lambda item: repr(float(item.key)), wrong_answer=_wrong,
    mapped=Mapped(lambda _values: is_number, _parts, _same_number))
