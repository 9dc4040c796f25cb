"""Finding the proctor station on the LAN by mDNS/DNS-SD (the `zeroconf` library).

Discovery is only a convenience that fills in the station's address: the pairing code a
person compares and the pinned TLS certificates still decide trust. A fake announcement
leads a seat to a machine whose pairing code does not match the station's screen.

The station announces `_examstation._tcp.local.` while its room is open, only on the
interfaces the room listens on. TXT records carry a protocol version, the first 16 hex
digits of the station certificate's SHA-256 and the station's name: nothing secret.
Announcements come from anyone on the network, so `read_station` trusts no byte of them.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import socket
import threading
import time
import unicodedata
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Iterable

import ifaddr
from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_examstation._tcp.local."
SERVICE_TYPE_ENV = "EXAMSTATION_ROOM_SERVICE"  # another type keeps a training room apart (and tests)
PROTOCOL_VERSION = 1
FINGERPRINT_DIGITS = 16
NAME_LIMIT = 60
INSTANCE_BYTES = 56       # DNS labels are at most 63 bytes; zeroconf may add "-2" to make one unique
LOOKUP_MS = 3000          # how long to wait for a found station's address and TXT record
NO_MULTICAST = ("Seats cannot find this station by themselves (this computer cannot announce it on the "
                "network: {why}). Seats can still type the station's address.")


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class StationRefused(ValueError):
    """An announcement that is not a usable station; the message is one plain line."""


@dataclass(frozen=True)
class FoundStation:
    instance: str                 # the DNS-SD service name: unique on the network
    name: str                     # the station's name as the proctor set it
    addresses: tuple[str, ...]    # loopback last
    port: int
    fingerprint: str              # first 16 hex digits of the station certificate's SHA-256

    @property
    def address(self) -> str:
        """What a person would type: 'host:port' (IPv6 in brackets)."""
        host = self.addresses[0]
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"


def service_type() -> str:
    """The DNS-SD type stations announce; EXAMSTATION_ROOM_SERVICE may name another (`_name._tcp.local.`)."""
    return os.environ.get(SERVICE_TYPE_ENV) or SERVICE_TYPE


# -- reading announcements (anything may arrive) ------------------------------------------------
def read_txt(data: bytes) -> dict[str, bytes | None]:
    """A TXT record's strings as {key: value} (RFC 6763 section 6): keys are case-insensitive,
    the first of a repeated key wins, strings without a key are ignored, a key without '='
    has no value. Raises StationRefused when the length bytes do not add up."""
    found: dict[str, bytes | None] = {}
    position = 0
    while position < len(data):
        length = data[position]
        chunk = data[position + 1:position + 1 + length]
        if len(chunk) != length:
            raise StationRefused("Its announcement is cut short.")
        position += 1 + length
        key, equals, value = chunk.partition(b"=")
        if not key or any(not 0x20 <= b <= 0x7E for b in key):
            continue
        found.setdefault(key.decode("ascii").lower(), value if equals else None)
    return found


def read_station(instance: str, addresses: Iterable[str], port: int | None, txt: bytes,
                 networks: Iterable[Network] = ()) -> FoundStation:
    """A station from what a DNS-SD lookup returned, or StationRefused saying in one line why not.
    Addresses in one of `networks` (this seat's own) come first: a station with several
    interfaces announces them all, and only one may be on the seat's network."""
    fields = read_txt(txt)
    version = fields.get("v") or b""
    if not version.isdigit() or len(version) > 6:
        raise StationRefused("It is not an ExamStation proctor station (no protocol version).")
    if int(version) != PROTOCOL_VERSION:
        raise StationRefused(f"It speaks room protocol version {int(version)}; this seat speaks "
                             f"{PROTOCOL_VERSION}. Install the same ExamStation version on both.")
    fingerprint = (fields.get("fp") or b"").decode("ascii", "replace").lower()
    if len(fingerprint) != FINGERPRINT_DIGITS or any(c not in "0123456789abcdef" for c in fingerprint):
        raise StationRefused("Its announcement has no valid certificate fingerprint.")
    name = _station_name(fields.get("name"))
    if port is None or not 0 < port < 65536:
        raise StationRefused("Its announcement has no valid port.")
    usable = _addresses(addresses, tuple(networks))
    if not usable:
        raise StationRefused("Its announcement has no address this seat can use.")
    return FoundStation(instance, name, usable, port, fingerprint)


def _station_name(raw: bytes | None) -> str:
    try:
        name = (raw or b"").decode("utf-8").strip()
    except UnicodeDecodeError:
        raise StationRefused("Its name is not readable text.") from None
    if not name or len(name) > NAME_LIMIT or any(unicodedata.category(c).startswith("C") for c in name):
        raise StationRefused(f"Its name is empty, longer than {NAME_LIMIT} characters or has control characters.")
    return name


def local_networks() -> list[Network]:
    """The networks this machine's interfaces are on, loopback aside (to prefer a station's address on them)."""
    found: list[Network] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            try:
                host = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
                network = ipaddress.ip_network(f"{host}/{ip.network_prefix}", strict=False)
            except ValueError:
                continue
            if not network.is_loopback:  # loopback is every machine's own: it says nothing about the LAN
                found.append(network)
    return found


def _addresses(candidates: Iterable[str], networks: tuple[Network, ...] = ()) -> tuple[str, ...]:
    seen: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for text in candidates:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if not (address.is_unspecified or address.is_multicast) and address not in seen:
            seen.append(address)
    # On this seat's own network first, then any LAN address, loopback last; IPv4 before IPv6.
    seen.sort(key=lambda a: (not any(a in n for n in networks if n.version == a.version), a.is_loopback, a.version))
    return tuple(str(a) for a in seen)


# -- the station's side ------------------------------------------------------------------------
def _interfaces_of(host: str) -> tuple[InterfaceChoice | list[str], list[str]]:
    """Where to announce and which addresses to announce, for a room listening on `host`."""
    if host in ("", "0.0.0.0"):
        lan = sorted({str(ip.ip) for adapter in ifaddr.get_adapters() for ip in adapter.ips
                      if ip.is_IPv4 and not str(ip.ip).startswith("127.")})
        return InterfaceChoice.All, lan or ["127.0.0.1"]
    address = socket.gethostbyname(host)  # a name: the address the room listens on
    return [address], [address]


class StationAdvertiser:
    """Announces one open room. `start` never raises: `problem` says in plain words why seats
    cannot find the station by themselves (they can still type its address)."""

    def __init__(self, name: str, port: int, fingerprint: str, host: str = "0.0.0.0",
                 kind: str | None = None) -> None:
        self.name, self.port, self.host = name.strip() or "Proctor station", port, host
        self.kind = kind or service_type()
        self.fingerprint = fingerprint[:FINGERPRINT_DIGITS].lower()
        self.problem = ""
        self._zeroconf: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._registered: Future | None = None

    def start(self) -> None:
        try:
            interfaces, addresses = _interfaces_of(self.host)
            self._info = ServiceInfo(
                self.kind, f"{_label(self.name)}.{self.kind}", port=self.port, parsed_addresses=addresses,
                properties={"v": str(PROTOCOL_VERSION), "fp": self.fingerprint, "name": self.name[:NAME_LIMIT]},
                server=f"examstation-{self.fingerprint[:8]}.local.")
            self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        except Exception as error:  # no multicast route, no such interface, a bad name: never fails the room
            self.problem = NO_MULTICAST.format(why=_why(error))
            log.warning("room: not announced on the network: %s", error)
            self.stop()
            return
        # Probing for a name clash takes about two seconds: the room is usable meanwhile.
        loop = self._zeroconf.loop
        assert loop is not None  # Zeroconf starts its own loop thread when made
        self._registered = asyncio.run_coroutine_threadsafe(
            self._zeroconf.async_register_service(self._info, allow_name_change=True), loop)
        self._registered.add_done_callback(self._check_registered)

    def _check_registered(self, done: Future) -> None:
        error = None if done.cancelled() else done.exception()
        if error is not None:
            self.problem = NO_MULTICAST.format(why=_why(error))
            log.warning("room: announcement failed: %s", error)

    @property
    def announced_as(self) -> str:
        """The instance name seats see (made unique on the network), or '' when not announced."""
        registered = self._registered
        if self.problem or self._zeroconf is None or self._info is None or registered is None \
                or not registered.done() or registered.cancelled() or registered.exception() is not None:
            return ""  # not announced (yet, any more, or at all)
        return self._info.name[:-len(self.kind) - 1]

    def stop(self) -> None:
        """Withdraw the announcement (seats' lists drop the station at once) and close the sockets."""
        zeroconf, self._zeroconf = self._zeroconf, None
        if self._registered is not None and not self._registered.done():
            self._registered.cancel()
        if zeroconf is not None:
            zeroconf.close()  # sends the goodbye for every service it registered


def _label(name: str) -> str:
    """An instance label of at most INSTANCE_BYTES bytes of UTF-8, without dots or control characters."""
    clean = "".join(" " if c == "." or unicodedata.category(c).startswith("C") else c for c in name).strip()
    while len(clean.encode("utf-8")) > INSTANCE_BYTES:
        clean = clean[:-1]
    return clean or "Proctor station"


def _why(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


# -- the seat's side ---------------------------------------------------------------------------
class StationBrowser:
    """The stations announced on the network, updated as they come and go. `stations()` may be
    read from any thread; `start` never raises (`problem` says why nothing can be found)."""

    def __init__(self, interfaces: list[str] | None = None, kind: str | None = None) -> None:
        self.interfaces, self.kind = interfaces, kind or service_type()
        self.problem = ""
        self.refused: dict[str, str] = {}   # instance -> why its announcement is not usable
        self._found: dict[str, FoundStation] = {}
        self._lock = threading.Lock()
        self._zeroconf: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._networks: tuple[Network, ...] = ()

    def start(self) -> None:
        try:
            self._networks = tuple(local_networks())
            self._zeroconf = Zeroconf(interfaces=self.interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
            self._browser = ServiceBrowser(self._zeroconf, self.kind, handlers=[self._changed])
        except Exception as error:  # no multicast, no such interface: the typed address still works
            self.problem = ("This computer cannot search the network for proctor stations ({why}). Type the "
                            "station's address instead.").format(why=_why(error))
            log.warning("seat: cannot browse for stations: %s", error)
            self.stop()

    @property
    def searching(self) -> bool:
        return self._browser is not None

    def stations(self) -> list[FoundStation]:
        with self._lock:
            return sorted(self._found.values(), key=lambda s: (s.name.casefold(), s.instance))

    def refusals(self) -> list[str]:
        """Why announcements seen were not usable (each reason once)."""
        with self._lock:
            return sorted(set(self.refused.values()))

    def stop(self) -> None:
        browser, self._browser = self._browser, None
        zeroconf, self._zeroconf = self._zeroconf, None
        if browser is not None:
            browser.cancel()  # joins the browser's thread
        if zeroconf is not None:
            zeroconf.close()

    def _changed(self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        """Runs on the browser's own thread (a lookup may wait there for up to LOOKUP_MS)."""
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(name, None)
                self.refused.pop(name, None)
            return
        info = ServiceInfo(service_type, name)
        try:
            answered = info.request(zeroconf, LOOKUP_MS)
        except Exception as error:  # the search is stopping: zeroconf refuses new questions
            log.debug("seat: lookup of %r stopped: %s", name, error)
            return
        if not answered:
            return  # it went away, or its answer was lost; the next announcement tries again
        instance = name[:-len(service_type) - 1] if name.endswith("." + service_type) else name
        try:
            station = read_station(instance, info.parsed_addresses(IPVersion.V4Only), info.port, info.text or b"",
                                   self._networks)
        except StationRefused as refusal:
            with self._lock:
                self._found.pop(name, None)
                self.refused[name] = str(refusal)
            return
        with self._lock:
            self._found[name] = station
            self.refused.pop(name, None)


@dataclass(frozen=True)
class Search:
    """What one timed search found (for a command line)."""

    stations: list[FoundStation]
    problem: str          # why nothing could be searched, or ''
    refused: list[str]    # why some announcements were not usable


def browse(seconds: float, interfaces: list[str] | None = None, kind: str | None = None) -> Search:
    """Search the network for `seconds`: every station that answers in that time."""
    browser = StationBrowser(interfaces, kind)
    browser.start()
    deadline = time.monotonic() + seconds
    try:
        while browser.searching and time.monotonic() < deadline:
            time.sleep(0.1)
        return Search(browser.stations(), browser.problem, browser.refusals())
    finally:
        browser.stop()
