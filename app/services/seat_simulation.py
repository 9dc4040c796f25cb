"""A simulated candidate at a headless seat: the real seat engine, journal and TLS link, with
a candidate who starts, answers at a set pace, continues after interruptions and submits.
Used by `examstation simulate --room` (one process per seat) and by the room's fault tests.

Each acknowledged answer is reported as it happens, so whoever runs the seat can check that
the station stored every one of them: `ack <lease> <n> <item> <json response>`, and at the
end `done <lease> <exam ms used>`.
"""

from __future__ import annotations

import json
import random
import time
from typing import Callable

from app.domain.attempt import AttemptRefused
from app.domain.errors import SaveFailed
from app.domain.exam import Item
from app.domain.item_types import simulated_answer
from app.services.seat import SeatService

FINISHED = ("submitted", "timed_out", "voided")


def simulated_response(item: Item, rng: random.Random) -> object:
    """Right or wrong by a coin toss, in the shape the item's type stores."""
    return simulated_answer(item, rng, rng.random() < 0.5)


def sit_at_seat(seat: SeatService, address: str | None, answers: int, seed: int, pause_seconds: float,
                report: Callable[[str], None], deadline_seconds: float = 600) -> bool:
    """Sit the exam this seat is given; True once it is finished and the station has everything."""
    rng = random.Random(seed)
    session = seat.connect(address=address)
    session.start()
    given, deadline = 0, time.monotonic() + deadline_seconds
    try:
        while time.monotonic() < deadline:
            session.poll()
            attempt = session.attempt
            if attempt is None:
                time.sleep(0.02)
                continue
            try:
                if _step(attempt, answers - given, rng, report):
                    given += 1
                    time.sleep(pause_seconds * rng.uniform(0.2, 1.8))
                elif attempt.state.state in FINISHED and attempt.station_has_everything:
                    report(f"done {attempt.lease} {attempt.timer.elapsed_ms()}")
                    return True
                else:
                    time.sleep(0.02)
            except (AttemptRefused, SaveFailed):
                time.sleep(0.02)  # paused by the proctor meanwhile, or the disk refused: look again
        return False
    finally:
        session.stop()


def _step(attempt, left: int, rng: random.Random, report: Callable[[str], None]) -> bool:
    """One thing the candidate does now; True if it was an acknowledged answer."""
    state = attempt.state.state
    if state == "ready":
        attempt.start()
    elif state == "paused" and (attempt.interrupted_now or attempt.state.on_break):
        attempt.resume()
    elif state == "in_progress" and left > 0:
        item_id = rng.choice(attempt.plan.item_ids)
        if attempt.plan.section_of(item_id) in attempt.state.locked_sections:
            return False
        if attempt.state.current_item != item_id:
            attempt.visit(item_id)
        response = simulated_response(attempt.exam.item(item_id), rng)
        attempt.answer(item_id, response)
        report(f"ack {attempt.lease} {attempt.next_n - 1} {item_id} {json.dumps(response)}")
        return True
    elif state == "in_progress":
        attempt.submit()
    return False
