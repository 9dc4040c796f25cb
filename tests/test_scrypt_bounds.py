"""scrypt settings read from files (key files, key backups, packages' release codes, PIN
hashes) are bounded: a file at the bounds is refused within seconds, one beyond them at once,
and no setting inside them makes scrypt fail for want of memory."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.crypto import primitives as p
from app.crypto.passwords import hash_secret, verify_secret
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.conftest import World

BACKUP_PHRASE = "backup phrase for bounds"


@pytest.fixture(scope="module")
def backup(shared_world: World, tmp_path_factory) -> dict:
    target = tmp_path_factory.mktemp("bounds") / "center.backup.json"
    shared_world.center.keys.backup("center", target, BACKUP_PHRASE)
    return json.loads(target.read_text())


def _restore_with(backup: dict, kdf: dict, tmp_path: Path, capsys, monkeypatch) -> tuple[int, str, float]:
    changed = dict(backup, kdf={**backup["kdf"], **kdf})
    (tmp_path / "b.json").write_text(json.dumps(changed))
    monkeypatch.setenv("EXAMSTATION_BACKUP_PASSPHRASE", "not the backup phrase")
    started = time.perf_counter()
    status, _, err = run_inline(capsys, "--home", tmp_path / "new", "keys", "restore", tmp_path / "b.json",
                                "--store", "file")
    return status, err, time.perf_counter() - started


@pytest.mark.parametrize("n, r, parallel", [
    (2**20, 8, 1),    # 1 GiB: was inside the bounds, took 13 s before "wrong passphrase"
    (2**16, 1, 1),    # was inside the bounds; OpenSSL refuses n >= 2^(16 r): MemoryError
    (2**18, 8, 3),    # more work than four default passes
])
def test_costly_or_impossible_settings_are_refused_at_once(backup, tmp_path, capsys, monkeypatch,
                                                           n, r, parallel) -> None:
    status, err, seconds = _restore_with(backup, {"n": n, "r": r, "p": parallel}, tmp_path, capsys, monkeypatch)
    assert_one_line_refusal(status, err, "not a readable ExamStation key backup")
    assert seconds < 1.0


def test_settings_at_the_bounds_are_refused_within_seconds(backup, tmp_path, capsys, monkeypatch) -> None:
    status, err, seconds = _restore_with(backup, {"n": 2**18, "r": 8, "p": 2}, tmp_path, capsys, monkeypatch)
    assert_one_line_refusal(status, err, "backup passphrase is wrong")
    assert seconds < 20  # about 2 s alone on this machine; generous for a loaded CI box


def test_every_accepted_setting_with_r_1_runs() -> None:
    # r = 1 is where OpenSSL's own condition bites; every accepted (n, p) must derive a key.
    accepted = [(n, parallel) for n in (2**k for k in range(14, 21)) for parallel in range(1, 17)
                if _accepted(n, 1, parallel)]
    assert accepted and all(n <= 2**15 for n, _ in accepted)
    for n, parallel in accepted:
        assert len(p.scrypt(b"x", b"s" * 16, n, 1, parallel)) == 32


def test_memory_is_capped_at_256_mib_and_work_at_four_default_passes() -> None:
    assert _accepted(2**20, 2, 1) and not _accepted(2**20, 3, 1) and not _accepted(2**19, 8, 1)
    assert _accepted(2**17, 8, 4) and not _accepted(2**17, 8, 5) and not _accepted(2**18, 8, 3)


def test_a_pin_hash_with_hostile_settings_is_a_wrong_pin_not_a_crash() -> None:
    good = hash_secret("2468")
    name, _n, _r, _p, salt, digest = good.split("$")
    for n, r, parallel in ((2**16, 1, 1), (2**20, 8, 16), (2**40, 8, 1)):
        assert verify_secret("2468", "$".join((name, str(n), str(r), str(parallel), salt, digest))) is False
    assert verify_secret("2468", good) is True


def _accepted(n: int, r: int, parallel: int) -> bool:
    try:
        p.check_scrypt_params(n, r, parallel, 2**14)
    except ValueError:
        return False
    return True
