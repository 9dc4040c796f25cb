"""A backup of one role's private keys, sealed under a backup passphrase, with the public
identities the home trusts. It restores a station whose disk failed, or sets up another station
of the same center (attempts move only between stations that share the center's keys).

    {"format": "examstation-key-backup/1", "identity": {...}, "trusted": [{...}, ...],
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "..."}, "sealed": "..."}

The sealed secret is bound (AES-GCM associated data) to the format, the role and the
identity's fingerprint, so it cannot be passed off as another role's or another party's keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.format_versions import readable_version
from app.crypto.identity import Identity, RoleKeys
from app.crypto.keystore import open_with_passphrase, seal_with_passphrase, sealed_document_ok
from app.domain.errors import KeyStoreError, TrustError, template
from app.domain.strict_json import loads_strict

BACKUP_FORMAT = "examstation-key-backup/1"
MAX_BACKUP = 1024 * 1024


@dataclass(frozen=True)
class KeyBackup:
    keys: RoleKeys
    trusted: list[Identity]


def seal_backup(keys: RoleKeys, trusted: list[Identity], passphrase: str) -> bytes:
    identity = keys.identity
    document = {"format": BACKUP_FORMAT, "identity": identity.to_json(), "trusted": [t.to_json() for t in trusted],
                **seal_with_passphrase(passphrase, keys.to_secret(), _aad(identity), template("backup"))}
    return json.dumps(document, indent=2).encode() + b"\n"


def open_backup(data: bytes, passphrase: str) -> KeyBackup:
    """The keys and trusted identities; KeyStoreError for a damaged file or a wrong passphrase."""
    document = _document(data)
    secret = open_with_passphrase(document, passphrase, _aad(document["identity"]))
    if secret is None:
        raise KeyStoreError("The backup passphrase is wrong, or the backup file was changed.",
                            "Enter the passphrase chosen when the backup was made.")
    keys = RoleKeys.from_secret(secret)
    if keys.identity.fingerprint != document["identity"].fingerprint:
        raise KeyStoreError("The keys in the backup do not match the identity it names.",
                            "Make a new backup on the station that holds the keys.")
    return KeyBackup(keys, document["trusted"])


def _document(data: bytes) -> dict:
    damaged = KeyStoreError("This is not a readable ExamStation key backup.",
                            "Use the file made by `examstation keys backup`.")
    if len(data) > MAX_BACKUP:
        raise damaged
    try:
        document = loads_strict(data)
        if not isinstance(document, dict):
            raise ValueError("format")
        readable_version(document.get("format"), "key-backup", 1, template("key backup"))
        document["identity"] = Identity.from_json(document["identity"])
        document["trusted"] = [Identity.from_json(t) for t in document.get("trusted", [])]
    except (ValueError, KeyError, TypeError, TrustError, UnicodeDecodeError):
        raise damaged from None
    if not sealed_document_ok(document):
        raise damaged
    return document


def _aad(identity: Identity) -> bytes:
    return f"{BACKUP_FORMAT}/{identity.role}/{identity.fingerprint}".encode()
