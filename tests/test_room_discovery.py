"""Finding the proctor station by mDNS/DNS-SD over real multicast sockets on loopback: a station
announces its open room and seats list it; a room that closes disappears from the list; two
stations of one name stay apart; a machine that cannot announce says so and the room still
opens; announcements are read defensively (fuzzed); `seat --pair` with no address.

Each test announces under a service type of its own, so parallel tests (and rooms opened by
other tests under the real type) never see each other's stations."""

from __future__ import annotations

import ipaddress
import secrets
import select
import socket
import sys
import threading
import time
from contextlib import contextmanager

import ifaddr
import pytest
from hypothesis import given, settings, strategies as st
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from app.crypto.tls_identity import certificate_fingerprint
from app.services.room_station import StationRoom
from app.room.discovery import (
    PROTOCOL_VERSION, SERVICE_TYPE_ENV, FoundStation, StationAdvertiser, StationBrowser, StationRefused, browse,
    read_station, read_txt,
)
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.room_helpers import open_session, wait_for

LOOPBACK = ["127.0.0.1"]
IP_MULTICAST_ALL = 49  # from linux/in.h (Python's socket module does not name it)
FINGERPRINT = "0123456789abcdef" * 4


@pytest.fixture
def kind(monkeypatch) -> str:
    """A service type no other test uses (a DNS-SD service name is at most 15 characters)."""
    chosen = f"_es-{secrets.token_hex(5)}._tcp.local."
    monkeypatch.setenv(SERVICE_TYPE_ENV, chosen)
    return chosen


@pytest.fixture
def browser(kind):
    found = StationBrowser(LOOPBACK, kind)
    found.start()
    assert found.problem == "" and found.searching
    yield found
    found.stop()


def _txt(**fields: str) -> bytes:
    """A TXT record as zeroconf itself encodes it (the real encoder, not ours)."""
    return ServiceInfo("_x._tcp.local.", "x._x._tcp.local.", port=1, properties=fields).text


# -- on the network ----------------------------------------------------------------------------
def test_an_announced_station_is_listed_with_its_name_address_port_and_fingerprint(kind, browser) -> None:
    station = StationAdvertiser("Room 2 station", 47031, FINGERPRINT, "127.0.0.1", kind)
    station.start()
    try:
        wait_for(lambda: browser.stations(), what="the station in the list")
        assert browser.stations() == [FoundStation("Room 2 station", "Room 2 station", ("127.0.0.1",), 47031,
                                                   FINGERPRINT[:16])]
        assert browser.stations()[0].address == "127.0.0.1:47031"
        wait_for(lambda: station.announced_as == "Room 2 station", what="the name it was announced as")
        assert station.problem == ""
    finally:
        station.stop()
    wait_for(lambda: browser.stations() == [], what="the station withdrawn from the list")


def test_the_room_is_announced_while_open_and_disappears_when_the_proctor_closes_it(world, kind, browser) -> None:
    opened, session, _attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    try:
        wait_for(lambda: browser.stations(), what="the open room in the list")
        [found] = browser.stations()
        assert (found.name, found.address) == ("Station A", f"127.0.0.1:{room.port}")
        assert found.fingerprint == certificate_fingerprint(room.identity.certificate_pem)[:16]
        wait_for(lambda: world.center.room.announced() == ("Station A", ""), what="the station's own view")
    finally:
        world.center.room.close()
    assert world.center.room.announced() == ("", "")
    wait_for(lambda: browser.stations() == [], what="the closed room gone from the list")


