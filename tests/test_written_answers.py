"""Written answers at the body (issue 14): a blank one is given 0 once, when its bundle is
imported, and reading the queue or `results pending` writes nothing; an attempt whose answers
wait for a marker stays out of the statistics until they are marked; the body's window reads the
reports and the marking queue again after an import and after a release decision, without
anyone pressing Refresh."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt

from app.services.result_import import NO_ANSWER
from app.ui.admin.results_window import ResultsWindow
from tests.cli_helpers import run_inline
from tests.conftest import World
from tests.marking_helpers import Sitting, export_sittings, import_sittings

PASSWORD = "marking-password-1"
ANSWERS = ["Reverse current can damage the inverter.", "Sparks", "Wrong polarity heats the cables."]


def _rows(world: World, query: str) -> list[tuple]:
    with closing(sqlite3.connect(world.body.home.database_path)) as db:
        return db.execute(query).fetchall()


def _everything(world: World) -> str:
    with closing(sqlite3.connect(world.body.home.database_path)) as db:
        return "\n".join(db.iterdump())


def test_blank_answers_get_0_once_at_import_and_reading_writes_nothing(world: World, capsys, monkeypatch) -> None:
    import_sittings(world, [Sitting(ANSWERS[0]), Sitting(None), Sitting("   "), Sitting(None, voided=True)], None)
    scored = _rows(world, """SELECT a.candidate_number, m.item_id, m.points, m.rater, m.scored_at = b.imported_at
                             FROM manual_scores m JOIN result_attempts a ON a.attempt_id = m.attempt_id
                             JOIN imported_bundles b ON b.bundle_id = a.bundle_id ORDER BY 1""")
    # the two blank answers of finished attempts, at the moment of the import; the voided attempt's is not scored
    assert scored == [("M002", "q-manual", 0.0, NO_ANSWER, 1), ("M003", "q-manual", 0.0, NO_ANSWER, 1)]
    pending = dict(_rows(world, "SELECT candidate_number, details FROM result_attempts"))
    assert {number: json.loads(d)["pending_manual"] for number, d in pending.items()} == {
        "M001": ["q-manual"], "M002": [], "M003": [], "M004": ["q-manual"]}
    assert _rows(world, "SELECT score FROM result_responses r JOIN result_attempts a USING (attempt_id) "
                        "WHERE a.candidate_number = 'M002' AND r.item_id = 'q-manual'") == [(0.0,)]

    world.body.marking.add_marker("ann", "Ann", "marker", PASSWORD)
    before = _everything(world)
    body = world.body
    assert [r.answer for r in body.marking.queue("ann")] == [ANSWERS[0]]
    assert [(c.first, c.second) for c in body.marking.overview()] == [(1, 0)]
    assert [p["response"] for p in body.results.pending_manual()] == [ANSWERS[0]]
    home = body.home.root
    for command in (("results", "pending"), ("marking", "queue")):
        status, out, err = run_inline(capsys, "--home", home, *command)
        assert status == 0 and "blank" not in err, err
    assert _everything(world) == before   # reading wrote nothing


def test_the_import_says_how_many_blank_answers_it_scored(world: World, capsys) -> None:
    _exam, bundle = export_sittings(world, [Sitting(""), Sitting(ANSWERS[1]), Sitting(None)], None)
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "import", bundle)
    assert status == 0 and "2 blank written answers given 0 points (nothing to read)" in out, err
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "import", bundle)
    assert status == 0 and "already imported" in out and "blank" not in out
    assert _rows(world, "SELECT COUNT(*) FROM manual_scores") == [(2,)]   # once


def test_answers_waiting_for_a_marker_keep_their_attempt_out_of_the_statistics(world: World) -> None:
    """Counting an unmarked answer as 0 would make the item look very hard and understate every
    total; a psychometrician reads item statistics over final scores only (docs/reports.md)."""
    import_sittings(world, [Sitting(ANSWERS[0]), Sitting(ANSWERS[1]), Sitting(None)], None)
    body = world.body
    left = {r["candidate_number"]: r["left_out_because"] for r in body.reports.left_out()}
    assert left == {"M001": "waiting for a marker (1 written answer)",
                    "M002": "waiting for a marker (1 written answer)"}
    [form] = body.reports.items()
    written = next(row for row in form.items if row["item"] == "q-manual")
    assert form.reliability.n == 1 and (written["n"], written["p"]) == (1, 0.0)   # M003's blank: 0, marked
    assert [r["attempts"] for r in body.reports.pass_rates()] == [1]

    ids = dict(_rows(world, "SELECT candidate_number, attempt_id FROM result_attempts"))
    body.results.score_manual(ids["M001"], "q-manual", 3, "R. Diaz")
    body.results.score_manual(ids["M002"], "q-manual", 1, "R. Diaz")
    assert body.reports.left_out() == []
    [form] = body.reports.items()
    written = next(row for row in form.items if row["item"] == "q-manual")
    assert written["n"] == 3 and written["p"] == pytest.approx((3 / 3 + 1 / 3 + 0) / 3, abs=1e-4)


def _signed_in(qtbot, tab, username: str) -> None:
    qtbot.keyClicks(tab.user_edit, username)
    qtbot.keyClicks(tab.password_edit, PASSWORD)
    qtbot.keyClick(tab.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.account is not None and not tab.busy and "Nothing is waiting" in tab.summary.text(),
                    timeout=30000)


def _first_marks(tab) -> str:
    return tab.queue_table.item(0, 3).text() if tab.queue_table.rowCount() else ""


def test_reports_and_marking_follow_an_import_and_a_release_decision(qtbot, world: World) -> None:
    _exam, bundle = export_sittings(world, [Sitting(a) for a in ANSWERS], None)
    body = world.body
    for user in ("ann", "bo"):
        body.marking.add_marker(user, user.title(), "marker", PASSWORD)
    window = ResultsWindow(body)
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    marking = window.marking_tab
    window.tabs.setCurrentWidget(marking)
    _signed_in(qtbot, marking, "ann")

    window.add_bundle(bundle)
    window.import_all()   # nobody presses a Refresh button from here on
    qtbot.waitUntil(lambda: window.results_table.rowCount() == 3 and _first_marks(marking) == "3", timeout=60000)
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled() and not marking.busy, timeout=60000)
    assert window.left_out_table.rowCount() == 3   # all three wait for a marker
    assert "waiting for a marker" in window.left_out_table.item(0, 6).text()

    # another marker, in another window, marks one answer: this window learns it at the next change
    other = body.marking.queue("bo")[0]
    assert body.marking.mark("bo", other.attempt_id, other.item_id, 2).final == 2
    assert _first_marks(marking) == "3"

    release = window.release_tab
    window.tabs.setCurrentWidget(release)
    qtbot.waitUntil(lambda: release.session_table.rowCount() == 1, timeout=60000)
    release.select_session(0)
    qtbot.waitUntil(lambda: release.review is not None and release.attempt_table.rowCount() == 2
                    and not release.progress.isVisible(), timeout=60000)
    release.attempt_table.selectRow(0)
    release.choice.setCurrentIndex(release.choice.findData("exclude"))
    qtbot.keyClicks(release.who, "A. Admin")
    qtbot.keyClicks(release.reason, "The seat's screen failed during the exam")
    qtbot.keyClick(release.decide_button, Qt.Key.Key_Space)

    def reasons() -> list[str]:
        table = window.left_out_table
        return sorted(table.item(r, 6).text() for r in range(table.rowCount()))
    qtbot.waitUntil(lambda: reasons() == ["not counted at the release step", "waiting for a marker (1 written answer)"]
                    and _first_marks(marking) == "2", timeout=60000)
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled() and not marking.busy
                    and not release.progress.isVisible(), timeout=60000)
