"""Reads one item from its source mapping, checking every rule of its type."""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from app.domain.exam import ITEM_TYPES, REGION_SHAPES, Choice, Item, Region, RubricPoint
from app.domain.cloze import read_blanks
from app.domain.fields import Fields, unique_ids
from app.domain.mapped import MAPPED_TYPES, check_mapping_keys, read_mapping
from app.domain.problems import Problems
from app.domain.rich_text import rich_text_problems

COMMON = ("id", "type", "domain", "stem", "stem_html", "points", "media", "stimulus")
TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "single_choice": ("options", "key"),
    "multiple_response": ("options", "key", "scoring"),
    "true_false": ("key",),
    "numeric": ("key", "unit", "tolerance", "tolerance_percent"),
    "ordering": ("options", "key", "scoring"),
    "matching": ("premises", "choices", "key", "scoring"),
    "hotspot": ("image", "regions", "key"),
    "short_text": ("scoring", "answers", "case_sensitive", "pattern", "rubric", "rubric_points"),
    "cloze": ("blanks", "scoring"),
}
_REGION_SIZES = {"rect": 4, "circle": 3}


def read_item(problems: Problems, data: Any, domains: set[str]) -> Item | None:
    kind = data.get("type") if isinstance(data, dict) else None
    if isinstance(kind, str) and kind in TYPE_FIELDS:
        allowed: tuple = COMMON + TYPE_FIELDS[kind] + (("mapping",) if kind in MAPPED_TYPES else ())
    else:  # an unknown type is reported once; its other fields are not guessed at
        allowed = tuple(data) if isinstance(data, dict) else ()
    f = Fields(problems, data, allowed)
    if not f.ok:
        return None
    before = len(problems.lines)
    item_id = f.ident("id")
    item_type = f.choice("type", ITEM_TYPES)
    domain = f.ident("domain")
    if domain and domains and domain not in domains:
        with problems.at("domain"):
            problems.add(f"'{domain}' is not one of the exam's domains ({', '.join(sorted(domains))})")
    values: dict[str, Any] = dict(
        id=item_id, type=item_type, domain=domain, stem=f.text("stem"),
        points=f.number("points", 1.0, positive=True), media=f.text("media", None),
        stimulus=f.ident("stimulus", None),
    )
    values["stem_html"] = _stem_html(f)
    if item_type:
        values.update(_READERS[item_type](f))
        values["mapping"] = read_mapping(f)
        if values["mapping"]:
            check_mapping_keys(f, item_type, values["mapping"], _answerable(item_type, values))
        if values.get("rubric_points") and values["points"] is not None:
            _check_rubric_points(f, values)
    if len(problems.lines) != before or None in (item_id, item_type, domain, values["stem"], values["points"]):
        return None
    return Item(**values)


def _stem_html(f: Fields) -> str:
    html = f.text("stem_html", "") or ""
    with f.problems.at("stem_html"):
        for problem in rich_text_problems(html):
            f.problems.add(problem)
    return html


def _answerable(item_type: str, values: dict) -> Callable[[str], bool]:
    """Which mapping keys name a part of a response this item accepts."""
    if item_type in ("single_choice", "multiple_response"):
        return {o.id for o in values["options"]}.__contains__
    if item_type == "matching":
        pairs = {f"{p.id} {c.id}" for p in values["premises"] for c in values["choices"]}
        return pairs.__contains__
    if item_type == "hotspot":
        return {r.id for r in values["regions"]}.__contains__
    if item_type == "numeric":
        return _is_number
    return bool


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _choices(f: Fields, name: str, minimum: int) -> tuple[Choice, ...]:
    entries = f.sequence(name)
    result = []
    with f.problems.at(name):
        if len(entries) < minimum:
            f.problems.add(f"needs at least {minimum} entries, found {len(entries)}")
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                c = Fields(f.problems, entry, ("id", "text", "media"))
                ident, text = (c.ident("id"), c.text("text")) if c.ok else (None, None)
                if ident and text:
                    result.append(Choice(ident, text, c.text("media", None)))
        unique_ids(f.problems, "option", [c.id for c in result])
    return tuple(result)


