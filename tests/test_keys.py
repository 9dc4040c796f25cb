"""Keys: init, export, trust; the OS keyring store and the encrypted-file fallback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from app.crypto.identity import Identity
from app.crypto.keystore import EncryptedFileProvider, KeyringProvider, usable_keyring
from app.domain.errors import KeyStoreError, TrustError
from app.services.context import create_services
from tests.conftest import PASSPHRASE, passphrase


def test_file_store_round_trip_and_no_plaintext_key_on_disk(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    result = services.keys.init("center", "Riverside", store="file")
    keys = services.keys.load("center")
    assert keys.identity == result.identity and "encrypted key file" in result.store
    stored = (tmp_path / "home" / "keys" / "center.key.json").read_bytes()
    assert keys.signing_private.hex() not in stored.hex() and b"Riverside" not in stored
    assert oct((tmp_path / "home" / "keys" / "center.key.json").stat().st_mode & 0o777) == "0o600"


def test_wrong_passphrase_and_damaged_key_file_are_refused(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    services.keys.init("body", "Board", store="file")
    wrong = create_services(tmp_path / "home", lambda _c: "not the passphrase")
    with pytest.raises(KeyStoreError, match="passphrase is wrong"):
        wrong.keys.load("body")
    key_file = tmp_path / "home" / "keys" / "body.key.json"
    document = json.loads(key_file.read_text())
    document["kdf"]["n"] = 2  # a weakened cost parameter is refused, not used
    key_file.write_text(json.dumps(document))
    with pytest.raises(KeyStoreError, match="damaged"):
        services.keys.load("body")


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", lambda _c: "short")
    with pytest.raises(KeyStoreError, match="shorter than 8"):
        services.keys.init("body", "Board", store="file")
    assert not services.keys.has("body")


def test_keyring_store_namespaced_per_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    backend = PlaintextKeyring()  # a stand-in OS keyring for tests only; never chosen automatically
    first = create_services(tmp_path / "a", passphrase, keyring_backend=backend)
    second = create_services(tmp_path / "b", passphrase, keyring_backend=backend)
    one = first.keys.init("center", "Center A", store="keyring")
    two = second.keys.init("center", "Center B", store="keyring")
    assert "OS keyring" in one.store and one.identity.fingerprint != two.identity.fingerprint
    assert first.keys.load("center").identity == one.identity
    assert second.keys.load("center").identity == two.identity
    assert not (tmp_path / "a" / "keys" / "center.key.json").exists()


def test_keyring_detection_refuses_fail_and_plaintext_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    for backend in (fail.Keyring(), PlaintextKeyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda b=backend: b)
        assert usable_keyring() is None
    with pytest.raises(KeyStoreError, match="No OS keyring"):
        monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
        KeyringProvider("x")


def test_auto_store_falls_back_to_encrypted_file_on_headless_linux(tmp_path: Path, monkeypatch) -> None:
    import keyring
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    services = create_services(tmp_path / "home", passphrase)
    result = services.keys.init("body", "Board")
    assert "encrypted key file" in result.store
    assert services.home.config()["roles"]["body"]["store"] == "file"


def test_keys_are_never_overwritten(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    first = services.keys.init("body", "Board", store="file")
    with pytest.raises(KeyStoreError, match="already has body keys"):
        services.keys.init("body", "Other", store="file")
    assert services.keys.load("body").identity == first.identity


def test_identity_files_and_fingerprints(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    identity = services.keys.init("center", "Center", store="file").identity
    exported = services.keys.export("center", tmp_path / "c.json")
    document = json.loads((tmp_path / "c.json").read_text())
    assert exported == identity == Identity.from_json(document)
    assert len(identity.fingerprint) == 19 and identity.fingerprint.count("-") == 3
    assert set(identity.fingerprint.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    document["name"] = "Renamed"  # names are labels; the fingerprint covers role and keys
    assert Identity.from_json(document).fingerprint == identity.fingerprint
    document["signing_key"] = document["encryption_key"]
    with pytest.raises(TrustError, match="fingerprint does not match"):
        Identity.from_json(document)


@pytest.mark.parametrize("content, message", [
    ("{}", "not an ExamStation identity"),
    ("[]", "not an ExamStation identity"),
    ("not json", "not a JSON identity"),
    ('{"format": "examstation-identity/1", "role": "body", "name": "x", "signing_key": "AA",'
     ' "encryption_key": "AA", "fingerprint": "x"}', "malformed"),
])
def test_trusting_a_bad_file_is_refused(tmp_path: Path, content: str, message: str) -> None:
    services = create_services(tmp_path / "home", passphrase)
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(TrustError, match=message):
        services.keys.trust(tmp_path / "bad.json")
    assert services.keys.trusted("body") == []


def test_trusting_your_own_identity_is_refused(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    services.keys.init("body", "Board", store="file")
    services.keys.export("body", tmp_path / "own.json")
    with pytest.raises(TrustError, match="own"):
        services.keys.trust(tmp_path / "own.json")


def test_encrypted_file_provider_seals_with_role_bound_aad(tmp_path: Path) -> None:
    provider = EncryptedFileProvider(tmp_path, lambda _c: PASSPHRASE)
    provider.save("body", b"secret-bytes")
    (tmp_path / "center.key.json").write_bytes((tmp_path / "body.key.json").read_bytes())
    with pytest.raises(KeyStoreError):  # a body key file renamed to center does not open as center
        provider.load("center")
    assert provider.load("body") == b"secret-bytes"
