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


def open_station(folder, exam):
    """A station database at `folder` with a session of `exam` open and clocks a test moves:
    (delivery service, clocks, database). The caller closes the database."""
    from datetime import datetime, timezone
    from app.domain.records import KnownPackage
    from app.services.delivery import DeliveryService
    from app.store.database import open_database, sqlite_url
    from app.store.repositories import PackageRepository
    db = open_database(sqlite_url(folder / "station.db"))
    clocks = Clocks()
    service = DeliveryService(lambda: db, monotonic=lambda: clocks.mono, wall=lambda: clocks.wall)
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p1", exam.id, exam.title, exam.version, "F", "/x", now, now))
    service.session_id = service.start_session("p1", exam)
    return service, clocks, db
