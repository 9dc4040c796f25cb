"""The services' clock: a plain function of no arguments returning an aware UTC time (tests pass
their own). Its own module so that a service can name it without importing another service."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
