"""`examstation marking ...` at the body: marker accounts, the queue's counts and the rater
agreement table. Marking itself happens on the Marking tab of the body's window."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from app.domain.errors import ExamStationError

if TYPE_CHECKING:  # the parser is built before the desktop window shows: nothing heavy at import
    from app.services.context import Services

MARKER_PASSWORD_ENV = "EXAMSTATION_MARKER_PASSWORD"


def add_marking_parser(commands: Any) -> None:
    """`commands`: the subparsers of the top-level parser."""
    marking = commands.add_parser("marking", help="marker accounts, the marking queue and rater agreement "
                                                  "(body)").add_subparsers(dest="action", metavar="ACTION",
                                                                           required=True)
    add = marking.add_parser("add-marker", help=f"create a marker's or an adjudicator's account (password from "
                                                f"{MARKER_PASSWORD_ENV} or asked twice)")
    add.add_argument("username", metavar="USER")
    add.add_argument("--name", required=True, help="the name shown when they sign in")
    add.add_argument("--role", choices=("marker", "adjudicator"), default="marker",
                     help="an adjudicator also settles differences between two markers")
    add.add_argument("--db", metavar="URL")
    queue = marking.add_parser("queue", help="answers waiting for a mark, by exam, question and center")
    agreement = marking.add_parser("agreement", help="agreement between markers, per question and per marker")
    for command in (queue, agreement):
        command.add_argument("--db", metavar="URL")
        command.add_argument("--exam", metavar="ID")


def run_marking(services: Services, args: argparse.Namespace) -> int:
    marking = services.marking
    if args.action == "add-marker":
        account = marking.add_marker(args.username, args.name, args.role, _new_password())
        print(f"Added {account.display_name} ({account.username}) as {account.role}. They sign in on the Marking "
              "tab of the body's window.")
        return 0
    if args.action == "queue":
        rows = [c for c in marking.overview() if args.exam in (None, c.exam_id)]
        print("exam\titem\tcenter\tfirst marks\tsecond marks\tadjudication")
        for c in rows:
            print(f"{c.exam_id}\t{c.item_id}\t{c.center}\t{c.first}\t{c.second}\t{c.adjudication}")
        return 0
    report = marking.agreement(args.exam)
    print("exam\titem\tdouble-marked\texact\tadjacent\tkappa\tmean difference (first - second)")
    for row in report.items:
        print(f"{row.exam_id}\t{row.item_id}\t{_numbers(row.agreement)}")
    print("marker\tname\tdouble-marked\texact\tadjacent\tkappa\tmean difference (theirs - other)\tdrifting")
    for name, marker in report.markers:
        flag = f"yes: {marker.reason}" if marker.drifting else "no"
        print(f"{marker.marker}\t{name}\t{_numbers(marker.agreement)}\t{flag}")
    return 0


def _numbers(found) -> str:
    def show(value: float | None, form: str) -> str:
        return "" if value is None else format(value, form)
    return "\t".join([str(found.n), show(found.exact, ".3f"), show(found.adjacent, ".3f"), show(found.kappa, ".3f"),
                      show(found.mean_difference, "+.3f")])


def _new_password() -> str:
    if os.environ.get(MARKER_PASSWORD_ENV):
        return os.environ[MARKER_PASSWORD_ENV]
    if not sys.stdin or not sys.stdin.isatty():
        raise ExamStationError("The marker's password is needed and there is no terminal to ask for it.",
                               f"Set {MARKER_PASSWORD_ENV}.")
    password = getpass.getpass("The marker's password: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise ExamStationError("The two passwords differ.", "Run the command again.")
    return password