def test_a_fake_announcement_leads_to_a_code_the_real_station_never_shows(world, kind, browser, tmp_path) -> None:
    """An impostor on the network copies the real station's name and fingerprint into its own
    announcement: a seat that picks it pairs with the impostor, the real station sees nobody
    asking, and the code is the impostor's, which no proctor at the real station can confirm."""
    opened, session, _attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    other = world.home("impostor")
    other.keys.init("center", "Impostor", store="file")
    other.keys.trust(world.body_file)
    impostor = StationRoom(lambda: other.station.db, other.accounts, opened, "s", other.keys.load("center"),
                           other.home.home_id, "Station A", other.delivery.clock)
    fake_port = impostor.start("127.0.0.1", 0)
    # The impostor writes its own announcement: its own instance label (an attacker picks any),
    # the real station's name and fingerprint in the TXT record, which is what a seat shows.
    fingerprint = certificate_fingerprint(room.identity.certificate_pem)[:16]
    fake = Zeroconf(interfaces=["127.0.0.1"], ip_version=IPVersion.V4Only)
    fake.register_service(ServiceInfo(kind, f"Impostor {secrets.token_hex(3)}.{kind}", port=fake_port,
                                      parsed_addresses=["127.0.0.1"], server="impostor.local.",
                                      properties={"v": "1", "fp": fingerprint, "name": "Station A"}))
    seat = world.home("seat")
    shown: list[str] = []
    try:
        wait_for(lambda: len(browser.stations()) == 2, what="the real and the fake announcement")
        real, copy = sorted(browser.stations(), key=lambda s: s.port != room.port)
        assert copy.port == fake_port and (copy.name, copy.fingerprint) == (real.name, real.fingerprint)
        pairing = threading.Thread(target=lambda: seat.seat.pair(copy.address, lambda code, *_: shown.append(code)))
        pairing.start()
        wait_for(lambda: impostor.pairing_asks() and shown, what="the seat asking the impostor")
        [ask] = impostor.pairing_asks()
        assert ask.code == shown[0] and room.pairing_asks() == []  # the real station shows no code at all
        impostor.decide_pairing(ask.fingerprint, False)
        pairing.join(10)
        assert seat.seat.pairing() is None
    finally:
        fake.close()
        impostor.stop()
        world.center.room.close()


def test_two_stations_with_one_name_are_both_listed_under_unique_names(kind, browser) -> None:
    first = StationAdvertiser("Proctor station", 47031, FINGERPRINT, "127.0.0.1", kind)
    second = StationAdvertiser("Proctor station", 47032, "f" * 64, "127.0.0.1", kind)
    first.start()
    wait_for(lambda: first.announced_as, what="the first announcement")
    second.start()
    try:
        wait_for(lambda: len(browser.stations()) == 2, what="both stations")
        listed = browser.stations()
        assert {s.port for s in listed} == {47031, 47032} and {s.name for s in listed} == {"Proctor station"}
        assert len({s.instance for s in listed}) == 2
        wait_for(lambda: second.announced_as, what="the second announcement")
        assert second.announced_as != first.announced_as
    finally:
        first.stop()
        second.stop()


OTHER_VERSION = "It speaks room protocol version 2; this seat speaks 1. Install the same ExamStation version on both."


@contextmanager
def station_of_another_version(kind: str):
    """A station of a later ExamStation announcing itself (zeroconf directly: ours speaks version 1)."""
    other = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    try:
        other.register_service(ServiceInfo(kind, f"Future station.{kind}", port=47031, parsed_addresses=LOOPBACK,
                                           properties={"v": "2", "fp": FINGERPRINT[:16], "name": "Future"}))
        yield
    finally:
        other.close()


def test_a_station_speaking_another_protocol_version_is_not_listed_and_the_seat_says_why(kind, browser) -> None:
    with station_of_another_version(kind):
        wait_for(lambda: browser.refusals(), what="the refusal")
        assert browser.stations() == [] and browser.refusals() == [OTHER_VERSION]
    wait_for(lambda: browser.refusals() == [], what="the refusal forgotten once the station left")


def test_an_announcement_withdrawn_at_once_leaves_nothing_behind(kind, browser) -> None:
    threads = threading.active_count()
    station = StationAdvertiser("Brief", 47031, FINGERPRINT, "127.0.0.1", kind)
    station.start()
    station.stop()  # while zeroconf still probes for the name
    assert station.announced_as == "" and threading.active_count() == threads
    station.stop()  # twice is harmless (the room closes on shutdown too)


def _lan_address() -> str | None:
    return next((ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips
                 if ip.is_IPv4 and not ip.ip.startswith("127.")), None)


