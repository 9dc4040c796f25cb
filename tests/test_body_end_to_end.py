"""The credential body's side of issue 14 end to end, through the command line and the window,
on SQLite and on the PostgreSQL server the tests start: result bundles from two centers (each
with its own keys, registered at the body, the package built for both, candidates simulated and
one session sat by hand with a blank and a voided answer) are imported with `results import`;
the written answers are marked on the Marking tab by keyboard; a decision is recorded and two
sessions released with `results decide/release`, the third on the Release tab; credentials are
issued on the Credentials tab and each verifies with `credential verify`. Then every figure of
the reports (pass rates by center, form statistics, item statistics, attempts left out) is
checked against SQL written here over the raw tables."""

from __future__ import annotations

import json
import math
import shutil
import statistics
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from app.services.context import create_services
from app.ui.admin.results_window import ResultsWindow
from tests.cli_helpers import Cli
from tests.conftest import PASSPHRASE, RELEASE_CODE, passphrase
from tests.marking_helpers import Sitting, marking_source, sit_and_export
from tests.postgres import fresh_postgres_database

CENTERS = {"north": "North Center", "south": "South Center"}
MARKER_PASSWORD = "marking-password-1"
ADMIN = "A. Admin"
EXCLUDE_REASON = "The candidate's screen failed halfway through"
CANDIDATES = 5   # simulated per center


@dataclass
class Built:
    root: Path
    body_file: Path
    bundles: list[Path]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    """Made once: the body and two centers with their own keys, the package built at the body's
    command line for both, sat (simulated, and one session by hand) and exported at each center."""
    root = tmp_path_factory.mktemp("body-e2e")
    cli = Cli(None)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        body = root / "body"
        assert cli("--home", body, "keys", "init", "--role", "body", "--name", "Test Credential Body", "--store", "file")[0] == 0
        assert cli("--home", body, "keys", "export", "--role", "body", "-o", root / "body.json")[0] == 0
        for home, name in CENTERS.items():
            assert cli("--home", root / home, "keys", "init", "--role", "center", "--name", name, "--store", "file")[0] == 0
            assert cli("--home", root / home, "keys", "export", "--role", "center", "-o", root / f"{home}.json")[0] == 0
            assert cli("--home", root / home, "keys", "trust", root / "body.json")[0] == 0
            assert cli("--home", body, "keys", "trust", root / f"{home}.json")[0] == 0
        package = root / "written.exampkg"
        status, _, err = cli("--home", body, "package", "build", marking_source(root, None), "--to", root / "north.json",
                             "--to", root / "south.json", "--release-code", RELEASE_CODE, "-o", package)
        assert status == 0, err
        usb = root / "usb"
        usb.mkdir()
        bundles = []
        for seed, home in enumerate(CENTERS, start=3):
            status, out, err = cli("--home", root / home, "simulate", "--package", package, "--release-code",
                                   RELEASE_CODE, "--candidates", str(CANDIDATES), "--seed", str(seed))
            assert status == 0, err
            status, out, err = cli("--home", root / home, "results", "export", "--session", out.strip(), "-o", usb)
            assert status == 0, err
            bundles.append(Path(out.strip()))
        north = create_services(root / "north", passphrase)
        try:   # by hand at North: an answer, a blank one, and an attempt the proctor voided
            _exam, hand = sit_and_export(north, package, [Sitting("Reverse current destroys the inverter."),
                                                          Sitting("  "), Sitting("Left early", voided=True)],
                                         usb, prefix="N")
        finally:
            north.close()
        bundles.append(hand)
    return Built(root, root / "body.json", bundles)


@pytest.fixture(params=["sqlite", "postgresql"])
def body(request, built: Built, tmp_path: Path, monkeypatch) -> tuple[Path, str | None]:
    """A copy of the body's home for this run, and the database URL (None: the home's SQLite)."""
    home = tmp_path / "body"
    shutil.copytree(built.root / "body", home)
    url = None
    if request.param == "postgresql":
        url = fresh_postgres_database(request.getfixturevalue("postgres_url"), "body_end_to_end")
    monkeypatch.setenv("EXAMSTATION_MARKER_PASSWORD", MARKER_PASSWORD)
    return home, url


