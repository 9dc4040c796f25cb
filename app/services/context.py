"""Wires the services of one home together; built once at start by app.main.

Each service is made, and its module imported, the first time something asks for it: the
desktop app's first screen needs the home's settings and a glance at its accounts, not the
ORM, the crypto library or the testing room's network, and it shows before any of those load.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.clock import Clock, utc_now
from app.services.home import Home

if TYPE_CHECKING:
    from app.crypto.keystore import PassphraseSource
    from app.services.accounts import AccountService
    from app.services.credentials import CredentialService
    from app.services.delivery import DeliveryService
    from app.services.evaluation import EvaluationService
    from app.services.keys import KeyService
    from app.services.local_seats import LocalSeats
    from app.services.marking import MarkingService
    from app.services.packages import PackageService
    from app.services.proctoring import ProctorService
    from app.services.release import ReleaseService
    from app.services.reports import ReportService
    from app.services.results import ResultsService
    from app.services.room import RoomService
    from app.services.seat import SeatService
    from app.services.station import StationService
    from app.services.tablet import TabletService
    from app.services.transfer import TransferService
    from app.store.database import Database


class Services:
    """The services of one home. Each attribute is a service made on first use, once; `close`
    ends only those that were made."""

    def __init__(self, home: Home, passphrase: PassphraseSource, clock: Clock = utc_now,
                 keyring_backend: object | None = None, database_url: str | None = None) -> None:
        self.home, self.clock = home, clock
        self._passphrase, self._keyring_backend, self._database_url = passphrase, keyring_backend, database_url

    def _made(self, name: str) -> bool:
        return name in self.__dict__

    def _database(self) -> Database:
        """The station database, opened on first use and shared by the services."""
        return self.station.db

    # -- the services ----------------------------------------------------------------------------
    @cached_property
    def keys(self) -> KeyService:
        from app.services.keys import KeyService
        return KeyService(self.home, self._passphrase, self._keyring_backend)

    @cached_property
    def station(self) -> StationService:
        """`database_url`: the body's central database (SQLite or PostgreSQL); default the home's file."""
        from app.services.station import StationService
        return StationService(self.home, self.clock, self._database_url)

    @cached_property
    def home_station(self) -> StationService | None:
        """The home's own database when --db points elsewhere (results recorded at this home)."""
        if not self._database_url:
            return None
        from app.services.station import StationService
        return StationService(self.home, self.clock)

    @cached_property
    def accounts(self) -> AccountService:
        from app.services.accounts import AccountService
        return AccountService(self._database, self.clock, session_audit=lambda: self.keys.session_audit_chain(),
                              at_a_glance=self._admin_at_a_glance)

    def _admin_at_a_glance(self) -> bool | None:
        """Whether the home's database holds an administrator, read from its file without opening
        it properly (no ORM, no migration); None once it is open or when it is elsewhere."""
        if self._database_url or (self._made("station") and self.station.is_open()):
            return None
        from app.store.first_look import has_account_with_role
        return has_account_with_role(self.home.database_path, "admin")

    @cached_property
    def delivery(self) -> DeliveryService:
        from app.services.delivery import DeliveryService
        return DeliveryService(self._database, self.clock, chain=lambda: self.keys.attempt_chain())

    @cached_property
    def results(self) -> ResultsService:
        from app.services.results import ResultsService
        home_station = self.home_station or self.station
        return ResultsService(self.keys, self._database, self.clock, home_database=lambda: home_station.db)

    @cached_property
    def packages(self) -> PackageService:
        from app.services.packages import PackageService
        return PackageService(self.keys, self.clock, on_built=lambda *built, **named: self.results.record_built(*built, **named))

    @cached_property
    def evaluation(self) -> EvaluationService:
        from app.services.evaluation import EvaluationService
        return EvaluationService(self._database, self.accounts, self.delivery, self.clock)

    @cached_property
    def room(self) -> RoomService:
        from app.services.room import RoomService
        return RoomService(self.keys, lambda: self.home.home_id, self._database, self.accounts, self.clock,
                           self.evaluation, self.delivery)

    @cached_property
    def release(self) -> ReleaseService:
        from app.services.release import ReleaseService
        return ReleaseService(self._database, self.results.exam, self.home, self.clock)

    @cached_property
    def proctoring(self) -> ProctorService:
        from app.services.proctoring import ProctorService
        return ProctorService(self.delivery, self.accounts)

    @cached_property
    def transfer(self) -> TransferService:
        from app.services.transfer import TransferService
        return TransferService(self.keys, self.delivery)

    @cached_property
    def seat(self) -> SeatService:
        from app.services.seat import SeatService
        return SeatService(self.home)

    @cached_property
    def reports(self) -> ReportService:
        from app.services.reports import ReportService
        return ReportService(self._database, self.results.exam, self.home)

    @cached_property
    def credentials(self) -> CredentialService:
        from app.services.credentials import CredentialService
        return CredentialService(self.keys, self.results, self._database, self.release, self.clock)

    @cached_property
    def local_seats(self) -> LocalSeats | None:
        """Single-computer mode's seats."""
        from app.services.local_seats import LocalSeats
        return LocalSeats(self.home.root, self.room, self.accounts)

    @cached_property
    def tablet(self) -> TabletService:
        """This home as an evaluator's tablet."""
        from app.services.tablet import TabletService
        return TabletService(self.home)

    @cached_property
    def marking(self) -> MarkingService:
        """Marking at the body, on the same database, results and accounts as the rest."""
        from app.services.marking import MarkingService
        return MarkingService(self._database, self.results, self.accounts, self.results.clock)

    # -- what the first screen asks, without making a service ------------------------------------
    def is_seat(self) -> bool:
        """This computer was set up as a candidate workstation (the app opens the seat's screen)."""
        return self.home.config().get("machine") == "seat"

    def has_role(self, role: str) -> bool:
        """This home holds its own keys for `role` (read from its settings; nothing unlocked)."""
        return role in self.home.config()["roles"]

    def supply_passphrase(self, phrase: str) -> None:
        """The GUI's answer to PassphraseNeeded; used until the keys are unlocked."""
        from app.services.passphrase import PassphraseHolder
        source = self.keys.passphrase
        if not isinstance(source, PassphraseHolder):
            raise TypeError("this home's passphrase comes from the terminal, not the GUI")
        source.value = phrase

    def close(self) -> None:
        """Ends what was made: the local seats before the room (they end while the station still
        answers), then the room and the databases."""
        for name in ("local_seats", "room", "station", "home_station"):
            made = self.__dict__.get(name)
            if made is not None:
                made.close()


def create_services(home_root: Path, passphrase: PassphraseSource, clock: Clock = utc_now,
                    keyring_backend: object | None = None, database_url: str | None = None) -> Services:
    """`database_url`: the body's central database (SQLite or PostgreSQL); default the home's file."""
    return Services(Home.open(home_root), passphrase, clock, keyring_backend, database_url)

