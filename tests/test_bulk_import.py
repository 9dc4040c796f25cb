"""The bulk write of an import (one statement per table: COPY on PostgreSQL, executemany on
SQLite) leaves exactly the rows the ORM's unit of work writes, object by object, for the same
bundles: a first bundle, then a supplement that extends attempts the body holds."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

import app.services.results as results_service
from app.services.context import create_services
from app.services.simulate import simulate
from app.store.results import ResultsRepository
from app.store.results_models import (
    ImportedBundleRecord, ResultAttemptRecord, ResultEvaluationRecord, ResultEventRecord, ResultResponseRecord,
)
from tests.conftest import RELEASE_CODE, World, copy_world, passphrase
from tests.postgres import fresh_postgres_database

TABLES = ("body_exams", "imported_bundles", "result_attempts", "result_responses", "result_events",
          "result_evaluations")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)


class UnitOfWorkWriter(ResultsRepository):
    """The plain ORM way, the reference: one mapped object per row, flushed by the session."""

    def write_import(self, rows) -> None:
        with self.db.sessions.begin() as s:
            s.add(ImportedBundleRecord(**rows.bundle))
            s.add_all(ResultAttemptRecord(**a) for a in rows.attempts)
            s.flush()
            for update in rows.updates:
                self._extend(s, update)
            s.add_all(ResultResponseRecord(**r) for r in rows.responses)
            s.add_all(ResultEventRecord(**e) for e in rows.events)
            s.add_all(ResultEvaluationRecord(**e) for e in rows.evaluations)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory, world_template: Path) -> tuple[World, list[Path]]:
    """A session of 12 exported, then a late incident on two attempts exported as a supplement."""
    root = tmp_path_factory.mktemp("bulk")
    world = copy_world(world_template, root)
    (root / "usb1").mkdir()
    (root / "usb2").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", "unused")
        session = simulate(world.center, world.package, RELEASE_CODE, 12, seed=9).session_id
        first = world.center.results.export(session, root / "usb1")
        exam = world.center.packages.open(world.package, RELEASE_CODE).exam
        for attempt in world.center.delivery.attempts(session)[:2]:
            world.center.proctoring.incident(attempt.id, exam, "other", "fire alarm after the export", by="sim")
        supplement = world.center.results.export(session, root / "usb2")
    assert supplement != first
    yield world, [first, supplement]
    world.close()


def _import_all(world: World, url: str, paths: list[Path]) -> dict[str, list[tuple]]:
    services = create_services(world.body.home.root, passphrase, clock=lambda: NOW, database_url=url)
    try:
        reports = [services.results.import_bundle(path) for path in paths]
        assert reports[0].attempts == 12 and reports[1].extended == 2, reports
        with services.station.db.engine.connect() as c:
            return {table: sorted((tuple(row) for row in c.execute(text(f"SELECT * FROM {table}"))), key=repr)
                    for table in TABLES}
    finally:
        services.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_bulk_import_writes_the_rows_the_unit_of_work_writes(bundles, tmp_path: Path, backend: str, request,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    world, paths = bundles
    if backend == "postgresql":
        server = request.getfixturevalue("postgres_url")
        urls = [fresh_postgres_database(server, "bulk_import"), fresh_postgres_database(server, "orm_import")]
    else:
        urls = [f"sqlite:///{tmp_path / 'bulk.db'}", f"sqlite:///{tmp_path / 'orm.db'}"]
    bulk = _import_all(world, urls[0], paths)
    monkeypatch.setattr(results_service, "ResultsRepository", UnitOfWorkWriter)
    reference = _import_all(world, urls[1], paths)
    assert [len(bulk[t]) for t in TABLES] == [len(reference[t]) for t in TABLES]
    assert len(bulk["result_events"]) > 12 * 10 and len(bulk["imported_bundles"]) == 2
    for table in TABLES:
        assert bulk[table] == reference[table], table
