"""Check-in through the real form: ID verification, the prerequisite credential of a stackable
add-on, accommodations and seat; admitting creates the attempt with the right time limit. The
roster CSV is checked row by row and every problem is reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.accommodations import Accommodations
from app.ui.proctor.roster import ROSTER_COLUMNS, parse_roster
from tests.conftest import World
from tests.staff_ui import check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

HEADER = ",".join(ROSTER_COLUMNS)


def test_check_in_with_accommodations_creates_a_longer_attempt(qtbot, world: World) -> None:
    window, session = session_window(qtbot, world)
    panel = session.check_in
    attempt_id = check_in(qtbot, session, "C-001", "Ada Lovelace", seat="4", multiplier=1.5, breaks=2, scale=150,
                          prerequisite="BASE-7781")
    assert "Admitted Ada Lovelace (C-001): 30 minutes, text 150 %, 2 rest break(s)" in panel.message.text()
    delivery = world.center.delivery
    (candidate,) = delivery.candidates(session.session_id)
    details = candidate.details
    assert details["seat"] == "4" and details["id_type"] == "passport" and details["id_last_digits"] == "4821"
    assert details["verified_by"] == "Pat Proctor"
    assert details["prerequisites"] == [{"id": "base-cred", "name": "Base Credential", "number": "BASE-7781"}]
    assert delivery.accommodations(attempt_id) == Accommodations(1.5, 2, 150)
    live = delivery.observe(attempt_id, session.exam)
    assert live.state.state == "ready" and live.remaining_now() == 30 * 60_000  # 20 minutes x 1.5
    # The prerequisite number and the ID check are shown in the checked-in list.
    shown = [panel.checked_in.item(0, c).text() for c in range(panel.checked_in.columnCount())]
    assert shown[:3] == ["C-001", "Ada Lovelace", "4"] and "1.5× time" in shown[3] and "text 150 %" in shown[3]
    assert "passport …4821, by Pat Proctor" == shown[4] and shown[5] == "BASE-7781"
    # The console lists the candidate; the audit log says who admitted them.
    session.console.refresh()
    assert [(r.candidate_name, r.seat, r.state) for r in session.console.rows()] == [("Ada Lovelace", "4", "ready")]
    (entry,) = world.center.accounts.audit_entries(action_prefix="candidate.")
    assert entry.actor == "pat" and entry.details["accommodations"]["time_multiplier"] == 1.5
    # The form is ready for the next candidate.
    assert panel.number_edit.text() == "" and panel.multiplier_spin.value() == 1.0
    assert window.focusWidget() is panel.number_edit


def test_every_missing_field_is_named_at_once(qtbot, world: World) -> None:
    _, session = session_window(qtbot, world)
    panel = session.check_in
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    message = panel.message.text()
    for phrase in ("candidate number", "full name", "type of ID", "last 2 to 6", "Base Credential credential number"):
        assert phrase in message, message
    assert world.center.delivery.candidates(session.session_id) == []
    check_in(qtbot, session, "C-001", "Ada Lovelace")
    check_in(qtbot, session, "C-001", "Someone Else", admit=False)
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    assert "C-001 is already checked in" in panel.message.text()
    assert len(world.center.delivery.candidates(session.session_id)) == 1


def test_a_roster_with_problems_is_refused_with_all_of_them(qtbot, world: World, tmp_path: Path) -> None:
    _, session = session_window(qtbot, world)
    panel = session.check_in
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nC-001,Ada Lovelace,1,5,0,100,B-1\nC-002,,2,1,x,100,B-2\n"
                   "C-001,Grace Hopper,3,1,0,120,\n", encoding="utf-8")
    assert not panel.import_roster(bad)
    message = panel.roster_message.text()
    assert "6 problem(s)" in message, message
    for phrase in ("line 2: the extra time “5”", "line 3: the name is empty", "line 3: the rest breaks “x”",
                   "line 4: the text size “120”", "line 4: this exam needs 1 prerequisite",
                   "line 4: candidate number C-001 appears twice"):
        assert phrase in message, phrase
    assert panel.roster.rowCount() == 0


def test_the_roster_template_holds_the_header_and_imports_as_it_is(qtbot, world: World, tmp_path: Path) -> None:
    _, session = session_window(qtbot, world)
    panel = session.check_in
    template = tmp_path / "roster.csv"
    assert panel.save_template(template) and "roster.csv" in panel.roster_message.text()
    assert template.read_text(encoding="utf-8").splitlines()[0] == HEADER
    template.write_text(template.read_text(encoding="utf-8").replace("C-001,Ana Baker,4,1.0,0,100,",
                                                                     "C-001,Ana Baker,4,1.0,0,100,BASE-1"))
    assert panel.import_roster(template), panel.roster_message.text()
    assert not panel.save_template(tmp_path / "missing" / "roster.csv")
    assert "was not saved" in panel.roster_message.text()


def test_a_good_roster_fills_the_form_and_the_id_check_completes_it(qtbot, world: World, tmp_path: Path) -> None:
    _, session = session_window(qtbot, world)
    panel = session.check_in
    good = tmp_path / "roster.csv"
    good.write_text(f"{HEADER}\nC-001,Ada Lovelace,1,1.25,1,125,BASE-1\nC-002,Grace Hopper,2,,,,BASE-2\n",
                    encoding="utf-8")
    assert panel.import_roster(good) and "Imported 2" in panel.roster_message.text()
    panel.roster.choose("C-002")
    assert (panel.number_edit.text(), panel.name_edit.text(), panel.seat_edit.text()) == ("C-002", "Grace Hopper", "2")
    panel.roster.choose("C-001")
    assert panel.multiplier_spin.value() == 1.25 and panel.scale_combo.currentData() == 125
    assert panel.prerequisite_edits[0].text() == "BASE-1"
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    assert "type of ID" in panel.message.text()  # the roster never replaces looking at the ID
    panel.id_type_combo.setCurrentIndex(panel.id_type_combo.findData("driving licence"))
    qtbot.keyClicks(panel.id_digits_edit, "993")
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    assert "Admitted Ada Lovelace" in panel.message.text()
    assert panel.roster.item(0, 3).text() == "admitted" and panel.roster.item(1, 3).text() == "waiting"
    (candidate,) = world.center.delivery.candidates(session.session_id)
    assert candidate.details["accommodations"] == {"time_multiplier": 1.25, "rest_breaks": 1, "text_scale": 125}


def test_roster_parsing_rules() -> None:
    entries, problems = parse_roster("\ufeffnumber,name\nA1,Ann\n\nA2,Bo\n", prerequisites=0)
    assert problems == [] and [e.number for e in entries] == ["A1", "A2"]
    assert entries[0].accommodations == Accommodations()
    _, problems = parse_roster("name,colour\nAnn,red\n", prerequisites=0)
    assert len(problems) == 2 and "no column for the candidate's number" in problems[0] and "colour" in problems[1]
    _, problems = parse_roster("", prerequisites=0)
    assert "empty" in problems[0]
    entries, problems = parse_roster("number,name,prerequisite_number\nA1,Ann,P-1;P-2\n", prerequisites=2)
    assert problems == [] and entries[0].prerequisite_numbers == ("P-1", "P-2")
    _, problems = parse_roster("number,name\nA1,Ann\n", prerequisites=0, taken={"A1"})
    assert "already checked in" in problems[0]
