"""Lockdown mode for the candidate's exam window: full screen on every screen, keys and
clipboard held, leaving recorded, exit only with the proctor's PIN, one copy per station.
What each OS allows is in docs/security.md.

Only the Qt parts live here. The rules are plain Python below the UI, shared with the
readiness check: app/domain/lockdown_policy.py (keys, screens), app/domain/forbidden_programs.py
and app/services/program_scanner.py (forbidden programs), app/domain/incidents.py (what is
recorded). The names below load on first use, so importing this package needs no Qt.
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
