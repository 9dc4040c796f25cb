"""The item reader's shortcuts give what the long way gives.

`read_item` reads an item whose common fields, options and mapping entries have nothing to
report without a Fields for each, and `read_item_again` settles the domain, points and
formatted stem of an item a converter already read without reading it again. Anything else goes
the long way, which words every problem. Here generated items (every type, then damaged in up to
three places) are read both ways: the same Item or the same refusal, with the same problems in
the same order."""

from __future__ import annotations

import copy
import dataclasses
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.exam import Item
from app.domain.fields import read_in_full, shortcuts
from app.domain.item_reader import read_item, read_item_again
from app.domain.problems import Problems
from app.formats.exam_content import exam_to_document
from app.formats.exam_source import load_exam_source
from tests.conftest import MINI_EXAM
from tests.fuzz_helpers import value_paths

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DOMAINS = {"d", "safety"}

MAPPED = [
    {"id": "m1", "type": "multiple_response", "domain": "d", "stem": "Which?", "points": 2,
     "stem_html": "<p>Which <em>two</em>?</p>", "options": [{"id": i, "text": f"Option {i}"} for i in "abcd"],
     "key": ["a", "c"], "mapping": {"entries": [{"key": "a", "value": 1}, {"key": "c", "value": 1.0},
                                                {"key": "b", "value": -1, "case_sensitive": True}],
                                    "default": 0, "lower": 0, "upper": 2}},
    {"id": "s1", "type": "single_choice", "domain": "safety", "stem": " Pick one ", "media": "media/a.png",
     "stimulus": "passage", "options": [{"id": "a", "text": "A", "media": "media/a.png"}, {"id": "b", "text": "B"}],
     "key": "a", "mapping": {"entries": [{"key": "a", "value": 2}, {"key": "b", "value": 0.5}]}},
    {"id": "c1", "type": "cloze", "domain": "d", "stem": "[1] and [2] and [3]", "scoring": "partial",
     "blanks": [{"id": "b1", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "key": "a"},
                {"id": "b2", "answers": ["x"], "case_sensitive": True}, {"id": "b3", "key": 4, "tolerance": 0.5}]},
]


def _catalog() -> list[dict]:
    items = exam_to_document(load_exam_source(MINI_EXAM))["items"]
    return [dict(item, domain="d") for item in items] + MAPPED


CATALOG = _catalog()
PATHS = [(n, path) for n, item in enumerate(CATALOG) for path in value_paths(item) if path]

# values near what a reader checks: ids with spaces or too long, blank or padded texts, numbers
# at and beyond their bounds, unsafe formatting, the wrong kind of value altogether
nearby = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", " ", " a ", "a", "b", "A", "x y", "x" * 81, "d", "safety", "other", "qti", "1e9",
                     "<p>fine</p>", "  <em>padded</em>  ", "<script>x</script>", "<p onclick='x'>no</p>",
                     "<!-- note -->", "media/a.png", "single_choice", "cloze"]),
    st.text(max_size=5), st.lists(st.sampled_from(["a", "b", "c", 1, None]), max_size=3),
    st.dictionaries(st.sampled_from(["id", "text", "media", "key", "value", "extra"]),
                    st.sampled_from(["a", " b ", "", 1, None, True]), max_size=3),
)


# for each field every item has: values that pass, values a reader trims, values it refuses
COMMON = {
    "id": ["a1", " a1 ", "", "a b", "x" * 81, 3, None, True],
    "type": ["single_choice", "multiple_response", "cloze", "numeric", "unknown", None, 1],
    "domain": ["d", " d ", "safety", "other", "", "x y", 1, None],
    "stem": ["S", " S ", "", "  ", 5, 2.5, None, ["S"]],
    "points": [1, 2.5, 0, 0.0, -1, 1e9, math.inf, math.nan, True, "2", None],
    "media": ["media/a.png", " media/b.png ", "", " ", None, 3],
    "stimulus": ["passage", " passage ", "a b", "", None, 4],
    "stem_html": ["<p>fine</p>", " <em>x</em> ", "", "  ", "<script>x</script>", "<p onclick='x'>no</p>", 3, None],
}


def common_value(name: str) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(COMMON[name]), nearby)


@st.composite
def items(draw, most_changes: int = 3) -> dict:
    """An item of the catalog, changed in up to `most_changes` places: a field every item has
    given a value near its bounds, any value replaced, a field removed, or a field added that no
    item has (or that this item's type does not have)."""
    item = copy.deepcopy(draw(st.sampled_from(CATALOG)))
    for _ in range(draw(st.integers(0, most_changes))):
        change = draw(st.sampled_from(["common", "common", "replace", "remove", "add"]))
        if change == "common":
            name = draw(st.sampled_from(sorted(COMMON)))
            item[name] = draw(common_value(name))
            continue
        path = draw(st.sampled_from([p for p in value_paths(item) if p]))
        target = item
        for step in path[:-1]:
            target = target[step]
        if change == "remove" and isinstance(target, dict):
            del target[path[-1]]
        elif change == "add" and isinstance(target, dict):
            target[draw(st.sampled_from(["extra", "text", "media", "options", "weight", "answers"]))] = draw(nearby)
        else:
            target[path[-1]] = draw(nearby)
    return item


