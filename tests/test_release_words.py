"""The body's import log and release step in Spanish: what the replay of the attempt rules
found, the incidents, the decisions and what stands in the way of the release are worded as
templates with values, kept so in the database, and shown in the staff's language; a finding
stored before it had words still reads in English; and whatever a stored finding holds, reading
it never fails."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.domain.errors import template, words_data, words_from_data
from app.domain.history_rules import Finding
from app.services.simulate import simulate
from app.ui.admin.results_window import ResultsWindow
from app.ui.widgets.error_words import words_text
from app.ui.widgets.tasks import background_work_pending
from tests.conftest import RELEASE_CODE, World
from tests.test_results_replay import _answer_at_minute_600, _timed_out_attempt

ENGLISH = ("held for review", "An answer", "while the attempt", "after the exam time", "event ", "disruption",
           "count it", " at ", "Candidate ", "Result:", "written points")


def _no_english(text: str) -> None:
    assert text and not any(words in text for words in ENGLISH), text


def _wait_idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=60000)


def test_a_held_attempt_reads_in_spanish_from_the_import_to_the_decision(qtbot, world: World, tmp_path: Path,
                                                                         spanish_staff) -> None:
    session = simulate(world.center, world.package, RELEASE_CODE, 3, seed=5).session_id
    late, _number = _timed_out_attempt(world, session)
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    noisy = next(a.id for a in world.center.delivery.attempts(session) if a.id != late)
    world.center.proctoring.incident(noisy, exam, "disruption", "noise from the corridor", "sim-proctor")
    _answer_at_minute_600(world, late)
    bundle = world.center.results.export(session, tmp_path)
    window = ResultsWindow(world.body)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.add_bundle(bundle)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_button.isEnabled() and window.progress.value() == 1, timeout=60000)
    held = next(line for line in window.log.toPlainText().splitlines() if "retenido" in line)
    assert "(candidato C-LATE) retenido para revisión: evento " in held, held
    assert ": Una respuesta mientras el intento estaba con el tiempo agotado: las reglas del intento no lo " \
           "permiten." in held, held
    _no_english(held.split(": ", 1)[1])

    tab = window.release_tab
    window.centralWidget().setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.session_table.rowCount() == 1, timeout=60000)
    tab.select_session(0)
    qtbot.waitUntil(lambda: tab.review is not None and tab.attempt_table.rowCount() >= 1, timeout=60000)
    _wait_idle(qtbot, tab)
    blockers = tab.blockers.text()
    assert "Candidato C-LATE: retenido para revisión (evento " in blockers, blockers
    _no_english(blockers)
    rows = {tab.attempt_table.item(r, 0).text(): r for r in range(tab.attempt_table.rowCount())}
    looks = tab.attempt_table.item(rows["C-LATE"], 3).text()
    assert looks.startswith("Retenido: Una respuesta mientras el intento estaba con el tiempo agotado"), looks
    _no_english(looks)
    noisy = [tab.attempt_table.item(r, 3).text() for n, r in rows.items() if n != "C-LATE"]
    assert any("Incidente: alteración en la sala a las " in t and "noise from the corridor" in t for t in noisy), noisy
    tab.attempt_table.selectRow(rows["C-LATE"])
    details = tab.details.toPlainText()
    assert details.startswith("Candidato C-LATE, Late Answerer\nResultado: Retenido para revisión; "), details
    assert "Una respuesta a los 600.0 min de tiempo de examen, cuando el tiempo del examen ya había terminado a " \
           "los 20.0 min." in details, details
    _no_english(details)

    qtbot.keyClicks(tab.who, "A. Admin")
    tab.choice.setCurrentIndex(tab.choice.findData("exclude"))
    qtbot.keyClicks(tab.reason, "Respuestas fuera de tiempo")
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Registrado: no contarlo: Respuestas fuera de tiempo "
                                                          "(A. Admin, "), timeout=60000)
    _wait_idle(qtbot, tab)
    tab.attempt_table.selectRow(rows["C-LATE"])
    assert "No contarlo: Respuestas fuera de tiempo (A. Admin, " in tab.details.toPlainText()
    tab.grab().save(str(tmp_path / "release-es.png"))
    qtbot.waitUntil(lambda: background_work_pending() == 0, timeout=60000)   # the other tabs read again too
    window.close()


def test_a_finding_keeps_its_words_and_an_older_one_reads_as_it_was(qapp, spanish_staff) -> None:
    reason = template("{what} while the attempt was {state}: the attempt's rules do not allow it.",
                      what=template("An answer"), state=template("paused"))
    stored = Finding(7, "state", reason).to_data()
    assert stored["reason"] == "An answer while the attempt was paused: the attempt's rules do not allow it."
    read = Finding.from_data(stored)
    assert read.line() == "event 7: An answer while the attempt was paused: the attempt's rules do not allow it."
    assert words_text(read.line()) == ("evento 7: Una respuesta mientras el intento estaba en pausa: las reglas "
                                       "del intento no lo permiten.")
    older = Finding.from_data({"seq": 3, "rule": "state", "reason": "An answer while the attempt was paused."})
    assert words_text(older.line()) == "evento 3: An answer while the attempt was paused."


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=12)
WORDS = st.fixed_dictionaries({"template": st.text(max_size=30) | JSON,
                               "values": st.dictionaries(st.text(max_size=8), JSON, max_size=4) | JSON})


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, WORDS, st.fixed_dictionaries({"template": st.just("{a} and {b}"),
                                                      "values": st.fixed_dictionaries({"a": WORDS, "b": JSON})})),
       JSON)
def test_any_stored_words_read_back_as_text_never_an_error(qapp, data, reason) -> None:
    """A finding comes from the body's own database, a tablet's words from the room link: a
    damaged or hostile value is shown as text (the English kept beside it), never a failure,
    and never reaches into a value's insides ({a.__class__})."""
    text = words_from_data(data, "the English")
    assert isinstance(text, str) and isinstance(words_text(text), str)
    assert "<class" not in text and "<built-in" not in text
    finding = Finding.from_data({"seq": 2, "rule": "state", "reason": reason, "words": data})
    assert isinstance(words_text(finding.line()), str)


def test_words_go_through_data_and_back_unchanged() -> None:
    words = template("{what} at {time}: {note}", what=template("illness"), time="10:15", note="x")
    again = words_from_data(words_data(words))
    assert again == words and words_data(again) == words_data(words)
    assert words_from_data({"template": "{a.__class__}", "values": {"a": "x"}}, "kept") == "kept"
    assert words_from_data({"template": "{a:{b.__class__}}", "values": {"a": 1, "b": 2}}, "kept") == "kept"
    assert words_data("plain text") == "plain text"
