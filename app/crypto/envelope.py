"""Envelope encryption of packages: a content secret wrapped for each center,
optionally combined with a release code, as specified in docs/formats.md."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.crypto import primitives as p

LABEL = b"examstation-package/1"
# Release-code stretching: scrypt 2^17 x 8 (128 MiB, about 0.3 s) makes guessing
# a code costly even for someone who also holds a center's private key.
RELEASE_SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MIN_RELEASE_SCRYPT_N = 2**14


def normalize_release_code(code: str) -> bytes:
    """Codes are read over the phone and pasted from e-mails: ignore case, any white
    space and any dash (hyphen, en and em dash, minus sign)."""
    text = unicodedata.normalize("NFKC", code).upper()
    kept = (ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Pd" and ch != "\u2212")
    return "".join(kept).encode("utf-8")


@dataclass(frozen=True, slots=True)
class WrappedSecret:
    ephemeral_key: bytes
    sealed: bytes


def wrap_secret(secret: bytes, recipient_public: bytes, package_id: str,
                rng: p.Random = p.random_bytes, label: bytes = LABEL) -> WrappedSecret:
    """Seal `secret` so only the holder of the X25519 private key for `recipient_public`
    opens it. `label` separates packages from result bundles."""
    ephemeral = p.new_agreement_key(rng)
    ephemeral_public = p.agreement_public(ephemeral)
    key = _wrap_key(p.agree(ephemeral, recipient_public), ephemeral_public, recipient_public, label)
    return WrappedSecret(ephemeral_public, p.seal(key, secret, package_id.encode(), rng))


def unwrap_secret(wrapped: WrappedSecret, recipient_private: bytes, package_id: str,
                  label: bytes = LABEL) -> bytes:
    """The content secret, or DecryptionFailed for another recipient's key or altered data."""
    recipient_public = p.agreement_public(recipient_private)
    key = _wrap_key(p.agree(recipient_private, wrapped.ephemeral_key), wrapped.ephemeral_key, recipient_public,
                    label)
    return p.open_sealed(key, wrapped.sealed, package_id.encode())


def _wrap_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes, label: bytes) -> bytes:
    return p.hkdf(shared, salt=ephemeral_public + recipient_public, info=label + b" wrap")


def release_key(code: str, salt: bytes, n: int, r: int, parallel: int) -> bytes:
    return p.scrypt(normalize_release_code(code), salt, n, r, parallel)


def content_key(secret: bytes, release: bytes | None, package_id: str) -> bytes:
    return p.hkdf(secret + (release or b""), salt=package_id.encode(), info=LABEL + b" content")


def blob_aad(package_id: str, name: str) -> bytes:
    return LABEL + b"\0" + package_id.encode() + b"\0" + name.encode()


def signed_message(file_digest: bytes) -> bytes:
    """What the body signs: a label and the SHA-256 of every byte before the signature."""
    return LABEL + b"\0" + file_digest


def seal_for_self(encryption_private: bytes, data: bytes, aad: bytes) -> bytes:
    """Seal data only the same party can open again (the body's copy of exams it built):
    the key is derived from its own private key, so nothing readable rests on disk."""
    return p.seal(_self_key(encryption_private), data, aad)


def open_for_self(encryption_private: bytes, sealed: bytes, aad: bytes) -> bytes:
    return p.open_sealed(_self_key(encryption_private), sealed, aad)


def _self_key(encryption_private: bytes) -> bytes:
    return p.hkdf(encryption_private, salt=b"", info=b"examstation-self-seal/1")
