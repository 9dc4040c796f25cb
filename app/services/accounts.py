"""Station accounts (administrator, proctor, evaluator), sign-in with lockout, and the
audit log every proctor and evaluator action is written to."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from app.domain.errors import ExamStationError, template
from app.services.clock import Clock, utc_now

if TYPE_CHECKING:  # the store (SQLAlchemy), the password hashes and the audit chain's checks (hashlib) load
    # on first real use, after the first screen
    from app.domain.audit import AuditEntry, SessionAuditMac
    from app.store.accounts import Account as StoredAccount, AccountRepository
    from app.store.audit import AuditRepository
    from app.store.database import Database

ROLES = ("admin", "proctor", "evaluator", "marker", "adjudicator")  # the last two mark at the body
MAX_FAILURES = 5          # consecutive wrong passwords or PINs before the account locks
LOCK_SECONDS = 15 * 60    # long enough to stop guessing, short enough not to strand a session
MIN_PASSWORD, MIN_PIN = 8, 4


class SignInRefused(ExamStationError):
    """Wrong user name, password or PIN, or a locked account."""


@dataclass(frozen=True, slots=True)
class Account:
    """A station account as the screens see it: no password or PIN hash ever leaves the service."""

    username: str
    display_name: str
    role: str
    active: bool
    has_pin: bool
    locked_minutes: int | None  # minutes until a lock after wrong tries ends; None when not locked


class AccountService:
    def __init__(self, database: Callable[[], Database], clock: Clock = utc_now,
                 wall: Callable[[], float] = time.time,
                 session_audit: Callable[[], SessionAuditMac | None] | None = None,
                 at_a_glance: Callable[[], bool | None] | None = None) -> None:
        """`session_audit`: what authenticates each session's audit entries (KeyService.session_audit_chain).
        `at_a_glance`: whether an administrator exists, read without opening the database (None: cannot tell)."""
        self._database, self.clock, self.wall = database, clock, wall
        self._session_audit = session_audit
        self._at_a_glance = at_a_glance

    @property
    def _accounts(self) -> AccountRepository:
        from app.store.accounts import AccountRepository
        return AccountRepository(self._database())

    @property
    def _audit(self) -> AuditRepository:
        from app.store.audit import AuditRepository
        return AuditRepository(self._database(), self._session_audit)

    def first_run_needed(self) -> bool:
        admin = self._at_a_glance() if self._at_a_glance is not None else None
        if admin is not None:  # the first screen asks before the database is opened
            return not admin
        return self._accounts.count("admin") == 0

    def list_accounts(self, role: str | None = None, active_only: bool = False) -> list[Account]:
        """Accounts by user name, optionally of one role and only those not disabled."""
        return [self._public(a) for a in self._accounts.all()
                if (role is None or a.role == role) and (a.active or not active_only)]

    def get(self, username: str) -> Account | None:
        found = self._accounts.get(username)
        return self._public(found) if found else None

    def audit_entries(self, actor: str | None = None, action_prefix: str | None = None,
                      subject: str | None = None) -> list[AuditEntry]:
        """The audit log, oldest first, optionally narrowed to one actor, kind of action or subject."""
        return self._audit.entries(actor, action_prefix, subject)

    def audit_count(self) -> int:
        return self._audit.count()

    def create(self, username: str, display_name: str, role: str, password: str, pin: str | None = None,
               by: str | None = None) -> Account:
        """The first administrator needs no `by`; every later account is made by an administrator."""
        from app.crypto.passwords import hash_secret
        from app.store.accounts import Account as StoredAccount
        if role not in ROLES:
            raise ExamStationError("Unknown role '{role}'.", "Use admin, proctor, evaluator, marker or adjudicator.",
                                   role=role)
        if not self.first_run_needed() and (by is None or self._role_of(by) != "admin"):
            raise SignInRefused("Only a station administrator can create accounts.", "Sign in as one.")
        _check_secret(password, MIN_PASSWORD, "password")
        if pin is not None:
            _check_secret(pin, MIN_PIN, "PIN", digits=True)
        account = StoredAccount(username.strip(), display_name.strip(), role, hash_secret(password),
                                hash_secret(pin) if pin else None, 0, None, True)
        if not account.username or not account.display_name:
            raise ExamStationError("A user name and a display name are needed.", "Fill in both.")
        self._accounts.add(account, self.clock())
        self.record(by or account.username, "account.created", account.username, {"role": role})
        return self._public(account)

    def sign_in(self, username: str, secret: str, kind: str = "password") -> Account:
        """The account if the password (or PIN) is right; SignInRefused otherwise, counting failures."""
        from app.crypto.passwords import spend_verify_time, verify_secret
        account = self._accounts.get(username.strip())
        generic = SignInRefused("The user name or the PIN is wrong." if kind == "pin" else
                                "The user name or the password is wrong.",
                                "Try again; after 5 wrong tries the account locks for 15 minutes.")
        if account is None or not account.active:
            spend_verify_time(secret)  # an unknown name must not answer faster than a real one
            raise generic
        now = self.wall()
        counted = self._accounts.count_try(account.username, now, MAX_FAILURES, LOCK_SECONDS)
        if counted is None:
            until = (self._accounts.get(account.username) or account).locked_until or now
            minutes = max(1, round((until - now) / 60))
            raise SignInRefused("The account '{username}' is locked after repeated wrong tries.",
                                "Try again in {minutes} minute(s), or ask a station administrator.",
                                username=username, minutes=minutes)
        stored = account.pin_hash if kind == "pin" else account.password_hash
        if stored and verify_secret(secret, stored):
            self._accounts.record_success(account.username)
            return self._public(account)
        if not stored:
            spend_verify_time(secret)
        failures, locked_until = counted
        self.record(account.username, "account.sign_in_failed", account.username,
                    {"kind": kind, "failures": failures, "locked": locked_until is not None})
        if locked_until:
            raise SignInRefused("The account '{username}' is now locked after {failures} wrong tries.",
                                "Try again in 15 minutes, or ask a station administrator.",
                                username=username, failures=failures)
        raise generic

    def check_pin(self, username: str, pin: str, role: str | None = None) -> bool:
        """For lockdown exit and evaluator sign-off: True only for the right PIN of the right role."""
        try:
            account = self.sign_in(username, pin, kind="pin")
        except SignInRefused:
            return False
        return role is None or account.role in (role, "admin")

    def record(self, actor: str, action: str, subject: str, details: dict | None = None) -> AuditEntry:
        at = datetime.fromtimestamp(self.wall(), timezone.utc).isoformat(timespec="milliseconds")
        return self._audit.append(at, actor, action, subject, details or {})

    def audit_problem(self) -> str | None:
        """None if the audit chain is whole, else which entry breaks it and how."""
        from app.domain.audit import first_broken
        broken = first_broken(self._audit.entries())
        return None if broken is None else template("entry {seq}: {problem}", seq=broken[0], problem=broken[1])

    def session_audit(self, session_id: str) -> list[tuple[int | None, AuditEntry, str | None]]:
        """The session's own authenticated chain of entries: (place in it, entry, MAC)."""
        return self._audit.of_session(session_id)

    def session_audit_problem(self, session_id: str) -> str | None:
        """None if the session's authenticated audit chain is whole (or this home cannot check it:
        no center key), else what is wrong, in words."""
        from app.domain.audit import first_broken_session_link
        chain = self._session_audit() if self._session_audit else None
        if chain is None:
            return None
        return first_broken_session_link(session_id, self._audit.of_session(session_id), chain)

    # -- an administrator's changes to an account (each needs the administrator's own PIN) --------
    def unlock(self, username: str, by: str, secret: str) -> Account:
        """Lift a lock after wrong passwords or PINs before its 15 minutes are up."""
        target = self._authorized_change(username, by, secret)
        self._accounts.record_success(target.username)  # no tries counted, no lock
        self.record(by, "account.unlocked", target.username)
        return self._public(self._accounts.get(target.username) or target)

    def reset_pin(self, username: str, new_pin: str, by: str, secret: str) -> Account:
        """A new PIN for someone who forgot theirs; it also lifts a lock from wrong PINs."""
        target = self._authorized_change(username, by, secret)
        _check_secret(new_pin, MIN_PIN, "PIN", digits=True)
        from app.crypto.passwords import hash_secret
        self._accounts.set_pin(target.username, hash_secret(new_pin))
        self._accounts.record_success(target.username)
        self.record(by, "account.pin_reset", target.username)
        return self._public(self._accounts.get(target.username) or target)

    def set_active(self, username: str, active: bool, by: str, secret: str) -> Account:
        """Disable an account (it can no longer sign in or give a PIN) or enable it again. The
        last enabled administrator stays: without one nobody could manage the station."""
        target = self._authorized_change(username, by, secret)
        if not active and target.role == "admin" and target.active and self._enabled_admins() <= 1:
            raise ExamStationError("This is the station's last enabled administrator, so it stays enabled.",
                                   "Add or enable another administrator first.")
        self._accounts.set_active(target.username, active)
        self.record(by, "account.enabled" if active else "account.disabled", target.username)
        return self._public(self._accounts.get(target.username) or target)

    def _authorized_change(self, username: str, by: str, secret: str) -> StoredAccount:
        """The account to change, once `by` is proven an enabled administrator: their PIN (their
        password if they have no PIN), counted against their own lock like any other try."""
        admin = self._accounts.get(by)
        if admin is None or admin.role != "admin" or not admin.active:
            raise SignInRefused("Only a station administrator can change accounts.", "Sign in as one.")
        kind = "pin" if admin.pin_hash else "password"
        self.sign_in(by, secret, kind=kind)  # raises SignInRefused: wrong, or now locked
        target = self._accounts.get(username)
        if target is None:
            raise ExamStationError("There is no account '{username}'.", "Choose an account from the list.",
                                   username=username)
        return target

    def _enabled_admins(self) -> int:
        return sum(1 for a in self._accounts.all() if a.role == "admin" and a.active)

    def _role_of(self, username: str) -> str | None:
        account = self._accounts.get(username)
        return account.role if account else None

    def _public(self, account: StoredAccount) -> Account:
        return Account(account.username, account.display_name, account.role, account.active,
                       account.pin_hash is not None, self._locked_minutes(account))

    def _locked_minutes(self, account: StoredAccount) -> int | None:
        now = self.wall()
        if not account.locked_until or now >= account.locked_until:
            return None
        return max(1, round((account.locked_until - now) / 60))


def _check_secret(secret: str, minimum: int, what: str, digits: bool = False) -> None:
    if len(secret) < minimum or (digits and not secret.isdigit()):
        if what == "PIN":
            raise ExamStationError("The PIN must have at least {minimum} digits.", "Choose a longer PIN.",
                                   minimum=minimum)
        raise ExamStationError("The password must have at least {minimum} characters.", "Choose a longer password.",
                               minimum=minimum)
