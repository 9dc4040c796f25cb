"""Lockdown rules written in the exam source travel in the signed package and govern the
candidate's screen and the station's readiness check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.domain.accommodations import Accommodations
from app.domain.errors import SourceInvalid
from app.formats.exam_source import load_exam_source
from app.services.readiness import run_checks
from app.ui.proctor.candidate_link import open_candidate_window
from tests.conftest import MINI_EXAM, RELEASE_CODE, World

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


def test_rules_travel_in_the_package_and_reach_the_lockdown(qtbot, world: World, tmp_path: Path) -> None:
    rules = {"forbidden_programs": ["no-such-program-xyz"], "allow_copy_in_answers": False}
    opened = world.center.packages.open(_package(world, tmp_path, rules), RELEASE_CODE)
    assert opened.exam.lockdown.forbidden_programs == ("no-such-program-xyz",)
    assert not opened.exam.lockdown.allow_copy_in_answers and not opened.exam.lockdown.forbid_extra_screens
    window = open_candidate_window(world.center, opened, _attempt(world, opened))
    qtbot.addWidget(window)
    assert window.lockdown.options.allow_copy_in_answers is False
    window.lockdown.release()
    window.shutdown()


@pytest.fixture
def forbidden_running():
    process = subprocess.Popen([FORBIDDEN, "60"])
    yield
    process.kill()
    process.wait()


def test_a_forbidden_program_keeps_the_exam_closed_and_fails_the_check(qtbot, world: World, tmp_path: Path,
                                                                       forbidden_running) -> None:
    package = _package(world, tmp_path, {"forbidden_programs": [FORBIDDEN]})
    opened = world.center.packages.open(package, RELEASE_CODE)
    shown: list[str] = []

    def close_the_message(tries: int = 100) -> None:  # the refusal is a modal message box
        box = QApplication.activeModalWidget()
        if box is not None:
            shown.append(box.text())
            box.close()
        elif tries:
            QTimer.singleShot(50, lambda: close_the_message(tries - 1))
    QTimer.singleShot(50, close_the_message)
    window = open_candidate_window(world.center, opened, _attempt(world, opened))
    if window is not None:  # not refused: clean up before failing
        qtbot.addWidget(window)
        window.lockdown.release()
    assert window is None and shown and FORBIDDEN in shown[0]
    results = {r.name: r for r in run_checks(world.center, package, RELEASE_CODE)}
    assert results["programs this exam forbids"].status == "fail"
    assert FORBIDDEN in results["programs this exam forbids"].detail


def test_bad_lockdown_rules_are_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceInvalid) as refused:
        load_exam_source(_exam_with(tmp_path, {"forbidden_programs": ["/usr/bin/x", 3], "forbid_screens": True}))
    text = "\n".join(refused.value.problems)
    assert "lockdown.forbidden_programs[0]" in text and "lockdown.forbidden_programs[1]" in text
    assert "unknown field 'forbid_screens'" in text and "forbid_extra_screens" in text
