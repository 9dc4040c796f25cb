"""Moving a paused attempt to another station of the same center, offline."""

from __future__ import annotations

import json
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
    second = _second_station(world, tmp_path / "station-2")
    to = second.home.station_id
    with pytest.raises(ExamStationError, match="paused or not yet started"):
        first.transfer.export(attempt_id, exam, tmp_path / "move.json", by="pat", to_station=to)
    live.pause("station fault", by="pat")
    moved = first.transfer.export(attempt_id, exam, tmp_path / "move.json", by="pat", to_station=to.lower())
    assert b"Moved Candidate" not in moved.read_bytes()  # sealed for the center's stations
    assert first.delivery.observe(attempt_id, exam).status == "transferred"
    assert first.delivery.events(attempt_id)[-1].data["to_station"] == to

    with pytest.raises(ExamStationError, match="has not been opened on this station"):
        second.transfer.import_(moved, exam)
    second.station.remember(second.packages.open(world.package, RELEASE_CODE))
    assert second.transfer.import_(moved, exam) == attempt_id
    continued = second.delivery.live(attempt_id, exam)
    assert continued.state.responses == live.state.responses and continued.status == "paused"
    assert continued.timer.elapsed_ms() == live.state.elapsed_ms
    continued.resume(by="pat")
    with pytest.raises(ExamStationError, match="already imported here"):
        second.transfer.import_(moved, exam)
    # the first station's results leave the moved attempt out; the second's carry it
    assert first.results.session_payload(session)["attempts"] == []
    assert [a["id"] for a in second.results.session_payload(session)["attempts"]] == [attempt_id]
    second.close()


def test_a_station_of_another_center_cannot_import(world: World, tmp_path: Path) -> None:
    other = create_services(tmp_path / "other", passphrase)
    other.keys.init("center", "Elsewhere", store="file")
    (tmp_path / "fake.json").write_text('{"format": "examstation-attempt-transfer/2", "center": "X", '
                                        '"transfer_id": "t", "from_station": "a", "to_station": "b", "attempt": "c", '
                                        '"sealed": "AAAA", "signature": "' + "A" * 86 + '"}')
    with pytest.raises(ExamStationError, match="not made by a station of this center"):
        other.transfer.import_(tmp_path / "fake.json", None)  # type: ignore[arg-type]
    other.close()


def _paused_attempt(world: World, number: str) -> str:
    first = world.center
    opened = first.packages.open(world.package, RELEASE_CODE)
    first.station.remember(opened)
    session = first.delivery.start_session(opened.package_id, opened.exam)
    candidate = first.delivery.check_in(session, number, "Cli Candidate", Accommodations())
    return first.delivery.create_attempt(session, candidate, opened.exam, Accommodations())


def _cli(capsys, home: Path, *args) -> tuple[int, str, str]:
    from tests.cli_helpers import run_inline
    return run_inline(capsys, "--home", home, *args)


def test_moving_an_attempt_with_the_command_line(world: World, tmp_path: Path, capsys) -> None:
    attempt_id = _paused_attempt(world, "C-9")
    second = _second_station(world, tmp_path / "station-2")
    second.close()
    status, out, err = _cli(capsys, tmp_path / "station-2", "keys", "show")
    station_2 = out.split("station id: ")[1].split()[0]
    assert status == 0 and station_2 == second.home.station_id, err
    status, out, err = _cli(capsys, world.center.home.root, "attempt", "export", "--attempt", attempt_id,
                            "--package", world.package, "--release-code", RELEASE_CODE, "--by", "pat",
                            "--to", station_2, "-o", tmp_path / "move.json")
    assert status == 0 and f"import it on station {station_2}, and only there" in out, err
    status, out, err = _cli(capsys, tmp_path / "station-2", "attempt", "import", tmp_path / "move.json",
                            "--package", world.package, "--release-code", RELEASE_CODE)
    assert status == 0 and attempt_id in out, err


