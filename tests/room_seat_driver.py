"""A headless seat: the seat's engine driven by a simulated candidate, no screen.
tests/test_room_faults.py runs 30 of these and kills them at random moments.

Usage: python -m tests.room_seat_driver SEAT_HOME STATION_ADDRESS SEED ANSWERS
Lines printed (flushed at once):
  ack <lease> <n> <item_id> <json response>   journaled on the seat: the candidate saw "Saved"
  done <lease> <elapsed_ms>                     submitted, and the station holds everything
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from app.domain.attempt import AttemptRefused
from app.domain.errors import SaveFailed
from app.services.home import Home
from app.services.seat import SeatService
from tests.crash_driver import RESPONSES


def say(*parts: object) -> None:
    print(*parts, flush=True)


def main() -> None:
    home, address, seed, answers = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed * 7919 + int(time.time() * 1000) % 1000)
    session = SeatService(Home.open(Path(home))).connect(address=address)
    session.start()
    given = 0
    while True:
        session.poll()
        attempt = session.attempt
        if attempt is None:
            time.sleep(0.02)
            continue
        state = attempt.state.state
        try:
            if state == "ready":
                attempt.start()
            elif state == "paused" and attempt.interrupted_now:
                attempt.resume()
            elif state == "in_progress" and given < answers:
                item_id = rng.choice(attempt.plan.item_ids)
                if attempt.plan.section_of(item_id) in attempt.state.locked_sections:
                    continue
                if attempt.state.current_item != item_id:
                    attempt.visit(item_id)
                item = attempt.exam.item(item_id)
                response = RESPONSES[item.type](rng)
                attempt.answer(item_id, response)
                n = attempt.next_n - 1
                say("ack", attempt.lease, n, item_id, json.dumps(response))
                given += 1
                time.sleep(rng.uniform(0.005, 0.06))
            elif state == "in_progress":
                attempt.submit()
            elif state in ("submitted", "timed_out", "voided") and attempt.station_has_everything:
                say("done", attempt.lease, attempt.timer.elapsed_ms())
                break
            else:
                time.sleep(0.02)
        except (AttemptRefused, SaveFailed):
            time.sleep(0.02)  # e.g. paused by the station meanwhile: look again
    session.stop()


if __name__ == "__main__":
    main()
