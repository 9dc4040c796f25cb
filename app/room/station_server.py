"""The station's end of the room: accepts seats over TLS, hands their messages to the
backend (the services, which own the database) and pushes the backend's replies.

Everything runs on one asyncio loop in one thread, so the backend sees one message at
a time and never races itself; screens reach the backend through `call()`.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from app.crypto.tls_identity import TlsIdentity, certificate_fingerprint
from app.room import link, wire
from app.room.pairing import pairing_code

log = logging.getLogger(__name__)
PAIRING_SECONDS = 180
ROLES = ("seat", "tablet")  # a candidate workstation, or an evaluator's tablet


@dataclass
class PairingRequest:
    """A seat asking to join; the proctor compares `code` with the seat's screen and decides."""

    seat_name: str
    certificate: bytes
    code: str
    address: str
    # The proctor's answer, set on the room's loop; None for a seat the station itself started
    # on this computer (single-computer mode), which nobody has to confirm.
    decided: asyncio.Future | None = field(repr=False, default=None)
    role: str = "seat"

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)


class RoomBackend(Protocol):
    """What the station's services provide to the network (see services.room_station)."""

    def names(self) -> tuple[str, str]: ...                      # (station name, center name)
    def paired_certificates(self) -> list[bytes]: ...
    def is_paired(self, fingerprint: str) -> bool: ...
    def seat_connected(self, fingerprint: str, hello: dict) -> list[dict]: ...
    def seat_message(self, fingerprint: str, message: dict) -> list[dict]: ...
    def seat_disconnected(self, fingerprint: str) -> None: ...
    def refused(self, address: str, reason: str) -> None: ...
    def pairing_requested(self, request: PairingRequest) -> None: ...
    def pairing_decided(self, request: PairingRequest, accepted: bool) -> None: ...


