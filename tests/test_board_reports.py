"""Reports fit for a board (issue 14): centers by name, voided / incomplete / decided-out attempts
kept out of statistics and listed apart, item flags only past a minimum n, yes/no in CSV, pass
rates with Wilson intervals and form equivalence, each checked against SQL over the raw tables
and scipy / numpy computing the same figures independently."""

from __future__ import annotations

import csv
import os
import io
import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from app.services.reports import RATE_COLUMNS, RESULT_COLUMNS, to_csv
from app.services.simulate import simulate
from tests.conftest import MINI_EXAM, RELEASE_CODE, World, copy_world
from tests.marking_helpers import mark_every_written_answer
from tests.report_bodies import SECOND_FORM as TWO_FORMS



@pytest.fixture(scope="module")
def board(tmp_path_factory, world_template: Path) -> tuple[World, dict[str, str]]:
    """Two forms, 60 candidates from 'Center One'; one attempt voided at the center (stored as
    the import stores it, with a full score so a leak would show), one excluded and one voided
    at the release step."""
    root = tmp_path_factory.mktemp("board")
    world = copy_world(world_template, root)
    source = root / "two-forms"
    shutil.copytree(MINI_EXAM, source)
    (source / "exam.yaml").write_text((source / "exam.yaml").read_text() + TWO_FORMS)
    package = root / "two-forms.exampkg"
    world.body.packages.build(source, [world.center_file], package, RELEASE_CODE)
    session = simulate(world.center, package, RELEASE_CODE, 60, seed=7).session_id
    world.body.results.import_bundle(world.center.results.export(session, world.root))
    mark_every_written_answer(world.body)  # statistics wait for final scores
    db = sqlite3.connect(world.body.home.database_path)
    ids = [a for (a,) in db.execute("SELECT attempt_id FROM result_attempts WHERE findings = '[]' "
                                    "AND state IN ('submitted', 'timed_out') ORDER BY attempt_id")]
    picked = {"voided": ids[0], "excluded": ids[1], "decided_void": ids[2]}
    db.execute("UPDATE result_attempts SET state = 'voided', percent = 100, scaled = 100 WHERE attempt_id = ?",
               (picked["voided"],))
    db.commit()
    db.close()
    world.body.release.decide(picked["excluded"], "exclude", "The seat's screen failed.", "Pat Admin")
    world.body.release.decide(picked["decided_void"], "void", "Another person sat the exam.", "Pat Admin")
    yield world, picked
    world.close()


def _sql(world: World, query: str, *args) -> list[tuple]:
    db = sqlite3.connect(world.body.home.database_path)
    try:
        return db.execute(query, args).fetchall()
    finally:
        db.close()


def _counted_sql(world: World, picked: dict[str, str]) -> list[tuple]:
    """(attempt id, form, percent, written passed) of the attempts statistics may use, from SQL."""
    out = (picked["excluded"], picked["decided_void"])
    return [r for r in _sql(world, """SELECT attempt_id, form_id, percent, written_passed FROM result_attempts
                                     WHERE state IN ('submitted', 'timed_out') AND findings = '[]'""")
            if r[0] not in out]


def test_centers_are_named_never_fingerprinted(board) -> None:
    world, _ = board
    reports = world.body.reports
    (name,), = _sql(world, "SELECT DISTINCT center_name FROM imported_bundles")
    fingerprints = {f for (f,) in _sql(world, "SELECT DISTINCT center_fingerprint FROM result_attempts")}
    assert name == "Center One"
    assert {r["center"] for r in reports.results()} == {name}
    assert {r["center"] for r in reports.centers()} == {name}
    assert {r["center"] for r in reports.pass_rates()} == {name}
    text = to_csv(reports.results(), RESULT_COLUMNS) + to_csv(reports.pass_rates(), RATE_COLUMNS)
    assert not any(f in text for f in fingerprints)


