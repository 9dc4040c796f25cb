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


# -- the depth walk done by the garbage collector (issue 15, fourth part) -------------------------

def test_this_python_shows_children_as_the_collector_walk_needs() -> None:
    assert strict_json._REFERENTS_ARE_CHILDREN  # else every import walks in Python again (slower, as safe)


def _deepest(value: Any, depth: int = 0) -> int:
    """The depth of the deepest thing in the tree (keys and values; the top is 0)."""
    children = list(value) + list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
    return max([depth] + [_deepest(c, depth + 1) for c in children])


@settings(max_examples=300, deadline=None)
@given(documents, st.integers(0, 8))
def test_the_collector_walk_measures_depth_as_check_tree(document: Any, max_depth: int) -> None:
    """True exactly when nothing is deeper than max_depth (check_tree's rule); the Python walk
    said True more rarely (not for an empty container at the limit), never where this says False."""
    value = json.loads(json.dumps(document))
    within = strict_json._containers_within(value, max_depth)
    assert within == (_deepest(value) <= max_depth)
    assert within or not strict_json._containers_within_by_type(value, max_depth)


def _text(tree: Any) -> str:
    """JSON text of a tree where ("obj", pairs) is an object written pair by pair, so a key may
    repeat at any depth, and ("raw", text) is written as it is (NaN, 1e400, a 30-digit number...)."""
    if isinstance(tree, tuple) and tree[0] == "raw":
        return tree[1]
    if isinstance(tree, tuple) and tree[0] == "obj":
        return "{" + ", ".join(f"{json.dumps(k)}: {_text(v)}" for k, v in tree[1]) + "}"
    if isinstance(tree, list):
        return "[" + ",".join(_text(v) for v in tree) + "]"
    return json.dumps(tree)


raw_tokens = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "123456789012345678901234567890",
                              "9223372036854775808", "-9223372036854775808", "9223372036854775809", "1.5e308",
                              '"\\ud800"', '"\\udfff x"', '"\\ud83d\\ude00"', '"\\u0000"', "[" * 70 + "]" * 70,
                              "[" * 63 + "1" + "]" * 63, "{}", "[]", "-0", "0.0", '"\\\\ud800"'])
keys = st.sampled_from(["a", "b", "é", "\\ud800", "a\\u0000", ""])
adversarial = st.recursive(
    st.one_of(scalars, raw_tokens.map(lambda t: ("raw", t))),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.lists(st.tuples(keys, inner), max_size=4).map(lambda pairs: ("obj", pairs))),
    max_leaves=25)


def _message(reader, text: str | bytes, max_depth: int) -> tuple[str, Any]:
    try:
        return "value", reader(text, max_depth)
    except StrictJsonError as error:
        return "refused", str(error)


def _python_walk_reader(text: str | bytes, max_depth: int) -> Any:
    """loads_strict as it was before the collector walk: the depth measured in Python."""
    saved = strict_json._REFERENTS_ARE_CHILDREN
    strict_json._REFERENTS_ARE_CHILDREN = False
    try:
        return loads_strict(text, max_depth)
    finally:
        strict_json._REFERENTS_ARE_CHILDREN = saved


@settings(max_examples=500, deadline=None)
@given(adversarial, st.sampled_from([1, 3, 8, 64]))
def test_the_reader_decides_as_before_on_adversarial_text(tree: Any, max_depth: int) -> None:
    """Repeated keys at any depth, huge numbers, NaN and infinities, lone surrogates, deep
    nesting: the same value or the same refusal, word for word, as the Python walk; and the
    same decision as the old full walk."""
    text = _text(tree)
    for given_as in (text, text.encode("utf-8")):
        now = _message(loads_strict, given_as, max_depth)
        assert now == _message(_python_walk_reader, given_as, max_depth)
        assert outcome(loads_strict, given_as, max_depth) == outcome(reference, text, max_depth)
        if now[0] == "value":
            assert now[1] == json.loads(text)


@pytest.mark.parametrize("text", [
    '{"a": {"b": [{"c": 1, "c": 2}]}}', '[[[[{"x": {"y": 1, "y": 1}}]]]]', '{"k": 1, "k": 1}',
    '[' * 40 + '{"d": 0, "d": 0}' + ']' * 40,
])
def test_a_repeated_key_at_any_depth_is_refused(text: str) -> None:
    with pytest.raises(StrictJsonError, match="appears twice"):
        loads_strict(text.encode("utf-8"))


