"""Key backups: a station whose disk failed, or a second station of the same center, gets the
center's keys and trust back from a sealed file; wrong passphrases and altered files are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from app.crypto.identity import b64
from app.domain.errors import KeyStoreError
from app.services.context import create_services
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.conftest import RELEASE_CODE, World, passphrase

BACKUP_PHRASE = "orange battery river 42"


def test_a_restored_station_opens_the_centers_packages(world: World, tmp_path: Path) -> None:
    backup = tmp_path / "center.backup.json"
    identity = world.center.keys.backup("center", backup, BACKUP_PHRASE)
    text = backup.read_text()
    secret = world.center.keys.load("center").to_secret()
    assert b64(secret) not in text and "private" not in text.lower()
    assert backup.stat().st_mode & 0o077 == 0
    fresh = create_services(tmp_path / "replacement", passphrase)
    try:
        restored = fresh.keys.restore(backup, BACKUP_PHRASE, store="file")
        assert restored.keys.identity.fingerprint == identity.fingerprint
        assert [b.fingerprint for b in fresh.keys.trusted("body")] == [world.body.keys.identity("body").fingerprint]
        opened = fresh.packages.open(world.package, RELEASE_CODE)
        assert opened.exam.id == "mini-exam"
        with pytest.raises(KeyStoreError, match="already has center keys"):
            fresh.keys.restore(backup, BACKUP_PHRASE)
    finally:
        fresh.close()


def test_wrong_passphrases_altered_and_foreign_files_are_refused(world: World, tmp_path: Path) -> None:
    backup = tmp_path / "center.backup.json"
    world.center.keys.backup("center", backup, BACKUP_PHRASE)
    fresh = create_services(tmp_path / "other", passphrase)
    try:
        with pytest.raises(KeyStoreError, match="backup passphrase is wrong"):
            fresh.keys.restore(backup, "not the passphrase at all")
        document = json.loads(backup.read_text())
        sealed = bytearray(document["sealed"].encode())
        sealed[20] = ord("A") if sealed[20] != ord("A") else ord("B")
        altered = tmp_path / "altered.json"
        altered.write_text(json.dumps({**document, "sealed": sealed.decode()}))
        with pytest.raises(KeyStoreError, match="backup passphrase is wrong, or the backup file was changed"):
            fresh.keys.restore(altered, BACKUP_PHRASE)
        renamed = tmp_path / "renamed.json"   # the sealed keys are bound to the identity they name
        body_identity = world.body.keys.identity("body").to_json()
        renamed.write_text(json.dumps({**document, "identity": body_identity}))
        with pytest.raises(KeyStoreError, match="wrong, or the backup file was changed"):
            fresh.keys.restore(renamed, BACKUP_PHRASE)
        for junk in (b"", b"{}", b"[1, 2]", b"\xff\xfe", json.dumps({**document, "kdf": {"name": "scrypt", "n": 2,
                                                                                        "r": 8, "p": 1}}).encode()):
            (tmp_path / "junk.json").write_bytes(junk)
            with pytest.raises(KeyStoreError, match="not a readable ExamStation key backup"):
                fresh.keys.restore(tmp_path / "junk.json", BACKUP_PHRASE)
        with pytest.raises(KeyStoreError, match="shorter than"):
            world.center.keys.backup("center", tmp_path / "short.json", "short")
        assert not fresh.keys.has("center")   # nothing was half-restored
    finally:
        fresh.close()


def test_backup_and_restore_from_the_command_line(world: World, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("EXAMSTATION_BACKUP_PASSPHRASE", BACKUP_PHRASE)
    backup = tmp_path / "b.json"
    status, out, err = run_inline(capsys, "--home", world.center.home.root, "keys", "backup", "--role", "center",
                                  "-o", backup)
    assert status == 0 and "Keep the file and the passphrase apart" in out, err
    status, out, err = run_inline(capsys, "--home", tmp_path / "station-2", "keys", "restore", backup,
                                  "--store", "file")
    assert status == 0 and "Restored the center keys" in out and "Trusted again: body" in out, err
    monkeypatch.setenv("EXAMSTATION_BACKUP_PASSPHRASE", "a different passphrase")
    status, _, err = run_inline(capsys, "--home", tmp_path / "station-3", "keys", "restore", backup)
    assert_one_line_refusal(status, err, "backup passphrase is wrong")


@given(st.one_of(st.binary(max_size=300), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["format", "identity", "trusted", "kdf", "sealed", "salt", "n"]), inner, max_size=4),
    max_leaves=10).map(lambda value: json.dumps(value).encode())))
@settings(max_examples=200, deadline=None)
def test_any_file_is_a_backup_or_one_clear_refusal(data: bytes) -> None:
    from app.crypto.key_backup import open_backup
    with pytest.raises(KeyStoreError, match="not a readable ExamStation key backup"):
        open_backup(data, BACKUP_PHRASE)