def test_two_centers_imported_marked_released_and_credentialed(qtbot, built: Built, body, tmp_path: Path) -> None:
    home, url = body
    cli = Cli(None)
    db = ["--db", url] if url else []

    def run(*args) -> str:
        status, out, err = cli("--home", home, *args, *db)
        assert status == 0, err
        return out

    out = run("results", "import", *built.bundles)
    assert out.count("from 'North Center'") == 2 and out.count("from 'South Center'") == 1, out
    assert "1 blank written answer given 0 points" in out   # the hand session's, once, at import
    sql = Sql(url or f"sqlite:///{home / 'station.db'}")
    try:
        waiting = sql.waiting_by_center()
        assert _queue_rows(run("marking", "queue")) == waiting and set(waiting) == set(CENTERS.values())
        run("marking", "add-marker", "ann", "--name", "Ann Reader")

        services = create_services(home, passphrase, database_url=url)
        try:
            window = ResultsWindow(services)
            qtbot.addWidget(window)
            window.resize(1300, 880)
            window.show()
            _mark_everything_on_the_marking_tab(qtbot, window, sum(waiting.values()))
            assert sql.waiting_by_center() == {}

            sessions = _sessions(run("results", "sessions"))
            north = [s for s, center in sessions.items() if center == "North Center"]
            excluded = sql.first_attempt_of(north[0])
            assert "Recorded" in run("results", "decide", excluded, "--decision", "exclude", "--reason",
                                     EXCLUDE_REASON, "--by", ADMIN)
            status, out, err = cli("--home", home, "results", "review", "--session", north[0], *db)
            assert status == 0 and f"decided: do not count it: {EXCLUDE_REASON}" in out, err
            for session in north:
                assert "Released the results" in run("results", "release", "--session", session, "--by", ADMIN)
            [south] = [s for s, center in sessions.items() if center == "South Center"]
            _release_on_the_release_tab(qtbot, window, south)
            assert run("results", "sessions").count(f"released by {ADMIN}") == 3

            folder = tmp_path / "credentials"
            issued = _issue_on_the_credentials_tab(qtbot, window, folder)
            assert sorted(issued) == sorted(sql.passes())
            evidence = set()
            for path in [p for p in folder.glob("*.json") if p.name != "status-list.json"]:
                status, out, err = cli("--home", tmp_path / "verifier", "credential", "verify", path,
                                       "--issuer", built.body_file, "--status-list", folder / "status-list.json")
                assert status == 0 and "OK" in out, err
                evidence.add(json.loads(path.read_text())["evidence"][0]["name"])
            assert evidence == {"Assessed at North Center", "Assessed at South Center"}   # by name, both

            window.tabs.setCurrentIndex(2)   # the Reports tab, read again by hand once everything is settled
            qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.refresh_button.isEnabled() and window.results_table.rowCount() == 13,
                            timeout=60000)
            _reports_match_sql(window.last, sql)
        finally:
            services.close()
    finally:
        sql.close()


# -- the window ------------------------------------------------------------------------------
def _mark_everything_on_the_marking_tab(qtbot, window: ResultsWindow, waiting: int) -> None:
    tab = window.marking_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.user_edit, "ann")
    qtbot.keyClicks(tab.password_edit, MARKER_PASSWORD)
    qtbot.keyClick(tab.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.account is not None and not tab.busy and tab.queue_table.rowCount() == 2,
                    timeout=60000)
    marked = 0
    while tab.counts:
        tab.queue_table.selectRow(0)
        qtbot.keyClick(tab.queue_table, Qt.Key.Key_Return)   # Enter starts the chosen question
        qtbot.waitUntil(lambda: not tab.busy and tab.panel.current is not None, timeout=60000)
        while tab.panel.current is not None:
            points = 3 if marked % 3 else 1
            qtbot.keyClick(tab.panel, str(points))
            qtbot.keyClick(tab.panel, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not tab.busy, timeout=60000)
            assert "final score" in tab.panel.message.text(), tab.panel.message.text()
            marked += 1   # after the last answer of the question the tab reads the queue again by itself
    assert marked == waiting and "Nothing is waiting" in tab.summary.text()


