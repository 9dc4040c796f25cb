"""Opens the database: durable SQLite settings, migrations from code, backup first,
and a refusal to touch a schema written by a newer program."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DatabaseError
from app.fsutil import create_private_file, private_folder, tighten_file

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so an up-to-date database opens
# without importing Alembic (a third of start-up time); a test checks it against Alembic.
SCHEMA_HEAD = "0014"


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None  # the copy taken before migrating, if one was needed

    def close(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def open_database(url: str, backup_dir: Path | None = None, migrations: Path = MIGRATIONS) -> Database:
    """Open (creating if new) and migrate to this program's schema (`migrations` for tests)."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        _private_sqlite_files(engine.url.database)
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        backup = _migrate(engine, backup_dir, migrations)
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        cause = getattr(error, "orig", None) or error  # the driver's own error, when there is one
        raise DatabaseError("The database cannot be opened ({kind}: {detail}).",
                            "Check the path or server address and that it is writable.",
                            kind=type(cause).__name__, detail=str(cause).splitlines()[0]) from None
    return Database(engine, sessionmaker(engine, expire_on_commit=False), backup)


def _private_sqlite_files(database: str | None) -> None:
    """Answers and results are in this file: 0600 from its first byte. SQLite gives its -wal,
    -shm and -journal files the database file's permissions, so they are private too."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.is_dir():  # else SQLite's own "unable to open" is the clearer refusal
        create_private_file(path)
        for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            tighten_file(companion)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _alembic_config(migrations: Path = MIGRATIONS):
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision(migrations: Path = MIGRATIONS) -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_alembic_config(migrations)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision_on(connection)


def _migrate(engine: Engine, backup_dir: Path | None, migrations: Path) -> Path | None:
    current = current_revision(engine)
    if current == SCHEMA_HEAD and migrations == MIGRATIONS:
        return None  # the common case: nothing to do, and no Alembic import
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError
    config = _alembic_config(migrations)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseError("The database has schema '{current}', newer than this ExamStation knows "
                                "(up to '{head}').", "Install the newer ExamStation that wrote it; "
                                "nothing was changed.", current=current, head=head) from None
    backup = _backup(engine, backup_dir, current, head) if current is not None else None
    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":  # one migrator at a time; the others wait, then see head
                connection.execute(text("SELECT pg_advisory_xact_lock(73711)"))
                if _revision_on(connection) == head:
                    return backup
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError:
        if current_revision(engine) != head:  # not another process migrating at the same moment
            raise
    log.info("database migrated from %s to %s", current, head)
    return backup


def _revision_on(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup(engine: Engine, backup_dir: Path | None, current: str, head: str | None) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or backup_dir is None:
        log.warning("no automatic backup before migrating %s: back it up with its own tools", engine.url.render_as_string())
        return None
    private_folder(backup_dir)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{Path(database).stem}-{current}-before-{head}-{stamp}.db"
    create_private_file(target)  # a copy of every answer: as private as the database
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    log.info("database backed up to %s before migrating", target)
    return target
