"""Entry point: parse the command line, wire config, logging and services once, run.

Exit status: 0 done; 1 refused or failed (one line on stderr); 2 usage error.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from app.cli.parser import build_parser, desktop_arguments
from app.domain.errors import ExamStationError, SourceInvalid

# The rest (services, SQLAlchemy, cryptography, the commands and the screens) is imported where
# it is used: the desktop app shows its window before any of it loads.


def prompt_passphrase(creating: bool) -> str:
    """The key-file passphrase: from the environment, else asked at the terminal."""
    from app.cli.commands import ask_passphrase
    from app.services.passphrase import PASSPHRASE_ENV
    return ask_passphrase(PASSPHRASE_ENV, "key", creating)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = desktop_arguments(argv) or build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not args.debug:  # the BagIt library explains each problem in its own lines; ours is the one line
        logging.getLogger("bagit").setLevel(logging.ERROR)
    if args.language:  # read when the window opens (app/ui/language.py); seat programs started from here inherit it
        os.environ["EXAMSTATION_LANGUAGE"] = args.language
    return guarded(args, lambda: _dispatch(args))


MAX_LINE = 600


def one_line(text: str) -> str:
    """A refusal as one readable line: a value quoted from a hostile file may hold line breaks
    or run to megabytes; the middle goes, the start (what) and the end (what to do) stay."""
    text = " ".join(str(text).split())
    if len(text) <= MAX_LINE:
        return text
    return f"{text[:MAX_LINE - 200]} … {text[-190:]}"


def guarded(args, action: Callable[[], int]) -> int:
    """Run a command; a refusal or failure becomes one line on stderr and exit status 1."""
    try:
        return action()
    except SourceInvalid as error:
        print(f"examstation: {one_line(error.line())}", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {one_line(problem)}", file=sys.stderr)
        return 1
    except ExamStationError as error:
        if args.debug:
            raise
        print(f"examstation: {one_line(error.line())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr.close()
        return 0
    except Exception as error:  # the last line of defence: one line, never a traceback dump
        if args.debug:
            raise
        print(f"examstation: unexpected error ({type(error).__name__}). Nothing was changed by the "
              "failed step; run again with --debug and report the output.", file=sys.stderr)
        return 1


def _dispatch(args) -> int:
    if args.command == "demo":
        from app.services.demo import DEMO_PASSPHRASE, prepare_demo
        if args.prepare:
            prepared = prepare_demo(Path(args.prepare))
            prepared.services.close()
            print(f"Demo station home: {prepared.services.home.root}")
            for package in prepared.packages:
                print(f"Demo package: {package}")
            print(f"Release code {prepared.release_code}; demo key passphrase {DEMO_PASSPHRASE}.")
            return 0
        from app.ui.app import run_gui
        demo = prepare_demo()
        try:
            if args.seats > 0:
                from app.services.room import DEFAULT_PORT
                demo.start_seats(min(args.seats, 6), f"127.0.0.1:{DEFAULT_PORT}")
            return run_gui(demo.services, demo=demo)
        finally:
            demo.discard()
    if args.command is None:
        return _desktop(Path(args.home) if args.home else None, args.smoke_test)
    from app.services.context import create_services
    from app.services.home import default_home
    home = Path(args.home) if args.home else default_home()
    services = create_services(home, prompt_passphrase, database_url=getattr(args, "db", None))
    try:
        if args.command == "seat" and args.pair is None and args.simulate is None:  # the seat's screen needs Qt
            from app.ui.seat.seat_window import run_seat
            if args.name:
                services.seat.set_seat_name(args.name)
            return run_seat(services.seat, args.windowed, args.station or "", supervised=args.supervised)
        if args.command == "tablet" and args.pair is None:  # the evaluator's checklist screen needs Qt
            from app.ui.evaluator.tablet_window import run_tablet
            tablet = services.tablet
            if args.name:
                tablet.set_seat_name(args.name)
            return run_tablet(tablet, args.windowed, args.station or "")
        return run_command(services, args)
    finally:
        services.close()


def _desktop(home: Path | None, smoke_test: str | None) -> int:
    """The desktop app: its window first, the home's services (and database) as they are needed."""
    from app.services.context import create_services
    from app.ui.app import run_gui_on
    made = []

    def make_services():
        from app.services.home import default_home
        from app.services.passphrase import PassphraseHolder
        # the passphrase comes from a dialog
        made.append(create_services(home or default_home(), PassphraseHolder()))
        return made[-1]

    def open_demo_home(root: Path):
        """The start-up check's other homes (a seat, a tablet, the demo's body)."""
        from app.services.demo import DEMO_PASSPHRASE
        return create_services(root, lambda _creating: DEMO_PASSPHRASE)

    try:
        return run_gui_on(make_services, smoke_test=smoke_test, open_home=open_demo_home)
    finally:
        for services in made:
            services.close()


def run_command(services, args) -> int:
    """One command on services already wired (the tests reuse one home's unlocked keys)."""
    if args.command == "check":  # screens and PDF output need Qt, which only app.ui may use
        from app.cli.commands import run_check
        from app.ui.probes import pdf_output, screens
        return run_check(services, args, probes=(screens, pdf_output))
    from app.cli.commands import COMMANDS
    return COMMANDS[args.command](services, args)
