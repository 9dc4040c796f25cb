"""The body replays the attempt rules on import (issue 12, item 2): a station database edited
so that a timed-out attempt is answered at minute 600 of a 20-minute exam, by someone who
also has the unlocked center key (so the events carry valid MACs and the station exports
them), is imported, but the body holds the attempt for review with the reason: not a pass,
no credential, out of the statistics."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.accommodations import Accommodations
from app.domain.attempt import Event
from app.domain.scoring import key_response
from app.services.simulate import SIM_PIN
from tests.cli_helpers import run_inline
from tests.conftest import RELEASE_CODE, World


def _timed_out_attempt(world: World, session: str) -> tuple[str, str]:
    """A candidate who starts, answers nothing and lets the 20 minutes run out; the checklist is
    passed. Returns (attempt id, candidate number)."""
    center = world.center
    exam = center.packages.open(world.package, RELEASE_CODE).exam
    clock = {"mono": 1000.0, "wall": datetime.now().timestamp()}
    delivery = center.delivery.with_clocks(lambda: clock["mono"], lambda: clock["wall"])
    candidate = delivery.check_in(session, "C-LATE", "Late Answerer", Accommodations())
    attempt_id = delivery.create_attempt(session, candidate, exam, Accommodations())
    live = delivery.live(attempt_id, exam)
    live.start()
    for _ in range(2):  # the screen ticks; the section closes at 10 minutes, the exam at 20
        clock["mono"] += 600
        clock["wall"] += 600
        live.tick()
    assert live.status == "timed_out"
    checklist = exam.checklists[0]
    center.evaluation.sign_off(exam, checklist.id, candidate, "sim-eval-1", SIM_PIN["sim-eval-1"],
                               {s.id: "done" for s in checklist.steps}, {}, 600, attempt_id)
    return attempt_id, "C-LATE"


def _answer_at_minute_600(world: World, attempt_id: str) -> None:
    """What a dishonest site does with the station's database and the unlocked center key:
    key answers appended after the time-out, at minute 600, with wall times to match and the
    MACs the key gives them (without the key the station refuses to export: test_history_export)."""
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    chain = world.center.keys.attempt_chain()
    connection = sqlite3.connect(world.center.home.root / "station.db")
    with connection:
        seq, at, mac, form_id = connection.execute(
            "SELECT e.seq, e.at, e.mac, a.form_id FROM attempt_events e JOIN attempts a ON a.id = e.attempt_id "
            "WHERE e.attempt_id = ? ORDER BY e.seq DESC LIMIT 1", (attempt_id,)).fetchone()
        late = (datetime.fromisoformat(at) + timedelta(minutes=580)).isoformat(timespec="milliseconds")
        answers = [(i, key_response(exam.item(i))) for i in exam.form(form_id).item_ids]
        for offset, (item_id, response) in enumerate(a for a in answers if a[1] is not None):
            event = Event(seq + 1 + offset, "answered", 600 * 60_000, late, {"item_id": item_id, "response": response})
            mac = chain(attempt_id, mac, event)
            connection.execute("INSERT INTO attempt_events (attempt_id, seq, kind, elapsed_ms, at, data, mac) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", (attempt_id, event.seq, event.kind, event.elapsed_ms,
                                                                event.at, json.dumps(event.data), mac))
    connection.close()


def test_an_answer_at_minute_600_after_the_time_out_is_held_not_passed(world: World, tmp_path: Path,
                                                                        capsys) -> None:
    center_home, body_home = world.center.home.root, world.body.home.root
    status, out, err = run_inline(capsys, "--home", center_home, "simulate", "--package", world.package,
                                  "--release-code", RELEASE_CODE, "--candidates", "3", "--seed", "5")
    assert status == 0, err
    session = out.strip()
    attempt_id, number = _timed_out_attempt(world, session)
    _answer_at_minute_600(world, attempt_id)
    world.center.close()  # the station is done: what leaves it is the bundle

    status, out, err = run_inline(capsys, "--home", center_home, "results", "export", "--session", session,
                                  "-o", tmp_path)
    assert status == 0, err
    bundle = out.strip()
    status, out, err = run_inline(capsys, "--home", body_home, "results", "import", bundle)
    assert status == 0, err
    held = [line for line in out.splitlines() if "held for review" in line and attempt_id in line]
    assert len(held) == 1 and f"(candidate {number})" in held[0], out
    assert "An answer while the attempt was timed out" in held[0], held[0]
    assert out.strip().endswith("imported 4 attempts and 40 responses from 'Center One'; 1 held for review; "
                                "1 blank written answer given 0 points (nothing to read)."), out

    status, out, err = run_inline(capsys, "--home", body_home, "report", "results")
    assert status == 0, err
    rows = {r["candidate_number"]: r for r in csv.DictReader(io.StringIO(out))}
    late = rows[number]
    assert late["written_passed"] == "no" and late["composite"] == "held", late
    assert "after the exam time ended at 20.0 min" in late["held_for_review"], late
    assert float(late["percent"]) > 80  # the forged answers are scored, for the person who decides
    assert all(not r["held_for_review"] for n, r in rows.items() if n != number)

    status, out, err = run_inline(capsys, "--home", body_home, "results", "score", attempt_id, "q-manual", "1",
                                  "--rater", "R. Diaz")
    assert status == 0 and "written held for review" in out, (out, err)  # scoring does not release it

    for row in world.body.results.pending_manual():  # everything marked, the held attempt decided: released
        world.body.results.score_manual(row["attempt_id"], row["item_id"], 1, "R. Diaz")
    status, out, err = run_inline(capsys, "--home", body_home, "results", "decide", attempt_id, "--decision",
                                  "exclude", "--reason", "answers after the time ran out", "--by", "A. Admin")
    assert status == 0, err
    status, out, err = run_inline(capsys, "--home", body_home, "results", "release", "--session", session)
    assert status == 0, err
    status, out, err = run_inline(capsys, "--home", body_home, "credential", "issue", "-o", tmp_path / "creds")
    assert status == 0, err
    assert not list((tmp_path / "creds").glob(f"*{number}*")), out
