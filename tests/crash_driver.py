"""Takes one attempt the way the candidate screen does, printing each acknowledged answer;
tests/test_crash_recovery.py kills it with SIGKILL at random moments and relaunches it.

It runs as a small fork server so that fifty kills do not pay fifty interpreter start-ups:
the parent imports everything and reads the exam once, then for each `run SEED` line on its
standard input forks a child that opens the database and takes the attempt. The child is a
real process with its own SQLite connection; the test kills it with SIGKILL, and the parent
reaps it and says `ended`.

Usage: python -m tests.crash_driver DB_PATH ATTEMPT_ID POLICY
Lines printed (flushed at once):
  child <pid>                                a run started in this process (the one to kill)
  recovered <elapsed_ms> <wall>              the previous run died; time given by the policy
  running <elapsed_ms> <monotonic> <wall>    the clock is running from here
  ack <seq> <item_id> <json response>        committed to the database
  ended                                      the child is gone (from the parent)
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from dataclasses import replace

from app.domain.exam import Exam
from app.formats.exam_source import load_exam_source
from app.services.delivery import DeliveryService
from app.services.seat_simulation import simulated_response
from app.store.database import open_database, sqlite_url
from tests.conftest import MINI_EXAM


def response_to(item, rng: random.Random) -> object:
    """A simulated seat's answer; texts of many lengths, to find a torn write of any size."""
    if item.type == "short_text":
        return rng.choice(["BMS", "12 Nm", "because", "x" * rng.randint(1, 40)])
    return simulated_response(item, rng)


def say(*parts: object) -> None:
    """One line in one write: a kill never leaves half a line for the next one to join."""
    os.write(1, (" ".join(str(p) for p in parts) + "\n").encode())


def take_attempt(path: str, attempt_id: str, exam: Exam, seed: int) -> None:
    """The child's whole life: recover or start the attempt, then answer until killed."""
    say("child", os.getpid())
    db = open_database(sqlite_url(path))
    attempt = DeliveryService(lambda: db).live(attempt_id, exam)
    if attempt.interrupted_now:
        say("recovered", attempt.timer.elapsed_ms(), repr(time.time()))
        attempt.resume()
    elif attempt.status == "ready":
        attempt.start()
    say("running", attempt.timer.elapsed_ms(), repr(time.monotonic()), repr(time.time()))
    rng = random.Random(seed)
    # Stay in the second section so the first section's lock and time limit do not interfere.
    items = [i for s in attempt.plan.sections[1:] for i in s.item_ids]
    last_tick = time.monotonic()
    while True:
        item_id = rng.choice(items)
        if attempt.state.current_item != item_id:
            attempt.visit(item_id)
        response = response_to(exam.item(item_id), rng)
        attempt.answer(item_id, response)
        say("ack", attempt.state.last_seq, item_id, json.dumps(response))
        if time.monotonic() - last_tick >= 0.1:  # the candidate screen ticks every 100 ms
            attempt.tick()
            last_tick = time.monotonic()
        time.sleep(rng.uniform(0.0, 0.03))


def main() -> None:
    path, attempt_id, policy = sys.argv[1], sys.argv[2], sys.argv[3]
    exam = load_exam_source(MINI_EXAM)
    exam = replace(exam, timing=replace(exam.timing, interruption=policy))
    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                take_attempt(path, attempt_id, exam, seed)
            finally:
                os._exit(1)  # only reached if the run failed on its own; the test says so
        os.waitpid(pid, 0)
        say("ended")  # on its own line: the child wrote whole lines only


if __name__ == "__main__":
    main()
