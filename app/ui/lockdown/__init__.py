"""Lockdown mode for the candidate's exam window: full screen on every screen, keys and
clipboard held, leaving recorded, exit only with the proctor's PIN, one copy per station.
What each OS allows is in docs/security.md.

The names below load on first use, so that `policy` and `processes` (plain Python) can be
imported and tested where Qt is not installed.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "LockdownController": "app.ui.lockdown.controller",
    "LockdownOptions": "app.ui.lockdown.controller",
    "LockdownRefused": "app.ui.lockdown.controller",
    "AlreadyRunning": "app.ui.lockdown.instance",
    "SingleInstanceGuard": "app.ui.lockdown.instance",
    "private_lock_folder": "app.ui.lockdown.instance",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
