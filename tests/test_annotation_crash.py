"""A candidate screen in its own process marks a question, then is killed with SIGKILL (no clean
close, nothing flushed on the way out): the screen opened again on the same station database
shows the interruption, and after Continue the highlight, the struck-out option, the answer and
the highlight in the passage the question cites."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.domain.accommodations import Accommodations
from app.domain.annotations import Annotation
from app.services.delivery import DeliveryService
from app.store.database import open_database, sqlite_url
from app.ui.candidate import CandidateWindow
from tests.annotation_crash_driver import HIGHLIGHT, PASSAGE_HIGHLIGHT
from tests.conftest import ROOT
from tests.candidate_helpers import click, media
from tests.passage_helpers import PASSAGE, PASSAGE_EXAM
from tests.test_crash_recovery import make_attempt


def test_marks_survive_a_killed_candidate_screen(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    attempt_id = make_attempt(path)
    process = subprocess.Popen([sys.executable, "-m", "tests.annotation_crash_driver", str(path), attempt_id],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = process.stdout.readline()
        assert line.startswith("marked"), process.stderr.read() if process.poll() is not None else line
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL

    db = open_database(sqlite_url(path))
    try:
        live = DeliveryService(lambda: db).live(attempt_id, PASSAGE_EXAM)
        window = CandidateWindow(live, media, "Test Candidate", Accommodations())
        qtbot.addWidget(window)
        window.show()
        assert window.stack.currentWidget() is window.interrupted
        click(qtbot, window.interrupted.continue_button)
        page = window.item_page
        assert window.navigation.current_item == "q-single"
        assert page.annotation == Annotation((HIGHLIGHT,), frozenset({"a"}))
        assert page.answer.strikes.struck == {"a"} and page.answer.strikes.rows["a"].strike.text() == "Restore"
        assert "background-color:#ffe066" in page.stem.text()
        assert page.answer.response() == "b"
        assert live.state.stimulus_annotations == {PASSAGE.id: Annotation((PASSAGE_HIGHLIGHT,))}
        assert page.passage_annotation == Annotation((PASSAGE_HIGHLIGHT,))
        assert "background-color:#ffe066" in page.passage.text.text() and page.passage.clear_button.isVisible()
        window.shutdown()
    finally:
        db.close()
