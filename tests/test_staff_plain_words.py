"""Staff screens say things as a proctor would: with a real session behind them (pauses, extra
time, an incident, a void, a checklist failed on a critical step), no visible text on the check-in,
console, audit log or evaluator tabs shows a code (`attempt.voided`, `in_progress`), JSON, or the
credential rule as the exam file writes it (`written AND checklist:mini-check`), in English or in
Spanish."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QTableWidget, QWidget

from app.domain.reasons import CRITICAL_STEP_NOT_DONE, Reason
from app.ui.language import install_staff_translator, remove_staff_translator
from app.ui.proctor.audit_words import People, sentence
from app.ui.widgets.rule_words import reason_words, rule_words
from tests.conftest import World
from tests.staff_ui import EVE, PINS, PROCTOR, SAM, check_in, session_window
from tests.test_staff_language import ROSTER_WORDS, visible_texts

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
DOTTED_CODE = re.compile(r"\b[a-z]+\.[a-z_]+\b")  # attempt.voided, checklist.signed
RULE_WORDS = re.compile(r"\bAND\b|\bOR\b|checklist:")
CHECKLIST = "mini-check"


def _cells(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for table in [root, *root.findChildren(QTableWidget)]:
        if isinstance(table, QTableWidget):
            found += [("table cell", table.item(r, c).text()) for r in range(table.rowCount())
                      for c in range(table.columnCount()) if table.item(r, c) is not None]
    return found


def not_plain(root: QWidget) -> list[str]:
    """Visible texts with a code, JSON or the rule's own syntax in them."""
    bad = []
    for where, text in visible_texts(root) + _cells(root):
        if (set(SNAKE.findall(text)) - ROSTER_WORDS or DOTTED_CODE.search(text) or RULE_WORDS.search(text)
                or "{" in text or "}" in text):
            bad.append(f"{where}: {text}")
    return sorted(set(bad))


def _busy_session(qtbot, world: World):
    """A session with everything the audit log and the evaluator tab can say."""
    window, session = session_window(qtbot, world)
    check_in(qtbot, session, "C-001", "Ana Baker", seat="4")
    check_in(qtbot, session, "C-002", "Ben Cruz", seat="5")
    services, exam = session.services, session.exam
    ana, ben = services.delivery.attempts(session.session_id)
    for attempt in (ana, ben):
        services.delivery.observe(attempt.id, exam).start()
    services.proctoring.pause(ana.id, exam, "fire alarm", PROCTOR)
    services.proctoring.resume(ana.id, exam, PROCTOR)
    services.proctoring.extend(ana.id, exam, 10, "the alarm took ten minutes", PROCTOR)
    services.proctoring.incident(ben.id, exam, "misconduct", "phone on the desk", PROCTOR)
    services.proctoring.void(ben.id, exam, "candidate left the room", PROCTOR)
    # Ana's checklist: the critical step "Wears PPE" not done.
    # Two evaluators agree (the first evaluation alone stays hidden while a second may come).
    for evaluator, why in ((EVE, "no gloves"), (SAM, "bare hands")):
        services.evaluation.sign_off(exam, CHECKLIST, ana.candidate_id, evaluator, PINS[evaluator],
                                     {"ppe": "not_done", "loto": "done", "label": "done"}, {"ppe": why}, 300,
                                     ana.id)
    session._refresh_names()
    session.evaluator.refresh()
    session.evaluator.choose(ana.candidate_id, CHECKLIST, EVE)
    session.evaluator.show_summary()
    return window, session


def _walk(qtbot, world: World) -> tuple[list[str], str, list[str]]:
    window, session = _busy_session(qtbot, world)
    try:
        bad = []
        for tab in range(session.tabs.count()):
            session.tabs.setCurrentIndex(tab)
            bad += not_plain(session.tabs.widget(tab))
        bad += not_plain(window)
        audit = session.audit.shown_sentences()
        return bad, session.evaluator.summary.text(), audit
    finally:
        session.console.timer.stop()
        window.close()


