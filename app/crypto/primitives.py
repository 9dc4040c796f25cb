"""Thin, named wrappers over `cryptography`: AES-256-GCM, X25519 + HKDF wrapping, Ed25519, scrypt.

Nothing here is a home-made primitive: each function picks parameters and
labels, so that the format spec (docs/formats.md) can name them exactly.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Callable

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

Random = Callable[[int], bytes]
NONCE_BYTES = 12
KEY_BYTES = 32
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


class DecryptionFailed(Exception):
    """An AES-GCM tag did not verify: wrong key, or the data was changed."""


def random_bytes(count: int) -> bytes:
    return os.urandom(count)


def new_signing_key(rng: Random = random_bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(rng(32)).private_bytes_raw()


def new_agreement_key(rng: Random = random_bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(rng(32)).private_bytes_raw()


def signing_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(*_RAW)


def agreement_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(*_RAW)


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def hkdf(secret: bytes, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(secret)


def agree(private: bytes, peer_public: bytes) -> bytes:
    """X25519 shared secret; refuses the all-zero result of a low-order peer key."""
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(peer_public))
    if hmac.compare_digest(shared, bytes(32)):
        raise DecryptionFailed("low-order public key")
    return shared


def seal(key: bytes, plaintext: bytes, aad: bytes, rng: Random = random_bytes) -> bytes:
    """nonce (12 bytes) || AES-256-GCM ciphertext with its 16-byte tag."""
    nonce = rng(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    view = memoryview(sealed)  # no copy of a large media blob just to drop its nonce
    try:
        return AESGCM(key).decrypt(view[:NONCE_BYTES], view[NONCE_BYTES:], aad)
    except InvalidTag as error:
        raise DecryptionFailed("tag mismatch") from error


# Bounds on scrypt settings a file may carry. ExamStation writes n = 2^17, r = 8, p = 1 (128 MiB,
# one pass); a reader accepts at most twice that memory and four times that work, so a hostile
# file costs at most a few seconds before it is refused, never a gigabyte.
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R, MAX_SCRYPT_P = 16, 4
MAX_SCRYPT_MEMORY = 2**28        # 128 * r * n bytes: 256 MiB
MAX_SCRYPT_WORK = 2**29          # 128 * r * n * p: four passes over 128 MiB


def check_scrypt_params(n: object, r: object, p: object, min_n: int) -> None:
    """Refuse cost parameters a file may carry that are too weak, too costly, or not integers.

    Within these bounds `scrypt()` never fails: OpenSSL also needs n < 2^(16 r), whose
    violation `cryptography` reports as a MemoryError.
    """
    for value in (n, r, p):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("scrypt parameters must be integers")
    if not (min_n <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= MAX_SCRYPT_R  # type: ignore[operator]
            and 1 <= p <= MAX_SCRYPT_P):  # type: ignore[operator]
        raise ValueError("scrypt parameters out of range")
    if n >= 2 ** (16 * r):  # type: ignore[operator]
        raise ValueError("scrypt n too large for r")
    memory = 128 * r * n  # type: ignore[operator]
    if memory > MAX_SCRYPT_MEMORY or memory * p > MAX_SCRYPT_WORK:  # type: ignore[operator]
        raise ValueError("scrypt parameters too costly")


def scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, length: int = KEY_BYTES) -> bytes:
    return Scrypt(salt=salt, length=length, n=n, r=r, p=p).derive(secret)


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def new_hasher() -> "hashlib._Hash":
    return hashlib.sha256()
