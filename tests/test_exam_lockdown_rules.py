"""Lockdown rules written in the exam source travel in the signed package and govern the
candidate's screen (a seat, fed by the station over the room's TLS link) and the station's
readiness check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from app.domain.accommodations import Accommodations
from app.domain.errors import SourceInvalid
from app.formats.exam_source import load_exam_source
from app.services.readiness import run_checks
from app.ui.seat.seat_window import SeatWindow
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.room_helpers import pair_seat, wait_for

FORBIDDEN = "sleep"   # a program this test starts, so it is certainly running (and not the test itself)


def _exam_with(tmp_path: Path, lockdown: object) -> Path:
    folder = tmp_path / "exam"
    shutil.copytree(MINI_EXAM, folder)
    main = yaml.safe_load((folder / "exam.yaml").read_text())
    main["lockdown"] = lockdown
    (folder / "exam.yaml").write_text(yaml.safe_dump(main))
    return folder


def _package(world: World, tmp_path: Path, lockdown: dict) -> Path:
    output = tmp_path / "locked.exampkg"
    world.body.packages.build(_exam_with(tmp_path, lockdown), [world.center_file], output, RELEASE_CODE)
    return output


def _attempt(world: World, opened) -> str:
    world.center.station.remember(opened)
    delivery = world.center.delivery
    session = delivery.start_session(opened.package_id, opened.exam)
    candidate = delivery.check_in(session, "C-001", "Ada Lovelace", Accommodations())
    return delivery.create_attempt(session, candidate, opened.exam, Accommodations())


@pytest.fixture
def seat_for(qtbot, world: World, tmp_path: Path):
    """The candidate's screen as it runs everywhere now: a seat paired with the station's room,
    given the candidate's attempt, with lockdown on."""
    made = []

    def make(opened) -> tuple[SeatWindow, str]:
        attempt_id = _attempt(world, opened)
        session = world.center.delivery.attempt(attempt_id).session_id
        room = world.center.room.open(opened, session, "Station", host="127.0.0.1")
        seat, pairing = pair_seat(room, tmp_path / "seat", "Seat 1")
        room.assign(attempt_id, pairing["fingerprint"], "pat")
        window = SeatWindow(seat.seat, lockdown=True)
        qtbot.addWidget(window)
        window.show()
        made.append((window, seat))
        qtbot.waitUntil(lambda: window.session.attempt is not None, timeout=10000)
        return window, attempt_id
    yield make
    for window, seat in made:
        window.shutdown()
        seat.close()
    world.center.room.close()


def test_rules_travel_in_the_package_and_reach_the_lockdown(qtbot, world: World, tmp_path: Path, seat_for) -> None:
    rules = {"forbidden_programs": ["no-such-program-xyz"], "allow_copy_in_answers": False}
    opened = world.center.packages.open(_package(world, tmp_path, rules), RELEASE_CODE)
    assert opened.exam.lockdown.forbidden_programs == ("no-such-program-xyz",)
    assert not opened.exam.lockdown.allow_copy_in_answers and not opened.exam.lockdown.forbid_extra_screens
    window, _ = seat_for(opened)
    qtbot.waitUntil(lambda: window.exam_window is not None, timeout=10000)
    assert window.controller is not None and window.controller.options.allow_copy_in_answers is False
    assert window.controller.active


@pytest.fixture
def forbidden_running():
    process = subprocess.Popen([FORBIDDEN, "60"])
    yield
    process.kill()
    process.wait()


def test_a_forbidden_program_keeps_the_exam_closed_and_fails_the_check(qtbot, world: World, tmp_path: Path,
                                                                       forbidden_running, seat_for) -> None:
    package = _package(world, tmp_path, {"forbidden_programs": [FORBIDDEN]})
    opened = world.center.packages.open(package, RELEASE_CODE)
    window, attempt_id = seat_for(opened)
    qtbot.waitUntil(lambda: window._refused is not None, timeout=10000)
    assert window.exam_window is None and window.controller is None  # the exam stays closed
    assert FORBIDDEN in window.waiting_status.text() and "Close them" in window.waiting_status.text()
    # The proctor learns it from the station: an incident on the attempt, recorded once.
    wait_for(lambda: any(e.kind == "incident" for e in world.center.delivery.events(attempt_id)),
             what="the incident on the station")
    window.poll()
    incidents = [e for e in world.center.delivery.events(attempt_id) if e.kind == "incident"]
    assert len(incidents) == 1 and FORBIDDEN in incidents[0].data["description"]
    results = {r.name: r for r in run_checks(world.center, package, RELEASE_CODE)}
    assert results["programs this exam forbids"].status == "fail"
    assert FORBIDDEN in results["programs this exam forbids"].detail


def test_bad_lockdown_rules_are_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceInvalid) as refused:
        load_exam_source(_exam_with(tmp_path, {"forbidden_programs": ["/usr/bin/x", 3], "forbid_screens": True}))
    text = "\n".join(refused.value.problems)
    assert "lockdown.forbidden_programs[0]" in text and "lockdown.forbidden_programs[1]" in text
    assert "unknown field 'forbid_screens'" in text and "forbid_extra_screens" in text
