"""Result bundles over time, through the real command: an unchanged session re-exports to the
same bundle whatever else happens on the station; a late incident or a second evaluation
reaches the body as a signed supplement that extends what it holds; anything that rewrites
what the body holds, comes from a center the package was not built for, or was sat outside
the package's window is refused in one line with the body's database unchanged."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.formats.result_bundle import build_bundle
from app.services.context import create_services
from app.services.simulate import SIM_PIN, simulate
from app.store.results import ResultsRepository
from tests.cli_helpers import Cli, assert_one_line_refusal
from tests.conftest import MINI_EXAM, PASSPHRASE, RELEASE_CODE, World, copy_world, passphrase


def _body(world: World, db: str | None = None) -> ResultsRepository:
    services = create_services(world.body.home.root, passphrase, database_url=db)
    world._extra.append(services)
    return ResultsRepository(services.station.db)


def _center(world: World):
    """The center's services in this process (closed with the world)."""
    services = create_services(world.center.home.root, passphrase)
    world._extra.append(services)
    return services


@pytest.fixture
def cli(capsys: pytest.CaptureFixture) -> Cli:
    return Cli(capsys)


def _late_incident(world: World, session: str, index: int, note: str) -> str:
    """The proctor records an incident on the session's attempt number `index` after the export."""
    center = _center(world)
    attempt = center.delivery.attempts(session)[index].id
    exam = center.packages.open(world.package, RELEASE_CODE).exam
    center.proctoring.incident(attempt, exam, "other", note, by="sim-proctor")
    return attempt


