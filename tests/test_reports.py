"""Reports: item analysis and reliability equal an independent numpy computation over the
raw response matrix read straight from the database."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app.domain.incidents import EXIT_UNLOCKED
from app.services.simulate import simulate
from tests.cli_helpers import run_inline
from tests.conftest import RELEASE_CODE, World
from tests.marking_helpers import mark_every_written_answer


@pytest.fixture(scope="module")
def imported(tmp_path_factory, world_template) -> World:
    from tests.conftest import copy_world
    world = copy_world(world_template, tmp_path_factory.mktemp("reports"))
    session = simulate(world.center, world.package, RELEASE_CODE, 80, seed=4).session_id
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    for attempt in world.center.delivery.attempts(session)[:2]:   # the proctor left these screens' lockdown
        world.center.delivery.observe(attempt.id, exam).incident(EXIT_UNLOCKED, "the proctor ended lockdown",
                                                                 "lockdown", {"proctor": "sim-proctor"})
    bundle = world.center.results.export(session, world.root)
    world.body.results.import_bundle(bundle)
    mark_every_written_answer(world.body)  # item analysis waits for final scores
    yield world
    world.close()


def _raw_matrix(world: World, form: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Straight from the tables, without the app's code: scores as fractions, and omits."""
    db = sqlite3.connect(world.body.home.database_path)
    rows = db.execute("""SELECT r.attempt_id, r.item_id, r.score / r.max_score, r.response IS NULL
                         FROM result_responses r JOIN result_attempts a ON a.attempt_id = r.attempt_id
                         WHERE a.form_id = ? AND a.state IN ('submitted', 'timed_out')""", (form,)).fetchall()
    db.close()
    attempts = sorted({r[0] for r in rows})
    items = sorted({r[1] for r in rows})
    scores, omits = np.zeros((len(attempts), len(items))), np.zeros((len(attempts), len(items)))
    for attempt, item, score, omitted in rows:
        scores[attempts.index(attempt), items.index(item)] = score
        omits[attempts.index(attempt), items.index(item)] = omitted
    return items, scores, omits


def test_item_statistics_match_numpy(imported: World) -> None:
    forms = imported.body.reports.items()
    assert {f.form_id for f in forms} == {"A"}
    form = forms[0]
    items, scores, omits = _raw_matrix(imported, "A")
    totals = scores.sum(axis=1)
    for row in form.items:
        j = items.index(row["item"])
        assert row["p"] == pytest.approx(scores[:, j].mean(), abs=1e-4)
        assert row["omit_rate"] == pytest.approx(omits[:, j].mean(), abs=1e-4)
        rest = totals - scores[:, j]
        if scores[:, j].std() == 0:
            assert row["point_biserial"] is None and "no variance" in row["flags"]
        else:
            assert row["point_biserial"] == pytest.approx(np.corrcoef(scores[:, j], rest)[0, 1], abs=1e-4)
    k = scores.shape[1]
    alpha = k / (k - 1) * (1 - scores.var(axis=0, ddof=1).sum() / totals.var(ddof=1))
    assert form.reliability.alpha == pytest.approx(alpha, abs=1e-9)
    assert form.reliability.sem == pytest.approx(totals.std(ddof=1) * np.sqrt(1 - alpha), abs=1e-9)
    assert form.reliability.n == 80 and form.reliability.items == 10


def test_report_cli_writes_csv(imported: World, capsys, tmp_path: Path) -> None:
    status, out, err = run_inline(capsys, "--home", imported.body.home.root, "report", "results",
                                  "--csv", tmp_path / "results.csv")
    assert status == 0, err
    rows = list(csv.DictReader((tmp_path / "results.csv").open()))
    assert len(rows) == 80 and {r["form"] for r in rows} == {"A"}
    assert all(r["composite"] in ("pass", "fail", "pending") for r in rows)
    status, out, err = run_inline(capsys, "--home", imported.body.home.root, "report", "items")
    assert status == 0 and "alpha (KR-20)" in err and out.startswith("exam,form,item")


def test_a_report_with_no_results_says_what_to_do(tmp_path: Path, capsys) -> None:
    status, _, err = run_inline(capsys, "--home", tmp_path / "empty", "report", "results")
    assert status == 1 and "Import result bundles first" in err


def test_centers_report_matches_the_raw_tables(imported: World, capsys, tmp_path: Path) -> None:
    rows = imported.body.reports.centers()
    db = sqlite3.connect(imported.body.home.database_path)
    states = dict(db.execute("SELECT state, count(*) FROM result_attempts GROUP BY state").fetchall())
    minutes = np.array([m for (m,) in db.execute(
        "SELECT elapsed_ms / 60000.0 FROM result_attempts WHERE state IN ('submitted', 'timed_out')")])
    types = dict(db.execute("""SELECT json_extract(data, '$.type'), count(*) FROM result_events
                               WHERE kind = 'incident' GROUP BY 1""").fetchall())
    db.close()
    assert len(rows) == 1
    row = rows[0]
    assert row["attempts"] == sum(states.values()) == 80
    assert (row["submitted"], row["timed_out"], row["voided"]) == (
        states.get("submitted", 0), states.get("timed_out", 0), states.get("voided", 0))
    assert row["minutes_median"] == pytest.approx(np.percentile(minutes, 50), abs=0.051)
    assert row["minutes_p90"] == pytest.approx(np.percentile(minutes, 90), abs=0.051)
    assert row["minutes_max"] == pytest.approx(minutes.max(), abs=0.051)
    assert types, "the simulation records incidents"
    staff = {"exit_unlocked": types.pop("exit_unlocked")}   # the proctor's own exits: counted apart
    assert staff == {"exit_unlocked": 2}
    assert row["incidents"] == sum(types.values()) and row["staff_actions"] == 2
    assert row["incident_types"] == "; ".join(f"{k}={v}" for k, v in sorted(types.items()))
    assert row["staff_action_types"] == "exit_unlocked=2"
    per_candidate = imported.body.reports.results()
    assert sum(r["staff_actions"] for r in per_candidate) == 2
    assert sum(r["incidents"] for r in per_candidate) == sum(types.values())
    status, out, err = run_inline(capsys, "--home", imported.body.home.root, "report", "centers")
    assert status == 0, err
    parsed = list(csv.DictReader(out.splitlines()))
    assert parsed[0]["center"] == row["center"] and int(parsed[0]["incidents"]) == row["incidents"]


def test_rest_breaks_taken_are_in_the_results(imported: World) -> None:
    rows = imported.body.reports.results()
    db = sqlite3.connect(imported.body.home.database_path)
    taken = db.execute("""SELECT count(*) FROM result_events WHERE kind = 'paused'
                          AND json_extract(data, '$.rest_break') = 1""").fetchone()[0]
    db.close()
    assert taken > 0 and sum(r["rest_breaks"] for r in rows) == taken
