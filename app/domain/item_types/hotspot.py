"""Hotspot: the candidate marks one point on an image (the response is [x, y] in image pixels);
it is right when it falls in a keyed region."""

from __future__ import annotations

import random
from typing import Any

from app.domain.errors import template
from app.domain.exam import REGION_SHAPES, Item, Region
from app.domain.fields import Fields, unique_ids
from app.domain.item_types.common import known, parse_number
from app.domain.item_types.kind import ItemKind, Mapped, ParseNumber
from app.domain.problems import Problems

_REGION_SIZES = {"rect": 4, "circle": 3}


def _read(f: Fields) -> dict[str, Any]:
    image = f.text("image")
    regions = []
    entries = f.sequence("regions")
    with f.problems.at("regions"):
        if not entries and f.has("regions"):
            f.problems.add(template("needs at least one region"))
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                region = _region(f.problems, entry)
                if region:
                    regions.append(region)
        unique_ids(f.problems, template("region"), [r.id for r in regions])
    key = f.raw("key")
    keyed = key if isinstance(key, list) else [key]
    if key is not None and regions:
        if not keyed:
            f.problems.add(template("'key' needs at least one region"))
        for value in keyed:
            known(f, "key", value, [r.id for r in regions])
    return {"image": image, "regions": tuple(regions), "key": tuple(keyed) if key is not None else None}


def _region(problems: Problems, data: Any) -> Region | None:
    r = Fields(problems, data, ("id", "shape", "coords"))
    if not r.ok:
        return None
    ident, shape, coords = r.ident("id"), r.choice("shape", REGION_SHAPES), r.sequence("coords")
    numbers = [c for c in coords if isinstance(c, (int, float)) and not isinstance(c, bool)]
    with problems.at("coords"):
        if len(numbers) != len(coords):
            problems.add(template("every coordinate must be a number"))
            return None
        if shape in _REGION_SIZES and len(numbers) != _REGION_SIZES[shape]:
            problems.add(template("a {shape} needs {needed} numbers, found {count}",
                                  shape=shape, needed=_REGION_SIZES[shape], count=len(numbers)))
            return None
        if shape == "polygon" and (len(numbers) < 6 or len(numbers) % 2):
            problems.add(template("a polygon needs an even count of at least 6 numbers (3 points)"))
            return None
        if shape in ("rect", "circle") and any(n <= 0 for n in numbers[2:]):
            problems.add(template("width, height and radius must be above 0"))
            return None
    if ident and shape:
        return Region(ident, shape, tuple(float(n) for n in numbers))
    return None


def _keyed(item: Item) -> list[Any]:
    return list(item.key) if isinstance(item.key, (list, tuple)) else [item.key]


def _score(item: Item, response: Any) -> float:
    x, y = (parse_number(v) for v in response)
    keyed = set(_keyed(item))
    hit = any(r.contains(x, y) for r in item.regions if r.id in keyed)
    return 1.0 if hit else 0.0


def region_inner_point(region: Any) -> tuple[float, float]:
    """A point inside a region (its centre for rect and circle, a vertex-mean for polygons)."""
    c = region.coords
    if region.shape == "rect":
        return (c[0] + c[2] / 2, c[1] + c[3] / 2)
    if region.shape == "circle":
        return (c[0], c[1])
    xs, ys = c[0::2], c[1::2]
    return (sum(xs) / len(xs), sum(ys) / len(ys))


def _key_response(item: Item) -> Any:
    first = _keyed(item)[0]
    return list(region_inner_point(next(r for r in item.regions if r.id == first)))


def _wrong(item: Item, rng: random.Random) -> Any:
    others = [r for r in item.regions if r.id not in item.key]
    return list(region_inner_point(rng.choice(others))) if others else [0, 0]


def _region_ids(values: dict[str, Any]) -> Any:
    return {r.id for r in values["regions"]}.__contains__


def _regions_hit(item: Item, response: Any, parse: ParseNumber) -> list[Any]:
    x, y = (parse(v) for v in response)
    return [r.id for r in item.regions if r.contains(x, y)] or [None]


HOTSPOT = ItemKind(
    name="hotspot", label="Hotspot", fields=("image", "regions", "key"), read=_read, score=_score,
    key_response=_key_response, wrong_answer=_wrong, mapped=Mapped(_region_ids, _regions_hit))