def test_left_out_attempts_stay_out_of_every_statistic(board) -> None:
    world, picked = board
    reports = world.body.reports
    counted = _counted_sql(world, picked)
    finished = len(counted)
    assert finished == 60 - 3 - len(_sql(world, "SELECT 1 FROM result_attempts WHERE findings != '[]' "
                                              "OR state NOT IN ('submitted', 'timed_out', 'voided')"))
    assert sum(r["attempts"] for r in reports.pass_rates()) == finished
    assert len(reports.time_used()) == finished
    assert sum(f.reliability.n for f in reports.items()) == finished
    assert sum(r["attempts"] for f in reports.forms() for r in f.forms) == finished
    center = reports.centers()[0]
    assert (center["counted"], center["left_out"]) == (finished, 60 - finished)
    reasons = {r["candidate_number"]: r["left_out_because"] for r in reports.left_out()}
    by_id = {a: n for a, n in _sql(world, "SELECT attempt_id, candidate_number FROM result_attempts")}
    assert reasons[by_id[picked["voided"]]] == "voided at the center"
    assert reasons[by_id[picked["excluded"]]] == "not counted at the release step"
    assert reasons[by_id[picked["decided_void"]]] == "voided at the release step"
    assert all(not r["in_statistics"] for r in reports.left_out())


def test_pass_rates_by_center_carry_wilson_intervals(board) -> None:
    world, picked = board
    counted = _counted_sql(world, picked)
    for row in world.body.reports.pass_rates():
        group = [r for r in counted if r[1] == row["form"]]
        passed = sum(1 for r in group if r[3])
        interval = stats.binomtest(passed, len(group)).proportion_ci(confidence_level=0.95, method="wilson")
        assert (row["attempts"], row["passed"]) == (len(group), passed)
        assert row["pass_rate_ci_low"] == pytest.approx(interval.low, abs=1e-4)
        assert row["pass_rate_ci_high"] == pytest.approx(interval.high, abs=1e-4)
        assert row["pass_rate_ci_low"] <= row["pass_rate"] <= row["pass_rate_ci_high"]
    center = world.body.reports.centers()[0]
    passed = sum(1 for r in counted if r[3])
    interval = stats.binomtest(passed, len(counted)).proportion_ci(method="wilson")
    assert center["pass_rate_ci_low"] == pytest.approx(interval.low, abs=1e-4)
    assert center["pass_rate_ci_high"] == pytest.approx(interval.high, abs=1e-4)


def test_form_equivalence_matches_scipy(board) -> None:
    world, picked = board
    counted = _counted_sql(world, picked)
    (comparison,) = world.body.reports.forms()
    groups = {form: np.array([r[2] for r in counted if r[1] == form]) for form in ("A", "B")}
    assert [r["form"] for r in comparison.forms] == ["A", "B"] and all(len(g) > 5 for g in groups.values())
    for row in comparison.forms:
        values = groups[row["form"]]
        assert row["mean_percent"] == pytest.approx(values.mean(), abs=0.006)
        assert row["sd_percent"] == pytest.approx(values.std(ddof=1), abs=0.006)
    welch = stats.ttest_ind(groups["A"], groups["B"], equal_var=False)
    assert comparison.test.test == "Welch's t"
    assert comparison.test.statistic == pytest.approx(welch.statistic, rel=1e-9)
    assert comparison.test.p_value == pytest.approx(welch.pvalue, rel=1e-7)
    items = {f.form_id: f for f in world.body.reports.items()}
    for row in comparison.forms:
        ps = [i["p"] for i in items[row["form"]].items]
        assert row["mean_item_p"] == pytest.approx(sum(ps) / len(ps), abs=1e-4)


def test_item_flags_wait_for_the_minimum_number_of_attempts(board) -> None:
    world, _ = board
    reports = world.body.reports
    assert reports.minimum_attempts() == 30
    forms = {f.form_id: f for f in reports.items()}
    for form in forms.values():
        n = form.reliability.n
        for row in form.items:
            if n < 30:
                assert row["flags"] == f"not flagged: {n} of the 30 attempts needed"
            elif row["flags"]:
                assert row["flags"].endswith(f"(n = {n})")
    reports.set_minimum_attempts(1000)
    try:
        assert world.body.home.config()["reports"]["minimum_attempts_for_flags"] == 1000
        for form in reports.items():
            assert {row["flags"] for row in form.items} == {
                f"not flagged: {form.reliability.n} of the 1000 attempts needed"}
        reports.set_minimum_attempts(2)
        flagged = [row["flags"] for form in reports.items() for row in form.items if "(n = " in row["flags"]]
        assert flagged, "with the minimum met, the flags the statistics give are shown with their n"
    finally:
        reports.set_minimum_attempts(30)
    with pytest.raises(ValueError):
        reports.set_minimum_attempts(1)


