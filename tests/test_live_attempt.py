"""The attempt engine on a real station database: state machine, saving, timing, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.domain.attempt import AttemptRefused, replay
from app.domain.errors import SaveFailed
from app.domain.scoring import key_response
from app.formats.exam_source import load_exam_source
from app.services.delivery import DeliveryService
from tests.conftest import MINI_EXAM
from tests.engine_helpers import open_station, restrict_writes

EXAM = load_exam_source(MINI_EXAM)


@pytest.fixture
def delivery_clocks_db(tmp_path: Path):
    service, clocks, db = open_station(tmp_path, EXAM)
    yield service, clocks, db
    db.close()


def new_attempt(service: DeliveryService, db, multiplier: float = 1.0) -> str:
    accommodations = Accommodations(time_multiplier=multiplier)
    number = f"C-{len(service.attempts(service.session_id)) + 1:03d}"
    candidate = service.check_in(service.session_id, number, "Ada Lovelace", accommodations)
    return service.create_attempt(service.session_id, candidate, EXAM, accommodations, seed=7)


def test_a_whole_attempt_scores_from_its_events(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    for item_id in attempt.plan.item_ids:
        attempt.visit(item_id)
        attempt.answer(item_id, key_response(EXAM.item(item_id)))
        clocks.advance(5)
    attempt.flag("q-tf", True)
    attempt.submit()
    stored = replay(service.events(attempt.attempt_id))
    assert stored.state == "submitted" and stored.flagged == {"q-tf"}
    assert {k: v for k, v in stored.responses.items()} == {
        i: key_response(EXAM.item(i)) for i in attempt.plan.item_ids if key_response(EXAM.item(i)) is not None}
    with pytest.raises(AttemptRefused, match="already been submitted"):
        attempt.answer("q-tf", False)


def test_time_runs_only_while_in_progress_and_pause_freezes_it(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db, multiplier=1.5), EXAM)
    assert attempt.tick().remaining_ms == 30 * 60_000  # 20 minutes x 1.5
    attempt.start()
    clocks.advance(60)
    assert attempt.tick().remaining_ms == 29 * 60_000
    attempt.pause("fire alarm", by="proctor")
    clocks.advance(600)
    assert attempt.tick().remaining_ms == 29 * 60_000
    attempt.resume(by="proctor")
    attempt.extend(5, "projector failed", by="proctor")
    clocks.advance(30)
    assert attempt.tick().remaining_ms == 34 * 60_000 - 30_000
    with pytest.raises(ValueError):
        attempt.extend(5, "  ", by="proctor")


def test_warnings_and_time_out(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    attempt.visit("q-order")  # into the untimed second section
    clocks.advance(15 * 60 + 1)
    assert attempt.tick().warnings == [5]
    clocks.advance(4 * 60)
    assert attempt.tick().warnings == [1]
    assert attempt.tick().warnings == []
    clocks.advance(60)
    result = attempt.tick()
    assert result.changed and attempt.status == "timed_out" and result.remaining_ms == 0


def test_a_section_closes_when_its_time_is_over(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    assert attempt.state.current_section == "A1"
    clocks.advance(10 * 60)
    attempt.tick()
    assert attempt.state.current_section == "A2" and "A1" in attempt.state.locked_sections
    with pytest.raises(AttemptRefused, match="section is closed"):
        attempt.answer("q-single", "b")


def test_leaving_a_lock_on_exit_section_closes_it(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    attempt.visit("q-text")
    with pytest.raises(AttemptRefused):
        attempt.visit("q-single")


def test_recovery_after_a_crash_under_each_policy(delivery_clocks_db) -> None:
    from dataclasses import replace
    service, clocks, db = delivery_clocks_db
    for policy, expected_used in (("pause", 120_000), ("continue", 120_000 + 300_000)):
        exam = replace(EXAM, timing=replace(EXAM.timing, interruption=policy))
        attempt_id = new_attempt(service, db)
        first = service.live(attempt_id, exam)
        first.start()
        first.answer(first.state.current_item, "b")
        clocks.advance(120)
        first.tick()                    # checkpoint, then the process "dies" here
        clocks.advance(300)             # five minutes down
        second = service.live(attempt_id, exam)
        assert second.interrupted_now and second.status == "paused"
        assert second.timer.elapsed_ms() == expected_used
        second.resume()
        assert second.state.responses == first.state.responses and second.state.interruptions == 1


def test_wall_clock_changes_do_not_move_the_timer(delivery_clocks_db) -> None:
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    clocks.mono += 60
    clocks.wall += 3600   # someone sets the clock an hour ahead
    assert attempt.tick().remaining_ms == 19 * 60_000
    clocks.wall -= 7200   # and two hours back
    clocks.mono += 60
    assert attempt.tick().remaining_ms == 18 * 60_000


@pytest.mark.parametrize("pragma, message", [("max_page_count", "disk is full"),
                                             ("query_only", "read-only")])
def test_a_failed_save_keeps_the_answer_and_saves_it_later(delivery_clocks_db, pragma: str, message: str) -> None:
    # SQLite's own limits make the real write path fail: a page budget gives SQLITE_FULL,
    # query_only gives "attempt to write a readonly database" (root ignores file modes).
    service, clocks, db = delivery_clocks_db
    attempt = service.live(new_attempt(service, db), EXAM)
    attempt.start()
    limit = restrict_writes(db, pragma)
    failures = 0
    try:
        for index in range(200):  # fill the last free page first, then writes fail
            try:
                attempt.answer("q-text", f"answer {index} " + "x" * 200)
            except SaveFailed as error:
                assert message in error.line() and "kept on screen" in error.line()
                failures += 1
                break
        assert failures == 1 and attempt.pending["q-text"].startswith("answer")
        assert attempt.tick().pending_saves == 1  # still failing: kept, not lost
    finally:
        limit["on"] = False
        db.engine.dispose()
    assert attempt.tick().pending_saves == 0
    saved = replay(service.events(attempt.attempt_id)).responses["q-text"]
    assert saved == attempt.state.responses["q-text"] and saved.startswith("answer")
