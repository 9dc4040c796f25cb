"""The audit log: append-only and hash-chained, so a changed, deleted or reordered entry
is detected. Each entry's hash covers the previous entry's hash and its own content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

from app.domain.errors import template

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str           # ISO 8601 UTC
    actor: str        # who did it (account name), or "system"
    action: str       # e.g. "attempt.paused", "checklist.signed"
    subject: str      # what it was done to (attempt id, candidate id, ...)
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""

    def content(self) -> bytes:
        body = {k: v for k, v in asdict(self).items() if k != "hash"}
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(entry: AuditEntry) -> str:
    return hashlib.sha256(entry.content()).hexdigest()


def next_entry(previous: AuditEntry | None, at: str, actor: str, action: str, subject: str,
               details: dict[str, Any] | None = None) -> AuditEntry:
    seq = previous.seq + 1 if previous else 1
    draft = AuditEntry(seq, at, actor, action, subject, dict(details or {}),
                       previous.hash if previous else GENESIS)
    return AuditEntry(**{**asdict(draft), "hash": chain_hash(draft)})


def first_broken(entries: Iterable[AuditEntry]) -> tuple[int, str] | None:
    """(seq, reason) of the first entry that breaks the chain, or None if it is whole."""
    previous_hash, expected_seq = GENESIS, 1
    for entry in entries:
        if entry.seq != expected_seq:
            return entry.seq, template("expected entry {seq} here (deleted or reordered)", seq=expected_seq)
        if entry.prev_hash != previous_hash:
            return entry.seq, template("does not follow the entry before it (deleted or reordered)")
        if chain_hash(entry) != entry.hash:
            return entry.seq, template("its content was changed")
        previous_hash, expected_seq = entry.hash, expected_seq + 1
    return None


# Each session's entries also form a chain of their own, authenticated with a key only the
# center's identity can produce (app.crypto.chain.SessionAuditChain): that chain, not the
# station-wide hash chain above, is what a result bundle carries and the body checks.
# (session id, previous MAC, place in the session's chain, entry) -> this entry's MAC, hex
SessionAuditMac = Callable[[str, str, int, AuditEntry], str]

# About the export itself: written after the bundle is made, so never part of what it carries.
OUTSIDE_SESSION_CHAIN = frozenset({"session.exported"})


def session_entry_content(session_id: str, number: int, entry: AuditEntry) -> bytes:
    """The bytes an entry's session MAC covers: what it says and where it stands in the session's
    chain (not the station-wide seq, which counts other sessions' entries too)."""
    return json.dumps({"session": session_id, "n": number, "at": entry.at, "actor": entry.actor,
                       "action": entry.action, "subject": entry.subject, "details": entry.details},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def first_broken_session_link(session_id: str, chained: Iterable[tuple[int | None, AuditEntry, str | None]],
                              mac: SessionAuditMac, previous: str = GENESIS, start: int = 1) -> str | None:
    """None if the session's entries (number, entry, MAC), from `start` after `previous`, each carry
    the MAC the chain gives them; else what is wrong, in words."""
    expected = start
    for number, entry, given in chained:
        if number != expected:
            return template("audit entry {number} of the session is missing (deleted or reordered)", number=expected)
        if given is None:
            return template("audit entry {number} of the session was stored without its authentication",
                            number=number)
        if mac(session_id, previous, number, entry) != given:
            return template("audit entry {number} of the session ({action}) was changed or inserted",
                            number=number, action=action_words(entry.action))
        previous, expected = given, expected + 1
    return None


def action_words(action: str) -> str:
    """An audit action inside a sentence: the stored name in English (the command line and the
    logs have always said "(attempt.paused)"), words a screen translates ("pausa de un intento")."""
    return {
        "account.created": template("account.created"), "account.sign_in_failed": template("account.sign_in_failed"),
        "account.signed_in": template("account.signed_in"), "account.signed_out": template("account.signed_out"),
        "account.unlocked": template("account.unlocked"), "account.pin_reset": template("account.pin_reset"),
        "account.enabled": template("account.enabled"), "account.disabled": template("account.disabled"),
        "attempt.paused": template("attempt.paused"), "attempt.resumed": template("attempt.resumed"),
        "attempt.extended": template("attempt.extended"), "attempt.voided": template("attempt.voided"),
        "attempt.incident": template("attempt.incident"), "candidate.admitted": template("candidate.admitted"),
        "checklist.signed": template("checklist.signed"), "checklist.reconciled": template("checklist.reconciled"),
        "marking.marked": template("marking.marked"), "keys.created": template("keys.created"),
        "keys.restored": template("keys.restored"), "keys.trusted": template("keys.trusted"),
        "session.started": template("session.started"), "session.ended": template("session.ended"),
        "session.closed": template("session.closed"), "session.exported": template("session.exported"),
        "session.simulated": template("session.simulated"), "room.opened": template("room.opened"),
        "room.paired": template("room.paired"), "room.pairing_refused": template("room.pairing_refused"),
        "room.refused": template("room.refused"), "room.assigned": template("room.assigned"),
        "room.moved": template("room.moved"), "room.seat_removed": template("room.seat_removed"),
        "room.claim_refused": template("room.claim_refused"), "room.tablet_signed_in": template("room.tablet_signed_in"),
        "room.tablet_sign_in_refused": template("room.tablet_sign_in_refused"),
        "room.tablet_refused": template("room.tablet_refused"), "room.local_seat_exit": template("room.local_seat_exit"),
        "room.local_seat_closed": template("room.local_seat_closed"),
        "room.local_seat_ended": template("room.local_seat_ended"),
        "room.local_seat_restarted": template("room.local_seat_restarted"),
        "room.local_seat_failed": template("room.local_seat_failed"),
    }.get(action, action)
