"""An attempt's stored history is authenticated with a key only the center's identity can
produce: plain SQL on the station database (a changed answer, a deleted event with the rest
renumbered, an inserted event) is found by the station's own check; a reference HMAC
computed here, from the documented construction, agrees with what the station stores."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.accommodations import Accommodations
from tests.conftest import RELEASE_CODE


def _sit(world) -> tuple[str, object]:
    center = world.center
    opened = center.packages.open(world.package, RELEASE_CODE)
    center.station.remember(opened)
    session = center.delivery.start_session(opened.package_id, opened.exam)
    candidate = center.delivery.check_in(session, "C1", "Weak Candidate", Accommodations())
    attempt_id = center.delivery.create_attempt(session, candidate, opened.exam, Accommodations(), seed=3)
    live = center.delivery.live(attempt_id, opened.exam)
    live.start()
    for item_id in live.plan.item_ids[:3]:
        live.visit(item_id)
        live.answer(item_id, "wrong")
    live.submit()
    return attempt_id, center


def _sql(world, statement: str, *values) -> None:
    connection = sqlite3.connect(world.center.home.database_path)
    with connection:
        connection.execute(statement, values)
    connection.close()


def test_the_stored_history_matches_the_documented_construction(world) -> None:
    attempt_id, center = _sit(world)
    assert center.delivery.history_problem(attempt_id) is None
    signing = center.keys.load("center").signing_private
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"examstation attempt chain v1|" + attempt_id.encode()).derive(signing)
    previous = bytes(32)
    for event, mac in center.delivery.history(attempt_id):
        content = json.dumps({"attempt": attempt_id, "seq": event.seq, "kind": event.kind,
                              "elapsed_ms": event.elapsed_ms, "at": event.at, "data": event.data},
                             sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        expected = hmac.new(key, previous + content, hashlib.sha256).hexdigest()
        assert mac == expected
        previous = bytes.fromhex(mac)


def test_answers_are_sealed_at_rest_and_the_file_holds_none_in_clear(world) -> None:
    attempt_id, center = _sit(world)
    answered = [e for e in center.delivery.events(attempt_id) if e.kind == "answered"]
    assert answered and all("item_id" in e.data for e in answered)  # opened again for the program ...
    center.close()  # flush the WAL into the database file before reading it
    with sqlite3.connect(world.center.home.database_path) as connection:
        stored = [d for (d,) in connection.execute("SELECT data FROM attempt_events WHERE attempt_id = ?",
                                                   (attempt_id,))]
    assert stored and all(d.startswith("sealed/1:") for d in stored)  # ... never on its disk
    assert b'"item_id":' not in world.center.home.database_path.read_bytes()  # no answer's JSON


def test_plain_sql_edits_of_answers_and_events_are_found(world) -> None:
    attempt_id, center = _sit(world)
    seqs = [e.seq for e in center.delivery.events(attempt_id) if e.kind == "answered"]
    # the sealed answer of one question moved onto another: it no longer opens there
    _sql(world, "UPDATE attempt_events SET data = (SELECT data FROM attempt_events WHERE attempt_id = ?1 AND seq = ?2) "
                "WHERE attempt_id = ?1 AND seq = ?3", attempt_id, seqs[0], seqs[1])
    assert f"event {seqs[1]} cannot be opened" in center.delivery.history_problem(attempt_id)
    # an answer written in clear, as an older program stored it: read, and its MAC does not fit
    _sql(world, "UPDATE attempt_events SET data = ?3 WHERE attempt_id = ?1 AND seq = ?2", attempt_id, seqs[1],
         json.dumps({"item_id": "whatever", "response": "right"}))
    assert f"event {seqs[1]} (answered) was changed or inserted" in center.delivery.history_problem(attempt_id)


def test_a_deleted_event_with_the_rest_renumbered_is_found(world) -> None:
    attempt_id, center = _sit(world)
    _sql(world, "DELETE FROM attempt_events WHERE attempt_id = ? AND seq = 4", attempt_id)
    assert "event 4 is missing" in center.delivery.history_problem(attempt_id)
    _sql(world, "UPDATE attempt_events SET seq = seq - 1 WHERE attempt_id = ? AND seq > 4", attempt_id)
    assert "event 4 cannot be opened" in center.delivery.history_problem(attempt_id)  # sealed for its old place


def test_an_event_written_without_the_key_is_reported(world) -> None:
    attempt_id, center = _sit(world)
    last = max(e.seq for e in center.delivery.events(attempt_id))
    _sql(world, "INSERT INTO attempt_events (attempt_id, seq, kind, elapsed_ms, at, data) "
                "VALUES (?, ?, 'incident', 0, '2026-01-01T00:00:00+00:00', '{}')", attempt_id, last + 1)
    assert "without its authentication" in center.delivery.history_problem(attempt_id)


def test_checklist_evaluations_are_in_the_history_and_a_changed_mark_is_refused_by_the_body(world, tmp_path) -> None:
    import pytest
    from app.domain.checklist import evaluation_digest
    from app.domain.errors import ExamStationError
    from app.services.simulate import simulate
    session = simulate(world.center, world.package, RELEASE_CODE, 3, seed=4).session_id
    attempts = world.center.delivery.attempts(session)
    evaluations = [e for a in attempts for e in world.center.evaluation.evaluations(a.candidate_id, "mini-check")]
    assert evaluations
    for evaluation in evaluations:  # each one's digest is an event of its attempt's history
        events = world.center.delivery.events(evaluation.attempt_id)
        assert {"evaluation": evaluation.id, "digest": evaluation_digest(evaluation.record()),
                "by": evaluation.evaluator} in [e.data for e in events if e.kind == "evaluated"]
        assert world.center.delivery.history_problem(evaluation.attempt_id) is None
    # A step marked "not done" at the station becomes "done" with plain SQL: the body refuses it.
    _sql(world, "UPDATE checklist_evaluations SET marks = replace(marks, 'not_done', 'done') "
                "WHERE marks LIKE '%not_done%'")
    _sql(world, "UPDATE checklist_evaluations SET notes = '{\"s1\": \"changed\"}' WHERE id = ?", evaluations[0].id)
    bundle = world.center.results.export(session, tmp_path)
    with pytest.raises(ExamStationError, match="checklist evaluation .* is not the one signed at the station"):
        world.body.results.import_bundle(bundle)
