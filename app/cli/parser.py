"""Argument definitions for `examstation` (the contract in docs/architecture.md, section 5)."""

from __future__ import annotations

import argparse
from typing import Sequence

from app import __version__


class Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the contract says; keep its message to one line + usage."""


class _NotTheDesktop(Exception):
    pass


class _DesktopParser(Parser):
    def error(self, message: str):  # type: ignore[override]
        raise _NotTheDesktop(message)  # the full parser reads it again and says what is wrong


def _add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options of the program itself (no command: the desktop app)."""
    parser.add_argument("--home", help="home folder (default: EXAMSTATION_HOME or the user data folder)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument("--smoke-test", nargs="?", const="every-screen", choices=("every-screen", "first-screen"),
                        metavar="SCOPE", help="open the app, show every screen once (on throwaway demo homes "
                        "after this home's first screen; SCOPE first-screen: this home's only), then quit")
    parser.add_argument("--language", metavar="CODE",
                        help="language of the staff screens, e.g. es or en (default: EXAMSTATION_LANGUAGE, else "
                             "the system's); each candidate's screen keeps the language chosen at check-in")


def desktop_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only start the desktop app (no command, no --help or --version),
    read without building every command's parser, so its window shows sooner; else None."""
    parser = _DesktopParser(prog="examstation", add_help=False)
    _add_app_options(parser)
    try:
        arguments, rest = parser.parse_known_args(argv)
    except _NotTheDesktop:
        return None
    if rest:
        return None
    arguments.command = None
    return arguments


