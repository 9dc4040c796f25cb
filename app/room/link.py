"""One TLS 1.3 link of the room, as asyncio streams: contexts, the opening byte, framed messages.

A connection starts with one clear byte saying what it is for: `R` (a paired seat,
mutually authenticated) or `P` (pairing: the station is authenticated by TLS, the seat
by the code a person confirms). Then TLS starts, and only framed messages follow.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import tempfile
from pathlib import Path

from app.crypto.tls_identity import TlsIdentity
from app.room import wire

ROOM, PAIRING, READY = b"R", b"P", b"K"
DEFAULT_PORT = 47031
HANDSHAKE_SECONDS = 10


def _load_identity(context: ssl.SSLContext, identity: TlsIdentity) -> None:
    """`ssl` reads keys only from files: write both to a private temporary folder, load, delete.
    The key file is encrypted under the identity's password when it has one."""
    with tempfile.TemporaryDirectory(prefix="examstation-tls-") as folder:
        certificate, key = Path(folder, "cert.pem"), Path(folder, "key.pem")
        for path, data in ((certificate, identity.certificate_pem), (key, identity.key_pem)):
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
        context.load_cert_chain(certificate, key, password=identity.password or None)


def station_context(identity: TlsIdentity, seat_certificates: list[bytes]) -> ssl.SSLContext:
    """The station's side of room links: only seats whose certificates were paired get in."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    _load_identity(context, identity)
    context.verify_mode = ssl.CERT_REQUIRED
    if seat_certificates:
        context.load_verify_locations(cadata="\n".join(c.decode("ascii") for c in seat_certificates))
    return context


def pairing_server_context(identity: TlsIdentity) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    _load_identity(context, identity)
    return context


def seat_context(identity: TlsIdentity, station_certificate: bytes | None) -> ssl.SSLContext:
    """A seat's side: it presents its own certificate and accepts only the station it paired with.
    Without a station certificate (pairing), any station is accepted and a person compares codes."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False  # pinned certificates, not names: a room has no DNS
    if station_certificate is None:
        context.verify_mode = ssl.CERT_NONE
    else:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cadata=station_certificate.decode("ascii"))
    _load_identity(context, identity)
    return context


async def open_tls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, purpose: bytes,
                   context: ssl.SSLContext) -> None:
    """The seat's side of the opening: say what the link is for, wait for the station's go, start TLS."""
    writer.write(purpose)
    await writer.drain()
    if await asyncio.wait_for(reader.readexactly(1), HANDSHAKE_SECONDS) != READY:
        raise ConnectionError("the other side is not an ExamStation station")
    await asyncio.wait_for(writer.start_tls(context), HANDSHAKE_SECONDS)


async def read_message(reader: asyncio.StreamReader) -> dict:
    header = await reader.readexactly(wire.HEADER.size)
    body = await reader.readexactly(wire.frame_length(header))
    return wire.decode(body)


async def write_message(writer: asyncio.StreamWriter, message: dict) -> None:
    writer.write(wire.encode(message))
    await writer.drain()


def peer_certificate(writer: asyncio.StreamWriter) -> bytes | None:
    ssl_object = writer.get_extra_info("ssl_object")
    return ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None


async def close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), 1)
    except (OSError, ssl.SSLError, asyncio.TimeoutError, ConnectionError):
        pass
