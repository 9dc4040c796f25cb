"""Every history the real engine writes follows the attempt rules the body replays: candidates
answer, move, flag, take rest breaks and submit; proctors pause, resume, extend, void and record
incidents from their own console; sections and exams time out; the candidate's app dies and
comes back under either interruption policy. Time moves only when the test says, and the
candidate's screen ticks as the real one does (several times a second, so at every deadline
and soon after every proctor action)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.accommodations import Accommodations
from app.domain.attempt import IN_PROGRESS, PAUSED, AttemptRefused
from app.domain.exam import Exam
from app.domain.history_rules import check_history
from app.domain.records import KnownPackage
from app.domain.scoring import key_response
from app.formats.exam_source import load_exam_source
from app.services.delivery import DeliveryService
from app.services.live_attempt import LiveAttempt
from app.store.database import open_database, sqlite_url
from app.store.repositories import PackageRepository
from tests.conftest import MINI_EXAM
from tests.engine_helpers import Clocks

MINI = load_exam_source(MINI_EXAM)  # 20 minutes; A1 10 minutes, closed on leaving; A2 untimed


def exam_variant(policy: str, last_section_minutes: float | None) -> Exam:
    """The mini exam under an interruption policy, its last section timed or not."""
    form = MINI.forms[0]
    sections = form.sections[:-1] + (replace(form.sections[-1], minutes=last_section_minutes),)
    return replace(MINI, timing=replace(MINI.timing, interruption=policy),
                   forms=(replace(form, sections=sections),))


@pytest.fixture(scope="module")
def module_station_db(tmp_path_factory):
    # In memory-backed files where there are some: what is tested is what the engine writes,
    # and a thousand fsyncs per run would only measure the disk.
    memory = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(dir=memory)) if memory.is_dir() else tmp_path_factory.mktemp("engine")
    db = open_database(sqlite_url(folder / "station.db"))
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p1", MINI.id, MINI.title, MINI.version, "F", "/x", now, now))
    yield db
    db.close()
    shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Sitting:
    """One candidate at a screen that ticks, and the proctor's console acting on the same attempt."""

    delivery: DeliveryService
    clocks: Clocks
    exam: Exam
    live: LiveAttempt
    lag: float          # how long a screen takes to notice something (< its tick interval)
    breaks: int

    @property
    def attempt_id(self) -> str:
        return self.live.attempt_id

    def think(self, seconds: float) -> None:
        """Time passes while the screen ticks: it notices every deadline within `lag`."""
        left = seconds
        while left > 0:
            result = self.live.tick()
            running = self.live.status == IN_PROGRESS
            deadlines = [ms / 1000 + self.lag for ms in (result.remaining_ms, result.section_remaining_ms)
                         if ms is not None and running]
            step = min([left, *deadlines])
            self.clocks.advance(step)
            left -= step
        self.live.tick()

    def notice(self) -> None:
        """The candidate's screen picks up what the proctor did on its next tick."""
        self.clocks.advance(self.lag)
        self.live.tick()

    def proctor(self, action: str, seconds: float) -> None:
        console = self.delivery.observe(self.attempt_id, self.exam)
        if action == "pause":
            console.pause("fire alarm", by="proctor")
            self.notice()
            self.think(seconds)
            self.delivery.observe(self.attempt_id, self.exam).resume(by="proctor")
        elif action == "extend":
            console.extend(seconds / 60, "projector failed", by="proctor")
        elif action == "void":
            console.void("phone in use", by="proctor")
        else:
            console.incident("disruption", "noise in the corridor", by="proctor")
        self.notice()

    def rest_break(self, seconds: float) -> None:
        self.live.take_rest_break(self.breaks)
        self.think(seconds)
        self.live.resume(by="candidate")
        self.live.tick()

    def crash(self, seconds: float) -> None:
        """The candidate's app dies; it comes back after `seconds` and carries on."""
        self.clocks.advance(seconds)
        self.live = self.delivery.live(self.attempt_id, self.exam)
        self.live.tick()
        if self.live.status == PAUSED and self.live.interrupted_now:
            self.live.resume(by="proctor")
            self.live.tick()

    def candidate(self, action: str, position: int) -> None:
        items = self.live.plan.item_ids
        item_id = items[position % len(items)]
        if action == "answer":
            current = self.live.state.current_item or item_id
            self.live.answer(current, key_response(self.exam.item(current)) or "text")
        elif action == "visit":
            self.live.visit(item_id)
        elif action == "flag":
            self.live.flag(item_id, position % 2 == 0)
        elif action == "submit":
            self.live.submit()


candidate_steps = st.tuples(st.sampled_from(["answer", "answer", "visit", "visit", "flag", "submit"]),
                            st.integers(0, 20))
steps = st.one_of(
    candidate_steps, candidate_steps, candidate_steps,
    st.tuples(st.just("think"), st.floats(1, 240)),
    st.tuples(st.sampled_from(["pause", "extend", "incident", "void"]), st.floats(30, 600)),
    st.tuples(st.just("rest_break"), st.floats(60, 900)),
    st.tuples(st.just("crash"), st.floats(1, 900)),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policy=st.sampled_from(["pause", "continue"]), last_section=st.sampled_from([None, 4.0]),
       multiplier=st.sampled_from([1.0, 1.5]), breaks=st.integers(0, 2), lag=st.floats(0.01, 1.0),
       plan=st.lists(steps, min_size=3, max_size=30))
def test_every_engine_history_follows_the_rules(module_station_db, policy, last_section, multiplier, breaks, lag,
                                                plan) -> None:
    exam = exam_variant(policy, last_section)
    clocks = Clocks()
    delivery = DeliveryService(lambda: module_station_db, monotonic=lambda: clocks.mono, wall=lambda: clocks.wall)
    session = delivery.start_session("p1", exam)
    accommodations = Accommodations(time_multiplier=multiplier, rest_breaks=breaks)
    candidate = delivery.check_in(session, "C-1", "Ada Lovelace", accommodations)
    attempt_id = delivery.create_attempt(session, candidate, exam, accommodations, seed=7)
    sitting = Sitting(delivery, clocks, exam, delivery.live(attempt_id, exam), lag, breaks)
    sitting.live.start()
    for action, value in plan:
        try:
            if action == "think":
                sitting.think(value)
            elif action in ("pause", "extend", "incident", "void"):
                sitting.proctor(action, value)
            elif action == "rest_break":
                sitting.rest_break(value)
            elif action == "crash":
                sitting.crash(value)
            else:
                sitting.candidate(action, int(value))
        except AttemptRefused:
            sitting.live.tick()  # the screen shows the refusal and carries on
    sitting.think(3600)  # whatever is left runs out
    events = delivery.events(attempt_id)
    assert check_history(events, exam) == [], [e for e in events]