def _release_on_the_release_tab(qtbot, window: ResultsWindow, session: str) -> None:
    tab = window.release_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.session_table.rowCount() == 3 and not tab.progress.isVisible(), timeout=60000)
    tab.select_session([s.session_id for s in tab.sessions].index(session))
    qtbot.waitUntil(lambda: tab.review is not None and tab.review.status.session_id == session
                    and not tab.progress.isVisible(), timeout=60000)
    assert "Nothing stands in the way of the release." in tab.blockers.text()
    qtbot.keyClicks(tab.who, ADMIN)
    qtbot.keyClick(tab.release_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Released the results of" in tab.message.text(), timeout=60000)
    qtbot.waitUntil(lambda: not tab.progress.isVisible() and window.refresh_button.isEnabled(), timeout=60000)


def _issue_on_the_credentials_tab(qtbot, window: ResultsWindow, folder: Path) -> list[tuple[str, str]]:
    tab = window.credentials_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=60000)
    tab.folder.setText(str(folder))
    qtbot.keyClick(tab.issue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Issued" in tab.message.text() and not tab.progress.isVisible(), timeout=60000)
    qtbot.waitUntil(lambda: bool(tab.rows) and tab.list.rowCount() == len(tab.rows), timeout=60000)
    return [(tab.list.item(r, 0).text(), tab.list.item(r, 1).text()) for r in range(tab.list.rowCount())]


# -- the command line's words ------------------------------------------------------------------
def _queue_rows(out: str) -> dict[str, int]:
    """`marking queue`: center -> answers waiting for a first mark."""
    rows = [line.split("\t") for line in out.splitlines()[1:]]
    return {center: int(first) for _exam, _item, center, first, _second, _adjudication in rows}


def _sessions(out: str) -> dict[str, str]:
    found = {}
    for line in out.splitlines():
        session, _exam, rest = line.split("  ", 2)
        found[session] = next(name for name in CENTERS.values() if rest.startswith(name))
    return found


# -- the figures -----------------------------------------------------------------------------
class Sql:
    """What the reports should say, read straight from the raw tables with SQL written here."""

    COUNTED = """a.state IN ('submitted', 'timed_out') AND a.findings = '[]'
                 AND NOT EXISTS (SELECT 1 FROM release_decisions d WHERE d.attempt_id = a.attempt_id
                                 AND d.decision IN ('exclude', 'void'))"""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def rows(self, query: str, **args) -> list[tuple]:
        with self.engine.connect() as connection:
            return [tuple(float(v) if isinstance(v, Decimal) else v for v in r)   # PostgreSQL's AVG of numeric
                    for r in connection.execute(text(query), args).all()]

    def waiting_by_center(self) -> dict[str, int]:
        return dict(self.rows("""
            SELECT b.center_name, COUNT(*) FROM result_responses r
            JOIN result_attempts a ON a.attempt_id = r.attempt_id
            JOIN imported_bundles b ON b.bundle_id = a.bundle_id
            WHERE r.item_id = 'q-manual' AND a.state <> 'voided'
              AND NOT EXISTS (SELECT 1 FROM manual_scores m WHERE m.attempt_id = r.attempt_id
                              AND m.item_id = r.item_id)
            GROUP BY b.center_name"""))

    def first_attempt_of(self, session: str) -> str:
        return self.rows("SELECT MIN(attempt_id) FROM result_attempts WHERE session_id = :s "
                         "AND state = 'submitted'", s=session)[0][0]

    def passes(self) -> list[tuple[str, str]]:
        """(candidate number, name) of each counted, released result that passes the credential's rule."""
        rows = self.rows(f"SELECT a.candidate_number, a.candidate_name, a.details FROM result_attempts a "
                         f"WHERE {self.COUNTED}")
        return [(number, name) for number, name, details in rows if json.loads(details)["composite_passed"]]

    def by_center(self) -> list[tuple]:
        return self.rows(f"""
            SELECT b.center_name, COUNT(*), SUM(CASE WHEN a.written_passed THEN 1 ELSE 0 END), AVG(a.percent)
            FROM result_attempts a JOIN imported_bundles b ON b.bundle_id = a.bundle_id
            WHERE {self.COUNTED} GROUP BY b.center_name ORDER BY b.center_name""")

    def all_by_center(self) -> list[tuple]:
        return self.rows("""
            SELECT b.center_name, COUNT(*), SUM(CASE WHEN a.state = 'voided' THEN 1 ELSE 0 END)
            FROM result_attempts a JOIN imported_bundles b ON b.bundle_id = a.bundle_id
            GROUP BY b.center_name ORDER BY b.center_name""")

    def percents(self) -> list[float]:
        return [p for (p,) in self.rows(f"SELECT a.percent FROM result_attempts a WHERE {self.COUNTED}")]

    def items(self) -> list[tuple]:
        return self.rows(f"""
            SELECT r.item_id, COUNT(*), AVG(r.score / r.max_score),
                   AVG(CASE WHEN r.response IS NULL THEN 1.0 ELSE 0.0 END)
            FROM result_responses r JOIN result_attempts a ON a.attempt_id = r.attempt_id
            WHERE {self.COUNTED} GROUP BY r.item_id ORDER BY r.item_id""")

    def matrix(self) -> tuple[list[str], np.ndarray]:
        rows = self.rows(f"""SELECT r.attempt_id, r.item_id, r.score / r.max_score FROM result_responses r
                             JOIN result_attempts a ON a.attempt_id = r.attempt_id WHERE {self.COUNTED}""")
        attempts, items = sorted({r[0] for r in rows}), sorted({r[1] for r in rows})
        scores = np.zeros((len(attempts), len(items)))
        for attempt, item, score in rows:
            scores[attempts.index(attempt), items.index(item)] = score
        return items, scores

    def left_out(self) -> dict[str, str]:
        rows = self.rows("""SELECT a.candidate_number, a.state, d.decision FROM result_attempts a
                            LEFT JOIN release_decisions d ON d.attempt_id = a.attempt_id
                            WHERE a.state NOT IN ('submitted', 'timed_out') OR d.decision IN ('exclude', 'void')""")
        return {number: "voided at the center" if state == "voided" else "not counted at the release step"
                for number, state, _decision in rows}


def _wilson(passed: int, n: int) -> tuple[float, float]:
    z, p = 1.959963984540054, passed / n
    middle, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (middle - half) / (1 + z * z / n), (middle + half) / (1 + z * z / n)


def _reports_match_sql(board: dict, sql: Sql) -> None:
    # pass rates by center, with their 95 % Wilson interval
    rates = {r["center"]: r for r in board["rates"]}
    assert set(rates) == set(CENTERS.values())
    for center, n, passed, mean in sql.by_center():
        row = rates[center]
        assert (row["attempts"], row["passed"]) == (n, passed)
        assert row["pass_rate"] == pytest.approx(passed / n, abs=1e-4)
        assert row["mean_percent"] == pytest.approx(mean, abs=0.01)
        low, high = _wilson(passed, n)
        assert (row["pass_rate_ci_low"], row["pass_rate_ci_high"]) == (pytest.approx(low, abs=1e-4),
                                                                        pytest.approx(high, abs=1e-4))
    centers = {r["center"]: r for r in board["centers"]}
    for center, attempts, voided in sql.all_by_center():
        assert (centers[center]["attempts"], centers[center]["voided"]) == (attempts, voided)
    # form statistics: one form, all counted attempts
    [comparison] = board["comparisons"]
    [form] = comparison.forms
    percents = sql.percents()
    assert form["attempts"] == len(percents)
    assert form["mean_percent"] == pytest.approx(statistics.fmean(percents), abs=0.01)
    assert form["sd_percent"] == pytest.approx(statistics.stdev(percents), abs=0.01)
    # item statistics: n, p and omit rate by SQL, the corrected point-biserial by numpy over the matrix
    [items] = board["forms"]
    reported = {row["item"]: row for row in items.items}
    names, scores = sql.matrix()
    totals = scores.sum(axis=1)
    for item, n, p, omitted in sql.items():
        row = reported[item]
        assert (row["n"], row["p"], row["omit_rate"]) == (n, pytest.approx(p, abs=1e-4), pytest.approx(omitted,
                                                                                                   abs=1e-4))
        column = scores[:, names.index(item)]
        if column.std() and (totals - column).std():
            assert row["point_biserial"] == pytest.approx(np.corrcoef(column, totals - column)[0, 1], abs=1e-4)
        else:
            assert row["point_biserial"] is None
    assert items.reliability.n == len(percents)
    # the attempts left out, each with why; nobody waits for a marker any more
    left = {r["candidate_number"]: r["left_out_because"] for r in board["left_out"]}
    assert left == sql.left_out()
    assert sorted(left.values()) == ["not counted at the release step", "voided at the center"]
    assert sum(r["in_statistics"] for r in board["results"]) == len(percents) == len(board["results"]) - 2
