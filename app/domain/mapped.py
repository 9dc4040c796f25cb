"""Mapped scoring: reading a `mapping` from a source and scoring a response with it.

The points of a mapped item are the sum of the values of the distinct parts of the response
(options chosen, premise-choice pairs, the text typed, the regions a point falls in), with the
mapping's `default` for a part it does not list, held within `lower`..`upper`, and finally
within 0..points like every other item.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from app.domain.errors import template
from app.domain.exam import Item, MapEntry, Mapping
from app.domain.fields import Fields, all_plain, shortcuts
from app.domain.item_types import item_kind


def read_mapping(f: Fields) -> Mapping | None:
    """The optional `mapping` field of an item: {entries: [{key, value, case_sensitive}], default,
    lower, upper}."""
    if not f.has("mapping"):
        return None
    if shortcuts():
        whole = _plain_mapping(f.data["mapping"])
        if whole is not None:
            return whole
    problems = f.problems
    with problems.at("mapping"):
        m = Fields(problems, f.data["mapping"], ("entries", "default", "lower", "upper"))
        if not m.ok:
            return None
        entries = []
        with problems.at("entries"):
            listed = m.sequence("entries")
            if not listed:
                problems.add(template("needs at least one entry"))
            plain = shortcuts()
            for index, data in enumerate(listed):
                entry = _plain_entry(data) if plain else None
                if entry is None:
                    with problems.at(index):
                        entry = _entry(Fields(problems, data, ENTRY_FIELDS))
                if entry is not None:
                    entries.append(entry)
        lower, upper = m.number("lower", None), m.number("upper", None)
        if lower is not None and upper is not None and lower > upper:
            problems.add(template("'lower' must not be above 'upper'"))
        return Mapping(tuple(entries), m.number("default", 0.0) or 0.0, lower, upper)


ENTRY_FIELDS = ("key", "value", "case_sensitive")
_ENTRY_FIELD_SET = frozenset(ENTRY_FIELDS)
_MAPPING_FIELD_SET = frozenset(("entries", "default", "lower", "upper"))
_NOT_PLAIN = object()


def _plain_mapping(data: Any) -> Mapping | None:
    """The Mapping read_mapping reads from a mapping that has nothing to report, without a Fields
    for it or its entries; None for anything else, which the long way reads and words."""
    if type(data) is not dict or not data.keys() <= _MAPPING_FIELD_SET:
        return None
    listed = data.get("entries")
    if type(listed) is not list or not listed:
        return None
    entries = all_plain(listed, _plain_entry)
    if entries is None:
        return None
    default, lower, upper = (_plain_number(data.get(name)) for name in ("default", "lower", "upper"))
    if _NOT_PLAIN in (default, lower, upper) or (lower is not None and upper is not None and lower > upper):
        return None
    return Mapping(tuple(entries), default or 0.0, lower, upper)


def _plain_number(value: Any) -> Any:
    """What Fields.number(name, None) gives for a missing or finite number; else _NOT_PLAIN."""
    if value is None:
        return None
    if (type(value) is float or type(value) is int) and math.isfinite(value):
        return float(value)
    return _NOT_PLAIN


def _entry(e: Fields) -> MapEntry | None:
    key, value = (e.text("key"), e.number("value")) if e.ok else (None, None)
    return MapEntry(key, value, e.boolean("case_sensitive", True)) if key is not None and value is not None else None


def _plain_entry(data: Any) -> MapEntry | None:
    """The MapEntry `_entry` reads from an entry that has nothing to report, without its Fields (a
    mapped item lists one per option); anything else (None) goes the long way, which words it."""
    if type(data) is not dict or not data.keys() <= _ENTRY_FIELD_SET:
        return None
    key, value, sensitive = data.get("key"), data.get("value"), data.get("case_sensitive", True)
    if type(key) is not str or not isinstance(value, (int, float)) or type(value) is bool or type(sensitive) is not bool:
        return None
    key = key.strip()
    return MapEntry(key, float(value), sensitive) if key and math.isfinite(value) else None


def check_mapping_keys(f: Fields, item_type: str, mapping: Mapping, valid: Callable[[str], bool]) -> None:
    """Every entry must name something the item has (an option, a pair, a region)."""
    if item_kind(item_type).mapped is None:
        f.problems.add(template("a {item_type} item cannot have a 'mapping'", item_type=item_type))
        return
    for index, entry in enumerate(mapping.entries):
        if not valid(entry.key):
            with f.problems.at(f"mapping.entries[{index}].key"):
                f.problems.add(template("'{key}' is not something a candidate can answer with on this item",
                                        key=entry.key))


def mapped_points(item: Item, response: Any, parse_number: Callable[[Any], float]) -> float:
    """Points before the final 0..points limit; raises on a malformed response (scored 0 by the caller).
    The distinct parts of the response that the mapping values are each counted once."""
    mapping = item.mapping
    assert mapping is not None
    mapped = item_kind(item.type).mapped   # looked up once, not once per entry and part
    if mapped is None:
        raise TypeError(f"a {item.type} item cannot be scored by a mapping")
    total = 0.0
    for part in mapped.parts(item, response, parse_number):
        found = [e.value for e in mapping.entries if part is not None and mapped.matches(e, part, parse_number)]
        total += sum(found) if found else mapping.default
    if mapping.lower is not None:
        total = max(mapping.lower, total)
    if mapping.upper is not None:
        total = min(mapping.upper, total)
    return total
