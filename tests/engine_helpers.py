"""Helpers shared by the engine and candidate-screen tests: clocks a test moves, and SQLite
made to refuse writes by its own limits (a full disk, a read-only database)."""

from __future__ import annotations

from sqlalchemy import event


class Clocks:
    """Monotonic and wall clocks that move only when a test says so (seconds as floats)."""

    def __init__(self) -> None:
        self.mono, self.wall = 1000.0, 1_800_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


def restrict_writes(db, pragma: str) -> dict:
    """Make SQLite itself refuse writes on every new connection: a page budget (disk full) or
    query_only (read-only database; root ignores file modes), then drop the pooled connections
    so it takes effect. Set the returned {"on": False} and dispose again to lift it."""
    limit = {"on": True}

    def restrict(connection, _record) -> None:
        if limit["on"]:
            cursor = connection.cursor()
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}" if pragma == "max_page_count"
                           else "PRAGMA query_only = ON")
            cursor.close()

    event.listen(db.engine, "connect", restrict)
    db.engine.dispose()
    return limit
