"""Property-based tests (hypothesis) of what the body does with a bundle's contents, for a
first bundle and for a supplement: whatever a registered center signs (any value anywhere,
removed keys, heads recomputed so the change reaches the deeper checks), the import either
plans rows or refuses in one line, never anything else."""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.formats.result_bundle import BundleRefused, open_payload, verify_bundle
from app.formats.result_payload import Position, attempt_part
from app.services.context import create_services
from app.services.result_import import plan_import
from app.services.simulate import simulate
from app.store.results import ResultsRepository
from tests.conftest import PASSPHRASE, RELEASE_CODE, make_world, passphrase
from tests.test_properties import SETTINGS, json_like

# any JSON value, plus counts and times near the real ones
values = st.one_of(json_like, st.integers(0, 40), st.datetimes(timezones=st.just(timezone.utc)).map(str))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory):
    """A first bundle the body imported, and a supplement to it (a late incident) it has not."""
    root = tmp_path_factory.mktemp("fuzz-bundles")
    world = make_world(root)
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
            payload["attempts"][index] = attempt_part(part, after, part["events"], part["evaluations"])
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
