"""Fixtures for the proctor's and the evaluator's services (no tests here; tests/conftest.py
registers it as a plugin): a station database and a session of the mini exam with two
candidates whose screens have started."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.domain.accommodations import Accommodations
from app.domain.records import KnownPackage
from app.formats.exam_source import load_exam_source
from app.services.accounts import AccountService
from app.services.delivery import DeliveryService
from app.services.proctoring import ProctorService
from app.store.repositories import PackageRepository
from tests.conftest import MINI_EXAM, station_database
from tests.engine_helpers import Clocks

EXAM = load_exam_source(MINI_EXAM)


@pytest.fixture
def station_db(tmp_path: Path, migrated_station_db: Path):
    """An empty station database in tmp_path."""
    db = station_database(migrated_station_db, tmp_path / "station.db")
    yield db
    db.close()


@pytest.fixture
def proctored_session(station_db):
    """(proctor service, session id, the two candidates' started screens, clocks the test moves)."""
    db = station_db
    clocks = Clocks()
    delivery = DeliveryService(lambda: db, monotonic=lambda: clocks.mono, wall=lambda: clocks.wall)
    accounts = AccountService(lambda: db, wall=lambda: clocks.wall)
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p", EXAM.id, EXAM.title, EXAM.version, "F", "/p", now, now))
    session = delivery.start_session("p", EXAM)
    attempts = []
    for number, name in (("C-1", "Ada"), ("C-2", "Grace")):
        candidate = delivery.check_in(session, number, name, Accommodations(), {"seat": number[-1]})
        attempts.append(delivery.create_attempt(session, candidate, EXAM, Accommodations(), form_id="A"))
    screens = [delivery.live(a, EXAM) for a in attempts]  # the candidates' screens
    for screen in screens:
        screen.start()
    return ProctorService(delivery, accounts), session, screens, clocks