@pytest.mark.slow
def test_one_move_file_gives_one_sitting(world: World, tmp_path: Path, capsys) -> None:
    """The same file at a second station of the center, or twice at its own, is refused."""
    from tests.cli_helpers import assert_one_line_refusal
    attempt_id = _paused_attempt(world, "C-10")
    stations = [_second_station(world, tmp_path / f"station-{n}") for n in (2, 3)]
    target, other = (s.home.station_id for s in stations)
    for station in stations:
        station.close()
    status, _, err = _cli(capsys, world.center.home.root, "attempt", "export", "--attempt", attempt_id,
                          "--package", world.package, "--release-code", RELEASE_CODE, "--by", "pat",
                          "--to", target, "-o", tmp_path / "move.json")
    assert status == 0, err
    move = ("attempt", "import", tmp_path / "move.json", "--package", world.package, "--release-code", RELEASE_CODE)
    status, _, err = _cli(capsys, tmp_path / "station-3", *move)  # same center keys, another station
    assert_one_line_refusal(status, err, f"is for station {target}, not this station ({other})")
    status, out, err = _cli(capsys, tmp_path / "station-2", *move)
    assert status == 0 and attempt_id in out, err
    status, _, err = _cli(capsys, tmp_path / "station-2", *move)
    assert_one_line_refusal(status, err, "already imported here")
    # Naming another station in the clear part of the file breaks its signature.
    document = json.loads((tmp_path / "move.json").read_text())
    (tmp_path / "edited.json").write_text(json.dumps({**document, "to_station": other}))
    status, _, err = _cli(capsys, tmp_path / "station-3", "attempt", "import", tmp_path / "edited.json",
                          "--package", world.package, "--release-code", RELEASE_CODE)
    assert_one_line_refusal(status, err, "not made by a station of this center, or was altered")


def test_a_mistyped_or_own_station_id_is_refused_and_the_attempt_stays(world: World, tmp_path: Path, capsys) -> None:
    from tests.cli_helpers import assert_one_line_refusal
    attempt_id = _paused_attempt(world, "C-11")
    own = world.center.home.station_id
    mistyped = own[:-1] + ("0" if own[-1] != "0" else "1")
    for given, phrase in ((mistyped, "is not a station id"), ("station two", "is not a station id"),
                          (own, "this station's own id")):
        status, _, err = _cli(capsys, world.center.home.root, "attempt", "export", "--attempt", attempt_id,
                              "--package", world.package, "--release-code", RELEASE_CODE, "--by", "pat",
                              "--to", given, "-o", tmp_path / "move.json")
        assert_one_line_refusal(status, err, phrase)
    assert not (tmp_path / "move.json").exists()
    assert world.center.delivery.events(attempt_id)[-1].kind != "transferred"


def test_a_file_from_an_older_version_is_named_as_such(world: World, tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text('{"format": "examstation-attempt-transfer/1", "center": "X", '
                                       '"sealed": "AAAA", "signature": "' + "A" * 86 + '"}')
    with pytest.raises(ExamStationError, match="older ExamStation and names no target station"):
        world.center.transfer.import_(tmp_path / "old.json", None)  # type: ignore[arg-type]


def test_station_ids_read_back_and_catch_a_mistyped_character() -> None:
    import os
    from app.domain.station_id import ALPHABET, new_station_id, parse_station_id
    assert parse_station_id("d0sd 80dh e4y5") == "D0SD-80DH-E4Y5" == parse_station_id("D0SD-8ODH-E4Y5")
    missed = 0
    for _ in range(40):
        station = new_station_id(os.urandom(8))
        assert parse_station_id(station) == station and len(station) == 14
        plain = station.replace("-", "")
        for position in range(len(plain)):
            for other in ALPHABET[:8]:
                if other != plain[position]:
                    try:
                        parse_station_id(plain[:position] + other + plain[position + 1:])
                        missed += 1
                    except ValueError:
                        pass
    assert missed < 40 * 12 * 8 / 200  # about 1 in 1,024 gets through; far below 1 in 200
