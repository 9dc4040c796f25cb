"""A seat's end of the room: keeps one TLS link to its paired station, reconnecting
after any failure, and hands messages across threads through queues.

The link never decides anything: the seat's engine (services.seat) reads `inbox`,
and answers `hello()` with what it holds each time the link (re)connects.
"""

from __future__ import annotations

import asyncio
import base64
import queue
import secrets
import ssl
import threading
import time
from concurrent.futures import Future, TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Callable

from app.domain.errors import WordedError, template
from app.crypto.tls_identity import TlsIdentity, certificate_pem_from_der
from app.room import link, wire
from app.room.pairing import pairing_code
from app.room.station_server import PAIRING_SECONDS

RETRY_FIRST, RETRY_MAX = 0.1, 2.0


@dataclass(frozen=True)
class StationAddress:
    host: str
    port: int

    @classmethod
    def parse(cls, text: str) -> "StationAddress":
        host, _, port = text.strip().rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise AddressInvalid("'{text}' is not an address like {example}", text=text,
                                 example=f"192.168.1.20:{link.DEFAULT_PORT}")
        return cls(host.strip("[]"), int(port))

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


class AddressInvalid(WordedError, ValueError):
    """A station address that is not host:port, worded for the screen where it was typed."""


class SeatLink:
    def __init__(self, address: StationAddress, identity: TlsIdentity, station_certificate: bytes,
                 hello: Callable[[], dict], wake: Callable[[], None] = lambda: None) -> None:
        self.address, self.hello, self.wake = address, hello, wake
        self.inbox: "queue.SimpleQueue[dict]" = queue.SimpleQueue()
        self.connected = False
        self.changed_at = time.time()    # when `connected` last changed (wall time, for display only)
        self.last_problem = ""           # words: the screen shows them in its language
        self.last_detail = ""            # the protocol's own English, for a technician (a tooltip)
        self._context = link.seat_context(identity, station_certificate)
        self._writer: asyncio.StreamWriter | None = None
        self._media: dict[int, Future] = {}
        self._next_request = 0
        self._stopping = False
        self._task: asyncio.Task | None = None
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="seat-link", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping = True
        # Cancel again until the thread ends: on Python 3.11 asyncio.wait_for can swallow a
        # cancellation that arrives as the connection it waits for completes.
        deadline = time.monotonic() + 5
        while self._thread.is_alive() and time.monotonic() < deadline:
            try:
                self.loop.call_soon_threadsafe(self._cancel)
            except RuntimeError:
                break  # the loop has closed: the thread is ending
            self._thread.join(0.1)

    def _cancel(self) -> None:
        self._close_writer()
        if self._task is not None:
            self._task.cancel()

    def send(self, message: dict) -> None:
        """Queue a message for the station; dropped when offline (the engine resends on reconnect)."""
        if not self._stopping:
            self.loop.call_soon_threadsafe(self._write, wire.encode(message))

    def fetch_media(self, attempt: str, lease: str, path: str, timeout: float = 15) -> bytes:
        """Ask the station for one media file and wait for it (any thread but the link's)."""
        self._next_request += 1
        request = self._next_request
        future: Future[dict] = Future()  # the station's reply message
        self._media[request] = future
        try:
            self.send({"type": "media", "attempt": attempt, "lease": lease, "path": path, "request": request})
            reply = future.result(timeout)
        except FutureTimeout:
            raise OSError("the station did not send the file in time") from None
        finally:
            self._media.pop(request, None)
        if reply["error"]:
            raise OSError(reply["error"])
        try:
            return base64.b64decode(reply["data"], validate=True)
        except ValueError:
            raise OSError("the station sent a damaged file") from None

    def drop(self) -> None:
        """Cut the link now (it reconnects): used after a protocol error."""
        self.loop.call_soon_threadsafe(self._close_writer)

    # -- the loop --------------------------------------------------------------------
    def _write(self, frame: bytes) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write(frame)

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._task = self.loop.create_task(self._keep_connected())
        try:
            self.loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass  # stopped
        finally:
            self.loop.close()

    async def _keep_connected(self) -> None:
        delay = RETRY_FIRST
        while not self._stopping:
            started = time.monotonic()
            try:
                await self._session()
            except ssl.SSLError as error:
                self.last_problem, self.last_detail = template("The station refused this computer's certificate."), \
                    str(error)
            except wire.BadMessage as error:
                self.last_problem, self.last_detail = template(
                    "The station sent a message this computer cannot read. If it keeps happening, check that "
                    "the station and this computer run the same ExamStation version."), str(error)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError) as error:
                self.last_problem, self.last_detail = template("The station cannot be reached."), str(error)
            self._set_connected(False)
            if time.monotonic() - started > 5:
                delay = RETRY_FIRST  # it was up for a while: try again quickly
            await asyncio.sleep(delay)
            delay = min(RETRY_MAX, delay * 2)

    async def _session(self) -> None:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(self.address.host, self.address.port, limit=wire.MAX_FRAME + 8),
            link.HANDSHAKE_SECONDS)
        try:
            await link.open_tls(reader, writer, link.ROOM, self._context)
            await link.write_message(writer, self.hello())
            welcome = await asyncio.wait_for(link.read_message(reader), link.HANDSHAKE_SECONDS)
            if welcome["type"] != "welcome":
                raise wire.BadMessage("the station did not welcome this seat")
            if self._stopping:
                return
            self._writer = writer
            self._set_connected(True)
            self.last_problem = self.last_detail = ""
            while True:
                message = await link.read_message(reader)
                if message["type"] == "media_data":  # answered here: the screen waits for it
                    future = self._media.get(message["request"])
                    if future is not None and not future.done():
                        future.set_result(message)
                    continue
                self.inbox.put(message)
                self.wake()
        finally:
            self._writer = None
            await link.close(writer)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected, self.changed_at = connected, time.time()
            self.inbox.put({"type": "_link", "connected": connected})
            self.wake()


