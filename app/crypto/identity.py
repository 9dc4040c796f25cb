"""Key pairs of a role (body or center) and the public identity that travels as JSON."""

from __future__ import annotations

import base64
import json
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from app.domain.format_versions import format_version, readable_version
from app.crypto import primitives as p
from app.domain.errors import TrustError, template

Role = Literal["body", "center"]
ROLES: tuple[str, ...] = ("body", "center")
IDENTITY_FORMAT = "examstation-identity/1"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64(text: Any, length: int | None = None) -> bytes:
    """Decode unpadded base64url; ValueError on anything else or a wrong length."""
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("expected base64url text")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64(data) != text:
        raise ValueError("not canonical base64url")
    if length is not None and len(data) != length:
        raise ValueError(f"expected {length} bytes, found {len(data)}")
    return data


def fingerprint(role: str, signing_key: bytes, encryption_key: bytes) -> str:
    """16 base32 characters in groups of 4 (80 bits): easy to read aloud and compare."""
    digest = p.sha256(IDENTITY_FORMAT.encode() + b"\0" + role.encode() + b"\0" + signing_key + encryption_key)
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


MAX_NAME = 200
# Bidirectional overrides could make a name display as something else (or reorder a fingerprint).
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _readable_name(name: Any) -> bool:
    """A name a person can read and every file and screen can hold: no control characters,
    no lone surrogates (they cannot be written as UTF-8), no bidirectional overrides."""
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        return False
    return not any(unicodedata.category(c) in ("Cc", "Cs") or c in _BIDI_CONTROLS for c in name)


@dataclass(frozen=True, slots=True)
class Identity:
    """Public keys and a name: what a body or center shows the world."""

    role: str
    name: str
    signing_key: bytes
    encryption_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.role, self.signing_key, self.encryption_key)

    def to_json(self) -> dict:
        return {"format": IDENTITY_FORMAT, "role": self.role, "name": self.name,
                "signing_key": b64(self.signing_key), "encryption_key": b64(self.encryption_key),
                "fingerprint": self.fingerprint}

    @classmethod
    def from_json(cls, data: Any) -> "Identity":
        """Parse an identity document; TrustError says what is wrong with it."""
        if isinstance(data, dict) and format_version(data.get("format"), "identity"):
            readable_version(data["format"], "identity", 1, template("identity file"))  # a newer one says so
        if not isinstance(data, dict) or data.get("format") != IDENTITY_FORMAT:
            raise TrustError("This is not an ExamStation identity file.",
                             "Ask the sender for the file made by `examstation keys export`.")
        try:
            role, name = data["role"], data["name"]
            if role not in ROLES or not _readable_name(name):
                raise ValueError("role or name")
            identity = cls(role, name.strip(), unb64(data["signing_key"], 32), unb64(data["encryption_key"], 32))
        except KeyError as missing:
            raise TrustError("The identity file is malformed ({error}).", "Ask the sender to export it again.",
                             error=template("it has no {field}", field=str(missing.args[0]))) from None
        except ValueError:
            raise TrustError("The identity file is malformed ({error}).", "Ask the sender to export it again.",
                             error=template("its role, name or keys cannot be read")) from None
        if data.get("fingerprint") != identity.fingerprint:
            raise TrustError("The identity file's fingerprint does not match its keys: it was altered.",
                             "Ask the sender to export it again and compare the fingerprint by phone.")
        return identity


@dataclass(frozen=True, slots=True)
class RoleKeys:
    """The private keys of one role in one home."""

    role: str
    name: str
    signing_private: bytes
    encryption_private: bytes

    @classmethod
    def generate(cls, role: str, name: str, rng: p.Random = p.random_bytes) -> "RoleKeys":
        return cls(role, name, p.new_signing_key(rng), p.new_agreement_key(rng))

    @property
    def identity(self) -> Identity:
        return Identity(self.role, self.name, p.signing_public(self.signing_private),
                        p.agreement_public(self.encryption_private))

    def to_secret(self) -> bytes:
        return json.dumps({"role": self.role, "name": self.name,
                           "signing": b64(self.signing_private),
                           "encryption": b64(self.encryption_private)}, sort_keys=True).encode()

    @classmethod
    def from_secret(cls, secret: bytes) -> "RoleKeys":
        data = json.loads(secret)
        return cls(data["role"], data["name"], unb64(data["signing"], 32), unb64(data["encryption"], 32))
