"""A glance at a station's SQLite file with the standard library alone: what the desktop app's
first screen needs to choose itself (set-up or sign-in), answered before SQLAlchemy loads and
before the database is properly opened (migrated, backed up). Read-only: it never creates the
file, changes it or waits on a writer for long."""

from __future__ import annotations

import sqlite3
from pathlib import Path

WAIT_SECONDS = 2.0  # a writer holds the file briefly; past this, ask the real database instead


def has_account_with_role(path: Path, role: str) -> bool | None:
    """Whether the file holds an account of `role`; None when the glance cannot tell (the file
    is unreadable or not yet of a shape with accounts): the caller then opens the database."""
    if not path.exists():
        return False  # no database yet: no accounts (the first proper open creates it)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=WAIT_SECONDS)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT 1 FROM accounts WHERE role = ? LIMIT 1", (role,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row is not None