@pytest.fixture(scope="module")
def sat_template(tmp_path_factory: pytest.TempPathFactory, world_template: Path) -> tuple[Path, str, str]:
    """Built once: a world whose center sat a small session and exported it once, and whose
    body imported it. Each test works on its own copy."""
    root = tmp_path_factory.mktemp("sat")
    world = copy_world(world_template, root / "world")
    cli = Cli(None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        session = cli.simulate(world)
        (first,) = cli.export(world, session, root / "world" / "usb1")
        status, out, err = cli.import_(world, first)
    assert status == 0 and "imported 3 attempts" in out, err
    world.close()
    return root / "world", session, first.name


@pytest.fixture
def sat(sat_template, tmp_path: Path) -> tuple[World, str, Path]:
    template, session, first = sat_template
    world = copy_world(template, tmp_path / "world")
    yield world, session, world.root / "usb1" / first
    world.close()


def test_an_unchanged_session_re_exports_to_the_same_bundle_after_other_station_activity(sat, tmp_path, cli) -> None:
    world, session, first = sat
    center = _center(world)
    admin = next(a.username for a in center.accounts.list_accounts("admin"))
    center.accounts.create("new-proctor", "A new proctor", "proctor", "a long password 1", by=admin)
    cli.simulate(world, candidates=1, seed=9)  # another session on the same station
    (again,) = cli.export(world, session, tmp_path / "usb2")
    assert again.name == first.name
    ids = [cli("results", "verify", bundle)[1].split()[2] for bundle in (first, again)]
    assert ids[0] == ids[1]  # the same bundle id
    status, out, err = cli.import_(world, again)
    assert status == 0 and "already imported" in out, err


def test_a_new_bundle_repeating_attempts_the_body_holds_imports_them_as_a_no_op(sat, tmp_path, cli) -> None:
    """The station lost its record of the export (its database restored from a copy taken
    before it) and a note was added to the session: a different first bundle whose attempts
    are exactly those the body holds."""
    world, session, first = sat
    center = _center(world)
    center.accounts.record("sim-proctor", "session.note", session, {"note": "room temperature logged"})
    with sqlite3.connect(world.center.home.root / "station.db") as db:
        assert db.execute("DELETE FROM result_exports").rowcount == 1
    (again,) = cli.export(world, session, tmp_path / "usb2")
    assert again.name == first.name and again.read_bytes() != first.read_bytes()
    body = _body(world)
    before = body.counts()
    status, out, err = cli.import_(world, again)
    assert status == 0 and "3 attempts already imported unchanged (nothing to do)" in out, err
    assert "already imported (bundle" not in out  # a different bundle, whose attempts are all held
    assert body.counts() == {**before, "bundles": before["bundles"] + 1}


def test_a_late_incident_arrives_as_a_supplement(sat, tmp_path, cli) -> None:
    world, session, first = sat
    attempt = _late_incident(world, session, 0, "fire alarm noted after the export")
    (supplement,) = cli.export(world, session, tmp_path / "usb2")
    assert supplement.name.endswith(".supplement-001.examresult")
    status, out, err = cli("results", "verify", supplement)
    assert status == 0 and "supplement to bundle" in out, err
    body = _body(world)
    incidents = body.attempt(attempt).incidents
    status, out, err = cli.import_(world, supplement)
    assert status == 0 and "added what is new to 1 attempt imported before" in out, err
    assert body.attempt(attempt).incidents == incidents + 1
    assert json.loads(body.events(attempt)[-1].data)["description"] == "fire alarm noted after the export"
    # nothing new since: the same supplement again, which the body already has
    (again,) = cli.export(world, session, tmp_path / "usb3")
    assert again.name == supplement.name
    assert "already imported" in cli.import_(world, again)[1]


def test_bundles_import_in_any_order_and_a_lone_supplement_waits_for_its_bundle(sat, tmp_path, cli) -> None:
    world, session, first = sat
    _late_incident(world, session, 1, "late note")
    everything = cli.export(world, session, tmp_path / "all", "--all")
    assert [p.name.split(".")[1] for p in everything] == ["examresult", "supplement-001"]
    other_db = f"sqlite:///{tmp_path / 'central.db'}"
    status, _, err = cli.import_(world, everything[1], db=other_db)
    assert_one_line_refusal(status, err, "supplement to bundle", "not imported here yet")
    status, out, err = cli.import_(world, everything[1], everything[0], db=other_db)
    assert status == 0, err
    assert "imported 3 attempts" in out and "added what is new to 1 attempt" in out
    assert _body(world, other_db).counts()["bundles"] == 2


def test_a_second_evaluation_arrives_as_a_supplement(sat, tmp_path, cli) -> None:
    world, session, first = sat
    center = _center(world)
    exam = center.packages.open(world.package, RELEASE_CODE).exam
    checklist = exam.checklists[0]
    candidate, attempt = next((a.candidate_id, a.id) for a in center.delivery.attempts(session)
                              if len(center.evaluation.evaluations(a.candidate_id)) == 1)
    marks = {step.id: "not_done" for step in checklist.steps}
    reasons = {step.id: "not seen" for step in checklist.steps if step.critical}  # a critical miss needs one
    center.evaluation.sign_off(exam, checklist.id, candidate, "sim-eval-2", SIM_PIN["sim-eval-2"], marks, reasons, 300,
                               attempt_id=attempt)
    (supplement,) = cli.export(world, session, tmp_path / "usb2")
    body = _body(world)
    before = json.loads(body.attempt(attempt).details)["checklists"][checklist.id]
    status, out, err = cli.import_(world, supplement)
    assert status == 0 and "added what is new to 1 attempt" in out, err
    assert [e["kind"] for e in body.evaluations(attempt)] == ["first", "second"]
    after = json.loads(body.attempt(attempt).details)["checklists"][checklist.id]
    assert after != before and after["passed"] is not True  # two evaluators now disagree


def test_results_changed_on_the_station_after_export_are_refused_there(sat, tmp_path, cli) -> None:
    world, session, first = sat
    center = _center(world)
    attempt = center.delivery.attempts(session)[0].id
    with sqlite3.connect(world.center.home.root / "station.db") as db:  # a plain SQL edit, no key needed
        changed = db.execute("UPDATE attempt_events SET elapsed_ms = elapsed_ms + 1 WHERE attempt_id = ? AND seq = 2",
                             (attempt,)).rowcount
    assert changed == 1
    status, _, err = cli("--home", world.center.home.root, "results", "export", "--session", session, "-o", tmp_path)
    assert_one_line_refusal(status, err, "changed outside ExamStation", attempt, "event 2 (")


def test_a_bundle_that_rewrites_what_the_body_holds_is_refused(sat, tmp_path, cli) -> None:
    """A forged resend, signed with the center's own key: the same attempt with one event changed."""
    from app.formats.result_payload import Chain, Position, attempt_part
    world, session, first = sat
    center = _center(world)
    payload = center.results.session_payload(session)
    part = payload["attempts"][0]
    events = [list(e) for e in part["events"]]
    events[1][2] += 1
    payload["attempts"][0] = attempt_part(part, Position.start(part["id"]), events, part["evaluations"],
                                          Chain.from_json(part["chain"]))
    forged = tmp_path / "forged.examresult"
    forged.write_bytes(build_bundle(payload, center.keys.load("center"), world.body.keys.identity("body"), {}))
    before = _body(world).counts()
    status, _, err = cli.import_(world, forged)
    assert_one_line_refusal(status, err, "does not extend what its center sent before")
    assert _body(world).counts() == before


def test_results_from_a_center_the_package_was_not_built_for_are_refused(sat, tmp_path, cli) -> None:
    """Center Two is registered with the body but the package was built for Center One only."""
    world, session, first = sat
    other = world.home("center-two")
    other.keys.init("center", "Center Two", store="file")
    other.keys.export("center", world.root / "center-two.json")
    world.body.keys.trust(world.root / "center-two.json")
    payload = _center(world).results.session_payload(session)
    payload["station"] = other.keys.identity("center").to_json()
    forged = tmp_path / "elsewhere.examresult"
    forged.write_bytes(build_bundle(payload, other.keys.load("center"), world.body.keys.identity("body"), {}))
    other_db = f"sqlite:///{tmp_path / 'central.db'}"
    status, _, err = cli.import_(world, forged, db=other_db)
    assert_one_line_refusal(status, err, "Center Two", "not among the recipients")
    assert _body(world, other_db).counts()["attempts"] == 0


NOW = datetime.now(timezone.utc).replace(microsecond=0)
WINDOWS = {  # package window (from, to), and the station's clock when the package was opened
    "after the window": (NOW - timedelta(days=3), NOW - timedelta(days=1), NOW - timedelta(days=2)),
    "before the window": (NOW + timedelta(days=1), NOW + timedelta(days=3), NOW + timedelta(days=2)),
    "inside the window": (NOW - timedelta(days=1), NOW + timedelta(days=1), NOW),
}


@pytest.fixture(scope="module")
def window_world(tmp_path_factory: pytest.TempPathFactory, world_template: Path) -> World:
    world = copy_world(world_template, tmp_path_factory.mktemp("window"))
    yield world
    world.close()


@pytest.mark.parametrize("case", WINDOWS)
def test_results_sat_outside_the_package_window_are_refused(window_world: World, tmp_path: Path, case: str,
                                                            cli) -> None:
    """The station's clock was set to a time inside the window to open the package, then the
    candidates sat at the real time."""
    world, (not_before, not_after, opened_at) = window_world, WINDOWS[case]
    package = tmp_path / "windowed.exampkg"
    world.body.packages.build(MINI_EXAM, [world.center_file], package, RELEASE_CODE,
                              not_before.isoformat(), not_after.isoformat())
    real_clock, world.center.packages.clock = world.center.packages.clock, lambda: opened_at
    try:
        session = simulate(world.center, package, RELEASE_CODE, 2, seed=3).session_id
    finally:
        world.center.packages.clock = real_clock
    (bundle,) = cli.export(world, session, tmp_path / "usb")
    central = f"sqlite:///{tmp_path / 'central.db'}"
    status, out, err = cli.import_(world, bundle, db=central)
    if case == "inside the window":
        assert status == 0 and "imported 2 attempts" in out, err
    else:
        assert_one_line_refusal(status, err, "outside the package's validity window",
                                "after the package's window closed" if case == "after the window"
                                else "before the package's window opened")
        assert _body(world, central).counts()["attempts"] == 0