def build_parser() -> argparse.ArgumentParser:
    from app.cli.marking_commands import add_marking_parser
    parser = Parser(prog="examstation", description="Offline delivery of encrypted, signed exams.")
    _add_app_options(parser)
    parser.add_argument("--version", action="version", version=f"ExamStation {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="open the app on a throwaway home with the sample exam ready")
    demo.add_argument("--prepare", metavar="DIR", help="only create the demo homes and packages in DIR, no window")
    demo.add_argument("--seats", type=int, default=2, metavar="N",
                      help="also open N candidate workstation windows (separate processes) to pair with the "
                           "station's room (default 2; 0 for none)")

    keys = commands.add_parser("keys", help="create, export and trust identities").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    init = keys.add_parser("init", help="create this home's keys for a role")
    init.add_argument("--role", choices=("body", "center"), required=True)
    init.add_argument("--name", required=True, help="the organization or center name shown to others")
    init.add_argument("--store", choices=("auto", "keyring", "file"), default="auto",
                      help="where private keys live (auto: the OS keyring if there is one)")
    export = keys.add_parser("export", help="write this home's public identity file")
    export.add_argument("--role", choices=("body", "center"), required=True)
    export.add_argument("-o", "--output", required=True, metavar="FILE.json")
    trust = keys.add_parser("trust", help="station: trust a body; body: register a center")
    trust.add_argument("file", metavar="FILE.json")
    backup = keys.add_parser("backup", help="seal this home's private keys and trust list in a file, under a "
                                            "backup passphrase ($EXAMSTATION_BACKUP_PASSPHRASE or asked)")
    backup.add_argument("--role", required=True, choices=("body", "center"))
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    restore = keys.add_parser("restore", help="put backed-up keys into this (new) home: a replaced disk, or "
                                              "another station of the same center")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--store", choices=("auto", "keyring", "file"), default="auto")
    keys.add_parser("show", help="list this home's identities and trusted parties")

    package = commands.add_parser("package", help="build, inspect and verify exam packages").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    build = package.add_parser("build", help="build an encrypted package from an exam source folder "
                                             "or a QTI content package (folder or .zip with imsmanifest.xml)")
    build.add_argument("source", metavar="SRC_DIR")
    build.add_argument("--companion", metavar="FILE",
                       help="QTI only: what QTI does not carry (credential, cut score, checklists, timing); "
                            "default: examstation.yaml inside the package")
    build.add_argument("--skip-unsupported", action="store_true",
                       help="QTI only: leave out unsupported items and ignore unsupported settings "
                            "(all listed in the import report) instead of stopping")
    build.add_argument("--to", action="append", required=True, metavar="CENTER.json",
                       help="a registered center that may open it (repeat for several)")
    build.add_argument("--release-code", help="a code needed on exam day in addition to the center key")
    build.add_argument("--not-before", metavar="ISO", help="first moment the package opens (UTC if no zone)")
    build.add_argument("--not-after", metavar="ISO", help="last moment the package opens")
    build.add_argument("-o", "--output", required=True, metavar="OUT.exampkg")
    validate = package.add_parser("validate", help="check an exam source folder or QTI package as a build would, "
                                                   "without building (no keys needed)")
    validate.add_argument("source", metavar="SRC_DIR")
    validate.add_argument("--companion", metavar="FILE", help="QTI only: the companion file")
    validate.add_argument("--skip-unsupported", action="store_true", help="QTI only: as for build")
    inspect = package.add_parser("inspect", help="print the public manifest as JSON (no keys needed)")
    inspect.add_argument("package", metavar="PKG")
    verify = package.add_parser("verify", help="decrypt in memory and validate, with this station's key")
    verify.add_argument("package", metavar="PKG")
    verify.add_argument("--release-code")
    simulate = commands.add_parser("simulate", help="simulated candidates sit the exam (a dry run)")
    simulate.add_argument("--package", required=True, metavar="PKG")
    simulate.add_argument("--release-code")
    simulate.add_argument("--candidates", type=int, required=True, metavar="N")
    simulate.add_argument("--seed", type=int, default=1, metavar="S")
    simulate.add_argument("--room", action="store_true",
                          help="each candidate at a headless seat process joined to this station over loopback")
    simulate.add_argument("--faults", type=int, default=0, metavar="K",
                          help="with --room: K random faults during the sitting (a seat killed, the station's room "
                               "restarted, connections cut)")

    results = commands.add_parser("results", help="export, verify and import result bundles").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    export_results = results.add_parser("export", help="write a session's signed result bundle: the whole "
                                        "session the first time, then a supplement with what is new")
    export_results.add_argument("--session", required=True, metavar="ID")
    export_results.add_argument("-o", "--output", required=True, metavar="DIR")
    export_results.add_argument("--all", action="store_true",
                                help="write every bundle of the session again (the first and each supplement)")
    verify_results = results.add_parser("verify", help="check a bundle's integrity and signer (no keys needed)")
    verify_results.add_argument("bundle", metavar="BUNDLE")
    import_results = results.add_parser("import", help="verify, decrypt and import bundles (body)")
    import_results.add_argument("bundles", nargs="+", metavar="BUNDLE")
    import_results.add_argument("--db", metavar="URL", help="the body's database (default: the home's SQLite)")
    pending = results.add_parser("pending", help="responses waiting for a person to score them (body)")
    pending.add_argument("--db", metavar="URL")
    pending.add_argument("--exam", metavar="ID")
    score = results.add_parser("score", help="record a person's score for one response (body)")
    score.add_argument("attempt", metavar="ATTEMPT_ID")
    score.add_argument("item", metavar="ITEM_ID")
    score.add_argument("points", type=float)
    score.add_argument("--rater", required=True, help="who scored it (kept with the score)")
    score.add_argument("--db", metavar="URL")
    _release_commands(results)
    credential = commands.add_parser("credential", help="issue, revoke and verify credentials").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    days = {"type": int, "default": 30, "metavar": "N",
            "help": "days the new status list stays current (validUntil; default 30): publish a new one before then"}
    issue = credential.add_parser("issue", help="one signed Open Badges 3.0 file per earned credential, named by "
                                                "its id, and the status list (body)")
    issue.add_argument("--db", metavar="URL")
    issue.add_argument("--exam", metavar="ID")
    issue.add_argument("--status-days", **days)
    issue.add_argument("-o", "--output", required=True, metavar="DIR")
    revoke = credential.add_parser("revoke", help="revoke a credential and write the new status list (body)")
    revoke.add_argument("credential_id", metavar="CREDENTIAL_ID")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--db", metavar="URL")
    revoke.add_argument("--status-days", **days)
    revoke.add_argument("-o", "--output", required=True, metavar="DIR")
    listing = credential.add_parser("list", help="the credentials issued so far and whether each is revoked (body)")
    listing.add_argument("--db", metavar="URL")
    status = credential.add_parser("status", help="write a new signed status list, current for --status-days; "
                                                  "publish it before the last one expires (body)")
    status.add_argument("--db", metavar="URL")
    status.add_argument("--status-days", **days)
    status.add_argument("-o", "--output", required=True, metavar="DIR")
    check = credential.add_parser(
        "verify", help="check a credential offline: its issuer against a trust anchor, signature, dates and status",
        description="Exit 0 only when the issuer is trusted and everything holds. The trust anchor is --issuer, else "
                    "this home's body key and the bodies it trusts (keys trust). With no anchor at all only the "
                    "credential's integrity can be checked: that is printed, and the exit status is 1.")
    check.add_argument("file", metavar="FILE")
    check.add_argument("--issuer", metavar="FILE|DID",
                       help="trust only this body: its identity file (keys export) or its did:key")
    check.add_argument("--status-list", metavar="FILE", help="the issuer's status list (default: status-list.json "
                                                             "beside the file, else the newest this home has seen)")
    check.add_argument("--no-status", action="store_true",
                       help="do not check revocation (without it a missing or expired status list is refused)")

    attempt = commands.add_parser("attempt", help="move a paused attempt to another station").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    move_out = attempt.add_parser("export", help="seal a paused attempt for another station of this center")
    move_out.add_argument("--attempt", required=True, metavar="ID")
    move_out.add_argument("--package", required=True, metavar="PKG")
    move_out.add_argument("--release-code")
    move_out.add_argument("--by", required=True, help="the proctor moving it (recorded)")
    move_out.add_argument("--to", required=True, metavar="STATION_ID",
                          help="the station that will continue it (`examstation keys show` there prints its id)")
    move_out.add_argument("-o", "--output", required=True, metavar="FILE")
    move_in = attempt.add_parser("import", help="continue a moved attempt on this station")
    move_in.add_argument("file", metavar="FILE")
    move_in.add_argument("--package", required=True, metavar="PKG")
    move_in.add_argument("--release-code")

    seat = commands.add_parser("seat", help="run this computer as a candidate workstation of a station on the "
                                            "local network")
    _room_machine(seat, "this seat's name as the proctor sees it (e.g. 'Seat 12')",
                  "a normal window instead of full-screen lockdown (training, demo)")
    seat.add_argument("--simulate", type=int, metavar="SEED", help=argparse.SUPPRESS)  # simulate --room's seats
    seat.add_argument("--answers", type=int, default=10, help=argparse.SUPPRESS)
    seat.add_argument("--supervised", action="store_true",
                      help="started by the proctor station on this computer (single-computer mode): connect to "
                           "--station, end when the candidate's exam is over and safe on the station, or when "
                           "the station closes")

    tablet = commands.add_parser("tablet", help="run this computer as an evaluator's tablet: the checklist screen "
                                                "against a station on the local network")
    _room_machine(tablet, "this tablet's name as the proctor sees it (e.g. 'Bench tablet')",
                  "a normal window instead of full screen")

    check = commands.add_parser("check", help="station readiness check")
    check.add_argument("--package", metavar="PKG")
    check.add_argument("--release-code")
    check.add_argument("--forbid", action="append", default=[], metavar="PROGRAM",
                       help="a program that must not run during the exam (repeat)")

    report = commands.add_parser("report", help="results and item-analysis reports (body)")
    report.add_argument("kind", choices=("results", "items", "centers", "rates", "forms", "left-out"),
                        help="results: one row per candidate; items: item analysis per form; "
                             "centers: outcomes, time used and incidents per center; rates: pass rates by "
                             "center and form with 95%% intervals; forms: form equivalence; left-out: "
                             "attempts kept out of the statistics, with why")
    report.add_argument("--db", metavar="URL")
    report.add_argument("--exam", metavar="ID")
    report.add_argument("--csv", metavar="FILE", help="write the rows to a CSV file")
    add_marking_parser(commands)
    return parser


def _room_machine(command: argparse.ArgumentParser, name_help: str, windowed_help: str) -> None:
    """What a seat and an evaluator's tablet are both told: pairing, their name, the station, the window."""
    command.add_argument("--pair", metavar="ADDRESS", nargs="?", const="",
                         help="pair with the station at ADDRESS (host:port) without a window: prints the code the "
                              "proctor must confirm. Without ADDRESS, looks for the station on the network")
    command.add_argument("--name", help=name_help)
    command.add_argument("--station", metavar="ADDRESS", help="the station's address to offer when pairing")
    command.add_argument("--windowed", action="store_true", help=windowed_help)


def _release_commands(results) -> None:
    """The release step at the body: look, decide with a reason, release."""
    who = {"metavar": "NAME", "help": "who takes it, kept with it (default: this computer's user name)"}
    sessions = results.add_parser("sessions", help="imported sessions and whether their results are released (body)")
    sessions.add_argument("--db", metavar="URL")
    review = results.add_parser("review", help="what in a session needs a decision before its release (body)")
    review.add_argument("--session", required=True, metavar="ID")
    review.add_argument("--db", metavar="URL")
    decide = results.add_parser("decide", help="record a decision about an attempt, with the reason (body)")
    decide.add_argument("attempt", metavar="ATTEMPT_ID")
    decide.add_argument("--decision", required=True, choices=("count", "exclude", "void"),
                        help="count: its result stands; exclude: it does not count; void: it is voided")
    decide.add_argument("--reason", required=True, help="why, in words the candidate may read in the score letter")
    decide.add_argument("--by", **who)
    decide.add_argument("--db", metavar="URL")
    letterhead = results.add_parser("letterhead", help="the body's name and address on score letters: shown, or "
                                                       "changed with --name and --address (body)")
    letterhead.add_argument("--name", help="the body's name as its letters show it")
    letterhead.add_argument("--address", help="its postal address; separate lines with '\\n' or a new line")
    release = results.add_parser("release", help="release a session's results, so credentials can be issued (body)")
    release.add_argument("--session", required=True, metavar="ID")
    release.add_argument("--by", **who)
    release.add_argument("--db", metavar="URL")
