"""Property-based tests (hypothesis) of what the body does with a bundle's contents, for a
first bundle and for a supplement: whatever a registered center signs (any value anywhere,
removed keys, heads recomputed so the change reaches the deeper checks), the import either
plans rows or refuses in one line, never anything else; and any change to an event, its MAC
or an attempt's chain key or head, however well formed, is refused."""

from __future__ import annotations

import copy
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.crypto.identity import b64
from app.formats.result_bundle import BundleRefused, open_payload, verify_bundle
from app.formats.result_payload import Chain, Position, attempt_part
from app.services.context import create_services
from app.services.result_import import plan_import
from app.services.simulate import simulate
from app.store.results import ResultsRepository
from tests.conftest import PASSPHRASE, RELEASE_CODE, copy_world, passphrase
from tests.test_properties import SETTINGS, json_like

# any JSON value, plus counts and times near the real ones
values = st.one_of(json_like, st.integers(0, 40), st.datetimes(timezones=st.just(timezone.utc)).map(str))
hex64 = st.binary(min_size=32, max_size=32).map(bytes.hex)
# well-formed values for each place of an event [seq, kind, elapsed_ms, at, data, mac] and of a
# part's chain: they pass the parser, so only the chain can refuse them
EVENT_VALUES = {1: st.one_of(st.sampled_from(["answered", "incident", "paused", "submitted"]), st.text(min_size=1)),
                2: st.integers(0, 10**8), 3: st.datetimes(timezones=st.just(timezone.utc)).map(lambda d: d.isoformat()),
                4: st.dictionaries(st.text(max_size=8), json_like, max_size=4), 5: hex64}
CHAIN_VALUES = {"key": st.binary(min_size=32, max_size=32).map(b64), "head": hex64}


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory, world_template: Path):
    """A first bundle the body imported, and a supplement to it (a late incident) it has not."""
    root = tmp_path_factory.mktemp("fuzz-bundles")
    world = copy_world(world_template, root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        session = simulate(world.center, world.package, RELEASE_CODE, 2, seed=4).session_id
        first = world.center.results.export(session, root)
        world.body.results.import_bundle(first)
        attempt = world.center.delivery.attempts(session)[0].id
        exam = world.center.packages.open(world.package, RELEASE_CODE).exam
        world.center.proctoring.incident(attempt, exam, "other", "late", by="sim-proctor")
        supplement = world.center.results.export(session, root)
        empty = create_services(world.body.home.root, passphrase, database_url=f"sqlite:///{root / 'empty.db'}")
        body_keys = world.body.keys.load("body")
        opened = {name: (verify_bundle(path), open_payload(verify_bundle(path), body_keys))
                  for name, path in (("first", first), ("supplement", supplement))}
        yield world, empty, opened
    empty.close()
    world.close()


def _paths(value, path=()):
    """Every place in the JSON tree (a path of keys and indexes)."""
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*path, index))


def _mutate(payload: dict, data) -> dict:
    changed = copy.deepcopy(payload)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _paths(changed) if p]))
        parent = changed
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()):
            parent[path[-1]] = data.draw(values)
        else:
            del parent[path[-1]]
    if data.draw(st.booleans()):
        _reseal(changed)  # heads that match the changed contents: the change reaches the deeper checks
    return changed


def _reseal(payload: dict) -> None:
    try:
        for index, part in enumerate(payload["attempts"]):
            after = Position(part["after"]["events"], part["after"]["evaluations"], part["after"]["head"]) \
                if part["after"]["events"] else Position.start(part["id"])
            payload["attempts"][index] = attempt_part(part, after, part["events"], part["evaluations"],
                                                      Chain.from_json(part["chain"]))
    except (KeyError, TypeError, IndexError, AttributeError, ValueError):
        pass  # too broken to reseal: then it is the parser's to refuse


def _plan(services, bundle, payload):
    repo = ResultsRepository(services.station.db)
    try:
        return plan_import(payload, bundle, repo, services.results._built, datetime.now(timezone.utc))
    except BundleRefused as refusal:
        assert "\n" not in refusal.line() and refusal.next_step
        return None


def test_the_unchanged_payloads_are_planned(bundles) -> None:
    world, empty, opened = bundles
    assert _plan(empty, *opened["first"]).report.attempts == 2
    assert _plan(world.body, *opened["supplement"]).report.extended == 1


@SETTINGS
@given(data=st.data())
def test_a_mutated_first_bundle_is_planned_or_refused_in_one_line(bundles, data) -> None:
    world, empty, opened = bundles
    bundle, payload = opened["first"]
    _plan(empty, bundle, _mutate(payload, data))


@SETTINGS
@given(data=st.data())
def test_a_mutated_supplement_is_planned_or_refused_in_one_line(bundles, data) -> None:
    world, empty, opened = bundles
    bundle, payload = opened["supplement"]
    plan = _plan(world.body, bundle, _mutate(payload, data))
    if plan is not None:  # whatever got through still only adds to the attempt it extends
        assert plan.report.attempts + plan.report.extended + plan.report.unchanged <= len(payload["attempts"]) + 2


@SETTINGS
@given(data=st.data(), which=st.sampled_from(["first", "supplement"]))
def test_a_changed_event_mac_or_chain_is_refused(bundles, data, which: str) -> None:
    world, empty, opened = bundles
    bundle, payload = opened[which]
    changed = copy.deepcopy(payload)
    part = data.draw(st.sampled_from(changed["attempts"]))
    if data.draw(st.booleans()):
        event, place = data.draw(st.sampled_from(part["events"])), data.draw(st.sampled_from(sorted(EVENT_VALUES)))
        target, value = event, data.draw(EVENT_VALUES[place])
    else:
        place = data.draw(st.sampled_from(sorted(CHAIN_VALUES)))
        target, value = part["chain"], data.draw(CHAIN_VALUES[place])
    assume(value != target[place])
    target[place] = value
    _reseal(changed)  # the content heads fit again: only the chain can tell
    assert _plan(empty if which == "first" else world.body, bundle, changed) is None


# well-formed values for each place of an audit entry: they pass the parser, so only the
# session's audit chain can refuse them
AUDIT_VALUES = {"at": st.datetimes(timezones=st.just(timezone.utc)).map(lambda d: d.isoformat()),
                "actor": st.text(min_size=1), "action": st.text(min_size=1), "subject": st.text(),
                "details": st.dictionaries(st.text(max_size=8), json_like, max_size=4), "mac": hex64}


@SETTINGS
@given(data=st.data(), which=st.sampled_from(["first", "supplement"]))
def test_a_changed_audit_entry_or_key_is_refused(bundles, data, which: str) -> None:
    world, empty, opened = bundles
    bundle, payload = opened[which]
    changed = copy.deepcopy(payload)
    audit = changed["audit"]
    assert audit["entries"], "the bundle carries audit entries"
    if data.draw(st.booleans()):
        entry = data.draw(st.sampled_from(audit["entries"]))
        place = data.draw(st.sampled_from(sorted(AUDIT_VALUES)))
        target, value = entry, data.draw(AUDIT_VALUES[place])
    else:
        target, place, value = audit, "key", data.draw(CHAIN_VALUES["key"])
    assume(value != target[place])
    target[place] = value
    audit["head"] = audit["entries"][-1]["mac"]  # the head fits again: only the chain can tell
    assert _plan(empty if which == "first" else world.body, bundle, changed) is None