def _known(f: Fields, where: str, value: Any, ids: list[str]) -> bool:
    if isinstance(value, str) and value in ids:
        return True
    with f.problems.at(where):
        f.problems.add(f"{_show(value)} is not one of the options ({', '.join(ids)})")
    return False


def _show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


def _scoring(f: Fields) -> dict:
    return {"scoring": f.choice("scoring", ("all_or_nothing", "partial"), "all_or_nothing") or "all_or_nothing"}


def _single_choice(f: Fields) -> dict:
    options = _choices(f, "options", 2)
    key = f.raw("key")
    if key is not None and options:
        _known(f, "key", key, [o.id for o in options])
    return {"options": options, "key": key}


def _multiple_response(f: Fields) -> dict:
    options = _choices(f, "options", 3)
    key = f.sequence("key")
    ids = [o.id for o in options]
    if not key and f.has("key"):
        with f.problems.at("key"):
            f.problems.add("needs at least one correct option")
    for index, value in enumerate(key):
        if options:
            _known(f, f"key[{index}]", value, ids)
    if len(set(map(str, key))) != len(key):
        with f.problems.at("key"):
            f.problems.add("lists an option more than once")
    return {"options": options, "key": tuple(key), **_scoring(f)}


def _true_false(f: Fields) -> dict:
    key = f.raw("key")
    if key is not None and not isinstance(key, bool):
        with f.problems.at("key"):
            f.problems.add(f"expected true or false, found {_show(key)}")
    return {"key": key}


def _numeric(f: Fields) -> dict:
    key = f.number("key")
    tolerance = f.number("tolerance", 0.0, minimum=0)
    percent = f.number("tolerance_percent", None, minimum=0)
    if f.has("tolerance") and f.has("tolerance_percent"):
        f.problems.add("give either 'tolerance' or 'tolerance_percent', not both")
    return {"key": key, "unit": f.text("unit", "") or "", "tolerance": tolerance or 0.0,
            "tolerance_percent": percent}


def _ordering(f: Fields) -> dict:
    options = _choices(f, "options", 2)
    key = f.sequence("key")
    ids = [o.id for o in options]
    if options and sorted(map(str, key)) != sorted(ids):
        with f.problems.at("key"):
            f.problems.add(f"must list every option exactly once, in the right order ({', '.join(ids)})")
    return {"options": options, "key": tuple(key), **_scoring(f)}


def _matching(f: Fields) -> dict:
    premises, choices = _choices(f, "premises", 1), _choices(f, "choices", 2)
    key = f.raw("key")
    if not isinstance(key, dict):
        if key is not None:
            with f.problems.at("key"):
                f.problems.add("expected a mapping of premise id to choice id")
        return {"premises": premises, "choices": choices, "key": {}, **_scoring(f)}
    premise_ids, choice_ids = [p.id for p in premises], [c.id for c in choices]
    if premises and sorted(map(str, key)) != sorted(premise_ids):
        with f.problems.at("key"):
            f.problems.add(f"must give a choice for every premise ({', '.join(premise_ids)})")
    for premise, choice in key.items():
        if choices:
            _known(f, f"key.{premise}", choice, choice_ids)
    return {"premises": premises, "choices": choices, "key": dict(key), **_scoring(f)}


def _hotspot(f: Fields) -> dict:
    image = f.text("image")
    regions = []
    entries = f.sequence("regions")
    with f.problems.at("regions"):
        if not entries and f.has("regions"):
            f.problems.add("needs at least one region")
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                region = _region(f.problems, entry)
                if region:
                    regions.append(region)
        unique_ids(f.problems, "region", [r.id for r in regions])
    key = f.raw("key")
    keyed = key if isinstance(key, list) else [key]
    if key is not None and regions:
        if not keyed:
            f.problems.add("'key' needs at least one region")
        for value in keyed:
            _known(f, "key", value, [r.id for r in regions])
    return {"image": image, "regions": tuple(regions), "key": tuple(keyed) if key is not None else None}


