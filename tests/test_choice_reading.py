"""Options (and mapping entries) are read two ways: the short way for an option with nothing to report (an exam has
thousands) and through `Fields` for anything else. Both must give the same Choice, and the
short way must never accept what the long way reports."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from app.domain.exam import MapEntry
from app.domain.fields import Fields
from app.domain.item_types.common import CHOICE_FIELDS, _choice, _plain_choice, read_choices
from app.domain.mapped import ENTRY_FIELDS, _entry, _plain_entry
from app.domain.problems import Problems

texts = st.one_of(st.text(max_size=6), st.sampled_from(["A", " b ", "c\n", "", " ", "x.y-z_1", "é"]),
                  st.integers(), st.floats(allow_nan=True), st.none(), st.booleans(), st.lists(st.text(max_size=2)))
entries = st.one_of(
    st.dictionaries(st.sampled_from(CHOICE_FIELDS + ("extra", "Text")), texts, max_size=4),
    texts,
)


@settings(max_examples=600)
@given(entries)
def test_the_short_way_gives_what_the_long_way_gives_with_no_problem(entry) -> None:
    problems = Problems()
    long_way = _choice(Fields(problems, entry, CHOICE_FIELDS))
    short_way = _plain_choice(entry)
    if short_way is not None:
        assert problems.lines == [] and short_way == long_way


def test_common_options_take_the_short_way_and_odd_ones_are_reported() -> None:
    assert _plain_choice({"id": "a", "text": " Alpha "}).text == "Alpha"
    assert _plain_choice({"id": "a", "text": "Alpha", "media": " m.png "}).media == "m.png"
    assert _plain_choice({"id": "a\n", "text": "t"}).id == "a"  # stripped, as the long way does
    for odd in ({"id": "a", "text": ""}, {"id": 1, "text": "t"}, {"id": "a b", "text": "t"},
                {"id": "a", "text": "t", "media": ""}, {"id": "a", "text": "t", "more": 1}, ["a", "t"]):
        assert _plain_choice(odd) is None
    problems = Problems()
    f = Fields(problems, {"options": [{"id": "a", "text": "t"}, {"id": "b", "text": ""}, {"id": "a", "text": "u"}]},
               ("options",))
    assert [c.id for c in read_choices(f, "options", 2)] == ["a", "a"]
    assert problems.lines == ["options[1].text: expected a non-empty text, found ''",
                              "options: option id 'a' is used more than once"]


numbers = st.one_of(st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.text(max_size=3),
                    st.none())
map_entries = st.one_of(
    st.dictionaries(st.sampled_from(ENTRY_FIELDS + ("weight",)), st.one_of(texts, numbers), max_size=4),
    numbers,
)


@settings(max_examples=600)
@given(map_entries)
def test_a_mapping_entry_read_the_short_way_is_what_the_long_way_reads(entry) -> None:
    problems = Problems()
    long_way = _entry(Fields(problems, entry, ENTRY_FIELDS))
    short_way = _plain_entry(entry)
    if short_way is not None:
        assert problems.lines == [] and short_way == long_way


def test_plain_mapping_entries_take_the_short_way() -> None:
    assert _plain_entry({"key": " A ", "value": 2}) == MapEntry("A", 2.0, True)
    assert _plain_entry({"key": "A", "value": -0.5, "case_sensitive": False}) == MapEntry("A", -0.5, False)
    for odd in ({"key": "A", "value": True}, {"key": "A", "value": float("inf")}, {"key": "", "value": 1},
                {"key": "A", "value": 1, "case_sensitive": "no"}, {"key": 3, "value": 1}, {"key": "A"}):
        assert _plain_entry(odd) is None