# -- integers checked as read only where one may be too large ------------------------------------------

def _every_integer_checked(text: str | bytes, max_depth: int) -> Any:
    """loads_strict as before: every integer through the hook, whatever the text."""
    saved = strict_json._may_hold_a_long_integer
    strict_json._may_hold_a_long_integer = lambda _text: True
    try:
        return loads_strict(text, max_depth)
    finally:
        strict_json._may_hold_a_long_integer = saved


digit_runs = st.builds(lambda head, digits, tail: head + digits + tail,
                       st.sampled_from(["", "-", " ", "\n", "[", ",", ":", "a", "Z", '"', ".", "e", "E", "e-", "1.",
                                        "\\u0031", "\u0661", "\u00a0", "+", "0", "-0"]),
                       st.text("0123456789\u0661\u0969", min_size=17, max_size=24),
                       st.sampled_from(["", " ", "]", "}", ",", ".5", "e3", "E-2", '"', "x", "\u0661"]))
near_numbers = st.one_of(digit_runs, st.integers(-10**25, 10**25).map(str),
                         st.sampled_from([str(MAX_INTEGER), str(MAX_INTEGER - 1), str(-MAX_INTEGER),
                                          str(-MAX_INTEGER - 1), "1" + "0" * 18, "9" * 18, "9" * 19, "-" + "9" * 19]))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(near_numbers, near_numbers.map(json.dumps), adversarial.map(_text)), min_size=1, max_size=4),
       st.sampled_from(["[{}]", "{{\"k\": {}}}", "{{\"k\":{}}}", "{}", "[1,{}]", "{{\"{}\": 1}}", "[\"a\",{}]"]),
       st.sampled_from([", ", ",", ",\t"]), st.sampled_from([3, 64]))
def test_integers_checked_only_where_one_may_be_too_large_decide_as_every_one_checked(
        parts: list[str], shape: str, separator: str, max_depth: int) -> None:
    """Runs of digits anywhere (a number, in a string or a key, after a letter, a quote, a dot,
    an exponent, a minus sign, other digits than 0-9), valid JSON or not: the same value or the
    same refusal, word for word, as with every integer checked."""
    text = shape.format(separator.join(parts))
    for given_as in (text, text.encode("utf-8", "surrogatepass")):
        now = _message(loads_strict, given_as, max_depth)
        assert now == _message(_every_integer_checked, given_as, max_depth)
        if now[0] == "value":
            assert repr(now[1]) == repr(json.loads(text))


@pytest.mark.parametrize("text", ["9223372036854775809", "[-9223372036854775809]", '{"a": 12345678901234567890}',
                                  "[1, 2,\n99999999999999999999]", '{"a":[0,-10000000000000000000]}',
                                  *(f"[{before}12345678901234567890]" for before in (" ", "\t", "\n", "\r", "-", "1,")),
                                  '{"a":12345678901234567890}', "12345678901234567890", " 12345678901234567890 "])
def test_a_too_large_integer_is_still_refused(text: str) -> None:
    """Wherever a number can start: after any whitespace JSON allows, a bracket, a comma, a colon,
    a minus sign, or at the start of the text."""
    with pytest.raises(StrictJsonError, match="too large"):
        loads_strict(text)


def test_this_python_reads_numbers_with_the_c_scanner() -> None:
    assert strict_json._C_SCANNER  # else every integer goes through the hook again (slower, as safe)


def test_a_bundles_numbers_and_hex_digests_read_without_the_integer_hook() -> None:
    """What a payload holds (hex MACs with long runs of digits, times, counts) needs no hook."""
    text = json.dumps({"mac": "ab" + "1234567890" * 3 + "cd", "at": "2026-12-02T10:00:00.123456+00:00",
                       "seq": 17580, "elapsed_ms": 3_600_000, "score": 0.5, "id": "1234567890123456789012"})
    assert not strict_json._may_hold_a_long_integer(text.encode("utf-8"))
    assert loads_strict(text)["seq"] == 17580
