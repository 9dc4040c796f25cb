"""Renders the body's window (each tab: build, import, reports, marking, release, credentials)
and a score letter to PNG, at 100 % and 200 % text, for docs/release.md and docs/body-screens.md.

Usage (from the repository root):
    python build/tools/screenshots_release.py OUT_DIR [--scales 100 200] [--language es] [--contrast]
                                                      [--size 1280x800] [--full-colour]

Files are named as by screenshots_staff.py: scene[-200][-contrast][-es][-WIDTHxHEIGHT].png.

It builds a throwaway body and center with the test suite's helpers (tests/conftest.py), sits
a session of 12 simulated candidates plus one whose answers were added after the time ran out
(held for review at import), imports it, marks the written answers, and plays the release:
decide, release, letters, issue, revoke.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXAMSTATION_KEY_PASSPHRASE"] = "test passphrase 1"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.services.simulate import simulate  # noqa: E402
from app.ui.admin.results_window import ResultsWindow  # noqa: E402
from screen_look import Look, run_from_command_line, save  # noqa: E402
from tests.conftest import RELEASE_CODE, make_world  # noqa: E402
from tests.test_results_replay import _answer_at_minute_600, _timed_out_attempt  # noqa: E402


def wait(condition, seconds: float = 60) -> None:
    """Let the event loop run (background work reports back through it) until `condition`."""
    for _ in range(int(seconds * 20)):
        if condition():
            return
        QTest.qWait(50)
    raise TimeoutError("a background task did not finish")


def other_tabs(window: ResultsWindow, shoot) -> list[Path]:
    """The body window's other tabs as they are after the release: building, importing, the
    reports (built again) and marking before a marker is chosen."""
    window.tabs.setCurrentWidget(window.build_tab)
    shots = [shoot(window, None, "body-build", 0)]
    window.tabs.setCurrentIndex(1)
    shots.append(shoot(window, None, "body-import", 0))
    window.tabs.setCurrentIndex(2)
    window.refresh()
    wait(lambda: window.refresh_button.isEnabled())
    shots.append(shoot(window, None, "body-reports", 0))
    window.tabs.setCurrentWidget(window.marking_tab)   # as a marker first sees it (docs/body-screens.md has marking)
    shots.append(shoot(window, None, "body-marking", 0))
    return shots


def says(label, context: str, source: str) -> bool:
    """The label shows this message (its words before the first blank), in the language on screen."""
    return QCoreApplication.translate(context, source).split("{")[0].strip() in label.text()


def render(out: Path, scale: int, language: str = "en", contrast: bool = False,
           size: tuple[int, int] | None = None, full_colour: bool = False) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    look = Look(app, scale, language, contrast)
    suffix = look.suffix + (f"-{size[0]}x{size[1]}" if size else "")
    size = size or ((1200, 860) if scale == 100 else (1600, 1100))

    def shoot(widget: QWidget, _out: Path, name: str, _scale: int) -> Path:
        return save(widget, out / f"{name}{suffix}.png", full_colour)

    shots = []
    with tempfile.TemporaryDirectory(prefix="examstation-release-shots-") as folder:
        root = Path(folder)
        world = make_world(root)
        session = simulate(world.center, world.package, RELEASE_CODE, 12, seed=11).session_id
        late, _ = _timed_out_attempt(world, session)
        _answer_at_minute_600(world, late)
        world.body.results.import_bundle(world.center.results.export(session, root))
        for row in world.body.results.pending_manual():
            world.body.results.score_manual(row["attempt_id"], row["item_id"], 1, "R. Diaz")
        world.body.release.set_letterhead("Clean Energy Credentials Board", "12 Solar Way\n1000-001 Lisbon")
        window = ResultsWindow(world.body)
        window.resize(*size)
        window.show()
        tab = window.release_tab
        window.centralWidget().setCurrentWidget(tab)
        wait(lambda: tab.session_table.rowCount() == 1 and not tab.progress.isVisible())
        tab.select_session(0)
        wait(lambda: tab.review is not None and not tab.progress.isVisible())
        flagged = [a.facts.attempt_id for a in tab.review.flagged]
        tab.attempt_table.selectRow(flagged.index(late))
        tab.who.setText("Ana Admin")
        shots.append(shoot(window, out, "release-review", scale))
        tab.choice.setCurrentIndex(tab.choice.findData("exclude"))
        tab.reason.setText("Answers were entered after the exam time ran out")
        tab.decide()
        wait(lambda: not tab.progress.isVisible() and says(tab.blockers, "ReleaseTab", "Nothing stands in the way of the release."))
        tab.release()
        wait(lambda: tab.letters_button.isEnabled())
        tab.save_letters(root / "letters")
        wait(lambda: says(tab.message, "ReleaseTab", "Saved {n} score letters in {folder}."))
        shots.append(shoot(window, out, "release-released", scale))
        if scale == 100 and suffix == "":   # the letters are PDF pages: one rendering says it all
            letter = sorted((root / "letters").glob("score-letter-C0*.pdf"))[0]
            held = next((root / "letters").glob("score-letter-C-LATE-*.pdf"))
            for pdf, name in ((letter, "score-letter"), (held, "score-letter-not-counted")):
                subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(out / name)], check=True)
                shots.append(out / f"{name}.png")
        credentials = window.credentials_tab
        window.centralWidget().setCurrentWidget(credentials)
        wait(lambda: not credentials.progress.isVisible())
        credentials.folder.setText(str(root / "credentials"))
        credentials.issue()
        wait(lambda: says(credentials.message, "CredentialsTab", "Issued {n} credentials into {folder} ({already} issued before).{waiting}{skipped} "
                                  "Publish the status list beside them: {status}") and not credentials.progress.isVisible())
        credentials.list.selectRow(0)
        credentials.reason.setText("Identity fraud found after the exam")
        credentials.revoke()
        wait(lambda: says(credentials.message, "CredentialsTab", "Revoked the credential of {who}. Publish the new status list now: {path}") and not credentials.progress.isVisible())
        shots.append(shoot(window, out, "credentials", scale))
        shots += other_tabs(window, shoot)
        window.close()
        world.close()
    look.undo()
    return shots


def main() -> int:
    return run_from_command_line(__doc__.splitlines()[0], render)


if __name__ == "__main__":
    sys.exit(main())
