"""Plain records the store returns: what a station remembers between runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class KnownPackage:
    """A package this station has opened before (public details only)."""

    package_id: str
    exam_id: str
    exam_title: str
    exam_version: str
    signer_fingerprint: str
    path: str
    first_opened: datetime
    last_opened: datetime


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate checked in to a session. `details` holds the seat, the identity check,
    the accommodations and the prerequisites as recorded at check-in."""

    id: str
    session_id: str
    number: str
    name: str
    details: dict


@dataclass(frozen=True, slots=True)
class Attempt:
    """Which candidate sits which form in which session; what happened is in its events."""

    id: str
    session_id: str
    candidate_id: str
    form_id: str


@dataclass(frozen=True, slots=True)
class Session:
    """An exam session run on this station; `ended_at` is None while it is open."""

    id: str
    package_id: str
    exam_id: str
    title: str
    created_at: datetime
    ended_at: datetime | None
