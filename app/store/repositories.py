"""Repositories: the only way services read and write rows; they return domain records."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.records import KnownPackage
from app.store.database import Database
from app.store.models import PackageRecord, Setting


class PackageRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_opened(self, package: KnownPackage) -> None:
        """Insert the package, or update its path and last-opened time."""
        with self.db.sessions.begin() as session:
            row = session.get(PackageRecord, package.package_id)
            if row is None:
                session.add(PackageRecord(**_fields(package)))
            else:
                row.path, row.last_opened = package.path, package.last_opened

    def all(self) -> list[KnownPackage]:
        with self.db.sessions() as session:
            rows = session.scalars(select(PackageRecord).order_by(PackageRecord.last_opened.desc())).all()
            return [KnownPackage(**_fields(r)) for r in rows]


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.sessions() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def put(self, key: str, value: str) -> None:
        with self.db.sessions.begin() as session:
            session.merge(Setting(key=key, value=value))


def _fields(obj: object) -> dict:
    names = KnownPackage.__dataclass_fields__
    return {name: getattr(obj, name) for name in names}
