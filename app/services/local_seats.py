"""Single-computer mode: a center with one PC still runs each candidate's screen as its own
seat process, so lockdown's application-wide effects (key filters, translators, focus rules)
belong to that seat alone and the proctor's console stays usable.

The station opens its room on loopback only, makes each local seat's key in a private folder
of its own home, pairs it without the code step (the OS user is the trust: the station wrote
that folder itself), gives it the candidate and starts `examstation seat --supervised`. The
seat speaks the same pinned TLS link as a workstation on the network.

`LocalSeats` supervises the children: one that dies before its attempt is finished is started
again and continues from the station's copy (the room's resume rules: an interruption is
recorded and the candidate presses Continue); one whose attempt has ended and is safe on the
station exits by itself; closing the station closes them all. Each child holds the read end of
a pipe whose write end only the station holds, so a station that dies (even kill -9) ends its
children too (app.services.station_pipe, which also carries the proctor's PIN check when the
proctor leaves a local seat's lockdown to reach the console).
"""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Sequence

from app.domain.attempt import FINAL_STATES
from app.fsutil import private_folder
from app.room.seat_link import StationAddress
from app.room.station_server import PairingRequest
from app.services.accounts import AccountService
from app.services.home import Home
from app.services.processes import own_command
from app.services.room import RoomService
from app.services.room_station import RoomRefused, StationRoom, seat_fingerprint
from app.services.seat import SeatPairing, SeatService
from app.services.station_pipe import serve

log = logging.getLogger(__name__)
LOOPBACK = "127.0.0.1"
FOLDER = "local-seats"
WATCH_SECONDS = 0.25
RESTARTS_ALLOWED, RESTART_WINDOW_SECONDS = 5, 120.0   # more than this and the proctor decides
STOP_SECONDS = 5.0

# What a local screen is doing (the console words them; see app.ui.proctor.local_seats_bar).
RUNNING = "running"          # started, or started again after it stopped (see `restarts`)
FINISHED = "finished"        # the attempt ended and is safe on the station: the process exited
LEFT = "left"                # the candidate was moved to another seat: this screen is done
FAILED = "failed"            # it kept stopping: not started again until the proctor asks
CLOSED = "closed"            # the station closed it
PROCTOR_CLOSED = "proctor_closed"  # the proctor left its lockdown with their PIN: Open screen brings it back
PROCTOR_EXIT = 3             # the seat's exit status after the proctor's exit


@dataclass(frozen=True)
class LocalScreen:
    """One candidate screen on this computer, as the console shows it."""

    seat_name: str
    attempt_id: str
    candidate_name: str
    state: str
    process_id: int | None
    restarts: int
    last_restart: float | None       # wall time of the last restart after a stop
    last_exit: int | None            # the exit status of the process that stopped last


@dataclass
class _Child:
    seat: SeatService
    fingerprint: str
    attempt_id: str
    candidate_name: str
    process: subprocess.Popen | None = None
    port: int = 0
    state: str = RUNNING
    restarts: list[float] = field(default_factory=list)   # wall times, all of them
    last_exit: int | None = None
    log: IO[bytes] | None = None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


