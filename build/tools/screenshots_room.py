"""Renders the testing room's own windows to PNG: the evaluator's tablet and the candidate
workstation (the seat), each a real window paired over a real loopback room with a real station.

Usage (from the repository root):
    python build/tools/screenshots_room.py OUT_DIR [--scales 100 200] [--language es] [--contrast]
                                                   [--size 1280x800] [--full-colour]

Files are named NN-scene[-200][-contrast][-es][-WIDTHxHEIGHT].png as the staff's (the size is
named only when --size is given; else 1000x760 at 100 %, 1280x800 above). The staff's language
and theme are those of the run (the tablet and the seat's own pages are staff screens); the exam
under the seat speaks the exam's language and wears the candidate's theme at the same text size
and contrast, as a candidate with that accommodation would see it.

It builds the staff script's throwaway body and station (tests' words: a world), opens the room
on 127.0.0.1, and plays it: the tablet pairs (the code shown), an evaluator signs in (a wrong PIN
first), picks a candidate, marks the checklist and signs it off until the station has it; the
seat pairs, waits for a candidate, and shows the exam the proctor gives it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import screenshots_staff as staff  # noqa: F401 - sets the platform, the throwaway passphrase and sys.path

from app.domain.accommodations import Accommodations  # noqa: E402
from app.services.home import Home  # noqa: E402
from app.services.seat import SeatService  # noqa: E402
from app.services.tablet import SAVED, TabletService  # noqa: E402
from app.ui.evaluator.tablet_window import TabletWindow  # noqa: E402
from app.ui.seat.seat_window import SeatWindow  # noqa: E402
from screen_look import run_from_command_line  # noqa: E402

CANDIDATES = (("C-101", "Ada Lovelace"), ("C-102", "Grace Hopper"), ("C-103", "Alan Turing"))


def open_room(station, root: Path):
    """The station's session with three candidates and its room open on loopback."""
    opened = station.packages.open(station.home.packages_dir / "ess-integration.exampkg", staff.CODE)
    station.station.remember(opened)
    session = station.delivery.start_session(opened.package_id, opened.exam)
    attempts = []
    for seed, (number, name) in enumerate(CANDIDATES, 1):
        candidate = station.delivery.check_in(session, number, name, Accommodations())
        attempts.append(station.delivery.create_attempt(session, candidate, opened.exam, Accommodations(), seed=seed))
    return station.room.open(opened, session, "Station A", host="127.0.0.1"), attempts


def pair(room, page, name: str) -> str:
    """Pairs a tablet's or a seat's pairing page, the proctor accepting the code both show;
    returns the pairing's fingerprint."""
    page.name.setText(name)
    page.address.setText(f"127.0.0.1:{room.port}")
    page.pair()
    staff.wait(lambda: bool(page.code.text()) and any(a.seat_name == name for a in room.pairing_asks()))
    ask = next(a for a in room.pairing_asks() if a.seat_name == name)
    return ask.fingerprint


def tablet(room, root: Path, shoot: staff.Shooter, size) -> None:
    window = TabletWindow(TabletService(Home.open(root / "tablet")))
    window.resize(*size)
    window.show()
    fingerprint = pair(room, window.pairing, "Bench tablet")
    shoot(window, "01-tablet-pairing")
    room.decide_pairing(fingerprint, True)
    page = window.sign_in_page
    staff.wait(lambda: window.stack.currentWidget() is page and window.session.connected)
    page.username.setText("eve")
    page.pin.setText("0000")
    window.sign_in()
    staff.wait(lambda: bool(page.message.text()) and page.sign_in_button.isEnabled())
    shoot(window, "02-tablet-sign-in")
    page.pin.setText("2468")
    window.sign_in()
    listing = window.candidates_page
    staff.wait(lambda: window.stack.currentWidget() is listing and listing.score_button.isEnabled())
    shoot(window, "03-tablet-candidates")
    listing.candidates.setCurrentRow(1)
    listing._score()
    form = window.form
    for row in form.rows[:5]:
        row.set_mark("not_done" if row.step.id == "lockout" else "done", emit=True)
    for row in form.rows:
        if row.needs_reason():
            row.note_edit.setText("no lock on the battery disconnect")
    form.focus_first_unmarked()
    shoot(window, "04-tablet-checklist")
    for row in form.rows[5:]:
        row.set_mark("na" if row.step.allow_na else "done", emit=True)
    window.sign_off_bar.pin_edit.setText("2468")
    window.sign_off_bar._sign()
    staff.wait(lambda: window.stack.currentWidget() is listing and window.session.signed)
    signed = list(window.session.signed.values())[-1]
    staff.wait(lambda: signed.state == SAVED and listing.signed.count() > 0
               and listing.candidates.count() == len(CANDIDATES) - 1)
    shoot(window, "05-tablet-signed")
    window.shutdown()
    window.close()


def seat(room, attempts: list[str], root: Path, shoot: staff.Shooter, size, scale: int, contrast: bool) -> None:
    window = SeatWindow(SeatService(Home.open(root / "seat")), lockdown=False)
    window.resize(*size)
    window.show()
    window.pairing.stop_search()  # no network search in a picture: the address is typed
    fingerprint = pair(room, window.pairing, "Seat A1")
    shoot(window, "06-seat-pairing")
    room.decide_pairing(fingerprint, True)
    staff.wait(lambda: window.session is not None and window.session.connected)
    window.poll()
    shoot(window, "07-seat-waiting")
    room.assign(attempts[0], fingerprint, "pat")
    staff.wait(lambda: window.exam_window is not None)
    exam = window.exam_window
    exam.set_text_scale(scale)
    exam.set_high_contrast(contrast)
    shoot(window, "08-seat-exam-welcome")
    exam.welcome.identity_box.setChecked(True)
    exam.start()
    staff.wait(lambda: window.session.attempt.station_has_everything)
    shoot(window, "09-seat-exam-question")
    window.shutdown()
    window.close()


def render(out: Path, scale: int, language: str = "en", contrast: bool = False,
           size: tuple[int, int] | None = None, full_colour: bool = False) -> list[str]:
    with staff.staff_run(out, scale, language, contrast, size, full_colour, ((1000, 760), (1280, 800))) as (
            shoot, size, root):
        station = staff.world(root)
        room, attempts = open_room(station, root)
        try:
            tablet(room, root, shoot, size)
            seat(room, attempts, root, shoot, size, scale, contrast)
        finally:
            station.room.close()
            station.close()
    return shoot.names


def main() -> int:
    return run_from_command_line(__doc__.splitlines()[0], render)


if __name__ == "__main__":
    sys.exit(main())
