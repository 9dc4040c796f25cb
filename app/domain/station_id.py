"""A station's id: which station of a center an attempt-move file is for.

Several stations of one center share the center's keys (`keys restore`), so a key cannot say
which station is which; each home draws its own id instead. A proctor reads it from one
screen and types it on another, so it is short, in Crockford's base32 (no I, L, O or U), in
groups of four, and ends in two check characters that catch a mistyped character.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_CHARACTERS, CHECK_CHARACTERS = 10, 2          # 50 random bits, then the check
_READ_AS = {"O": "0", "I": "1", "L": "1"}            # what Crockford's base32 reads a lookalike as


def new_station_id(random: bytes) -> str:
    """An id from at least 7 random bytes (50 bits are used)."""
    if len(random) < 7:
        raise ValueError("need 7 random bytes")
    number = int.from_bytes(random[:7], "big") >> 6
    body = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(BODY_CHARACTERS)))
    return _grouped(body + _check(body))


def parse_station_id(text: str) -> str:
    """The canonical form (`XXXX-XXXX-XXXX`) of a typed id; ValueError if it is not one."""
    characters = "".join(_READ_AS.get(c, c) for c in str(text).upper() if c not in " -\t")
    if len(characters) != BODY_CHARACTERS + CHECK_CHARACTERS or any(c not in ALPHABET for c in characters):
        raise ValueError("not a station id")
    body, check = characters[:BODY_CHARACTERS], characters[BODY_CHARACTERS:]
    if _check(body) != check:
        raise ValueError("station id check characters do not match")
    return _grouped(characters)


def _check(body: str) -> str:
    digest = hashlib.sha256(b"examstation-station-id/1\0" + body.encode("ascii")).digest()
    return ALPHABET[digest[0] & 31] + ALPHABET[digest[1] & 31]


def _grouped(characters: str) -> str:
    return "-".join(characters[i:i + 4] for i in range(0, len(characters), 4))
