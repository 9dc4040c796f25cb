"""Manually scored responses are scored by a person at the body; the attempt is re-scored
and becomes final, so credentials can be issued."""

from __future__ import annotations

import pytest

from app.domain.errors import ExamStationError
from app.services.simulate import simulate
from tests.cli_helpers import run_inline
from tests.conftest import RELEASE_CODE, World


def test_scoring_pending_responses_makes_results_final(world: World, capsys) -> None:
    session = simulate(world.center, world.package, RELEASE_CODE, 12, seed=6).session_id
    world.body.results.import_bundle(world.center.results.export(session, world.root))
    pending = world.body.results.pending_manual()
    assert pending and {p["item_id"] for p in pending} == {"q-manual"}
    assert all(p["max_points"] == 1 for p in pending)
    credentials = world.body.credentials
    assert credentials.issue(world.root / "before").issued == []  # nothing is final yet

    first = pending[0]
    with pytest.raises(ExamStationError, match="between 0 and 1"):
        world.body.results.score_manual(first["attempt_id"], "q-manual", 2, "rita")
    with pytest.raises(ExamStationError, match="not a manually scored item"):
        world.body.results.score_manual(first["attempt_id"], "q-single", 1, "rita")
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "results", "score",
                                  first["attempt_id"], "q-manual", "1", "--rater", "rita")
    assert status == 0 and "Scored." in out, err
    for row in pending[1:]:
        world.body.results.score_manual(row["attempt_id"], "q-manual", 0.5, "rita")
    assert world.body.results.pending_manual() == []
    world.body.release.release(session, "A. Admin")  # only released results produce credentials
    report = credentials.issue(world.root / "after")
    assert report.issued and report.not_eligible + len(report.issued) == 12