class StationServer:
    def __init__(self, backend: RoomBackend, identity: TlsIdentity, host: str = "0.0.0.0", port: int = 0) -> None:
        self.backend, self.identity, self.host, self.port = backend, identity, host, port
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="room-station", daemon=True)
        self._ready = threading.Event()
        self._server: asyncio.base_events.Server | None = None
        self._writers: dict[str, asyncio.StreamWriter] = {}
        self._room_context: ssl.SSLContext | None = None
        self._pairing_context = link.pairing_server_context(identity)
        self._error: BaseException | None = None

    # -- life cycle (any thread) ------------------------------------------------
    def start(self) -> int:
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self.port

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    def call(self, function: Callable[[], Any], timeout: float = 30) -> Any:
        """Run `function` on the room's thread (where the backend lives) and return its result."""
        if threading.current_thread() is self._thread:
            return function()
        future: Future = Future()

        def run() -> None:
            try:
                future.set_result(function())
            except BaseException as error:  # handed back to the caller's thread
                future.set_exception(error)
        self.loop.call_soon_threadsafe(run)
        return future.result(timeout)

    def push(self, fingerprint: str, messages: list[dict]) -> None:
        """Send to a connected seat (room thread only); a seat that is not connected catches up later."""
        writer = self._writers.get(fingerprint)
        if writer is None or writer.is_closing():
            return
        for message in messages:
            writer.write(wire.encode(message))

    def connected(self) -> set[str]:
        return set(self._writers)

    def reload_seats(self) -> None:
        """Paired or unpaired seats take effect for the next connection (room thread)."""
        self._room_context = link.station_context(self.identity, self.backend.paired_certificates())

    def disconnect(self, fingerprint: str) -> None:
        writer = self._writers.pop(fingerprint, None)
        if writer is not None:
            writer.close()

    def decide_pairing(self, request: PairingRequest, accepted: bool) -> None:
        def decide() -> None:
            if request.decided is not None and not request.decided.done():  # a seat that gave up has one
                request.decided.set_result(accepted)
        self.loop.call_soon_threadsafe(decide)

    # -- the loop ----------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.reload_seats()
            self._server = self.loop.run_until_complete(
                asyncio.start_server(self._accept, self.host, self.port, limit=wire.MAX_FRAME + 8))
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as error:  # e.g. the port is taken: reported by start()
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        self.loop.run_forever()
        self.loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers.values()):
            writer.close()
        self._writers.clear()
        others = [t for t in asyncio.all_tasks(self.loop) if t is not asyncio.current_task()]
        for task in others:  # connections still being served: end them before the loop stops
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection, start to end. Cancelled when the room closes (_shutdown), it ends
        quietly: Python 3.11's server asks a cancelled connection's task for its exception and
        logs the CancelledError that asking raises, a traceback for every seat still connected."""
        try:
            await self._connection(reader, writer)
        except asyncio.CancelledError:
            pass

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        address = f"{peer[0]}:{peer[1]}" if peer else "unknown"
        try:
            purpose = await asyncio.wait_for(reader.readexactly(1), link.HANDSHAKE_SECONDS)
            if purpose in (link.ROOM, link.PAIRING):
                # The seat starts TLS only after this byte, so none of its TLS bytes sit in our
                # plain-text buffer when TLS starts here.
                writer.write(link.READY)
                await writer.drain()
            if purpose == link.ROOM:
                assert self._room_context is not None  # made in _run before the server accepts
                await asyncio.wait_for(writer.start_tls(self._room_context), link.HANDSHAKE_SECONDS)
                await self._serve_seat(reader, writer, address)
            elif purpose == link.PAIRING:
                await asyncio.wait_for(writer.start_tls(self._pairing_context), link.HANDSHAKE_SECONDS)
                await self._pair(reader, writer, address)
            else:
                self.backend.refused(address, "it does not speak the room's protocol")
        except ssl.SSLError as error:
            self.backend.refused(address, _tls_reason(error))
        except wire.BadMessage as error:
            self.backend.refused(address, f"it sent a message the station cannot read: {error}")
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError, OSError):
            pass  # the other side went away: it reconnects when it can
        finally:
            await link.close(writer)

    async def _serve_seat(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, address: str) -> None:
        der = link.peer_certificate(writer)
        fingerprint = certificate_fingerprint(der) if der else ""
        if not fingerprint or not self.backend.is_paired(fingerprint):
            self.backend.refused(address, "it is not paired with this station (or was removed)")
            return
        hello = await asyncio.wait_for(link.read_message(reader), link.HANDSHAKE_SECONDS)
        if hello["type"] != "hello":
            raise wire.BadMessage("a seat must start with hello")
        previous = self._writers.pop(fingerprint, None)
        if previous is not None:  # the same seat reconnected before the old link timed out
            previous.close()
        self._writers[fingerprint] = writer
        try:
            station_name, center_name = self.backend.names()
            await link.write_message(writer, {"type": "welcome", "station_name": station_name,
                                              "center_name": center_name})
            self.push(fingerprint, self.backend.seat_connected(fingerprint, hello))
            while True:
                message = await link.read_message(reader)
                self.push(fingerprint, self.backend.seat_message(fingerprint, message))
                await writer.drain()
                # Reading buffered messages does not yield to the loop: without this, one busy
                # seat would keep every other seat, the clock and the console waiting.
                await asyncio.sleep(0)
        finally:
            if self._writers.get(fingerprint) is writer:
                del self._writers[fingerprint]
                self.backend.seat_disconnected(fingerprint)

    async def _pair(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, address: str) -> None:
        asked = await asyncio.wait_for(link.read_message(reader), link.HANDSHAKE_SECONDS)
        if asked["type"] != "pair":
            raise wire.BadMessage("pairing must start with pair")
        try:
            seat_certificate = asked["certificate"].encode("ascii")
            certificate_fingerprint(seat_certificate)
        except (UnicodeError, ValueError):
            raise wire.BadMessage("the seat's certificate is damaged") from None
        role = asked.get("role", "seat")  # seats built before tablets existed do not say
        if role not in ROLES:
            raise wire.BadMessage(f"unknown role {role[:20]!r}")
        nonce = secrets.token_hex(16)
        station_name, center_name = self.backend.names()
        await link.write_message(writer, {"type": "pair_offer", "station_name": station_name,
                                          "center_name": center_name,
                                          "certificate": self.identity.certificate_pem.decode("ascii"),
                                          "nonce": nonce})
        code = pairing_code(self.identity.certificate_pem, seat_certificate, nonce, asked["nonce"])
        decided = self.loop.create_future()
        request = PairingRequest(asked["seat_name"][:60], seat_certificate, code, address, decided, role)
        self.backend.pairing_requested(request)
        try:
            accepted = await asyncio.wait_for(asyncio.shield(decided), PAIRING_SECONDS)
        except asyncio.TimeoutError:
            accepted = False
        self.backend.pairing_decided(request, accepted)
        if accepted:
            self.reload_seats()
        await link.write_message(writer, {"type": "paired", "station_name": station_name,
                                          "center_name": center_name,
                                          "certificate": self.identity.certificate_pem.decode("ascii"),
                                          "nonce": nonce, "accepted": accepted})


def _tls_reason(error: ssl.SSLError) -> str:
    text = str(error).lower()
    if "certificate" in text or "unknown ca" in text or "peer did not return" in text:
        return "it presented no certificate this station paired with"
    return "its secure connection failed"
