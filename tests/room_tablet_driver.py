"""A headless evaluator tablet process for tests: the tablet engine without a screen.

Usage: python -m tests.room_tablet_driver TABLET_HOME STATION_ADDRESS sign USER PIN
       python -m tests.room_tablet_driver TABLET_HOME STATION_ADDRESS resume
       python -m tests.room_tablet_driver TABLET_HOME STATION_ADDRESS draft USER PIN

`sign` signs in, signs off the first candidate on the first checklist with every step done,
prints "journaled ID" once the signed evaluation is in the tablet's journal, and keeps
running without ever sending it (as if the cable were pulled right after the PIN check)
until a test kills it. `draft` signs in, marks the first candidate's first two steps (Done, then
Not done with the reason "no lock"), the task timer started five minutes ago, prints
"drafted CANDIDATE" once the marks are in the tablet's journal, and waits to be killed. `resume` only
connects, prints "resent N" for what its journal holds unacknowledged and "saved ID" for
each acknowledgement, and exits when nothing is left.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.services.home import Home
from app.services.tablet import SAVED, WAITING, TabletService


def until(session, condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not (session.poll(), condition())[1]:
        if time.monotonic() > deadline:
            print("gave up waiting", flush=True)
            raise SystemExit(2)
        time.sleep(0.02)


def main() -> None:
    home, address, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    session = TabletService(Home.open(Path(home))).connect(address=address)
    session.start()
    until(session, lambda: session.connected)
    if mode == "draft":
        session.sign_in(sys.argv[4], sys.argv[5])
        until(session, lambda: session.roster)
        candidate, checklist = session.roster[0], session.checklists[0]
        first, second = (s.id for s in checklist.steps[:2])
        session.save_draft(candidate.candidate_id, checklist.id, {first: "done"}, {}, time.time() - 300)
        session.save_draft(candidate.candidate_id, checklist.id, {first: "done", second: "not_done"},
                           {second: "no lock"}, time.time() - 300)
        print(f"drafted {candidate.candidate_id}", flush=True)
        time.sleep(120)
    elif mode == "sign":
        session.sign_in(sys.argv[4], sys.argv[5])
        until(session, lambda: session.roster)
        candidate, checklist = session.roster[0], session.checklists[0]
        send = session.link.send
        session.link.send = lambda message: None if message["type"] == "evaluation" else send(message)
        signed = session.sign_off(candidate, checklist, {s.id: "done" for s in checklist.steps}, {}, 90, sys.argv[5])
        until(session, lambda: session.signed[signed].state == WAITING)
        print(f"journaled {signed}", flush=True)
        time.sleep(120)
    else:
        print(f"resent {len(session.waiting())}", flush=True)
        for entry in list(session.waiting()):
            until(session, lambda entry=entry: entry.state == SAVED)
            print(f"saved {entry.id}", flush=True)
    session.stop()


if __name__ == "__main__":
    main()
