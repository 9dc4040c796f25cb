"""The suite's key stretching: the cheapest scrypt cost that ExamStation still reads from a file.

A station stretches a passphrase or release code with scrypt at 2^17 x 8 (128 MiB) and hashes a
PIN at 2^15 x 8: a third of a second each alone, two seconds on a loaded two-core machine. The
suite makes hundreds of homes, key files, packages and accounts and opens them again and again,
and two thirds of the time of a test that does so went to stretching (measured: 127 of 191 s in
the marking, transfer, discovery and history bundle tests). The cost is written into every key
file, package and hash beside its salt and read back from there (within the bounds
`check_scrypt_params` holds for files from elsewhere), so the tests write theirs at the lowest
cost those bounds accept: every reader, writer and check runs as in the app, only less memory
is filled. The shipped app has no such setting: this module rebinds the app's constants from the
test session only (tests/conftest.py), and processes a test starts write at the real cost.

Tests of the stretching itself (the costs the app writes, the documented vectors, an unknown
name's refusal taking as long as a real one's) ask for `real_key_stretching`.
"""

from __future__ import annotations

import pytest

from app.crypto import envelope, keystore, passwords

# The lowest n the readers accept (MIN_RELEASE_SCRYPT_N, the key files' and PIN hashes' min_n),
# and r = 1: 2 MiB, a few milliseconds.
CHEAP = {"n": 2**14, "r": 1, "p": 1}

# (module, constant): each is read by the app when it writes, so rebinding it changes what it writes.
CONSTANTS = ((keystore, "KEYFILE_SCRYPT"), (envelope, "RELEASE_SCRYPT"), (passwords, "PARAMS"))
REAL = {name: dict(getattr(module, name)) for module, name in CONSTANTS}


def cheapen(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, name in CONSTANTS:
        monkeypatch.setattr(module, name, dict(CHEAP))


def restore(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, name in CONSTANTS:
        monkeypatch.setattr(module, name, dict(REAL[name]))
