"""The station database of a home: opened (and migrated) once, on first use."""

from __future__ import annotations

import threading
from pathlib import Path

from app.domain.records import KnownPackage
from app.formats.package_reader import OpenedPackage
from app.services.home import Home
from app.services.packages import Clock
from app.store.database import Database, open_database, sqlite_url
from app.store.repositories import PackageRepository


class StationService:
    def __init__(self, home: Home, clock: Clock, url: str | None = None) -> None:
        self.home = home
        self.clock = clock
        self.url = url or sqlite_url(home.database_path)
        self._db: Database | None = None
        self._opening = threading.Lock()

    @property
    def db(self) -> Database:
        """Opened (and migrated) on first use, once: screens' background work and the UI thread
        may ask at the same moment, and two openings would migrate twice and close each other's."""
        if self._db is None:
            with self._opening:
                if self._db is None:
                    self._db = open_database(self.url, self.home.backups_dir)
        return self._db

    def is_open(self) -> bool:
        return self._db is not None

    def remember(self, opened: OpenedPackage) -> None:
        now = self.clock()
        manifest = opened.signed.manifest
        PackageRepository(self.db).record_opened(KnownPackage(
            package_id=opened.package_id, exam_id=opened.exam.id, exam_title=opened.exam.title,
            exam_version=opened.exam.version, signer_fingerprint=manifest["signer"]["fingerprint"],
            path=str(Path(opened.signed.path).resolve()), first_opened=now, last_opened=now))

    def known_packages(self) -> list[KnownPackage]:
        return PackageRepository(self.db).all()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