class LocalSeats:
    """The seat processes of this station's single-computer mode (built once in services.context)."""

    def __init__(self, home_root: Path, rooms: RoomService, accounts: AccountService,
                 command: Callable[[], list[str]] = own_command, extra_arguments: Sequence[str] = (),
                 wall: Callable[[], float] = time.time) -> None:
        """`extra_arguments` go to every `examstation seat` started (tests add `--simulate`)."""
        self.folder = Path(home_root) / FOLDER
        self.home = Home(Path(home_root))
        self._rooms, self._accounts, self._command, self._wall = rooms, accounts, command, wall
        self.extra_arguments = list(extra_arguments)
        self._children: dict[str, _Child] = {}       # attempt id -> its screen
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    # -- what the proctor's side asks -------------------------------------------------------
    def admit(self, opened: Any, session_id: str, attempt_id: str, candidate_name: str, by: str) -> LocalScreen:
        """Start the candidate's screen as a seat process on this computer (or start it again if it
        was given up). Opens the room on loopback first if no room of this session is open.
        Raises RoomRefused when the candidate already sits at a workstation of the room."""
        with self._lock:
            child = self._children.get(attempt_id)
            if child is not None and child.alive():
                return self._screen(child)
            room = self._room_for(opened, session_id, by)
            if child is None or child.state in (LEFT, CLOSED, FINISHED):
                seat, fingerprint = self._seat_of(room, attempt_id) or self._free_seat(room)
                if not any(r.attempt_id == attempt_id for r in room.status() if r.fingerprint == fingerprint):
                    room.assign(attempt_id, fingerprint, by)
                child = _Child(seat, fingerprint, attempt_id, candidate_name)
                self._children[attempt_id] = child
            else:  # it failed or the proctor closed it: the proctor asks for it again
                child.restarts.clear()
            child.state = RUNNING
            # the screen runs on this computer: its score report goes to the session's folder here
            child.seat.set_report_folder(self.home.session_folder(session_id) / "score reports")
            self._start(child, room)
            self._watch()
            return self._screen(child)

    def screens(self) -> list[LocalScreen]:
        with self._lock:
            return [self._screen(c) for c in self._children.values()]

    def only_here(self) -> bool:
        """The room is open on loopback only (single-computer mode): no workstation can join."""
        room = self._rooms.current
        return room is not None and room.server is not None and room.server.host == LOOPBACK

    def close(self) -> None:
        """The station closes: every candidate screen ends (their journals are safe on disk)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(10)
            self._watcher = None
        with self._lock:
            running = [c for c in self._children.values() if c.alive()]
            for child in running:
                child.state = CLOSED
                self._ask_to_end(child)
            for child in running:
                self._end(child)
                self._accounts.record("station", "room.local_seat_closed", child.attempt_id,
                                      {"seat": child.seat.seat_name()})
            for child in self._children.values():
                if child.log is not None:
                    child.log.close()
                    child.log = None

    # -- seats -----------------------------------------------------------------------------
    def _room_for(self, opened: Any, session_id: str, by: str) -> StationRoom:
        room = self._rooms.current
        if room is not None and room.session_id == session_id:
            return room
        room = self._rooms.open(opened, session_id, "Proctor station", host=LOOPBACK, port=0)
        self._accounts.record(by, "room.opened", session_id, {"port": room.port, "only": "this computer"})
        return room

    def _seat_folders(self) -> list[Path]:
        if not self.folder.exists():
            return []
        found = [p for p in self.folder.iterdir() if p.is_dir() and p.name.startswith("screen-")
                 and p.name[7:].isdigit()]
        return sorted(found, key=lambda p: int(p.name[7:]))

    def _seat_of(self, room: StationRoom, attempt_id: str) -> tuple[SeatService, str] | None:
        """The local seat that already holds this candidate (its screen was closed with the station);
        a candidate at a workstation is refused: the proctor moves them on the Room tab instead."""
        holder = next((r for r in room.status() if r.attempt_id == attempt_id), None)
        if holder is None:
            return None
        for folder in self._seat_folders():
            seat = SeatService.at(folder)
            if seat_fingerprint(seat.identity().certificate_pem) == holder.fingerprint:
                return seat, holder.fingerprint
        raise RoomRefused("This candidate already sits at seat {seat_name}.",
                          "Their exam is on that workstation; to change seats use Move to a spare seat.",
                          seat_name=holder.seat_name)

    def _free_seat(self, room: StationRoom) -> tuple[SeatService, str]:
        """A local seat with no unfinished candidate, or a new one; paired with `room` either way."""
        busy = {c.fingerprint for c in self._children.values() if c.alive() or c.state in (RUNNING, FAILED,
                                                                                              PROCTOR_CLOSED)}
        rows = {r.fingerprint: r for r in room.status()}
        for folder in self._seat_folders():
            seat = SeatService.at(folder)
            fingerprint = _pair(room, seat)
            row = rows.get(fingerprint)
            if fingerprint not in busy and (row is None or row.attempt_id is None or row.state in FINAL_STATES):
                return seat, fingerprint
        folders = self._seat_folders()
        number = int(folders[-1].name[7:]) + 1 if folders else 1
        seat = SeatService.at(private_folder(private_folder(self.folder) / f"screen-{number}"))
        seat.set_seat_name(f"This computer, screen {number}")
        return seat, _pair(room, seat)

    # -- processes -------------------------------------------------------------------------
    def _start(self, child: _Child, room: StationRoom) -> None:
        # The station is the authority on its local seats: their pairing follows its room's
        # certificate and port each time (the port is a fresh one whenever the room opens).
        child.seat.remember_station(SeatPairing(StationAddress(LOOPBACK, room.port), room.station_name,
                                                room.center_name, room.identity.certificate_pem))
        if child.log is None:  # what the seat prints (its problems, a simulation's report) is kept
            child.log = open(child.seat.home.root / "screen.log", "ab")
        process = subprocess.Popen(
            [*self._command(), "--home", str(child.seat.home.root), "seat", "--supervised",
             "--station", f"{LOOPBACK}:{room.port}", *self.extra_arguments],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=child.log)
        child.process, child.port = process, room.port
        threading.Thread(target=serve, name="local-seat-pipe", daemon=True, args=(
            process.stdout, process.stdin, lambda user, pin: self._check_exit(child, user, pin),
            lambda line: _append(child.log, line))).start()
        log.info("local seat %s started (process %s)", child.seat.seat_name(), child.process.pid)

    def _check_exit(self, child: _Child, user: str, pin: str) -> bool:
        """The proctor typed their user name and PIN on a local seat to reach the console."""
        right = self._accounts.check_pin(user, pin, role="proctor")
        if right:
            self._accounts.record(user, "room.local_seat_exit", child.attempt_id, {"seat": child.seat.seat_name()})
        return right

    def _ask_to_end(self, child: _Child) -> None:
        """Closing the pipe is the station's word to stop: the seat ends as after Ctrl+C."""
        if child.process is None or child.process.stdin is None:
            return  # never started: nothing to tell
        try:
            child.process.stdin.close()
        except OSError:
            pass

    def _end(self, child: _Child) -> None:
        process = child.process
        if process is None:
            return
        try:
            process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        child.last_exit = process.returncode

    def _watch(self) -> None:
        if self._watcher is None:
            self._stop.clear()
            self._watcher = threading.Thread(target=self._run, name="local-seats", daemon=True)
            self._watcher.start()

    def _run(self) -> None:
        while not self._stop.wait(WATCH_SECONDS):
            try:
                self.check()
            except Exception:  # supervision must go on; the problem is logged and looked at again
                log.exception("local seats: check failed")

    def check(self) -> None:
        """Look at every child once (the watcher does this four times a second)."""
        with self._lock:
            room = self._rooms.current
            if room is None or self._stop.is_set():
                return  # no room to reach: nothing to start again until one opens
            for child in list(self._children.values()):
                if child.state != RUNNING:
                    continue
                if child.alive():
                    if child.port != room.port:  # the room was opened again (for workstations too)
                        self._ask_to_end(child)
                        self._end(child)
                        self._start(child, room)
                    continue
                child.last_exit = child.process.returncode if child.process is not None else None
                self._stopped(child, room)

    def _stopped(self, child: _Child, room: StationRoom) -> None:
        name = child.seat.seat_name()
        row = next((r for r in room.status() if r.fingerprint == child.fingerprint), None)
        if row is None or row.attempt_id != child.attempt_id:
            child.state = LEFT
            self._accounts.record("station", "room.local_seat_ended", child.attempt_id,
                                  {"seat": name, "why": "the candidate sits elsewhere"})
        elif child.last_exit == PROCTOR_EXIT:
            child.state = PROCTOR_CLOSED
        elif row.state in FINAL_STATES:
            child.state = FINISHED
            self._accounts.record("station", "room.local_seat_ended", child.attempt_id,
                                  {"seat": name, "why": "the attempt ended and is on the station"})
        else:
            now = self._wall()
            recent = [t for t in child.restarts if now - t < RESTART_WINDOW_SECONDS]
            if len(recent) >= RESTARTS_ALLOWED:
                child.state = FAILED
                self._accounts.record("station", "room.local_seat_failed", child.attempt_id,
                                      {"seat": name, "exit": child.last_exit, "restarts": len(recent)})
                return
            child.restarts.append(now)
            self._accounts.record("station", "room.local_seat_restarted", child.attempt_id,
                                  {"seat": name, "exit": child.last_exit})
            self._start(child, room)

    def _screen(self, child: _Child) -> LocalScreen:
        return LocalScreen(child.seat.seat_name(), child.attempt_id, child.candidate_name, child.state,
                           child.process.pid if child.process is not None and child.alive() else None, len(child.restarts),
                           child.restarts[-1] if child.restarts else None, child.last_exit)


def _pair(room: StationRoom, seat: SeatService) -> str:
    """Pair a seat this station made itself, without the code step: the station wrote the seat's key
    into a private folder of its own home, so the OS user is the trust. The room takes it as a
    pairing the proctor accepted (same table, same audit entry, the same pinned TLS from then on)."""
    request = PairingRequest(seat.seat_name(), seat.identity().certificate_pem, "", "this computer")

    def on_room_thread() -> None:
        if not room.is_paired(request.fingerprint):
            room.pairing_decided(request, True)
            if room.server is not None:
                room.server.reload_seats()  # its certificate is trusted from the next connection
    room.call(on_room_thread)
    return request.fingerprint


def _append(log_file: IO[bytes] | None, line: bytes) -> None:
    try:
        if log_file is not None:
            log_file.write(line)
            log_file.flush()
    except (OSError, ValueError):
        pass  # the log was closed with the station: the line is not needed any more
