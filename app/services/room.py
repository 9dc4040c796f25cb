"""Opening a session's testing room on this station (built once in services.context)."""

from __future__ import annotations

from typing import Any, Callable

from app.crypto.tls_identity import certificate_fingerprint
from app.domain.errors import system_words
from app.formats.package_reader import OpenedPackage
from app.room.addresses import local_addresses
from app.room.discovery import StationAdvertiser
from app.room.link import DEFAULT_PORT
from app.room.pairing import show_code
from app.services.accounts import AccountService
from app.services.delivery import DeliveryService
from app.services.evaluation import EvaluationService
from app.services.packages import Clock
from app.services.room_station import RoomRefused, StationRoom
from app.services.room_tablet import TabletDesk
from app.store.database import Database


__all__ = ["DEFAULT_PORT", "RoomService", "local_addresses", "show_code"]  # what screens may use


class RoomService:
    """Opens the testing room of a session on this station (built once in services.context)."""

    def __init__(self, keys: Any, home_id: Callable[[], str], database: Callable[[], Database],
                 accounts: AccountService, clock: Clock, evaluation: EvaluationService,
                 delivery: DeliveryService) -> None:
        self._keys, self._home_id, self._database, self._accounts, self._clock = keys, home_id, database, accounts, clock
        self._evaluation, self._delivery = evaluation, delivery  # for evaluator tablets
        self.current: StationRoom | None = None
        self.announcement: StationAdvertiser | None = None  # seats find the open room by mDNS

    def open(self, opened: OpenedPackage, session_id: str, station_name: str = "Proctor station",
             host: str = "0.0.0.0", port: int = 0) -> StationRoom:
        """Start listening for seats; returns the room (its `port` is where seats connect)."""
        self.close()
        room = StationRoom(self._database, self._accounts, opened, session_id, self._keys.load("center"),
                           self._home_id(), station_name, self._clock, chain=self._keys.attempt_chain())
        room.tablets = TabletDesk(room, self._evaluation, self._delivery, self._accounts)
        try:
            room.port = room.start(host, port)
        except OSError as error:
            room.tablets.close()
            raise RoomRefused("The room cannot listen on port {port} ({why}).",
                              "Close the other program using it, or choose another port.",
                              port=port, why=system_words(error)) from None
        self.current = room
        self.announcement = StationAdvertiser(station_name, room.port,
                                              certificate_fingerprint(room.identity.certificate_pem), host)
        self.announcement.start()  # never fails the room: seats can always type the address
        return room

    def announced(self) -> tuple[str, str]:
        """(the name seats see in their list of stations, or '' while it is being announced;
        why seats cannot find the room by themselves, or '')."""
        if self.announcement is None:
            return "", ""
        return self.announcement.announced_as, self.announcement.problem

    def close(self) -> None:
        if self.announcement is not None:
            self.announcement.stop()
            self.announcement = None
        if self.current is not None:
            self.current.stop()
            self.current.tablets.close()
            self.current = None
