"""Highlights and struck-out options travel in the result bundle like every event (same
`examstation-results/4` payload, in the attempt's MAC chain): the body imports an attempt with
marks without holding it and scores it as if there were none, holds an attempt marked after it
was submitted (a station never writes that), and no report carries the marks."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.accommodations import Accommodations
from app.domain.annotations import Annotation
from app.domain.attempt import Event
from tests.cli_helpers import run_inline
from tests.conftest import RELEASE_CODE, World
from tests.passage_helpers import PASSAGE, passage_source


def _sit(world: World, session: str, number: str, marks: bool, passage: bool = False) -> str:
    """A candidate answers two questions (the same answers every time), marking them if `marks`
    (and the passage they cite if `passage`), and submits."""
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    clock = {"mono": 1000.0, "wall": datetime.now().timestamp()}
    delivery = world.center.delivery.with_clocks(lambda: clock["mono"], lambda: clock["wall"])
    candidate = delivery.check_in(session, number, f"Candidate {number}", Accommodations())
    attempt_id = delivery.create_attempt(session, candidate, exam, Accommodations(), seed=3)
    live = delivery.live(attempt_id, exam)
    live.start()
    for item_id, response in (("q-single", "b"), ("q-multi", ["a", "c"])):
        clock["mono"] += 20
        clock["wall"] += 20
        live.visit(item_id)
        if marks:
            live.annotate(item_id, Annotation(((0, 5),), frozenset({"a"})))
        if passage and item_id == "q-single":
            live.annotate_stimulus(PASSAGE.id, Annotation(((0, 5),)))
        live.answer(item_id, response)
    live.submit()
    return attempt_id


def _mark_after_submission(world: World, attempt_id: str) -> None:
    """A site with the station's database and the unlocked center key appends a mark after the
    end, with the MAC the key gives it (without the key the station refuses to export it)."""
    chain = world.center.keys.attempt_chain()
    connection = sqlite3.connect(world.center.home.root / "station.db")
    with connection:
        seq, at, mac, elapsed = connection.execute(
            "SELECT seq, at, mac, elapsed_ms FROM attempt_events WHERE attempt_id = ? ORDER BY seq DESC LIMIT 1",
            (attempt_id,)).fetchone()
        later = (datetime.fromisoformat(at) + timedelta(seconds=1)).isoformat(timespec="milliseconds")
        event = Event(seq + 1, "annotated", elapsed, later, Annotation(struck=frozenset({"b"})).to_data("q-single"))
        connection.execute("INSERT INTO attempt_events (attempt_id, seq, kind, elapsed_ms, at, data, mac) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", (attempt_id, event.seq, event.kind, event.elapsed_ms,
                                                            event.at, json.dumps(event.data),
                                                            chain(attempt_id, mac, event)))
    connection.close()


def test_marks_are_imported_unscored_and_marks_after_submission_are_held(world: World, tmp_path: Path,
                                                                          capsys) -> None:
    status, out, err = run_inline(capsys, "--home", world.center.home.root, "simulate", "--package", world.package,
                                  "--release-code", RELEASE_CODE, "--candidates", "1", "--seed", "5")
    assert status == 0, err
    session = out.strip()
    _sit(world, session, "C-MARKS", marks=True)
    _sit(world, session, "C-PLAIN", marks=False)
    late = _sit(world, session, "C-LATE", marks=True)
    _mark_after_submission(world, late)
    world.center.close()

    status, out, err = run_inline(capsys, "--home", world.center.home.root, "results", "export", "--session",
                                  session, "-o", tmp_path)
    assert status == 0, err
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "import", out.strip())
    assert status == 0, err
    held = [line for line in out.splitlines() if "held for review:" in line]
    assert len(held) == 1 and late in held[0], out
    assert "A highlight or struck-out option while the attempt was submitted" in held[0], held[0]

    status, out, err = run_inline(capsys, "--home", world.body.home.root, "report", "results")
    assert status == 0, err
    rows = {r["candidate_number"]: r for r in csv.DictReader(io.StringIO(out))}
    scored = ("raw", "maximum", "percent", "scaled", "written_passed", "domains", "held_for_review", "in_statistics")
    assert {k: rows["C-MARKS"][k] for k in scored} == {k: rows["C-PLAIN"][k] for k in scored}   # marks score nothing
    assert not any(word in json.dumps(rows["C-MARKS"]).lower() for word in ("highlight", "struck", "annotat"))
    assert rows["C-MARKS"]["in_statistics"] == "yes" and rows["C-LATE"]["composite"] == "held"



def test_passage_highlights_travel_in_the_bundle_and_are_imported_unscored(world: World, tmp_path: Path,
                                                                           capsys) -> None:
    """The stimulus form is carried as it is (same results/4 payload): an attempt with passage
    highlights is imported without being held and scores as one without them."""
    package = tmp_path / "passage.exampkg"
    world.body.packages.build(passage_source(tmp_path), [world.center_file], package, RELEASE_CODE)
    status, out, err = run_inline(capsys, "--home", world.center.home.root, "simulate", "--package", package,
                                  "--release-code", RELEASE_CODE, "--candidates", "1", "--seed", "5")
    assert status == 0, err
    session, passage_world = out.strip(), replace(world, package=package)
    marked = _sit(passage_world, session, "C-PASSAGE", marks=True, passage=True)
    _sit(passage_world, session, "C-PLAIN", marks=False)
    sent = [e.data for e in world.center.delivery.events(marked) if "stimulus_id" in e.data]
    assert sent == [{"stimulus_id": PASSAGE.id, "highlights": [[0, 5]]}]
    world.center.close()

    status, out, err = run_inline(capsys, "--home", world.center.home.root, "results", "export", "--session",
                                  session, "-o", tmp_path)
    assert status == 0, err
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "import", out.strip())
    assert status == 0, err
    assert "held for review" not in out, out
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "report", "results")
    assert status == 0, err
    rows = {r["candidate_number"]: r for r in csv.DictReader(io.StringIO(out))}
    scored = ("raw", "maximum", "percent", "scaled", "written_passed", "domains", "held_for_review")
    assert {k: rows["C-PASSAGE"][k] for k in scored} == {k: rows["C-PLAIN"][k] for k in scored}