def test_the_staff_screens_say_a_busy_session_in_words(qtbot, world: World) -> None:
    bad, summary, audit = _walk(qtbot, world)
    assert bad == []
    assert "Proctor Pat Proctor voided Ben Cruz's attempt (seat 5): candidate left the room" in audit
    assert "Proctor Pat Proctor paused Ana Baker's attempt (seat 4): fire alarm" in audit
    assert ("Proctor Pat Proctor recorded an incident for Ben Cruz's attempt (seat 5): suspected misconduct — "
            "phone on the desk") in audit
    assert not [line for line in audit if ") (" in line], "two brackets in a row read as a code"
    assert "Proctor Pat Proctor gave Ana Baker's attempt (seat 4) 10 more minute(s): the alarm took ten minutes" in audit
    assert any(line.startswith("Evaluator Eve Evaluator signed the first evaluation of Ana Baker") for line in audit)
    assert "the critical step “Wears PPE” was not done" in summary
    assert "needs the written test and the checklist “Mini checklist”" in summary


@pytest.fixture
def spanish(qapp):
    translator = install_staff_translator(qapp, "es")
    yield translator
    remove_staff_translator(translator)


def test_the_same_session_in_spanish(qtbot, world: World, spanish) -> None:
    bad, summary, audit = _walk(qtbot, world)
    assert bad == []
    assert "Supervisor Pat Proctor anuló el intento de Ben Cruz (puesto 5): candidate left the room" in audit
    assert ("Supervisor Pat Proctor registró un incidente en el intento de Ben Cruz (puesto 5): sospecha de "
            "conducta indebida — phone on the desk") in audit
    assert not [line for line in audit if ") (" in line], "two brackets in a row read as a code"
    assert "Supervisor Pat Proctor amplió el intento de Ana Baker (puesto 4) en 10 minuto(s): the alarm took ten minutes" in audit
    # Spanish contracts "de el" and "a el": a sentence built around "el intento de ..." must not show them
    assert not [line for line in audit if " de el " in line or " a el " in line]
    assert "el paso crítico «Wears PPE» no se realizó" in summary
    assert "la prueba escrita y la lista de verificación «Mini checklist»" in summary


def test_every_audit_action_the_code_records_has_a_sentence() -> None:
    """An action recorded anywhere in app/ but missing here would fall back to the generic line."""
    from pathlib import Path

    from app.domain.audit import AuditEntry
    from app.ui.proctor.audit_words import _sentences
    root = Path(__file__).resolve().parents[1] / "app"
    recorded = set()
    for path in root.rglob("*.py"):
        recorded |= set(re.findall(r'"((?:account|attempt|candidate|checklist|session|keys|room|marking)\.[a-z_]+)"',
                                   path.read_text(encoding="utf-8")))
    assert recorded and recorded <= set(_sentences()), recorded - set(_sentences())
    unknown = AuditEntry(1, "2026-01-01T00:00:00", "ghost", "future.thing", "x", {"a": {"b": 1}})
    text = sentence(unknown, People({}), {})
    assert not DOTTED_CODE.search(text) and "{" not in text


def test_rules_and_reasons_in_words() -> None:
    titles = {"a": "Alpha", "b": "Beta"}
    assert rule_words("written AND checklist:a", titles) == "the written test and the checklist “Alpha”"
    assert rule_words("written AND (checklist:a OR checklist:b)", titles) == \
        "the written test and either the checklist “Alpha” or the checklist “Beta”"
    assert rule_words("NOT written", titles) == "not the written test"
    assert rule_words("written AND", titles) == "written AND"  # a broken rule is shown as written
    assert reason_words(Reason(CRITICAL_STEP_NOT_DONE, {"step": "Wears PPE"})) == \
        "the critical step “Wears PPE” was not done"
    assert reason_words(Reason("a_future_code", {})) == "a future code"  # a newer station's reason