def _region(problems: Problems, data: Any) -> Region | None:
    r = Fields(problems, data, ("id", "shape", "coords"))
    if not r.ok:
        return None
    ident, shape, coords = r.ident("id"), r.choice("shape", REGION_SHAPES), r.sequence("coords")
    numbers = [c for c in coords if isinstance(c, (int, float)) and not isinstance(c, bool)]
    with problems.at("coords"):
        if len(numbers) != len(coords):
            problems.add("every coordinate must be a number")
            return None
        if shape in _REGION_SIZES and len(numbers) != _REGION_SIZES[shape]:
            problems.add(f"a {shape} needs {_REGION_SIZES[shape]} numbers, found {len(numbers)}")
            return None
        if shape == "polygon" and (len(numbers) < 6 or len(numbers) % 2):
            problems.add("a polygon needs an even count of at least 6 numbers (3 points)")
            return None
        if shape in ("rect", "circle") and any(n <= 0 for n in numbers[2:]):
            problems.add("width, height and radius must be above 0")
            return None
    if ident and shape:
        return Region(ident, shape, tuple(float(n) for n in numbers))
    return None


def _short_text(f: Fields) -> dict:
    scoring = f.choice("scoring", ("exact", "pattern", "manual"), "exact") or "exact"
    answers = tuple(a.strip() for a in f.sequence("answers", []) if isinstance(a, str) and a.strip())
    pattern = f.text("pattern", "") or ""
    if scoring == "exact" and not answers:
        f.problems.add("an exact short-text item needs 'answers' (one or more accepted texts)")
    if scoring == "pattern":
        try:
            re.compile(pattern or "")
        except re.error as error:
            with f.problems.at("pattern"):
                f.problems.add(f"is not a valid regular expression ({error})")
        if not pattern:
            f.problems.add("a pattern short-text item needs 'pattern'")
        if not answers:
            f.problems.add("a pattern short-text item needs 'answers': example answers the pattern accepts")
        elif pattern and _compiles(pattern):
            for answer in answers:
                if not re.fullmatch(pattern, answer):
                    with f.problems.at("answers"):
                        f.problems.add(f"the example '{answer}' does not match the pattern")
    return {"scoring": scoring, "answers": answers, "pattern": pattern,
            "case_sensitive": f.boolean("case_sensitive", False), "rubric": f.text("rubric", "") or "",
            "rubric_points": _rubric_points(f, scoring)}


MAX_RUBRIC_POINTS = 10  # one digit key each on the marking screen


def _rubric_points(f: Fields, scoring: str) -> tuple[RubricPoint, ...]:
    """The score points a marker picks from, lowest first."""
    entries = f.sequence("rubric_points", [])
    if entries and scoring != "manual":
        with f.problems.at("rubric_points"):
            f.problems.add("only a manually scored item (scoring: manual) has rubric points")
        return ()
    points = []
    with f.problems.at("rubric_points"):
        if len(entries) > MAX_RUBRIC_POINTS:
            f.problems.add(f"give at most {MAX_RUBRIC_POINTS} score points")
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                p = Fields(f.problems, entry, ("points", "text"))
                value, text = (p.number("points", minimum=0), p.text("text", "")) if p.ok else (None, None)
                if value is not None and text is not None:
                    points.append(RubricPoint(value, text))
        if len({p.points for p in points}) != len(points):
            f.problems.add("each score point must give a different number of points")
    return tuple(sorted(points, key=lambda p: p.points))


def _check_rubric_points(f: Fields, values: dict) -> None:
    with f.problems.at("rubric_points"):
        if any(p.points > values["points"] for p in values["rubric_points"]):
            f.problems.add(f"a score point is above the item's {values['points']:g} points")
        if values["rubric_points"][-1].points != values["points"]:
            f.problems.add(f"the highest score point must give the item's {values['points']:g} points")


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _cloze(f: Fields) -> dict:
    return {"blanks": read_blanks(f, _choices), **_scoring(f)}


_READERS = {
    "single_choice": _single_choice, "multiple_response": _multiple_response,
    "true_false": _true_false, "numeric": _numeric, "ordering": _ordering,
    "matching": _matching, "hotspot": _hotspot, "short_text": _short_text, "cloze": _cloze,
}
