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
from concurrent.futures import ThreadPoolExecutor
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
POLICIES = ("pause", "continue")


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


def start_driver(path: Path, attempt: str, policy: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.crash_driver", str(path), attempt, policy],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def read_line(driver: subprocess.Popen) -> list[str]:
    line = driver.stdout.readline()
    if not line:
        driver.kill()
        raise AssertionError(driver.stderr.read())
    return line.split(maxsplit=3)


def run_until_killed(driver: subprocess.Popen, seed: int, rng: random.Random) -> dict:
    """One run: a fresh child process takes the attempt and is killed with SIGKILL."""
    driver.stdin.write(f"run {seed}\n")
    driver.stdin.flush()
    lines = [read_line(driver)]
    assert lines[0][0] == "child", lines
    child = int(lines[0][1])
    while lines[-1][0] != "running":  # wait until the clock runs, then let it answer for a random while
        lines.append(read_line(driver))
        assert lines[-1][0] != "ended", lines
    # A few to a dozen answers and a tick or two: the kill falls at any point of an answer's write
    # and of a tick, which take milliseconds; a longer while would only add more of the same.
    time.sleep(rng.uniform(0.05, 0.3))
    os.kill(child, signal.SIGKILL)
    killed = (time.monotonic(), time.time())
    while lines[-1][0] != "ended":
        lines.append(read_line(driver))
    return {"lines": lines, "killed": killed}


def killed_runs(path: Path, attempt: str, policy: str) -> list[dict]:
    """KILLS + 1 runs of the attempt under `policy`, each killed at a random moment."""
    rng = random.Random(policy)
    driver = start_driver(path, attempt, policy)
    try:
        return [run_until_killed(driver, run, rng) for run in range(KILLS + 1)]
    finally:
        driver.stdin.close()
        driver.wait(timeout=30)
        print(driver.stderr.read(), file=sys.stderr)  # a child's traceback, shown when the test fails
        driver.stdout.close()
        driver.stderr.close()


@pytest.mark.slow
def test_killed_attempts_lose_nothing_and_keep_their_time(tmp_path: Path) -> None:
    """Both interruption policies, each an attempt of its own in a driver of its own, killed at
    the same time: the test mostly waits for its random kill moments, and the two share that wait."""
    attempts = {}
    for policy in POLICIES:  # made one after the other: each opening migrates its database
        (tmp_path / policy).mkdir()
        attempts[policy] = make_attempt(tmp_path / policy / "station.db")
    with ThreadPoolExecutor(len(POLICIES)) as pool:
        sittings = {policy: pool.submit(killed_runs, tmp_path / policy / "station.db", attempts[policy], policy)
                    for policy in POLICIES}
    for policy, sitting in sittings.items():
        check_runs(tmp_path / policy / "station.db", attempts[policy], policy, sitting.result())


def check_runs(path: Path, attempt: str, policy: str, runs: list[dict]) -> None:
    """No acknowledged answer lost, one interruption per kill, and each recovery's time within
    a second of what the policy charges."""
    acked: list[tuple[int, str, object]] = []
    previous = None
    for run, result in enumerate(runs):
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
    db = open_database(sqlite_url(path))
    events = {e.seq: e for e in DeliveryService(lambda: db).events(attempt)}
    db.close()
    assert len(acked) > KILLS, policy  # the runs really answered
    lost = [(seq, item) for seq, item, response in acked
            if seq not in events or events[seq].kind != "answered"
            or events[seq].data != {"item_id": item, "response": response}]
    assert lost == [], policy
    interruptions = [e for e in events.values() if e.kind == "interrupted"]
    assert len(interruptions) == KILLS, policy