def _read(reader, *arguments) -> tuple[Item | None, list[str]]:
    problems = Problems("items/x.yaml")
    with problems.at("items"), problems.at(0):
        item = reader(problems, *arguments)
    return item, list(problems.lines)


def _same(fast: tuple[Item | None, list[str]], full: tuple[Item | None, list[str]]) -> None:
    assert fast[1] == full[1]
    assert [getattr(line, "template", None) for line in fast[1]] == [getattr(line, "template", None)
                                                                     for line in full[1]]
    assert _comparable(fast[0]) == _comparable(full[0])


def _comparable(item: Item | None) -> object:
    """The item's fields, with NaN made comparable (a NaN key or tolerance is read as it is)."""
    if item is None:
        return None
    return repr(dataclasses.astuple(item))


@SETTINGS
@given(item=items(), domains=st.sampled_from([DOMAINS, set(), {"other"}]))
def test_an_item_read_with_shortcuts_is_the_item_read_in_full(item: dict, domains: set[str]) -> None:
    fast = _read(read_item, item, domains)
    with read_in_full():
        full = _read(read_item, copy.deepcopy(item), domains)
    _same(fast, full)


settled_values = st.fixed_dictionaries({}, optional={name: common_value(name)
                                                   for name in ("domain", "points", "stem_html")})


@SETTINGS
@given(item=items(most_changes=1), read_as=st.sampled_from(["qti", "d"]), settled=settled_values,
       dropped=st.sets(st.sampled_from(["domain", "points", "stem_html"])), also_changed=st.booleans(),
       extra=st.one_of(st.none(), st.just(1)), removed=st.sampled_from([None, "key", "options", "scoring"]),
       domains=st.sampled_from([DOMAINS, set(), {"other"}]))
def test_an_item_settled_again_is_the_item_read_in_full(item: dict, read_as: str, settled: dict, dropped: set,
                                                        also_changed: bool, extra: int | None,
                                                        removed: str | None, domains: set[str]) -> None:
    """What a converter read (with a stand-in domain, and no formatted stem), then the document the
    exam reader gets: its domain, points and formatted stem settled, or removed, or another field
    changed, removed or one no item has added as well."""
    first = {k: v for k, v in dict(item, domain=read_as).items() if k != "stem_html"}
    problems = Problems()
    earlier_item = read_item(problems, first, set())
    earlier = (first, earlier_item) if earlier_item is not None else None
    final = {k: v for k, v in dict(first, **settled).items() if k not in dropped}
    if also_changed:
        final["stem"] = "Changed after the converter read it"
    if extra is not None:
        final["extra"] = extra
    if removed is not None and removed in final:
        del final[removed]
    fast = _read(read_item_again, final, domains, earlier)
    with read_in_full():
        full = _read(read_item, copy.deepcopy(final), domains)
    _same(fast, full)


def test_each_common_field_near_its_bounds_is_read_the_same_both_ways() -> None:
    """Every catalog item with each field every item has set to each value near its bounds (or
    removed): the shortcut's refusals and the long way's agree case by case."""
    for source in CATALOG:
        for name, values in COMMON.items():
            for value in [*values, _REMOVED]:
                item = {k: v for k, v in dict(source, **{name: value}).items() if v is not _REMOVED}
                fast = _read(read_item, item, DOMAINS)
                with read_in_full():
                    _same(fast, _read(read_item, item, DOMAINS))


NEAR = [None, True, False, 0, -1, 1, 2.5, 3, 1e9, math.nan, math.inf, "", " ", "a", "b", "c", " a ", "x y", "x" * 81,
        "<script>x</script>", [], ["a"], ["a", "a"], {}, {"id": "a", "text": "A"}]


def test_every_value_of_every_item_near_its_bounds_is_read_the_same_both_ways() -> None:
    """Each value anywhere in each catalog item (an option's id, a mapping's bound, an entry's
    value, ...) replaced by each value of NEAR, or removed, or its mapping given a field no item
    has: the same item or refusal, and the same problems, both ways."""
    for index, path in PATHS:
        for value in [*NEAR, _REMOVED, _ADDED]:
            item = copy.deepcopy(CATALOG[index])
            target = item
            for step in path[:-1]:
                target = target[step]
            if value is _REMOVED:
                del target[path[-1]]
            elif value is _ADDED:
                if not isinstance(target[path[-1]], dict):
                    continue
                target[path[-1]]["extra"] = 1
            else:
                target[path[-1]] = value
            fast = _read(read_item, item, DOMAINS)
            with read_in_full():
                _same(fast, _read(read_item, item, DOMAINS))


