"""Slow hashes for station passwords and PINs (scrypt). Only the hash is ever stored."""

from __future__ import annotations

import hmac

from app.crypto import primitives as p
from app.crypto.identity import b64, unb64

# 2^15 x 8 (32 MiB, about 80 ms): slow enough to make guessing a stolen hash costly,
# quick enough for a proctor entering a PIN several times an hour.
PARAMS = {"n": 2**15, "r": 8, "p": 1}
# The hash of a random secret nobody kept, with PARAMS: checked when a user name is unknown, so
# that an unknown name takes as long to refuse as a real one with a wrong PIN.
DUMMY_HASH = "scrypt$32768$8$1$Tqfm2QR3H-_S-8go3qhxZw$yab8k02T3NxWl7jEVhuIZn9n74AJAsBRWO8-k_m4hU8"


def hash_secret(secret: str) -> str:
    salt = p.random_bytes(16)
    digest = p.scrypt(secret.encode("utf-8"), salt, **PARAMS)
    return f"scrypt${PARAMS['n']}${PARAMS['r']}${PARAMS['p']}${b64(salt)}${b64(digest)}"


def verify_secret(secret: str, encoded: str) -> bool:
    try:
        name, n, r, parallel, salt, digest = encoded.split("$")
        n_, r_, p_ = int(n), int(r), int(parallel)
        p.check_scrypt_params(n_, r_, p_, min_n=2**14)
        if name != "scrypt":
            return False
        expected = unb64(digest)
        actual = p.scrypt(secret.encode("utf-8"), unb64(salt), n_, r_, p_, len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def spend_verify_time(secret: str) -> None:
    """Take the time of one verify_secret, for a sign-in whose answer is already "no"."""
    verify_secret(secret, DUMMY_HASH)
