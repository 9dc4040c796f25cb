"""Pairing a seat with a station: the short code both screens show.

The seat reaches the station over TLS without knowing its certificate yet; both then
know both certificates and two random nonces, and each computes the same six-digit
code from them. A person compares the codes on the two screens (as Bluetooth's
numeric comparison does): a machine in the middle would have to present its own
certificate to at least one side, which changes that side's code.
"""

from __future__ import annotations

import hashlib

from app.crypto.tls_identity import certificate_fingerprint

CODE_DIGITS = 6


def pairing_code(station_certificate: bytes, seat_certificate: bytes, station_nonce: str, seat_nonce: str) -> str:
    material = "|".join(("examstation-room-pairing-v1", certificate_fingerprint(station_certificate),
                         certificate_fingerprint(seat_certificate), station_nonce, seat_nonce))
    number = int.from_bytes(hashlib.sha256(material.encode("ascii")).digest()[:8], "big") % 10**CODE_DIGITS
    return f"{number:0{CODE_DIGITS}d}"


def show_code(code: str) -> str:
    """'123 456': easier to read aloud and compare."""
    return f"{code[:3]} {code[3:]}"
