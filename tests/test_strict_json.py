"""loads_strict decides exactly as it did when it walked every string of every document: the
text-level shortcut (no surrogate escape, containers shallow enough, numbers checked as they
are parsed) only skips the walk when the walk could find nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import strict_json
from app.domain.strict_json import MAX_INTEGER, StrictJsonError, check_tree, loads_strict


def reference(text: str, max_depth: int) -> Any:
    """The old reader: parse with the key, float and constant checks, then walk the whole tree."""
    def unique(pairs: list) -> dict:
        result: dict = {}
        for key, value in pairs:
            if key in result:
                raise StrictJsonError("repeated key")
            result[key] = value
        return result
    try:
        value = json.loads(text, object_pairs_hook=unique, parse_float=strict_json._finite_float,
                           parse_constant=strict_json._no_constant)
    except RecursionError:
        raise StrictJsonError("nested too deeply") from None
    except StrictJsonError:
        raise
    except ValueError as error:
        raise StrictJsonError(str(error)) from None
    check_tree(value, max_depth)
    return value


def outcome(reader, text: str, max_depth: int) -> tuple[str, Any]:
    try:
        return "value", reader(text, max_depth)
    except StrictJsonError:
        return "refused", None


strings = st.one_of(st.text(max_size=6), st.sampled_from(["\ud800", "a\udfff", "\U0001f600", "é", "[", "}", '"']))
integers = st.one_of(st.integers(-10**6, 10**6), st.sampled_from([MAX_INTEGER, MAX_INTEGER + 1, -MAX_INTEGER - 1,
                                                                  10**18, 10**19, 10**30]))
scalars = st.one_of(st.none(), st.booleans(), integers, st.floats(allow_nan=False, allow_infinity=False), strings)
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(strings, inner, max_size=4)),
                         max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(documents, st.integers(1, 8), st.booleans())
def test_the_shortcut_decides_as_the_full_walk(document: Any, max_depth: int, escaped: bool) -> None:
    text = json.dumps(document, ensure_ascii=escaped)  # escaped: surrogates as \ud800; else raw in a str
    assert outcome(loads_strict, text, max_depth) == outcome(reference, text, max_depth)
    if not any("\ud800" <= c <= "\udfff" for c in text):
        data = text.encode("utf-8")
        assert outcome(loads_strict, data, max_depth) == outcome(reference, text, max_depth)


@pytest.mark.parametrize("max_depth", [1, 2, 5, 64])
@pytest.mark.parametrize("inner", ["[]", "{}", "1", '"x"', "[1]"])
def test_nesting_at_and_past_the_limit(max_depth: int, inner: str) -> None:
    for levels in (max_depth - 1, max_depth, max_depth + 1):
        text = "[" * levels + inner + "]" * levels
        assert outcome(loads_strict, text, max_depth) == outcome(reference, text, max_depth), (levels, inner)


@pytest.mark.parametrize("text, reason", [
    ('{"a": 1, "a": 2}', "appears twice"), ('[9223372036854775809]', "too large"),
    ('[-9223372036854775809]', "too large"), ('["\\ud800"]', "lone surrogate"), ('{"\\udc00": 1}', "lone surrogate"),
    ("[1e400]", "too large"), ("[NaN]", "not a JSON value"), ("[" * 70 + "]" * 70, "nested more than"),
])
def test_each_refusal_still_says_why(text: str, reason: str) -> None:
    with pytest.raises(StrictJsonError, match=reason):
        loads_strict(text)


def test_a_surrogate_pair_escape_is_one_character_and_accepted() -> None:
    assert loads_strict('["\\ud83d\\ude00", 9223372036854775808]') == ["\U0001f600", MAX_INTEGER]
