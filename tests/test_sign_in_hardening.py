"""Sign-in and PIN checks under attack: wrong tries from several processes at once are each
counted and the lock falls at exactly five; an unknown user name takes as long to refuse as a
real one (no timing oracle for which names exist)."""

from __future__ import annotations

import multiprocessing
from contextlib import contextmanager
import statistics
import time
from pathlib import Path

import pytest

from app.crypto import passwords
from app.crypto.passwords import DUMMY_HASH
from app.services.accounts import MAX_FAILURES, AccountService, SignInRefused
from app.services.context import create_services
from app.store.database import open_database, sqlite_url
from tests.conftest import passphrase

PIN = "2468"


@pytest.fixture
def station_db_file(tmp_path: Path) -> Path:
    return _station_db(tmp_path)


@pytest.fixture
def real_cost_station_db_file(real_key_stretching: None, tmp_path: Path) -> Path:
    """The accounts hashed at the app's cost (the suite's own are cheap: tests/key_stretching.py)."""
    return _station_db(tmp_path)


def _station_db(tmp_path: Path) -> Path:
    services = create_services(tmp_path / "home", passphrase)
    services.accounts.create("admin", "Admin", "admin", "long password 1")
    services.accounts.create("pat", "Pat Proctor", "proctor", "long password 2", pin=PIN, by="admin")
    services.close()
    return tmp_path / "home" / "station.db"


@contextmanager
def _accounts(database: Path):
    db = open_database(sqlite_url(database))
    try:
        yield AccountService(lambda: db)
    finally:
        db.close()


def _guess(database: Path, barrier, results, pin: str) -> None:
    """One process: wait until every process is ready, then try one PIN."""
    db = open_database(sqlite_url(database))
    accounts = AccountService(lambda: db)
    barrier.wait()
    try:
        accounts.sign_in("pat", pin, kind="pin")
        results.put("right")
    except SignInRefused as refused:
        results.put("locked" if "locked" in refused.message and "now" not in refused.message else "wrong")
    except Exception as error:  # noqa: BLE001 - the test reports what went wrong in the child
        results.put(f"error {type(error).__name__}: {error}")
    finally:
        db.close()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_wrong_pins_from_concurrent_processes_are_all_counted_and_lock_at_five(station_db_file: Path) -> None:
    context = multiprocessing.get_context("fork")
    count = MAX_FAILURES + 3
    barrier, results = context.Barrier(count), context.Queue()
    processes = [context.Process(target=_guess, args=(station_db_file, barrier, results, f"{1000 + i}"))
                 for i in range(count)]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    # Five guesses were checked (and counted); every later one met the lock, unchecked.
    assert outcomes == ["locked"] * 3 + ["wrong"] * MAX_FAILURES
    with _accounts(station_db_file) as accounts:
        account = accounts._accounts.get("pat")
        assert account.failed_attempts == MAX_FAILURES and account.locked_until is not None
        failed = accounts.audit_entries(action_prefix="account.sign_in_failed")
        assert len(failed) == MAX_FAILURES and accounts.audit_problem() is None


def test_a_right_pin_after_wrong_ones_resets_the_count(station_db_file: Path) -> None:
    with _accounts(station_db_file) as accounts:
        for _ in range(MAX_FAILURES - 1):
            assert accounts.check_pin("pat", "0000", role="proctor") is False
        assert accounts.check_pin("pat", PIN, role="proctor") is True
        assert accounts._accounts.get("pat").failed_attempts == 0
        for _ in range(MAX_FAILURES):
            accounts.check_pin("pat", "0000")
        assert accounts.check_pin("pat", PIN) is False  # locked: even the right PIN waits


def test_unknown_user_names_take_as_long_as_real_ones(real_cost_station_db_file: Path) -> None:
    with _accounts(real_cost_station_db_file) as accounts:
        real, unknown = [], []
        for round_ in range(3):  # interleaved, so a busy machine slows both alike
            for name, times in (("admin", real), (f"nobody{round_}", unknown)):
                started = time.perf_counter()
                with pytest.raises(SignInRefused, match="user name or the password is wrong"):
                    accounts.sign_in(name, "not the password")
                times.append(time.perf_counter() - started)
        assert statistics.median(unknown) > 0.5 * statistics.median(real), (unknown, real)


def test_the_dummy_hash_costs_what_a_real_one_costs(real_key_stretching: None) -> None:
    name, n, r, parallel, *_ = DUMMY_HASH.split("$")
    assert (name, int(n), int(r), int(parallel)) == ("scrypt", *passwords.PARAMS.values())
