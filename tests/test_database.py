"""The station database: durable SQLite settings, migrations from code, a backup before
migrating, and a refusal to open a schema newer than the program."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.errors import DatabaseError
from app.store.database import MIGRATIONS, head_revision, open_database, sqlite_url
from app.store.repositories import SettingsRepository


def test_pragmas_and_schema(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "s.db"), tmp_path / "backups")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    assert db.backup is None  # a new database has nothing to back up
    SettingsRepository(db).put("station_name", "Room 4")
    db.close()
    again = open_database(sqlite_url(tmp_path / "s.db"), tmp_path / "backups")
    assert SettingsRepository(again).get("station_name") == "Room 4" and again.backup is None
    again.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_database(sqlite_url(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(path)
    with pytest.raises(DatabaseError, match="newer than this ExamStation knows"):
        open_database(sqlite_url(path), tmp_path / "backups")
    assert _digest(path) == before and not (tmp_path / "backups").exists()


def test_migrating_takes_a_backup_first(tmp_path: Path) -> None:
    # A second migration in a copy of the real folder stands in for the next release.
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations)
    head = head_revision()
    (migrations / "versions" / "9999_next.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\nrevision = "next"\ndown_revision = "{head}"\n'
        'branch_labels = None\ndepends_on = None\n\n'
        'def upgrade():\n    op.add_column("settings", sa.Column("note", sa.Text(), nullable=True))\n\n'
        'def downgrade():\n    op.drop_column("settings", "note")\n')
    path = tmp_path / "s.db"
    old = open_database(sqlite_url(path))
    SettingsRepository(old).put("k", "v")
    old.close()

    new = open_database(sqlite_url(path), tmp_path / "backups", migrations)
    assert new.backup is not None and new.backup.name.startswith(f"s-{head}-before-next-")
    with sqlite3.connect(new.backup) as copy:
        assert copy.execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("v",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    with new.engine.connect() as connection:
        assert "note" in [row[1] for row in connection.execute(text("PRAGMA table_info(settings)"))]
    new.close()


def test_an_unusable_path_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="cannot be opened"):
        open_database(sqlite_url(tmp_path / "no" / "such" / "folder" / "s.db"))
    (tmp_path / "garbage.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot be opened"):
        open_database(sqlite_url(tmp_path / "garbage.db"))


def test_the_same_models_and_migrations_run_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from sqlalchemy import create_engine
    database = f"station_{tmp_path.name[-8:].lower().replace('-', '_')}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    url = postgres_url.rsplit("/", 1)[0] + "/" + database
    db = open_database(url, tmp_path / "backups")
    SettingsRepository(db).put("k", "v")
    db.close()
    again = open_database(url, tmp_path / "backups")
    assert SettingsRepository(again).get("k") == "v" and again.backup is None
    with again.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    again.close()


def test_the_fast_path_head_matches_the_migrations() -> None:
    from app.store.database import SCHEMA_HEAD
    assert SCHEMA_HEAD == head_revision(), "add the new revision to SCHEMA_HEAD in app/store/database.py"


def test_the_station_database_is_opened_once_when_threads_ask_at_the_same_moment(tmp_path) -> None:
    """Screens' background work and the UI thread may open it together (found by the start-up
    check of the body's window: two openings migrated twice and closed each other's connection)."""
    import threading
    from app.services.home import Home
    from app.services.station import StationService
    station = StationService(Home.open(tmp_path / "home"), clock=lambda: None)
    start, opened = threading.Barrier(8), []

    def open_it() -> None:
        start.wait()
        opened.append(station.db)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert len(opened) == 8 and all(db is opened[0] for db in opened)
    finally:
        station.close()
