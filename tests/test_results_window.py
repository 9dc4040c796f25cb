"""The body's results window: drop bundles, import with progress, reports, PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.services.simulate import simulate
from app.ui.admin.results_window import ResultsWindow, minute_bins
from tests.marking_helpers import mark_every_written_answer
from tests.conftest import RELEASE_CODE, World


@pytest.fixture
def body_window(qtbot, world: World):
    session = simulate(world.center, world.package, RELEASE_CODE, 25, seed=3).session_id
    bundle = world.center.results.export(session, world.root)
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.show()
    return window, bundle, world


def test_drop_import_and_reports(qtbot, body_window, tmp_path: Path) -> None:
    window, bundle, world = body_window
    broken = tmp_path / "broken.examresult"
    broken.write_bytes(b"not a zip")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(broken))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.bundle_list.count() == 2
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_button.isEnabled() and window.progress.value() == 2, timeout=60000)
    log = window.log.toPlainText()
    assert "imported 25 attempts" in log and "broken.examresult: refused" in log and "Done." in log
    # the reports follow the import by themselves: nobody presses Refresh
    qtbot.waitUntil(lambda: window.results_table.rowCount() == 25, timeout=60000)
    waiting = mark_every_written_answer(world.body)   # until then, their attempts stay out of the statistics
    assert waiting and window.left_out_table.rowCount() >= waiting
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60000)
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled() and window.items_table.rowCount() == 10, timeout=60000)
    assert window.items_table.rowCount() == 10 and "alpha (KR-20)" in window.summary.text()
    assert sum(value for _, value in window.chart.bars) == 25
    finished = sum(1 for r in window.last["results"] if r["state"] in ("submitted", "timed_out"))
    assert sum(value for _, value in window.time_chart.bars) == finished
    assert window.centers_table.rowCount() == 1
    pdf = window.save_pdf(tmp_path / "report.pdf")
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pages.returncode == 0 and "Pages:" in pages.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Time used and incidents by center" in text or "time used and incidents by center" in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) - 2 == 2, "the score and time charts are in the PDF"
    shutil.copy(pdf, tmp_path.parent / "report-to-look-at.pdf")  # kept for a person to look at its pages
    words = set(unicodedata.normalize("NFKC", text).split())  # NFKC: the PDF's "ﬁ" ligature back to "fi"  # a name may wrap between its words, never inside one ("Lovel ace")
    for name in {r["candidate_name"] for r in window.last["results"]}:
        assert set(name.split()) <= words, f"{name!r} is broken inside a word in the PDF"
    window.grab().save(str(tmp_path / "results.png"))


def test_minute_bins_cover_every_attempt() -> None:
    assert minute_bins([]) == []
    bars = minute_bins([0.2, 5.0, 9.99, 41.5, 88.0])
    assert len(bars) == 10 and sum(v for _, v in bars) == 5
    assert bars[0] == ("0", 2.0) and bars[1] == ("9", 1.0)  # 9-minute bars: 9.99 starts the second
    assert bars[-1] == ("81", 1.0)  # the longest attempt lands in the last bar
