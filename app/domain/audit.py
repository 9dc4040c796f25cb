"""The audit log: append-only and hash-chained, so a changed, deleted or reordered entry
is detected. Each entry's hash covers the previous entry's hash and its own content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

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
            return entry.seq, f"expected entry {expected_seq} here (deleted or reordered)"
        if entry.prev_hash != previous_hash:
            return entry.seq, "does not follow the entry before it (deleted or reordered)"
        if chain_hash(entry) != entry.hash:
            return entry.seq, "its content was changed"
        previous_hash, expected_seq = entry.hash, expected_seq + 1
    return None