def test_each_settled_field_near_its_bounds_is_settled_as_read_in_full() -> None:
    """As the exam reader gets a converted item: each of the domain, points and formatted stem
    set to each value near its bounds (or removed), read again and read in full agree. The last
    source has a field no item has: read_item words it and still gives the item, so a converter
    may hand it over, and reading it again words it again."""
    for source in [*CATALOG, dict(CATALOG[0], extra=1)]:
        first = {k: v for k, v in dict(source, domain="qti").items() if k != "stem_html"}
        earlier = (first, read_item(Problems(), first, set()))
        assert earlier[1] is not None
        for name in ("domain", "points", "stem_html"):
            for value in [*COMMON[name], _REMOVED]:
                final = {k: v for k, v in {**first, "domain": "d", name: value}.items() if v is not _REMOVED}
                fast = _read(read_item_again, final, DOMAINS, earlier)
                with read_in_full():
                    _same(fast, _read(read_item, final, DOMAINS))


_REMOVED, _ADDED = object(), object()


def test_every_catalog_item_is_read_by_the_shortcuts() -> None:
    """The shortcuts are taken (not only agreed with): each catalog item reads whole, the same
    both ways, and settling it again gives a new Item with only the settled fields changed."""
    for source in CATALOG:
        fast = _read(read_item, source, DOMAINS)
        assert fast[0] is not None and not fast[1], source["id"]
        with read_in_full():
            assert shortcuts() is False
            _same(fast, _read(read_item, source, DOMAINS))
        again = _read(read_item_again, dict(source, domain="safety", points=7, stem_html="<p>new</p>"), DOMAINS,
                      (source, fast[0]))
        assert again[0] == dataclasses.replace(fast[0], domain="safety", points=7.0, stem_html="<p>new</p>")
    assert shortcuts() is True


def test_in_file_puts_the_location_back_after_an_error() -> None:
    problems = Problems("exam.yaml")
    with problems.at("items"):
        try:
            with problems.in_file("items/a.yaml"), problems.at(3):
                problems.add("inside")
                raise ValueError("stop")
        except ValueError:
            pass
        problems.add("after")
    assert problems.lines == ["items/a.yaml: [3]: inside", "exam.yaml: items: after"]


EXAM = {"format": "examstation-source/1", "id": "e", "title": "E", "version": "1",
        "credential": {"id": "c", "name": "C"}, "scoring": {"cut_score_percent": 60},
        "domains": [{"id": "d", "title": "D"}, {"id": "safety", "title": "Safety"}],
        "stimuli": [{"id": "passage", "title": "Passage", "html": "<p>Read this.</p>"}],
        "forms": [{"id": "A", "title": "A", "sections": [{"id": "s", "title": "S",
                                                          "items": [item["id"] for item in CATALOG]}]}]}
DOCUMENT_CHANGES = ["none", "none", "none", "extra field", "no items", "twice", "a list", "not read", "changed",
                    "unknown domain"]


def _exam_or_problems(*arguments) -> object:
    from app.domain.errors import SourceInvalid
    from app.domain.exam_reader import read_exam
    try:
        return repr(read_exam(*arguments))
    except SourceInvalid as error:
        return error.problems


@SETTINGS
@given(changes=st.lists(st.sampled_from(DOCUMENT_CHANGES), min_size=len(CATALOG), max_size=len(CATALOG)),
       stem_html=st.sampled_from([None, "<p>S</p>", "<script>x</script>"]))
def test_an_exam_read_with_what_a_converter_read_is_the_exam_read_in_full(changes: list[str],
                                                                          stem_html: str | None) -> None:
    """As a QTI import hands them over: one document per item and what the converter read of it,
    each document kept, given a field no document has, emptied, given its item twice, made a
    list, not read before, changed after reading or given a domain the exam lacks. The exam (or
    its problems) is the one read in full without the converter's items."""
    docs, read_items = [], {}
    for source, change in zip(CATALOG, changes, strict=True):
        first = {k: v for k, v in dict(source, domain="qti").items() if k != "stem_html"}
        final = dict(first, domain=source["domain"], **({"stem_html": stem_html} if stem_html else {}))
        final = dict(final, stem="Changed") if change == "changed" else final
        final = dict(final, domain="nowhere") if change == "unknown domain" else final
        content: object = {"items": [final]}
        if change == "extra field":
            content = {"items": [final], "extra": 1}
        elif change == "no items":
            content = {"items": []}
        elif change == "twice":
            content = {"items": [final, dict(final)]}
        elif change == "a list":
            content = [final]
        name = f"qti:{source['id']}.xml"
        docs.append((name, content))
        if change != "not read":
            read_items[name] = [(first, read_item(Problems(), first, set()))]
    main = ("examstation.yaml", EXAM)
    fast = _exam_or_problems(main, docs, [], lambda path: True, read_items)
    with read_in_full():
        full = _exam_or_problems(main, copy.deepcopy(docs), [], lambda path: True)
    assert fast == full


def test_the_untouched_documents_make_an_exam_both_ways() -> None:
    """The case above with nothing changed builds an exam (the comparison is not only of refusals)."""
    test_an_exam_read_with_what_a_converter_read_is_the_exam_read_in_full.hypothesis.inner_test(
        ["none"] * len(CATALOG), "<p>S</p>")
    docs = [(f"qti:{s['id']}.xml", {"items": [s]}) for s in CATALOG]
    assert isinstance(_exam_or_problems(("examstation.yaml", EXAM), docs, [], lambda path: True), str)
