"""Moving a paused attempt to another station of the same center, offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.domain.errors import ExamStationError
from app.services.context import create_services
from tests.conftest import RELEASE_CODE, World, passphrase


def _second_station(world: World, root: Path):
    """Another station of the same center, set up from a backup of the center's keys and trust."""
    backup = root.parent / f"{root.name}.backup.json"
    world.center.keys.backup("center", backup, "second station backup phrase")
    station = create_services(root, passphrase)
    station.keys.restore(backup, "second station backup phrase", store="file")
    return station


def test_an_attempt_moves_with_every_answer_and_its_time(world: World, tmp_path: Path) -> None:
    first = world.center
    opened = first.packages.open(world.package, RELEASE_CODE)
    first.station.remember(opened)
    exam = opened.exam
    session = first.delivery.start_session(opened.package_id, exam)
    candidate = first.delivery.check_in(session, "C-7", "Moved Candidate", Accommodations())
    attempt_id = first.delivery.create_attempt(session, candidate, exam, Accommodations(), form_id="A")
    live = first.delivery.live(attempt_id, exam)
    live.start()
    live.answer(live.state.current_item, "b")
    with pytest.raises(ExamStationError, match="paused or not yet started"):
        first.transfer.export(attempt_id, exam, tmp_path / "move.json", by="pat")
    live.pause("station fault", by="pat")
    moved = first.transfer.export(attempt_id, exam, tmp_path / "move.json", by="pat")
    assert b"Moved Candidate" not in moved.read_bytes()  # sealed for the center's stations
    assert first.delivery.observe(attempt_id, exam).status == "transferred"

    second = _second_station(world, tmp_path / "station-2")
    with pytest.raises(ExamStationError, match="has not been opened on this station"):
        second.transfer.import_(moved, exam)
    second.station.remember(second.packages.open(world.package, RELEASE_CODE))
    assert second.transfer.import_(moved, exam) == attempt_id
    continued = second.delivery.live(attempt_id, exam)
    assert continued.state.responses == live.state.responses and continued.status == "paused"
    assert continued.timer.elapsed_ms() == live.state.elapsed_ms
    continued.resume(by="pat")
    with pytest.raises(ExamStationError, match="already on this station"):
        second.transfer.import_(moved, exam)
    # the first station's results leave the moved attempt out; the second's carry it
    assert first.results.session_payload(session)["attempts"] == []
    assert [a["id"] for a in second.results.session_payload(session)["attempts"]] == [attempt_id]
    second.close()


def test_a_station_of_another_center_cannot_import(world: World, tmp_path: Path) -> None:
    other = create_services(tmp_path / "other", passphrase)
    other.keys.init("center", "Elsewhere", store="file")
    (tmp_path / "fake.json").write_text('{"format": "examstation-attempt-transfer/1", "center": "X", '
                                        '"sealed": "AAAA", "signature": "' + "A" * 86 + '"}')
    with pytest.raises(ExamStationError, match="not made by a station of this center"):
        other.transfer.import_(tmp_path / "fake.json", None)  # type: ignore[arg-type]
    other.close()


def test_moving_an_attempt_with_the_command_line(world: World, tmp_path: Path, capsys) -> None:
    from tests.cli_helpers import run_inline
    first = world.center
    opened = first.packages.open(world.package, RELEASE_CODE)
    first.station.remember(opened)
    session = first.delivery.start_session(opened.package_id, opened.exam)
    candidate = first.delivery.check_in(session, "C-9", "Cli Candidate", Accommodations())
    attempt_id = first.delivery.create_attempt(session, candidate, opened.exam, Accommodations())
    status, out, err = run_inline(capsys, "--home", first.home.root, "attempt", "export", "--attempt", attempt_id,
                                  "--package", world.package, "--release-code", RELEASE_CODE, "--by", "pat",
                                  "-o", tmp_path / "move.json")
    assert status == 0 and "closed on this station" in out, err
    second = _second_station(world, tmp_path / "station-2")
    second.close()
    status, out, err = run_inline(capsys, "--home", tmp_path / "station-2", "attempt", "import", tmp_path / "move.json",
                                  "--package", world.package, "--release-code", RELEASE_CODE)
    assert status == 0 and attempt_id in out, err
