"""The bulk write of an import (one statement per table: COPY on PostgreSQL, executemany of
many-row INSERTs on SQLite) leaves exactly the rows the ORM's unit of work writes, object by object, for the same
bundles: a first bundle, then a supplement that extends attempts the body holds."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import app.services.results as results_service
import app.store.results as store_results
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


ROW = st.tuples(st.text(max_size=8), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False),
                st.none() | st.booleans(), st.text(max_size=3) | st.integers().filter(lambda n: abs(n) < 2**63))


def _stored(rows: list[tuple], insert) -> list[tuple]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d BOOLEAN, e)")
        insert(connection, [(n, *row) for n, row in enumerate(rows)])
        return [tuple((type(v), v) for v in row) for row in connection.execute("SELECT * FROM t ORDER BY n")]
    finally:
        connection.close()


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(ROW, max_size=40), per=st.integers(1, 9))
def test_rows_written_several_per_statement_are_the_rows_executemany_writes(rows: list[tuple], per: int) -> None:
    """Any number of rows, whole statements of `per` rows and a rest: the same values of the same
    types, in the same order, as one INSERT per row."""
    columns = ["n", "a", "b", "c", "d", "e"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_results, "ROWS_PER_STATEMENT", per)
        chunked = _stored(rows, lambda c, values: store_results._sqlite_insert(c, "t", columns, values))
    plain = _stored(rows, lambda c, values: c.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", values))
    assert chunked == plain


def test_rows_per_statement_stay_under_sqlites_limit_of_parameters() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)  # 3 rows of 6 columns at most
        connection.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a, b, c, d, e)")
        store_results._sqlite_insert(connection, "t", ["n", "a", "b", "c", "d", "e"],
                                     [(n, "x", n, 0.5, None, b"") for n in range(10)])
        assert [r[0] for r in connection.execute("SELECT n FROM t ORDER BY n")] == list(range(10))
    finally:
        connection.close()


def test_a_repeated_row_in_a_statement_of_many_is_an_integrity_error() -> None:
    """As from the ORM: the import words it as a conflict or the bundle already imported."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a)")
        with pytest.raises(IntegrityError):
            store_results._sqlite_insert(connection, "t", ["n", "a"], [(n % 50, "x") for n in range(100)])
    finally:
        connection.close()
