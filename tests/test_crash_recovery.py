"""SIGKILL an attempt 50 times at random moments and relaunch it: no acknowledged answer is
lost, and the time charged on each recovery is within a second of what the policy says."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.domain.records import KnownPackage
from app.formats.exam_source import load_exam_source
from app.services.delivery import DeliveryService
from app.store.database import open_database, sqlite_url
from app.store.repositories import PackageRepository
from tests.conftest import MINI_EXAM, ROOT

KILLS = 50


def make_attempt(path: Path) -> str:
    exam = load_exam_source(MINI_EXAM)
    db = open_database(sqlite_url(path))
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", exam.id, exam.title, exam.version, "F", "/p", now, now))
    service = DeliveryService(lambda: db)
    session = service.start_session("p", exam)
    candidate = service.check_in(session, "C-1", "Test Candidate", Accommodations())
    attempt = service.create_attempt(session, candidate, exam, Accommodations(), form_id="A", seed=3)
    db.close()
    return attempt


def run_until_killed(path: Path, attempt: str, policy: str, seed: int, rng: random.Random) -> dict:
    process = subprocess.Popen([sys.executable, "-m", "tests.crash_driver", str(path), attempt, policy, str(seed)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines = []
    while True:  # wait until the clock runs, then let it answer for a random while
        line = process.stdout.readline()
        assert line, process.stderr.read()
        lines.append(line.split())
        if lines[-1][0] == "running":
            break
    time.sleep(rng.uniform(0.05, 0.6))
    process.send_signal(signal.SIGKILL)
    killed = (time.monotonic(), time.time())
    out, _ = process.communicate(timeout=30)
    lines += [line.split(maxsplit=3) for line in out.splitlines()]
    return {"lines": lines, "killed": killed}


@pytest.mark.slow
@pytest.mark.parametrize("policy", ["pause", "continue"])
def test_killed_attempts_lose_nothing_and_keep_their_time(tmp_path: Path, policy: str) -> None:
    path = tmp_path / "station.db"
    attempt = make_attempt(path)
    rng = random.Random(policy)
    acked: list[tuple[int, str, object]] = []
    previous = None
    for run in range(KILLS + 1):
        result = run_until_killed(path, attempt, policy, run, rng)
        lines = result["lines"]
        if previous is not None:
            recovered = next(line for line in lines if line[0] == "recovered")
            elapsed, wall = int(recovered[1]), float(recovered[2])
            running_ms, running_mono, running_wall = previous["running"]
            if policy == "pause":   # charged up to the moment it died, not the time it was down
                expected = running_ms + (previous["killed"][0] - running_mono) * 1000
            else:                   # the time it was down is charged too
                expected = running_ms + (wall - running_wall) * 1000
            assert abs(elapsed - expected) <= 1000, (run, policy, elapsed, expected)
        running = next(line for line in lines if line[0] == "running")
        result["running"] = (int(running[1]), float(running[2]), float(running[3]))
        acked += [(int(line[1]), line[2], json.loads(line[3])) for line in lines if line[0] == "ack"]
        previous = result
        if run == KILLS:
            break
    db = open_database(sqlite_url(path))
    events = {e.seq: e for e in DeliveryService(lambda: db).events(attempt)}
    db.close()
    assert len(acked) > KILLS  # the runs really answered
    lost = [(seq, item) for seq, item, response in acked
            if seq not in events or events[seq].kind != "answered"
            or events[seq].data != {"item_id": item, "response": response}]
    assert lost == []
    interruptions = [e for e in events.values() if e.kind == "interrupted"]
    assert len(interruptions) == KILLS
