"""A candidate workstation ("seat"): paired with one proctor station, it shows the
candidate the exam the station gives it, keeps every action in its own sealed journal
before saying "Saved", and streams the actions to the station, which stores them.

The attempt itself is services.seat_attempt.SeatAttempt.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
import socket
from dataclasses import dataclass
from typing import Any, Callable, Self

from app.crypto.tls_identity import TlsIdentity, new_tls_identity
from app.domain.errors import ExamStationError, template
from app.fsutil import atomic_write, private_folder
from app.room.seat_link import PairingOutcome, SeatLink, StationAddress, pair
from app.services.home import Home
from app.services.seat_attempt import SeatAttempt


class SeatNotPaired(ExamStationError):
    """This computer has not been paired with a station yet."""


@dataclass(frozen=True)
class SeatPairing:
    address: StationAddress
    station_name: str
    center_name: str
    station_certificate: bytes


class PairedDevice:
    """What a computer that pairs with the station keeps in its home: its own key and the station
    it paired with. A candidate workstation (SeatService) and an evaluator's tablet
    (services.tablet.TabletService) each add how they connect."""

    ROLE, FOLDER = "seat", "seat"  # services.tablet.TabletService pairs as "tablet", in its own folder

    def __init__(self, home: Home) -> None:
        self.home = home
        self.folder = home.root / self.FOLDER

    @classmethod
    def at(cls, root: Path) -> Self:
        """The seat of the home at `root` (a simulation's seats, each with a home of its own)."""
        return cls(Home.open(root))

    def identity(self) -> TlsIdentity:
        certificate, key = self.folder / "seat-cert.pem", self.folder / "seat-key.pem"
        if not certificate.exists() or not key.exists():
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            made = new_tls_identity(self.seat_name())
            atomic_write(key, made.key_pem, mode=0o600)
            atomic_write(certificate, made.certificate_pem, mode=0o600)
        return TlsIdentity(certificate.read_bytes(), key.read_bytes(), b"")

    def is_seat(self) -> bool:
        """This computer was set up as a candidate workstation (the app opens the seat's screen)."""
        return self.home.config().get("machine") == "seat"

    def make_seat(self) -> None:
        self.home.save_config({**self.home.config(), "machine": "seat"})

    def seat_name(self) -> str:
        return str(self.home.config().get("seat_name") or socket.gethostname()[:60] or "Seat")

    def set_seat_name(self, name: str) -> None:
        if not name.strip() or len(name.strip()) > 60:
            raise ExamStationError("A seat name is 1 to 60 characters.", "Type a name like 'Seat 12'.")
        self.home.save_config({**self.home.config(), "seat_name": name.strip()})

    def set_report_folder(self, folder: Path | None) -> None:
        """Where this seat's candidates save their score report (a station's local seats: that
        session's folder on the station's disk); None: the proctor prints it at the desk."""
        self.home.save_config({**self.home.config(), "report_folder": str(folder) if folder else None})

    def report_folder(self) -> Path | None:
        """The folder set by the station (made if missing: the station's disk may have been
        cleaned); None when none is set or it cannot be made, and the proctor prints instead.
        Each report is named by its attempt, so candidates never overwrite each other's."""
        base = self.home.config().get("report_folder")
        if not base:
            return None
        try:
            return private_folder(Path(base))
        except OSError:
            return None

    def pairing(self) -> SeatPairing | None:
        path = self.folder / "station.json"
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text("utf-8"))
            return SeatPairing(StationAddress.parse(data["address"]), data["station_name"], data["center_name"],
                               data["certificate"].encode("ascii"))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ExamStationError("This seat's pairing file is damaged.",
                                   "Pair the seat with the station again.") from error

    def pair(self, address: str, show_code: Callable[[str, str, str], None]) -> PairingOutcome:
        """Pair with the station at `address`; `show_code` shows the code the proctor must confirm."""
        try:
            where = StationAddress.parse(address)
        except ValueError as error:
            raise ExamStationError("The station address is not valid: {error}.",
                                   "Type it as shown on the station.", error=error) from error
        try:
            outcome = pair(where, self.identity(), self.seat_name(), show_code, role=self.ROLE)
        except (OSError, TimeoutError) as error:
            why = template("nothing answers there") if isinstance(error, ConnectionRefusedError) else \
                template("it did not answer in time") if isinstance(error, TimeoutError) else \
                template("the network refused")
            raise ExamStationError("The station at {where} cannot be reached: {why}.",
                                   "Check the network cable and that the proctor has opened the room.",
                                   where=where, why=why) from None
        if outcome.accepted:
            self.remember_station(SeatPairing(where, outcome.station_name, outcome.center_name,
                                              outcome.station_certificate))
        return outcome

    def remember_station(self, pairing: SeatPairing) -> None:
        """Keep the station this seat paired with (after the code step, or written by the station
        itself for a seat process it starts on its own computer)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(self.folder / "station.json", json.dumps({
            "address": str(pairing.address), "station_name": pairing.station_name,
            "center_name": pairing.center_name, "certificate": pairing.station_certificate.decode("ascii")},
            indent=2).encode(), mode=0o600)

    def station(self, address: str | None = None) -> tuple[StationAddress, SeatPairing]:
        """Where the paired station is (`address` overrides the one remembered) and its pairing."""
        pairing = self.pairing()
        if pairing is None:
            raise SeatNotPaired("This computer is not paired with a proctor station yet.",
                                "Pair it: the proctor opens the room, then you enter the station's address.")
        return (StationAddress.parse(address) if address else pairing.address), pairing


class SeatService(PairedDevice):
    """A candidate workstation."""

    def connect(self, wake: Callable[[], None] = lambda: None, address: str | None = None) -> "SeatSession":
        where, pairing = self.station(address)
        return SeatSession(self, where, pairing, wake)


class SeatSession:
    """The seat's live connection and the attempt it currently delivers."""

    def __init__(self, service: SeatService, address: StationAddress, pairing: SeatPairing,
                 wake: Callable[[], None]) -> None:
        self.service, self.pairing = service, pairing
        self.journals = service.folder / "journals"
        self.boot = secrets.token_hex(8)
        self.attempt: SeatAttempt | None = None
        self.waiting_reason = "Connecting to the proctor's station…"
        self.revoked_reason = ""
        self.refusals: list[str] = []
        self.changed = False
        self.link = SeatLink(address, service.identity(), pairing.station_certificate, self._hello, wake)

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.link.stop()
        if self.attempt is not None:
            self.attempt.journal.close()

    @property
    def connected(self) -> bool:
        return self.link.connected

    def _hello(self) -> dict:
        leases: dict[str, Any] = {}
        if self.journals.exists():
            for path in self.journals.glob("*.journal"):
                leases[path.stem] = {"fresh": True}
        if self.attempt is not None:
            leases[self.attempt.lease] = {"fresh": False, "elapsed_ms": self.attempt.timer.elapsed_ms(),
                                          "unsent": len(self.attempt.unacked)}
        return {"type": "hello", "seat_name": self.service.seat_name(), "boot": self.boot, "leases": leases}

    def poll(self) -> bool:
        """Take what the station sent (call often, on the thread that owns the screen).
        True when something the screen shows changed."""
        changed = False
        while True:
            try:
                message = self.link.inbox.get_nowait()
            except Exception:
                break
            changed = self._handle(message) or changed
        if self.attempt is not None:
            self.attempt.beat(self.link)
        return changed

    def _handle(self, message: dict) -> bool:
        kind = message["type"]
        if kind == "_link":
            return True
        if kind == "wait":
            self.waiting_reason = message["reason"]
            return True
        if kind == "assign":
            self._assigned(message)
            return True
        attempt = self.attempt
        if attempt is None or message.get("attempt") != attempt.attempt_id:
            return False
        if kind == "log":
            attempt.take_log(message)
            attempt.finish_if_done(self.journals)
            return True
        if kind == "refused":
            self.refusals.append(message["reason"])
            return True
        if kind == "revoked" and message["lease"] == attempt.lease:
            self.revoked_reason = message["reason"]
            attempt.journal.close()
            attempt.journal.path.unlink(missing_ok=True)
            self.attempt = None
            return True
        return False

    def _assigned(self, message: dict) -> None:
        if self.attempt is not None and self.attempt.lease == message["lease"]:
            self.attempt.take_assignment(message)
        else:
            if self.attempt is not None:
                self.attempt.journal.close()
            self.attempt = SeatAttempt.from_assignment(message, self.journals, self.link)
            self.revoked_reason = ""
        self.attempt.resend(self.link)
