"""Where private keys live: the OS keyring, or a passphrase-encrypted file when there is none.

Both stores hold the same secret (a role's private keys); the home records
which one it uses, so a later start never silently switches store.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Callable, Protocol

from app.domain.format_versions import readable_version
from app.crypto import primitives as p
from app.crypto.identity import b64, unb64
from app.domain.errors import KeyStoreError, role_words, template
from app.domain.strict_json import loads_strict
from app.fsutil import atomic_write, private_folder

KEYFILE_FORMAT = "examstation-keyfile/1"
# scrypt cost for key files: 2^17 x 8 uses 128 MiB and about 0.3 s here.
KEYFILE_SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MIN_PASSPHRASE = 8
PassphraseSource = Callable[[bool], str]  # argument: True when creating (ask twice)


class KeyProvider(Protocol):
    kind: str

    def describe(self) -> str: ...
    def exists(self, role: str) -> bool: ...
    def save(self, role: str, secret: bytes) -> None: ...
    def load(self, role: str) -> bytes: ...


class KeyringProvider:
    """Private keys in the OS keyring (Secret Service, Windows Credential Locker, macOS Keychain)."""

    kind = "keyring"

    def __init__(self, namespace: str, backend: object | None = None) -> None:
        self.service = f"ExamStation/{namespace}"
        self.backend = backend if backend is not None else usable_keyring()
        if self.backend is None:
            raise KeyStoreError("No OS keyring is available on this machine.",
                                "Use the encrypted key file instead (keys init --store file).")

    def describe(self) -> str:
        return f"the OS keyring ({type(self.backend).__name__})"

    def exists(self, role: str) -> bool:
        return self._get(role) is not None

    def save(self, role: str, secret: bytes) -> None:
        try:
            self.backend.set_password(self.service, role, b64(secret))  # type: ignore[attr-defined]
        except Exception as error:  # keyring backends raise many unrelated types
            raise KeyStoreError("The OS keyring refused to store the key ({name}).",
                                "Unlock the keyring or use --store file.", name=type(error).__name__) from None

    def load(self, role: str) -> bytes:
        value = self._get(role)
        if value is None:
            raise KeyStoreError("No {role_name} keys are in the OS keyring for this home.",
                                "Run `examstation keys init --role {role}` first.", role=role,
                                role_name=role_words(role))
        return unb64(value)

    def _get(self, role: str) -> str | None:
        try:
            return self.backend.get_password(self.service, role)  # type: ignore[attr-defined]
        except Exception:
            raise KeyStoreError("The OS keyring could not be read.",
                                "Unlock it (log in to the desktop session) and try again.") from None


def usable_keyring() -> object | None:
    """The OS keyring backend if a secure one works here, else None.

    keyrings.alt's file backends are refused: they are obfuscation, not encryption.
    """
    try:
        import keyring
        from keyring.backends import fail
        backend = keyring.get_keyring()
    except Exception:
        return None
    module = type(backend).__module__
    if isinstance(backend, fail.Keyring) or module.startswith(("keyrings.alt", "keyring.backends.null")):
        return None
    try:
        if getattr(backend, "priority", 0) <= 0:
            return None
    except Exception:
        return None
    return backend


class EncryptedFileProvider:
    """Private keys in `<folder>/<role>.key.json`, sealed with scrypt(passphrase) + AES-256-GCM."""

    kind = "file"

    def __init__(self, folder: Path, passphrase: PassphraseSource) -> None:
        self.folder = Path(folder)
        self.passphrase = passphrase

    def describe(self) -> str:
        return f"an encrypted key file (scrypt + AES-256-GCM) in {self.folder}"

    def path(self, role: str) -> Path:
        return self.folder / f"{role}.key.json"

    def exists(self, role: str) -> bool:
        return self.path(role).is_file()

    def save(self, role: str, secret: bytes) -> None:
        document = {"format": KEYFILE_FORMAT, "role": role,
                    **seal_with_passphrase(self.passphrase(True), secret, self._aad(role), template("key"))}
        private_folder(self.folder)
        atomic_write(self.path(role), json.dumps(document, indent=2).encode(), mode=0o600)

    def load(self, role: str) -> bytes:
        path = self.path(role)
        if not path.is_file():
            raise KeyStoreError("No {role_name} key file in {folder}.",
                                "Run `examstation keys init --role {role}` first.", role=role,
                                role_name=role_words(role), folder=self.folder)
        try:
            document = loads_strict(path.read_bytes())
            readable_version(document["format"], "keyfile", 1, template("key file"))
        except (OSError, ValueError, KeyError, TypeError):
            document = None
        if document is None or not sealed_document_ok(document):
            raise KeyStoreError("The key file {file} is damaged.",
                                "Restore it from your backup, or create new keys.", file=path.name)
        opened = open_with_passphrase(document, self.passphrase(False), self._aad(role))
        if opened is None:
            raise KeyStoreError("The key passphrase is wrong (or the key file was changed).",
                                "Enter the passphrase set at `keys init`.")
        return opened

    @staticmethod
    def _aad(role: str) -> bytes:
        return f"{KEYFILE_FORMAT}/{role}".encode()


def seal_with_passphrase(phrase: str, secret: bytes, aad: bytes, what: str) -> dict:
    """{"kdf": scrypt parameters and salt, "sealed": AES-256-GCM of `secret`} under a passphrase;
    `what` names the passphrase in the refusal of a short one ("key", "backup")."""
    if len(unicodedata.normalize("NFC", phrase)) < MIN_PASSPHRASE:
        raise KeyStoreError("The {what} passphrase is shorter than {minimum} characters.",
                            "Choose a longer passphrase.", what=what, minimum=MIN_PASSPHRASE)
    salt = p.random_bytes(16)
    key = p.scrypt(_passphrase_bytes(phrase), salt, **KEYFILE_SCRYPT)
    return {"kdf": {"name": "scrypt", **KEYFILE_SCRYPT, "salt": b64(salt)}, "sealed": b64(p.seal(key, secret, aad))}


def sealed_document_ok(document: object) -> bool:
    """The kdf and sealed fields are well formed and the work factor is within bounds."""
    try:
        kdf = document["kdf"]  # type: ignore[index]
        if kdf["name"] != "scrypt":
            return False
        p.check_scrypt_params(kdf["n"], kdf["r"], kdf["p"], min_n=2**14)
        unb64(kdf["salt"], 16)
        unb64(document["sealed"])  # type: ignore[index]
    except (ValueError, KeyError, TypeError):
        return False
    return True


def open_with_passphrase(document: dict, phrase: str, aad: bytes) -> bytes | None:
    """The secret, or None when the passphrase is wrong or the sealed bytes were changed."""
    kdf = document["kdf"]
    key = p.scrypt(_passphrase_bytes(phrase), unb64(kdf["salt"], 16), kdf["n"], kdf["r"], kdf["p"])
    try:
        return p.open_sealed(key, unb64(document["sealed"]), aad)
    except p.DecryptionFailed:
        return None


def _passphrase_bytes(phrase: str) -> bytes:
    # NFC: the same passphrase typed on another keyboard or OS gives the same bytes.
    return unicodedata.normalize("NFC", phrase).encode("utf-8")
