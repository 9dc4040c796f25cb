"""JSON and YAML from files someone else made, read so that every way they can be wrong is one
ValueError (StrictJsonError) saying what, never another exception later.

`json.loads` alone accepts `1e400` (as infinity), `NaN`, `"\\ud800"` (a lone surrogate, which
no file or screen can hold), repeated keys (the last wins, while another reader may take the
first: in a signed document a signed value can hide behind an unsigned one) and nesting that
ends in RecursionError, in the parser or later in whatever walks the result.
"""

from __future__ import annotations

import gc
import json
import json.scanner
import math
import re
from typing import Any

from app.domain.errors import WordedError

MAX_DEPTH = 64  # ExamStation's own documents nest fewer than 12 levels
MAX_INTEGER = 2**63  # far beyond any count, score or time; a 5,000-digit number is an attack
# In JSON text a lone surrogate can only come from a \uD800-\uDFFF escape (UTF-8 cannot carry one)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# An integer past MAX_INTEGER is written with at least 19 digits (JSON has no leading zeros),
# from the start of its token: after a minus sign, a bracket, a comma, a colon, a space or
# nothing, never right after a letter, a digit, a quote or a dot (inside a word or a string, a
# fraction, an exponent). json's C scanner reads only the digits 0-9 into a number; the Python
# one reads any digit, so without the C one every integer is checked as it is read.
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_RUN = b"0" * 19
_WITHIN_A_TOKEN = frozenset(b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".')
_C_SCANNER = getattr(json.scanner, "c_make_scanner", None) is not None


class StrictJsonError(WordedError, ValueError):
    """The text is not data with one meaning; `str()` says why, as a sentence fragment (worded,
    so the refusal it ends up in reads in the staff's language)."""


def loads_strict(data: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse UTF-8 JSON; StrictJsonError for anything but finite, unique-keyed, well-encoded
    data nested at most `max_depth` deep."""
    try:
        text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else data
        raw = bytes(data) if isinstance(data, (bytes, bytearray)) else text.encode("utf-8", "surrogatepass")
        # every integer checked as it is read only where one may be too large
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_float=_finite_float,
                           parse_int=_sane_integer if _may_hold_a_long_integer(raw) else None,
                           parse_constant=_no_constant)
    except StrictJsonError:
        raise
    except UnicodeError:
        raise StrictJsonError("it is not UTF-8 text") from None
    except RecursionError:
        raise StrictJsonError("it is nested too deeply") from None
    except ValueError as error:
        raise StrictJsonError("it is not JSON ({detail})", detail=str(error).split(":")[0]) from None
    if not _plainly_within_rules(text, value, max_depth):
        check_tree(value, max_depth)
    return value


def _may_hold_a_long_integer(data: bytes) -> bool:
    """False only if no run of 19 digits begins where a number can: then no integer in the text
    can be past MAX_INTEGER. True means: check every integer as it is read. (In C but for the few
    runs found: 2-5 ms on a bundle's 3.6 MB payload, whose hex MACs hold a few dozen runs; a
    regular expression took 40-80 ms, the hook on each of its 39,000 integers 7-19.)"""
    if not _C_SCANNER:
        return True
    digits = data.translate(_DIGITS_AS_ZERO)
    at = digits.find(_LONG_RUN)
    while at != -1:
        if at == 0 or data[at - 1] not in _WITHIN_A_TOKEN:
            return True
        at = digits.find(_LONG_RUN, at + 19)  # a run goes on after a digit: its start was judged
    return False


def _plainly_within_rules(text: str, value: Any, max_depth: int) -> bool:
    """True when what check_tree looks for is plainly absent, found without visiting every
    string: no escape that can make a surrogate in the text, and containers nested less deeply
    than the limit (numbers were checked as they were parsed). False only means: walk the
    tree, and check_tree decides."""
    if _SURROGATE_ESCAPE.search(text):
        return False
    try:
        text.encode("utf-8")  # a str given directly may hold a raw surrogate
    except UnicodeEncodeError:
        return False
    return _containers_within(value, max_depth)


def _containers_within(value: Any, max_depth: int) -> bool:
    """True if nothing in `value` is nested deeper than max_depth (check_tree's depth rule).
    Level by level, each level being everything its containers hold, gathered by the garbage
    collector's own walk (C): parsed JSON holds no container but dicts and lists, whose
    referents are exactly their values and items, and strings and numbers have none. Where the
    running Python's collector does not show children so (checked once, below), the walk is
    done in Python."""
    if not _REFERENTS_ARE_CHILDREN:
        return _containers_within_by_type(value, max_depth)
    level = [value]
    for _depth in range(max_depth + 1):
        if not level:
            return True
        level = gc.get_referents(*level)
    return not level


def _containers_within_by_type(value: Any, max_depth: int) -> bool:
    """Level by level, only dicts and lists go on: True if none sits at depth max_depth or
    below (so nothing at all is deeper than max_depth)."""
    level = [value] if type(value) is dict or type(value) is list else []
    for _depth in range(max_depth):
        if not level:
            return True
        children: list[Any] = []
        for container in level:
            children.extend(container.values() if type(container) is dict else container)
        level = [c for c in children if type(c) is dict or type(c) is list]
    return not level


def _referents_show_children() -> bool:
    """Whether gc.get_referents gives a dict's values (not its keys) and a list's items, in any
    order, and nothing for a string or a number, as CPython does."""
    inner: dict[str, Any] = json.loads('{"k": "v", "n": 1}')  # as the parser makes a dict
    empty: list[Any] = []
    probe: dict[str, Any] = {"a": [1.5, inner, "s"], "b": empty, "c": None}

    def same(got: list[Any], expected: list[Any]) -> bool:
        return sorted(map(id, got)) == sorted(map(id, expected))
    return (same(gc.get_referents(probe), list(probe.values()))
            and same(gc.get_referents(probe["a"]), probe["a"])
            and same(gc.get_referents(inner), list(inner.values()))
            and same(gc.get_referents(probe, inner), list(probe.values()) + list(inner.values()))
            and gc.get_referents("text", 2**70, 1.5, True, None) == [])


_REFERENTS_ARE_CHILDREN = _referents_show_children()


def check_tree(value: Any, max_depth: int = MAX_DEPTH) -> None:
    """Data parsed some other way (YAML) meets the same rules: depth, finite numbers of sane
    size, strings (keys too) that are Unicode text. Iterative, so a deep tree cannot exhaust the stack here."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise StrictJsonError("it is nested more than {depth} levels deep", depth=max_depth)
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise StrictJsonError("it holds a number that is not finite")
        elif isinstance(item, int) and abs(item) > MAX_INTEGER:
            raise StrictJsonError("it holds a whole number too large to be meant")
        elif isinstance(item, dict):
            stack.extend((key, depth + 1) for key in item)
            stack.extend((inner, depth + 1) for inner in item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend((inner, depth + 1) for inner in item)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJsonError("it holds a lone surrogate (\\ud800-\\udfff), which is no character") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; a repeated key shows as fewer entries, then is named
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise StrictJsonError("the key '{key}' appears twice in one object", key=key[:40])
            seen.add(key)
    return result


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJsonError("the number {number} is too large", number=text[:20])
    return value


def _sane_integer(text: str) -> int:
    value = int(text)
    if abs(value) > MAX_INTEGER:
        raise StrictJsonError("it holds a whole number too large to be meant")
    return value


def _no_constant(name: str) -> Any:
    raise StrictJsonError("{name} is not a JSON value", name=name)
