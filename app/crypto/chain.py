"""The key of attempts' authenticated histories (see app.domain.history).

Per attempt: K = HKDF-SHA256(center signing key, info "examstation attempt chain v1|<id>"),
and each event's MAC = HMAC-SHA256(K, previous MAC || canonical event). Not salted per
home: an attempt moved to another station of the same center keeps one chain. The key
never touches the disk; the result bundle hands each attempt's K to the body (inside the
payload encrypted to the body), which checks the chain and the head the station signed.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Callable, Sequence

from app.crypto import primitives
from app.crypto.identity import RoleKeys, b64, unb64
from app.crypto.primitives import DecryptionFailed, hkdf
from app.domain.attempt import Event
from app.domain.audit import AuditEntry, session_entry_content
from app.domain.history import SEALED_PREFIX, EventUnreadable, event_content, event_content_with


def attempt_key(center: RoleKeys, attempt_id: str) -> bytes:
    return hkdf(center.signing_private, b"", b"examstation attempt chain v1|" + attempt_id.encode("utf-8"))


def event_mac(key: bytes, previous: str, attempt_id: str, event: Event) -> str:
    return hmac.digest(key, bytes.fromhex(previous) + event_content(attempt_id, event), "sha256").hex()


def rest_key(center: RoleKeys, attempt_id: str) -> bytes:
    """The key an attempt's event data is sealed under on the station's disk (not the chain's:
    the chain key travels to the body, this one never leaves the station)."""
    return hkdf(center.signing_private, b"", b"examstation attempt at rest v1|" + attempt_id.encode("utf-8"))


def _rest_aad(attempt_id: str, seq: int) -> bytes:
    return f"examstation event at rest v1|{attempt_id}|{seq}".encode("utf-8")


class AttemptChain:
    """A ChainMac over the center's keys, loaded when first needed (the proctor has unlocked
    them to open the package by then); per-attempt keys are cached in memory. It also seals
    each event's data at rest (app.domain.history.SEALED_PREFIX) and opens it again."""

    def __init__(self, load_center: Callable[[], RoleKeys]) -> None:
        self._load_center = load_center
        self._keys: dict[str, bytes] = {}
        self._rest_keys: dict[str, bytes] = {}

    def key(self, attempt_id: str) -> bytes:
        if attempt_id not in self._keys:
            self._keys[attempt_id] = attempt_key(self._load_center(), attempt_id)
        return self._keys[attempt_id]

    def __call__(self, attempt_id: str, previous: str, event: Event) -> str:
        return event_mac(self.key(attempt_id), previous, attempt_id, event)

    def _rest_key(self, attempt_id: str) -> bytes:
        if attempt_id not in self._rest_keys:
            self._rest_keys[attempt_id] = rest_key(self._load_center(), attempt_id)
        return self._rest_keys[attempt_id]

    def seal(self, attempt_id: str, seq: int, text: str) -> str:
        sealed = primitives.seal(self._rest_key(attempt_id), text.encode("utf-8"), _rest_aad(attempt_id, seq))
        return SEALED_PREFIX + b64(sealed)

    def unseal(self, attempt_id: str, seq: int, stored: str) -> str:
        """The data's JSON text; EventUnreadable if it does not open here."""
        try:
            sealed = unb64(stored[len(SEALED_PREFIX):])
            return primitives.open_sealed(self._rest_key(attempt_id), sealed, _rest_aad(attempt_id, seq)).decode("utf-8")
        except (ValueError, DecryptionFailed):
            raise EventUnreadable(attempt_id, seq, "its sealed content does not open: changed, moved "
                                                  "from another event, or sealed by another center") from None


def verifier(keys: dict[str, bytes]) -> Callable[[str, str, Event], str]:
    """A ChainMac from keys handed over in a bundle (the body's side)."""
    return lambda attempt_id, previous, event: event_mac(keys[attempt_id], previous, attempt_id, event)


def data_verifier(key: bytes, data_json: Sequence[str]) -> Callable[[str, str, Event], str]:
    """verifier's MAC for one attempt whose events' data are already canonical JSON, event n's
    at data_json[n - 1] (app.domain.history.first_broken_link asks for events in seq order from 1).
    The HMAC keyed once and copied for each event: a third less than keying it every time."""
    keyed = hmac.new(key, digestmod=hashlib.sha256)

    def mac(attempt_id: str, previous: str, event: Event) -> str:
        content = event_content_with(attempt_id, event, data_json[event.seq - 1])
        one = keyed.copy()
        one.update(bytes.fromhex(previous) + content)
        return one.hexdigest()
    return mac


def first_unmatched_mac(key: bytes, previous: str, contents: Sequence[bytes], macs: Sequence[str]) -> int | None:
    """Where a run of events stops verifying: the index of the first whose MAC is not
    HMAC-SHA256(key, MAC before it || its content), or None if every one is (event_mac's MAC,
    each event's bytes given as event_content writes them). `previous`: the MAC before the
    first (hex; GENESIS before an attempt's first event). One loop with the HMAC keyed once and
    copied per event: the body checks tens of thousands of events per bundle."""
    keyed = hmac.new(key, digestmod=hashlib.sha256)
    before = bytes.fromhex(previous)
    for index, (content, mac) in enumerate(zip(contents, macs, strict=True)):
        one = keyed.copy()
        one.update(before + content)
        before = one.digest()
        if before.hex() != mac:
            return index
    return None


def session_audit_key(center: RoleKeys, session_id: str) -> bytes:
    return hkdf(center.signing_private, b"", b"examstation session audit v1|" + session_id.encode("utf-8"))


def session_audit_mac(key: bytes, previous: str, session_id: str, number: int, entry: AuditEntry) -> str:
    return hmac.new(key, bytes.fromhex(previous) + session_entry_content(session_id, number, entry),
                    hashlib.sha256).hexdigest()


class SessionAuditChain:
    """A SessionAuditMac over the center's keys, loaded when first needed; per-session keys
    cached in memory. K = HKDF-SHA256(center signing key, "examstation session audit v1|<id>")."""

    def __init__(self, load_center: Callable[[], RoleKeys]) -> None:
        self._load_center = load_center
        self._keys: dict[str, bytes] = {}

    def key(self, session_id: str) -> bytes:
        if session_id not in self._keys:
            self._keys[session_id] = session_audit_key(self._load_center(), session_id)
        return self._keys[session_id]

    def __call__(self, session_id: str, previous: str, number: int, entry: AuditEntry) -> str:
        return session_audit_mac(self.key(session_id), previous, session_id, number, entry)


def session_audit_verifier(key: bytes) -> Callable[[str, str, int, AuditEntry], str]:
    """A SessionAuditMac from the key a bundle hands over (the body's side)."""
    return lambda session_id, previous, number, entry: session_audit_mac(key, previous, session_id, number, entry)
