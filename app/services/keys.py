"""Creating, exporting and trusting keys: `examstation keys init|export|trust`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.domain.errors import KeyStoreError, TrustError, role_words, system_words
from app.domain.strict_json import loads_strict
from app.fsutil import atomic_write, private_folder
from app.services.home import Home
from app.services.passphrase import PASSPHRASE_ENV, PassphraseHolder  # noqa: F401 - named from here too

if TYPE_CHECKING:  # the crypto library loads when keys are first made, read or unlocked, after the first screen
    from app.crypto.chain import AttemptChain, SessionAuditChain
    from app.crypto.identity import Identity, RoleKeys
    from app.crypto.key_backup import KeyBackup
    from app.crypto.keystore import KeyProvider, PassphraseSource

StoreChoice = Literal["auto", "keyring", "file"]
TRUST_FOLDERS = {"body": "bodies", "center": "centers"}


@dataclass(frozen=True)
class InitResult:
    identity: Identity
    store: str  # a sentence naming where the private keys are


class KeyService:
    def __init__(self, home: Home, passphrase: PassphraseSource, keyring_backend: object | None = None) -> None:
        self._chain: AttemptChain | None = None
        self._audit_chain: SessionAuditChain | None = None
        self.home = home
        self.passphrase = passphrase
        self.keyring_backend = keyring_backend  # tests pass one; None means detect the OS keyring
        self._unlocked: dict[str, RoleKeys] = {}  # unlocked once per run, kept in memory only

    # -- own keys -------------------------------------------------------------
    def init(self, role: str, name: str, store: StoreChoice = "auto") -> InitResult:
        from app.crypto.identity import RoleKeys
        _check_role(role)
        config = self.home.config()
        if role in config["roles"]:
            raise KeyStoreError("This home already has {role} keys ('{name}').",
                                "Use another --home for a second identity; keys are never overwritten.",
                                role=role_words(role), name=config['roles'][role]['name'])
        provider = self._new_provider(store)
        keys = RoleKeys.generate(role, name.strip())
        provider.save(role, keys.to_secret())
        config["roles"][role] = {"name": keys.name, "store": provider.kind,
                                 "fingerprint": keys.identity.fingerprint}
        self.home.save_config(config)
        self._write_identity(keys.identity)
        return InitResult(keys.identity, provider.describe())

    def has(self, role: str) -> bool:
        return role in self.home.config()["roles"]

    def identity(self, role: str) -> Identity:
        """Public identity, read without unlocking any private key."""
        from app.crypto.identity import Identity
        self._require(role)
        path = self.home.keys_dir / f"{role}.identity.json"
        try:
            return Identity.from_json(loads_strict(path.read_bytes()))
        except (OSError, ValueError):
            raise KeyStoreError("The {role} identity file in {keys_dir} is missing or damaged.",
                                "Restore the home from a backup.", role=role_words(role),
                                keys_dir=self.home.keys_dir) from None

    def load(self, role: str) -> RoleKeys:
        """The role's private keys, unlocked on first use (passphrase or keyring) and then kept."""
        from app.crypto.identity import RoleKeys
        if role in self._unlocked:
            return self._unlocked[role]
        entry = self._require(role)
        provider = self._provider(entry["store"])
        keys = RoleKeys.from_secret(provider.load(role))
        if keys.identity.fingerprint != entry["fingerprint"]:
            raise KeyStoreError("The stored {role} keys do not match this home's identity.",
                                "Restore the home and its keys from the same backup.",
                                role=role_words(role))
        self._unlocked[role] = keys
        return keys

    def attempt_chain(self) -> AttemptChain | None:
        """What authenticates attempt histories on this station (None: this home has no center key,
        so it delivers no exams)."""
        from app.crypto.chain import AttemptChain
        if not self.has("center"):
            return None
        if self._chain is None:
            self._chain = AttemptChain(lambda: self.load("center"))
        return self._chain

    def session_audit_chain(self) -> SessionAuditChain | None:
        """What authenticates each session's audit entries (None: no center key here)."""
        from app.crypto.chain import SessionAuditChain
        if not self.has("center"):
            return None
        if self._audit_chain is None:
            self._audit_chain = SessionAuditChain(lambda: self.load("center"))
        return self._audit_chain

    def store_description(self, role: str) -> str:
        return self._provider(self._require(role)["store"]).describe()

    def store_place(self, role: str) -> tuple[str, str]:
        """Where the role's private keys are kept, for a screen to say in its language:
        ("keyring", "") or ("file", the key folder)."""
        kind = self._require(role)["store"]
        return kind, str(self.home.keys_dir) if kind == "file" else ""

    def export(self, role: str, target: Path) -> Identity:
        identity = self.identity(role)
        atomic_write(Path(target), json.dumps(identity.to_json(), indent=2).encode() + b"\n")
        return identity

    # -- backup ----------------------------------------------------------------
    def backup(self, role: str, target: Path, backup_passphrase: str) -> Identity:
        """Seal the role's private keys and this home's trust list under a backup passphrase."""
        from app.crypto.identity import ROLES
        from app.crypto.key_backup import seal_backup
        keys = self.load(role)
        trusted = [t for r in ROLES for t in self.trusted(r)]
        atomic_write(Path(target), seal_backup(keys, trusted, backup_passphrase), mode=0o600)
        return keys.identity

    def restore(self, source: Path, backup_passphrase: str, store: StoreChoice = "auto",
                role: str | None = None) -> KeyBackup:
        """Put backed-up keys into this home (a fresh one, or one without that role) and trust
        what the backed-up home trusted. `role`: refuse a backup of any other role's keys (a
        station's set-up restores only a center's)."""
        from app.crypto.key_backup import open_backup
        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise KeyStoreError("The backup {source} cannot be read ({why}).", "Check the path.",
                                source=source, why=system_words(error)) from None
        restored = open_backup(data, backup_passphrase)
        identity = restored.keys.identity
        if role is not None and identity.role != role:
            raise KeyStoreError("{name} holds the keys of a {role} ('{identity}'), "
                                "not of a {wanted}.", "Choose the backup of the {wanted}'s keys.",
                                name=Path(source).name, role=role_words(identity.role), identity=identity.name,
                                wanted=role_words(role))
        config = self.home.config()
        if identity.role in config["roles"]:
            raise KeyStoreError("This home already has {role} keys ('{name}').",
                                "Restore into a new --home; keys are never overwritten.",
                                role=role_words(identity.role), name=config['roles'][identity.role]['name'])
        provider = self._new_provider(store)
        provider.save(identity.role, restored.keys.to_secret())
        config["roles"][identity.role] = {"name": identity.name, "store": provider.kind,
                                          "fingerprint": identity.fingerprint}
        self.home.save_config(config)
        self._write_identity(identity)
        for other in restored.trusted:
            if other.fingerprint != identity.fingerprint:
                self._write_trust(other)
        return restored

    # -- trust ---------------------------------------------------------------
    def trust(self, source: Path) -> Identity:
        """Station: trust a body. Body: register a center. The file's role says which."""
        from app.crypto.identity import ROLES, Identity
        try:
            identity = Identity.from_json(loads_strict(Path(source).read_bytes()))
        except OSError as error:
            raise TrustError("The identity file {source} cannot be read ({why}).",
                             "Check the path.", source=source, why=system_words(error)) from None
        except (ValueError, UnicodeDecodeError):
            raise TrustError("{name} is not a JSON identity file.",
                             "Ask the sender for the file made by `examstation keys export`.",
                             name=Path(source).name) from None
        own = [self.identity(r) for r in ROLES if self.has(r)]
        if any(o.fingerprint == identity.fingerprint for o in own):
            raise TrustError("That identity is this home's own.", "Trust the other party's file instead.")
        self._write_trust(identity)
        return identity

    def _write_trust(self, identity: Identity) -> None:
        folder = private_folder(self.home.trust_dir / TRUST_FOLDERS[identity.role])
        atomic_write(folder / f"{identity.fingerprint}.json", json.dumps(identity.to_json(), indent=2).encode())

    def trusted(self, role: str) -> list[Identity]:
        folder = self.home.trust_dir / TRUST_FOLDERS[role]
        paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
        if not paths:
            return []  # a new station's first screen asks: no need to load the crypto library for that
        from app.crypto.identity import Identity
        identities = []
        for path in paths:
            try:
                identities.append(Identity.from_json(loads_strict(path.read_bytes())))
            except (OSError, ValueError, TrustError):
                continue  # an unreadable trust entry grants nothing
        return [i for i in identities if i.role == role]

    # -- helpers -------------------------------------------------------------
    def _require(self, role: str) -> dict:
        _check_role(role)
        entry = self.home.config()["roles"].get(role)
        if entry is None:
            raise KeyStoreError("This home has no {role_name} keys.",
                                "Run `examstation keys init --role {role} --name NAME` first.", role=role,
                                role_name=role_words(role))
        return entry

    def _new_provider(self, store: StoreChoice) -> KeyProvider:
        from app.crypto.keystore import usable_keyring
        if store == "auto":
            backend = self.keyring_backend or usable_keyring()
            store = "keyring" if backend is not None else "file"
        return self._provider(store)

    def _provider(self, kind: str) -> KeyProvider:
        from app.crypto.keystore import EncryptedFileProvider, KeyringProvider
        if kind == "keyring":
            return KeyringProvider(self.home.home_id, self.keyring_backend)
        if kind == "file":
            return EncryptedFileProvider(self.home.keys_dir, self.passphrase)
        raise KeyStoreError("Unknown key store '{kind}' in {config_path}.",
                            "Restore the home settings from a backup.", kind=kind, config_path=self.home.config_path)

    def _write_identity(self, identity: Identity) -> None:
        path = self.home.keys_dir / f"{identity.role}.identity.json"
        atomic_write(path, json.dumps(identity.to_json(), indent=2).encode())


def _check_role(role: str) -> None:
    from app.crypto.identity import ROLES
    if role not in ROLES:
        raise KeyStoreError("Unknown role '{role}'.", "Use --role body or --role center.", role=role)
