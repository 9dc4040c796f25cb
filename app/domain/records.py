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