@dataclass(frozen=True)
class PairingOutcome:
    accepted: bool
    station_name: str
    center_name: str
    station_certificate: bytes


def pair(address: StationAddress, identity: TlsIdentity, seat_name: str,
         show_code: Callable[[str, str, str], None], timeout: float = PAIRING_SECONDS + 10,
         role: str = "seat") -> PairingOutcome:
    """Ask the station to pair; `show_code(code, station, center)` is called once both sides know
    the code, and this returns when the proctor has accepted or refused (or time ran out).
    `role`: "seat" (a candidate workstation) or "tablet" (an evaluator's tablet)."""
    return asyncio.run(asyncio.wait_for(_pair(address, identity, seat_name, show_code, role), timeout))


async def _pair(address: StationAddress, identity: TlsIdentity, seat_name: str,
                show_code: Callable[[str, str, str], None], role: str) -> PairingOutcome:
    context = link.seat_context(identity, None)
    reader, writer = await asyncio.wait_for(asyncio.open_connection(address.host, address.port),
                                            link.HANDSHAKE_SECONDS)
    try:
        await link.open_tls(reader, writer, link.PAIRING, context)
        der = link.peer_certificate(writer)
        if not der:
            raise wire.BadMessage("the station presented no certificate")
        presented = certificate_pem_from_der(der)
        nonce = secrets.token_hex(16)
        await link.write_message(writer, {"type": "pair", "seat_name": seat_name, "role": role,
                                          "certificate": identity.certificate_pem.decode("ascii"), "nonce": nonce})
        offer = await asyncio.wait_for(link.read_message(reader), link.HANDSHAKE_SECONDS)
        if offer["type"] != "pair_offer":
            raise wire.BadMessage("the station did not answer the pairing request")
        # The code covers the certificate TLS actually presented, not the one the message claims.
        code = pairing_code(presented, identity.certificate_pem, offer["nonce"], nonce)
        show_code(code, offer["station_name"], offer["center_name"])
        decided = await link.read_message(reader)
        if decided["type"] != "paired":
            raise wire.BadMessage("the station did not finish pairing")
        return PairingOutcome(bool(decided["accepted"]), decided["station_name"], decided["center_name"], presented)
    finally:
        await link.close(writer)
