"""Station accounts (slow hashes, lockout) and the hash-chained audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import ExamStationError
from app.services.accounts import LOCK_SECONDS, Account, AccountService, SignInRefused
from app.store.database import open_database, sqlite_url


class Wall:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def accounts(tmp_path: Path):
    db = open_database(sqlite_url(tmp_path / "station.db"))
    wall = Wall()
    service = AccountService(lambda: db, wall=wall)
    service.wall_clock = wall
    yield service
    db.close()


def test_first_run_then_only_admins_create_accounts(accounts: AccountService, tmp_path: Path) -> None:
    assert accounts.first_run_needed()
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    assert not accounts.first_run_needed()
    with pytest.raises(SignInRefused, match="Only a station administrator"):
        accounts.create("p1", "Pat Proctor", "proctor", "password12", pin="4321")
    accounts.create("p1", "Pat Proctor", "proctor", "password12", pin="4321", by="admin")
    with pytest.raises(ExamStationError, match="already exists"):
        accounts.create("p1", "Other", "proctor", "password12", by="admin")
    with pytest.raises(ExamStationError, match="at least 4 digits"):
        accounts.create("e1", "Eve", "evaluator", "password12", pin="12a", by="admin")
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("station.db*"))  # the WAL too
    assert b"password12" not in stored and b"scrypt$" in stored


def test_wrong_pin_locks_the_account_then_it_unlocks(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    accounts.create("p1", "Pat Proctor", "proctor", "password12", pin="4321", by="admin")
    assert accounts.sign_in("p1", "4321", kind="pin").role == "proctor"
    for _ in range(4):
        with pytest.raises(SignInRefused, match="wrong"):
            accounts.sign_in("p1", "0000", kind="pin")
    with pytest.raises(SignInRefused, match="now locked"):
        accounts.sign_in("p1", "0000", kind="pin")
    with pytest.raises(SignInRefused, match="locked"):
        accounts.sign_in("p1", "4321", kind="pin")  # even the right PIN, while locked
    assert not accounts.check_pin("p1", "4321")
    accounts.wall_clock.now += LOCK_SECONDS + 1
    assert accounts.check_pin("p1", "4321", role="proctor")
    assert not accounts.check_pin("p1", "4321", role="evaluator")
    failures = [e for e in accounts.audit_entries() if e.action == "account.sign_in_failed"]
    assert len(failures) == 5 and failures[-1].details["locked"] is True


def test_unknown_user_and_password_kinds(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    with pytest.raises(SignInRefused, match="user name or the password is wrong"):
        accounts.sign_in("nobody", "whatever1")
    assert accounts.sign_in("admin", "correct horse 1").username == "admin"
    assert not accounts.check_pin("admin", "1234")  # no PIN set


def _tamper(db_path: Path, sql: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.executescript(sql)


@pytest.mark.parametrize("sql, expected", [
    ("UPDATE audit_log SET details = '{\"minutes\": 60}' WHERE seq = 3", "entry 3: its content was changed"),
    ("UPDATE audit_log SET actor = 'someone' WHERE seq = 2", "entry 2: its content was changed"),
    ("DELETE FROM audit_log WHERE seq = 2", "entry 3: expected entry 2"),
    ("DELETE FROM audit_log WHERE seq = 1", "entry 2: expected entry 1"),
    ("UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
     "UPDATE audit_log SET seq = 3 WHERE seq = 100", "entry 2: does not follow"),
])
def test_any_change_to_the_audit_log_is_detected(accounts: AccountService, tmp_path: Path, sql, expected) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    accounts.record("admin", "attempt.extended", "attempt-1", {"minutes": 5, "reason": "projector"})
    accounts.record("admin", "attempt.paused", "attempt-1", {"reason": "fire alarm"})
    accounts.record("admin", "attempt.resumed", "attempt-1")
    assert accounts.audit_problem() is None
    _tamper(tmp_path / "station.db", sql)
    assert accounts.audit_problem().startswith(expected)


def test_audit_entries_filter(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    accounts.record("p1", "attempt.paused", "a1")
    accounts.record("p2", "attempt.voided", "a2")
    assert [e.subject for e in accounts.audit_entries(actor="p2")] == ["a2"]
    assert [e.actor for e in accounts.audit_entries(action_prefix="attempt.")] == ["p1", "p2"]
    assert accounts.audit_entries()[-1].seq == 3


def test_screens_get_accounts_without_secrets_and_the_lock_in_minutes(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")
    accounts.create("e1", "Eve Evaluator", "evaluator", "password12", pin="2468", by="admin")
    accounts.create("e2", "Sam Second", "evaluator", "password12", by="admin")
    assert not set(Account.__dataclass_fields__) & {"password_hash", "pin_hash", "failed_attempts"}
    assert isinstance(accounts.sign_in("e1", "password12"), Account)
    assert [a.username for a in accounts.list_accounts(role="evaluator", active_only=True)] == ["e1", "e2"]
    assert accounts.get("e1").has_pin and not accounts.get("e2").has_pin and accounts.get("nobody") is None
    for _ in range(5):
        assert not accounts.check_pin("e1", "0000")
    assert accounts.get("e1").locked_minutes == 15
    accounts.wall_clock.now += 10 * 60
    assert accounts.get("e1").locked_minutes == 5
    accounts.wall_clock.now += 5 * 60 + 1
    assert accounts.get("e1").locked_minutes is None


def test_an_administrator_unlocks_resets_and_disables_with_their_own_pin(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1", pin="1111")
    accounts.create("p1", "Pat Proctor", "proctor", "password12", pin="4321", by="admin")
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in("p1", "0000", kind="pin")
    assert accounts.get("p1").locked_minutes == 15
    with pytest.raises(SignInRefused, match="PIN is wrong"):
        accounts.unlock("p1", "admin", "9999")   # the administrator's own PIN, not the proctor's
    with pytest.raises(SignInRefused, match="Only a station administrator"):
        accounts.unlock("p1", "p1", "4321")
    assert accounts.unlock("p1", "admin", "1111").locked_minutes is None
    assert accounts.sign_in("p1", "4321", kind="pin").username == "p1"

    with pytest.raises(ExamStationError, match="at least 4 digits"):
        accounts.reset_pin("p1", "12", "admin", "1111")
    accounts.reset_pin("p1", "8765", "admin", "1111")
    assert not accounts.check_pin("p1", "4321") and accounts.check_pin("p1", "8765")

    accounts.set_active("p1", False, "admin", "1111")
    with pytest.raises(SignInRefused, match="password is wrong"):
        accounts.sign_in("p1", "password12")   # disabled: refused like a wrong password, nothing told
    assert not accounts.check_pin("p1", "8765")
    accounts.set_active("p1", True, "admin", "1111")
    assert accounts.sign_in("p1", "password12").active
    actions = [(e.actor, e.action, e.subject) for e in accounts.audit_entries(action_prefix="account.")
               if e.action != "account.sign_in_failed"]
    assert actions[-4:] == [("admin", "account.unlocked", "p1"), ("admin", "account.pin_reset", "p1"),
                            ("admin", "account.disabled", "p1"), ("admin", "account.enabled", "p1")]
    assert accounts.audit_problem() is None


def test_the_last_enabled_administrator_cannot_be_disabled(accounts: AccountService) -> None:
    accounts.create("admin", "Station Admin", "admin", "correct horse 1")   # no PIN: the password confirms
    with pytest.raises(ExamStationError, match="last enabled administrator"):
        accounts.set_active("admin", False, "admin", "correct horse 1")
    accounts.create("second", "Second Admin", "admin", "password12", pin="2222", by="admin")
    accounts.set_active("admin", False, "second", "2222")
    with pytest.raises(ExamStationError, match="last enabled administrator"):
        accounts.set_active("second", False, "second", "2222")
    with pytest.raises(SignInRefused, match="Only a station administrator"):
        accounts.set_active("admin", True, "admin", "correct horse 1")   # a disabled admin changes nothing
    assert [a.username for a in accounts.list_accounts(role="admin", active_only=True)] == ["second"]
