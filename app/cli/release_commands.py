"""The release step at the command line: sessions, review, decide, release (app.services.release)."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.services.context import Services


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _sessions(services: Services, args: argparse.Namespace) -> int:
    sessions = services.release.sessions()
    for s in sessions:
        released = f" by {s.released_by} on {s.released_at:%Y-%m-%d %H:%M} UTC" if s.released_by else ""
        print(f"{s.session_id}  {s.exam_id}  {s.center_name}  {_count(s.candidates, 'candidate')}  "
              f"{s.state}{released}")
    print(f"{_count(len(sessions), 'session')}.", file=sys.stderr)
    return 0


def _review(services: Services, args: argparse.Namespace) -> int:
    review = services.release.review(args.session)
    print(f"Session {args.session} ({review.status.center_name}): {review.status.state}.")
    for a in review.flagged:
        facts = a.facts
        print(f"{facts.attempt_id}  candidate {facts.candidate_number}: {a.outcome}")
        for line in facts.findings:
            print(f"    found: {line}")
        for line in a.incidents:
            print(f"    incident: {line}")
        if a.voided:
            print(f"    voided at the center: {a.voided}")
        for line in a.reconciled:
            print(f"    checklist {line}")
        if facts.pending_marks:
            print(f"    {_count(facts.pending_marks, 'answer')} still to be marked")
        if facts.decision:
            print(f"    decided: {facts.decision.line()}")
    for line in review.blockers:
        print(f"Before release: {line}")
    print("It can be released." if not review.blockers else f"{_count(len(review.blockers), 'thing')} to settle "
          "before release.", file=sys.stderr)
    return 0


def _decide(services: Services, args: argparse.Namespace) -> int:
    decision = services.release.decide(args.attempt, args.decision, args.reason, args.by or getpass.getuser())
    print(f"Recorded: {decision.line()}.")
    return 0


def _release(services: Services, args: argparse.Namespace) -> int:
    status = services.release.release(args.session, args.by or getpass.getuser())
    print(f"Released the results of session {status.session_id} ({status.center_name}, "
          f"{_count(status.candidates, 'candidate')}). Issue credentials with `credential issue`.")
    return 0


def _letterhead(services: Services, args: argparse.Namespace) -> int:
    name, address = services.release.letterhead()
    if args.name is not None or args.address is not None:
        name = args.name if args.name is not None else name
        address = (args.address if args.address is not None else address).replace("\\n", "\n")
        services.release.set_letterhead(name, address)
    print(f"Letterhead: {name or services.keys.identity('body').name}")
    for line in address.splitlines():
        print(f"    {line}")
    return 0


RELEASE_ACTIONS = {"letterhead": _letterhead, "sessions": _sessions, "review": _review, "decide": _decide,
                   "release": _release}
