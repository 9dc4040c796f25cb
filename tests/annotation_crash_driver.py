"""Runs the real candidate screen (offscreen) on one attempt, marks a question the way the
candidate does (a highlight, a struck-out option, an answer, a highlight in the passage the
question cites), prints `marked` once the attempt
has them, and goes on running until tests/test_annotation_crash.py kills it with SIGKILL.

Usage: python -m tests.annotation_crash_driver DB_PATH ATTEMPT_ID
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.accommodations import Accommodations  # noqa: E402
from app.services.delivery import DeliveryService  # noqa: E402
from app.store.database import open_database, sqlite_url  # noqa: E402
from app.ui.candidate import CandidateWindow  # noqa: E402
from tests.conftest import MINI_EXAM  # noqa: E402
from tests.passage_helpers import PASSAGE_EXAM  # noqa: E402

HIGHLIGHT = (6, 10)   # "stem" in "Zebra-stem-single: ..."
PASSAGE_HIGHLIGHT = (19, 22)   # "red" in "Zebra-passage: the red terminal ..."


def main() -> None:
    path, attempt_id = sys.argv[1], sys.argv[2]
    app = QApplication([])
    exam = PASSAGE_EXAM   # the mini exam, with q-single citing a passage
    db = open_database(sqlite_url(path))
    live = DeliveryService(lambda: db).live(attempt_id, exam)
    window = CandidateWindow(live, lambda media: (MINI_EXAM / media).read_bytes(), "Test Candidate", Accommodations())
    window.show()
    window.welcome.identity_box.setChecked(True)
    window.welcome.start_button.click()
    window.navigation.go_to("q-single", confirmed=True)
    page = window.item_page
    page.stem.setFocus()
    page.stem.setSelection(HIGHLIGHT[0], HIGHLIGHT[1] - HIGHLIGHT[0])
    page.highlight_button.click()
    page.answer.strikes.rows["a"].strike.click()
    page.answer.buttons[page.answer.option_ids.index("b")].click()
    page.passage.text.setFocus()
    page.passage.text.setSelection(PASSAGE_HIGHLIGHT[0], PASSAGE_HIGHLIGHT[1] - PASSAGE_HIGHLIGHT[0])
    page.highlight_button.click()
    assert not window.saver.marks and not window.saver.stimulus_marks and not live.pending, "the marks were not saved"
    print("marked", live.state.last_seq, flush=True)
    app.exec()   # the screen keeps ticking until the process is killed


if __name__ == "__main__":
    main()
