"""An exam can require the proctor to confirm a candidate's return from a rest break (Pearson
VUE's rule): the source field travels in the package, the candidate's screen has no Return
button then, the station refuses a return the candidate sends, and the proctor's console says
who is waiting and confirms it. Packages without the field behave as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.accommodations import Accommodations
from app.domain.attempt import AttemptRefused
from app.domain.errors import SourceInvalid
from app.formats.exam_content import document_media_paths, exam_from_document, exam_to_document
from app.formats.exam_source import load_exam_source
from app.ui.candidate import CandidateWindow
from tests.conftest import MINI_EXAM, RELEASE_CODE, World
from tests.staff_ui import add_staff, check_in, open_package, staff_window
from tests.candidate_helpers import media, start_exam

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

CONSOLE = 1


def confirming_source(tmp_path: Path) -> Path:
    source = tmp_path / "confirm-exam"
    shutil.copytree(MINI_EXAM, source)
    exam_yaml = source / "exam.yaml"
    text = exam_yaml.read_text()
    exam_yaml.write_text(text.replace("interruption: pause,", "interruption: pause, proctor_confirms_return: true,"))
    return source


def reread(document: dict):
    """The station's reading of a decrypted package's exam document."""
    return exam_from_document(document, document_media_paths(document))


def test_the_setting_is_read_written_and_off_in_older_exams(tmp_path: Path) -> None:
    old = load_exam_source(MINI_EXAM)
    assert not old.timing.proctor_confirms_return
    assert "proctor_confirms_return" not in exam_to_document(old)["timing"]   # older documents stay identical
    exam = load_exam_source(confirming_source(tmp_path))
    assert exam.timing.proctor_confirms_return
    assert reread(exam_to_document(exam)).timing.proctor_confirms_return


def test_a_setting_that_is_not_true_or_false_is_a_problem(tmp_path: Path) -> None:
    document = exam_to_document(load_exam_source(MINI_EXAM))
    document["timing"]["proctor_confirms_return"] = "yes"
    with pytest.raises(SourceInvalid, match="proctor_confirms_return"):
        reread(document)


def test_the_proctor_confirms_the_candidates_return_on_the_console(qtbot, world: World, tmp_path: Path) -> None:
    world.body.packages.build(confirming_source(tmp_path), [world.center_file],
                              world.center.home.packages_dir / "confirm.exampkg", RELEASE_CODE)
    add_staff(world.center)
    window = staff_window(qtbot, world.center)
    open_package(qtbot, window)
    session = window.session_screen
    assert session is not None and session.exam.timing.proctor_confirms_return
    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1", breaks=1)
    candidate = CandidateWindow(world.center.delivery.live(attempt_id, session.exam), media, "Ada Lovelace",
                                Accommodations(rest_breaks=1))
    qtbot.addWidget(candidate)
    candidate.show()
    start_exam(qtbot, candidate)
    candidate.take_rest_break()
    assert candidate.stack.currentWidget() is candidate.paused
    assert not candidate.paused.back_button.isVisible()   # no way back without the proctor
    assert "the proctor confirms your return" in candidate.paused.text.text()
    with pytest.raises(AttemptRefused, match="The proctor confirms the return"):
        candidate.live.resume()

    session.tabs.setCurrentIndex(CONSOLE)
    console = session.console
    console.refresh()
    console.choose(attempt_id)
    state_text = console.model.data(console.model.index(0, 3))
    assert state_text == "on a rest break: confirm the return"
    assert console.resume_button.isEnabled() and console.resume_button.text() == "Confirm the &return"
    qtbot.mouseClick(console.resume_button, Qt.MouseButton.LeftButton)
    assert "back from the rest break" in console.message.text()
    candidate.tick()
    assert candidate.stack.currentWidget() is candidate.item_page
    assert console.resume_button.text() == "&Resume"
    candidate.shutdown()