def test_csv_says_yes_and_no(board, tmp_path: Path) -> None:
    world, _ = board
    text = to_csv(world.body.reports.results(), RESULT_COLUMNS)
    assert "True" not in text and "False" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["written_passed"] for r in rows} <= {"yes", "no"} and {r["in_statistics"] for r in rows} == {"yes", "no"}
    assert to_csv([{"a": True, "b": False, "c": None, "d": 0}], ("a", "b", "c", "d")).splitlines()[1] == "yes,no,,0"


def test_the_reports_tab_shows_the_board_figures(qtbot, board, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from app.ui.admin.results_window import ResultsWindow
    world, picked = board
    counted = len(_counted_sql(world, picked))
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results_table.rowCount() == 60, timeout=60000)
    # the attempt voided at the center (stored with 100 %) is not in the score chart
    assert sum(value for _, value in window.chart.bars) == counted
    assert window.left_out_table.rowCount() == 60 - counted and window.forms_table.rowCount() == 2
    assert window.rates_table.rowCount() == 2
    assert "Welch's t" in window.summary.text()
    headers = [window.results_table.horizontalHeaderItem(c).text() for c in range(window.results_table.columnCount())]
    passed = headers.index("written passed")
    assert {window.results_table.item(r, passed).text() for r in range(60)} <= {"yes", "no"}
    shots = Path(os.environ.get("BOARD_REPORT_SHOTS", tmp_path))  # docs/screens/reports is made this way
    window.centralWidget().setCurrentIndex(2)  # the Reports tab
    window.report_tables.setCurrentWidget(window.left_out_table)
    window.grab().save(str(shots / "reports-tab.png"))
    pdf = window.save_pdf(tmp_path / "board.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Form equivalence" in text and "Kept out of the statistics" in text and "Center One" in text
    shutil.copy(pdf, shots / "reports.pdf")
    # the minimum before items are flagged, set from the tab by keyboard; the reports follow it
    window.minimum_box.setFocus()
    window.minimum_box.selectAll()
    qtbot.keyClicks(window.minimum_box, "500")
    qtbot.keyClick(window.minimum_box, Qt.Key.Key_Return)
    try:
        assert world.body.reports.minimum_attempts() == 500
        qtbot.waitUntil(lambda: window.last["minimum"] == 500 and window.refresh_button.isEnabled(), timeout=60000)
        assert "items not flagged below 500 attempts" in window.summary.text()
        window.minimum_box.selectAll()
        qtbot.keyClicks(window.minimum_box, "30")
        qtbot.keyClick(window.minimum_box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.last["minimum"] == 30 and window.refresh_button.isEnabled(), timeout=60000)
    finally:
        world.body.reports.set_minimum_attempts(30)


def test_the_cli_writes_the_board_csvs(board, capsys, tmp_path: Path) -> None:
    from tests.cli_helpers import run_inline
    world, _ = board
    home = world.body.home.root
    status, out, err = run_inline(capsys, "--home", home, "report", "rates")
    assert status == 0, err
    rates = list(csv.DictReader(io.StringIO(out)))
    assert {r["center"] for r in rates} == {"Center One"} and all(r["pass_rate_ci_low"] for r in rates)
    status, out, err = run_inline(capsys, "--home", home, "report", "forms")
    assert status == 0 and "Welch's t" in err and [r["form"] for r in csv.DictReader(io.StringIO(out))] == ["A", "B"]
    status, out, err = run_inline(capsys, "--home", home, "report", "left-out", "--csv", tmp_path / "out.csv")
    assert status == 0, err
    reasons = {r["left_out_because"] for r in csv.DictReader((tmp_path / "out.csv").open())}
    assert {"voided at the center", "voided at the release step", "not counted at the release step"} <= reasons
