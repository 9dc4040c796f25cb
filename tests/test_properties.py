"""Property-based tests (hypothesis) of the parsers: the source reader and the package
reader never fail with anything but their one clear error, whatever they are fed."""

from __future__ import annotations

import dataclasses
import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import composite
from app.domain.errors import PackageRefused, SourceInvalid
from app.domain.exam_reader import read_exam
from app.formats.exam_content import exam_to_document
from app.formats.exam_source import load_exam_source, parse_text
from app.formats.package_reader import open_package, read_signed
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.fuzz_helpers import value_paths

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True),
                    st.text(string.ascii_letters + " -_.:()[]", max_size=12))
json_like = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(string.ascii_lowercase + "_", max_size=10), inner,
                                                 max_size=5)), max_leaves=25)
DOCUMENT = exam_to_document(load_exam_source(MINI_EXAM))
ITEM_KEYS = sorted({k for item in DOCUMENT["items"] for k in item})


def _read(main, items, checklists=()) -> None:
    try:
        read_exam(("exam.yaml", main), [("items/x.yaml", items)], [("checklists/c.yaml", c) for c in checklists],
                  lambda path: True)
    except SourceInvalid as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)


@SETTINGS
@given(main=json_like, items=json_like)
def test_arbitrary_documents_give_a_source_or_a_list_of_problems(main, items) -> None:
    _read(main, items)


@SETTINGS
@given(index=st.integers(0, len(DOCUMENT["items"]) - 1), field=st.sampled_from(ITEM_KEYS), value=json_like)
def test_one_corrupted_item_field_is_reported_not_crashed(index, field, value) -> None:
    document = json.loads(json.dumps(DOCUMENT))
    document["items"][index][field] = value
    main = {k: v for k, v in document.items() if k not in ("items", "checklists")}
    _read(main, {"items": document["items"]}, document["checklists"])


@SETTINGS
@given(path=st.lists(st.sampled_from(["forms", 0, "sections", 0, "items", "scoring", "timing", "tools",
                                      "credential", "domains", "exhibits"]), min_size=1, max_size=4),
       value=json_like)
def test_corrupted_exam_fields_are_reported_not_crashed(path, value) -> None:
    document = json.loads(json.dumps(DOCUMENT))
    main = {k: v for k, v in document.items() if k not in ("items", "checklists")}
    node = main
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return
    try:
        node[path[-1]] = value
    except (IndexError, TypeError):
        return
    _read(main, {"items": document["items"]}, document["checklists"])


@SETTINGS
@given(text=st.text(max_size=200))
def test_yaml_text_parses_or_raises_a_yaml_error(text) -> None:
    import yaml
    try:
        parse_text(text)
    except yaml.YAMLError:
        pass


@SETTINGS
@given(words=st.lists(st.sampled_from(["written", "checklist:a", "AND", "OR", "not", "(", ")", "x", "&"]),
                     max_size=12), glue=st.sampled_from([" ", "  ", "\t"]))
def test_composite_rules_parse_or_say_why(words, glue) -> None:
    text = glue.join(words)
    try:
        rule = composite.parse_rule(text)
    except ValueError as error:
        assert str(error)
    else:
        assert composite.components(rule) <= {"written", "checklist:a"}


@pytest.fixture(scope="module")
def package_bytes(shared_world: World) -> bytes:
    return shared_world.package.read_bytes()


def damaged_copy(original: bytes, data: st.DataObject) -> bytes:
    """`original` with one to four bytes changed, and perhaps cut short."""
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255).filter(lambda b, p=position: b != damaged[p]))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(damaged))))
    return bytes(damaged[:cut] if cut is not None else damaged)


@SETTINGS
@given(data=st.data())
def test_mutated_packages_are_refused_cleanly(shared_world: World, package_bytes: bytes, tmp_path_factory, data) -> None:
    target = tmp_path_factory.mktemp("pkg") / "p.exampkg"
    target.write_bytes(damaged_copy(package_bytes, data))
    with pytest.raises(PackageRefused):
        read_signed(target)


@SETTINGS
@given(blob=st.binary(max_size=400), prefix=st.sampled_from([b"", b"\x89EXPKG\r\n", b"\x89EXPKG\r\n\x00\x01"]))
def test_arbitrary_bytes_are_refused_cleanly(tmp_path_factory, blob: bytes, prefix: bytes) -> None:
    target = tmp_path_factory.mktemp("pkg") / "p.exampkg"
    target.write_bytes(prefix + blob)
    with pytest.raises(PackageRefused):
        read_signed(target)


@SETTINGS
@given(manifest_patch=st.dictionaries(st.sampled_from(["valid", "recipients", "release_code"]),
                                      json_like, min_size=1, max_size=2))
def test_a_hostile_manifest_from_a_trusted_signer_is_refused_cleanly(shared_world: World, manifest_patch) -> None:
    # Skip the signature and read_signed's own checks (format, package id, signer) to feed
    # odd values to the checks open_package makes.
    signed = read_signed(shared_world.package)
    hostile = dataclasses.replace(signed, manifest={**signed.manifest, **manifest_patch})
    from datetime import datetime, timezone
    try:
        open_package(hostile, _center_keys(shared_world),
                     shared_world.center.keys.trusted("body"), RELEASE_CODE, datetime.now(timezone.utc))
    except PackageRefused as error:
        assert str(error)


_KEYS: dict = {}


def _center_keys(world: World):
    # Unlocking the key file costs a key-stretching round; do it once for all examples.
    if "center" not in _KEYS:
        _KEYS["center"] = world.center.keys.load("center")
    return _KEYS["center"]


NEW_ITEMS = [  # the item forms added for QTI: cloze, mapped scoring, formatted stems
    {"id": "c1", "type": "cloze", "domain": DOCUMENT["domains"][0]["id"], "stem": "[1] and [2]", "scoring": "partial",
     "blanks": [{"id": "b1", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "key": "a"},
                {"id": "b2", "answers": ["x"], "case_sensitive": True}, {"id": "b3", "key": 4, "tolerance": 0.5}]},
    {"id": "m1", "type": "multiple_response", "domain": DOCUMENT["domains"][0]["id"], "stem": "S",
     "stem_html": "<p>S <em>x</em></p><table><tr><td colspan=\"2\">1</td></tr></table>",
     "options": [{"id": i, "text": i} for i in "abc"], "key": ["a"],
     "mapping": {"entries": [{"key": "a", "value": 1}, {"key": "b", "value": -1}], "default": 0, "lower": 0, "upper": 1}},
]


NEW_PATHS = [(n, path) for n, item in enumerate(NEW_ITEMS) for path in value_paths(item) if path]


@SETTINGS
@given(where=st.sampled_from(NEW_PATHS), value=json_like)
def test_corrupted_cloze_and_mapped_items_are_reported_not_crashed(where, value) -> None:
    from app.domain.scoring import key_response, score_item
    index, path = where
    items = json.loads(json.dumps(NEW_ITEMS))
    target = items[index]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    main = {k: v for k, v in DOCUMENT.items() if k not in ("items", "checklists")}
    try:
        exam = read_exam(("exam.yaml", main), [("items/x.yaml", {"items": DOCUMENT["items"] + items})],
                         [("checklists/c.yaml", c) for c in DOCUMENT["checklists"]], lambda path: True)
    except SourceInvalid as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    for item in exam.items:  # whatever was accepted scores without raising
        score_item(item, key_response(item))
        score_item(item, value)
