"""Wires the services of one home together; built once at start by app.main."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from app.crypto.keystore import PassphraseSource
from app.services.accounts import AccountService
from app.services.credentials import CredentialService
from app.services.delivery import DeliveryService
from app.services.evaluation import EvaluationService
from app.services.home import Home
from app.services.keys import KeyService, PassphraseHolder
from app.services.local_seats import LocalSeats
from app.services.proctoring import ProctorService
from app.services.release import ReleaseService
from app.services.reports import ReportService
from app.services.results import ResultsService
from app.services.marking import MarkingService
from app.services.room import RoomService
from app.services.seat import SeatService
from app.services.packages import Clock, PackageService, utc_now
from app.services.station import StationService
from app.services.tablet import TabletService
from app.services.transfer import TransferService


@dataclass
class Services:
    home: Home
    keys: KeyService
    packages: PackageService
    station: StationService = field(repr=False)
    delivery: DeliveryService = field(repr=False)
    accounts: AccountService = field(repr=False)
    proctoring: ProctorService = field(repr=False)
    evaluation: EvaluationService = field(repr=False)
    results: ResultsService = field(repr=False)
    transfer: TransferService = field(repr=False)
    room: RoomService = field(repr=False)
    seat: SeatService = field(repr=False)
    reports: ReportService = field(repr=False)
    credentials: CredentialService = field(repr=False)
    home_station: StationService | None = field(default=None, repr=False)  # when --db points elsewhere
    local_seats: LocalSeats | None = field(default=None, repr=False)       # single-computer mode's seats
    tablet: TabletService | None = field(default=None, repr=False)        # this home as an evaluator's tablet
    release: ReleaseService = field(default=None, repr=False)  # type: ignore[assignment]  # set by create_services

    def supply_passphrase(self, phrase: str) -> None:
        """The GUI's answer to PassphraseNeeded; used until the keys are unlocked."""
        source = self.keys.passphrase
        if not isinstance(source, PassphraseHolder):
            raise TypeError("this home's passphrase comes from the terminal, not the GUI")
        source.value = phrase

    def close(self) -> None:
        if self.local_seats is not None:
            self.local_seats.close()  # before the room: the seats end while the station still answers
        self.room.close()
        self.station.close()
        if self.home_station is not None:
            self.home_station.close()

    @cached_property
    def marking(self) -> MarkingService:
        """Marking at the body, on the same database, results and accounts as the rest."""
        return MarkingService(lambda: self.station.db, self.results, self.accounts, self.results.clock)


def create_services(home_root: Path, passphrase: PassphraseSource, clock: Clock = utc_now,
                    keyring_backend: object | None = None, database_url: str | None = None) -> Services:
    """`database_url`: the body's central database (SQLite or PostgreSQL); default the home's file."""
    home = Home.open(home_root)
    keys = KeyService(home, passphrase, keyring_backend)
    station = StationService(home, clock, database_url)
    database = lambda: station.db  # noqa: E731 - opened on first use, shared by the services
    delivery = DeliveryService(database, clock, chain=keys.attempt_chain)
    accounts = AccountService(database, clock, session_audit=keys.session_audit_chain)
    home_station = StationService(home, clock) if database_url else station
    results = ResultsService(keys, database, clock, home_database=lambda: home_station.db)
    packages = PackageService(keys, clock, on_built=results.record_built)
    evaluation = EvaluationService(database, accounts, delivery, clock)
    room = RoomService(keys, lambda: home.home_id, database, accounts, clock, evaluation, delivery)
    release = ReleaseService(database, results.exam, home, clock)
    return Services(home, keys, packages, station, delivery, accounts, ProctorService(delivery, accounts),
                    evaluation, results, TransferService(keys, delivery),
                    room, SeatService(home), ReportService(database, results.exam, release, home),
                    CredentialService(keys, results, database, release, clock),
                    home_station if home_station is not station else None,
                    LocalSeats(home.root, room, accounts), TabletService(home), release)