def _heard_on(lan: str, host: str, kind: str, seconds: float = 3.0) -> int:
    """mDNS packets about `kind` that arrive on the interface of `lan` while a station on `host`
    announces. Linux delivers a group's packets to every socket unless IP_MULTICAST_ALL is off;
    with it off, this socket hears only what arrives on the interface it joined on."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.setsockopt(socket.IPPROTO_IP, IP_MULTICAST_ALL, 0)
    listener.bind(("", 5353))
    listener.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
                        socket.inet_aton("224.0.0.251") + socket.inet_aton(lan))
    station = StationAdvertiser("Interface test", 47031, FINGERPRINT, host, kind)
    station.start()
    heard = 0
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if select.select([listener], [], [], 0.2)[0] and kind.split(".")[0].encode() in listener.recv(9000):
                heard += 1
        return heard
    finally:
        station.stop()
        listener.close()


@pytest.mark.skipif(sys.platform != "linux", reason="IP_MULTICAST_ALL is Linux's")
def test_a_room_is_announced_only_on_the_interfaces_it_listens_on(kind) -> None:
    lan = _lan_address()
    if lan is None:
        pytest.skip("this machine has no network interface besides loopback")
    assert _heard_on(lan, "127.0.0.1", kind) == 0  # a loopback room stays on loopback
    assert _heard_on(lan, "0.0.0.0", kind) > 0  # the control: a room on every interface is heard there


def test_a_machine_that_cannot_announce_says_so_in_plain_words_and_nothing_breaks() -> None:
    # 198.51.100.7 (TEST-NET-2) is no interface of this machine: joining multicast on it fails,
    # as it does on a machine without multicast.
    station = StationAdvertiser("Station", 47031, FINGERPRINT, "198.51.100.7")
    station.start()
    assert "Seats can still type the station's address" in station.problem
    assert station.announced_as == ""
    station.stop()
    seat = StationBrowser(["198.51.100.7"])
    seat.start()
    assert "Type the station's address instead" in seat.problem and not seat.searching
    assert seat.stations() == []
    seat.stop()


def test_a_timed_search_returns_what_answered_and_stops(kind) -> None:
    station = StationAdvertiser("Station B", 47040, FINGERPRINT, "127.0.0.1", kind)
    station.start()
    try:
        wait_for(lambda: station.announced_as, what="the announcement")
        threads = threading.active_count()
        found = browse(1.5, LOOPBACK, kind)
        assert [s.name for s in found.stations] == ["Station B"] and found.problem == ""
        assert threading.active_count() == threads  # the search's threads are gone
    finally:
        station.stop()


# -- the command line ----------------------------------------------------------------------------
def test_seat_pair_without_an_address_and_no_station_says_so_in_one_line(capsys, kind, tmp_path) -> None:
    status, out, err = run_inline(capsys, "--home", tmp_path / "seat", "seat", "--pair")
    assert "Looking for proctor stations" in out
    assert_one_line_refusal(status, err, "No proctor station answered", "UDP port 5353", "examstation seat --pair")


def test_seat_pair_without_an_address_pairs_with_the_one_station_found(capsys, world, kind, tmp_path) -> None:
    opened, session, _attempts = open_session(world, 1)
    room = world.center.room.open(opened, session, "Station A", host="127.0.0.1")
    accepted = threading.Event()

    def proctor() -> None:  # accepts the seat that asks (the code check is tested in test_room.py)
        wait_for(lambda: room.pairing_asks(), timeout=30, what="the seat asking")
        room.decide_pairing(room.pairing_asks()[0].fingerprint, True)
        accepted.set()

    helper = threading.Thread(target=proctor)
    helper.start()
    try:
        wait_for(lambda: world.center.room.announced()[0], what="the announcement")
        status, out, err = run_inline(capsys, "--home", tmp_path / "seat", "seat", "--name", "Seat 7", "--pair")
        helper.join(30)
        assert status == 0, err
        assert f"Found Station A at 127.0.0.1:{room.port}." in out and "Paired with Station A" in out
        assert accepted.is_set() and [s.paired.name for s in room.seats.values()] == ["Seat 7"]
    finally:
        helper.join(30)
        world.center.room.close()


def test_seat_pair_without_an_address_lists_several_stations_and_asks_for_one(capsys, kind, tmp_path) -> None:
    stations = [StationAdvertiser(name, port, FINGERPRINT, "127.0.0.1", kind)
                for name, port in (("Room 1", 47051), ("Room 2", 47052))]
    for station in stations:
        station.start()
    try:
        wait_for(lambda: all(s.announced_as for s in stations), what="both announcements")
        status, _out, err = run_inline(capsys, "--home", tmp_path / "seat", "seat", "--pair")
        assert_one_line_refusal(status, err, "2 proctor stations answered", "Room 1 at 127.0.0.1:47051",
                                "Room 2 at 127.0.0.1:47052", "examstation seat --pair 127.0.0.1:4705")
    finally:
        for station in stations:
            station.stop()


def test_seat_pair_without_an_address_says_why_a_station_found_cannot_be_used(capsys, kind, tmp_path) -> None:
    with station_of_another_version(kind):
        status, _out, err = run_inline(capsys, "--home", tmp_path / "seat", "seat", "--pair")
    assert_one_line_refusal(status, err, "Found a proctor station this seat cannot use: " + OTHER_VERSION,
                            "examstation seat --pair")


# -- reading announcements -------------------------------------------------------------------
def test_an_address_on_the_seats_own_network_comes_first() -> None:
    txt = _txt(v="1", fp="a" * 16, name="S")
    announced = ["127.0.0.1", "172.17.0.1", "10.1.2.3", "fd00::5"]
    seat_networks = [ipaddress.ip_network("10.1.0.0/16"), ipaddress.ip_network("fd00::/64")]
    assert read_station("S", announced, 1, txt, seat_networks).addresses == (
        "10.1.2.3", "fd00::5", "172.17.0.1", "127.0.0.1")
    assert read_station("S", announced, 1, txt).addresses == ("172.17.0.1", "10.1.2.3", "fd00::5", "127.0.0.1")


def test_a_good_announcement_is_read() -> None:
    txt = _txt(v=str(PROTOCOL_VERSION), fp="ABCDEF0123456789", name="  Room 3  ")
    station = read_station("Room 3", ["fe80::1", "127.0.0.1", "not an address", "192.168.1.20", "0.0.0.0"], 47031,
                           txt)
    assert station == FoundStation("Room 3", "Room 3", ("192.168.1.20", "fe80::1", "127.0.0.1"), 47031,
                                   "abcdef0123456789")


@pytest.mark.parametrize("txt, addresses, port, why", [
    (b"", ["127.0.0.1"], 1, "not an ExamStation proctor station"),
    (_txt(v="x1", fp="a" * 16, name="S"), ["127.0.0.1"], 1, "not an ExamStation proctor station"),
    (_txt(v="99", fp="a" * 16, name="S"), ["127.0.0.1"], 1, "version 99"),
    (_txt(v="1", fp="a" * 15, name="S"), ["127.0.0.1"], 1, "no valid certificate fingerprint"),
    (_txt(v="1", fp="g" * 16, name="S"), ["127.0.0.1"], 1, "no valid certificate fingerprint"),
    (_txt(v="1", fp="a" * 16, name=""), ["127.0.0.1"], 1, "name is empty"),
    (_txt(v="1", fp="a" * 16, name="Bell\x07"), ["127.0.0.1"], 1, "control characters"),
    (_txt(v="1", fp="a" * 16, name="x" * 61), ["127.0.0.1"], 1, "longer than 60"),
    (b"\x03v=1\x13fp=aaaaaaaaaaaaaaaa\x06name=\xff", ["127.0.0.1"], 1, "not readable text"),
    (_txt(v="1", fp="a" * 16, name="S"), ["127.0.0.1"], 0, "no valid port"),
    (_txt(v="1", fp="a" * 16, name="S"), ["127.0.0.1"], None, "no valid port"),
    (_txt(v="1", fp="a" * 16, name="S"), ["224.0.0.251", "bogus"], 1, "no address"),
    (b"\x05v=1", ["127.0.0.1"], 1, "cut short"),
])
def test_a_bad_announcement_is_refused_in_one_line(txt, addresses, port, why) -> None:
    with pytest.raises(StationRefused) as refusal:
        read_station("x", addresses, port, txt)
    assert why in str(refusal.value) and "\n" not in str(refusal.value)


def test_txt_keys_follow_rfc_6763() -> None:
    # Case-insensitive keys, the first of a repeated key wins, empty and keyless strings are
    # ignored, a key without '=' has no value, a non-printable key is ignored.
    data = b"\x00\x04=abc\x03V=1\x03v=2\x04flag\x05\x01k=no\x04fp=A"
    assert read_txt(data) == {"v": b"1", "flag": None, "fp": b"A"}


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300), st.lists(st.text(max_size=40), max_size=4), st.none() | st.integers(-5, 70000))
def test_any_bytes_give_a_station_or_a_one_line_refusal(txt, addresses, port) -> None:
    try:
        station = read_station("x", addresses, port, txt)
    except StationRefused as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    assert 0 < station.port < 65536 and station.addresses and len(station.fingerprint) == 16
    assert station.name and station.name.isprintable()


FIELD = st.sampled_from(["v", "fp", "name", "V", "Name", "other", ""])
VALUE = st.one_of(st.sampled_from(["1", "0", "a" * 16, "0123456789ABCDEF", "Room 1"]), st.text(max_size=70))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(FIELD, VALUE, max_size=6))
def test_near_miss_announcements_give_a_station_or_a_one_line_refusal(fields) -> None:
    try:
        txt = _txt(**fields)
    except Exception:  # a value zeroconf itself will not encode (over 255 bytes) never reaches a seat
        return
    try:
        station = read_station("x", ["10.0.0.5"], 47031, txt)
    except StationRefused as refusal:
        assert "\n" not in str(refusal)
        return
    first_name = next(value for key, value in fields.items() if key.lower() == "name")  # the first one wins
    assert station.address == "10.0.0.5:47031" and station.name == first_name.strip()
