"""The evaluator tablet through the real widgets against a real station over loopback: the
tablet pairs (the proctor's Room tab names it an evaluator tablet), a wrong PIN is refused
in words, the evaluator scores a candidate by keys and signs off, and the screen says
"Saved on the station" only once the station has it. Screens go to docs/screens/ when
asked (ROOM_SCREENSHOTS=1) and to the test's folder always, to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.home import Home
from app.services.tablet import SAVED, TabletService
from app.ui.evaluator.tablet_window import TabletWindow
from tests.staff_ui import PINS, check_in, session_window
from tests.test_proctor_accessibility import unnamed
from tests.test_room_screens import _free_port
from tests.test_room_tablet import _driver as tablet_driver

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screens"


def _shot(widget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / name))
    if os.environ.get("ROOM_SCREENSHOTS"):
        widget.grab().save(str(SHOTS / name))


@pytest.mark.staffed
def test_an_evaluator_scores_on_a_tablet_and_sees_it_saved_on_the_station(qtbot, world, tmp_path) -> None:
    window, session = session_window(qtbot, world)
    window.resize(1400, 900)
    check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    check_in(qtbot, session, "C-002", "Grace Hopper", seat="2")
    panel = session.room
    session.tabs.setCurrentWidget(panel)
    panel.port.setValue(_free_port())
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.room is not None, panel.message.text()

    tablet = TabletWindow(TabletService(Home.open(tmp_path / "tablet")))
    qtbot.addWidget(tablet)
    tablet.resize(1000, 760)
    tablet.show()
    page = tablet.pairing
    assert "evaluator tablet" in page.layout().itemAt(0).widget().text()
    page.name.setText("Bench tablet")
    page.address.setText(f"127.0.0.1:{panel.room.port}")
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=10000)
    qtbot.waitUntil(lambda: panel.pairing_box.isVisible(), timeout=5000)
    ask = panel.pairing_box.findChildren(type(panel.state_label))[0]
    assert page.code.text() in ask.text() and "evaluator tablet" in ask.text()
    assert "this tablet shows the code" in page.message.text()
    qtbot.waitUntil(ask.isVisible, timeout=5000)
    _shot(tablet, tmp_path, "tablet-pairing.png")
    _shot(window, tmp_path, "room-tablet-pairing.png")
    accept = next(b for b in panel.pairing_box.findChildren(type(panel.open_button)) if b.text().startswith("Accept"))
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    sign_in = tablet.sign_in_page
    qtbot.waitUntil(lambda: tablet.stack.currentWidget() is sign_in and tablet.session.connected, timeout=10000)
    panel.refresh()
    row = next(r for r in panel.model.rows if r.seat_name == "Bench tablet")
    assert panel.model.text(row, 2, 0) == "evaluator tablet"
    qtbot.keyClicks(sign_in.username, "eve")
    qtbot.keyClicks(sign_in.pin, "0000")
    qtbot.keyClick(sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN is wrong" in sign_in.message.text(), timeout=10000)
    assert sign_in.pin.text() == ""  # a PIN never stays on screen
    _shot(tablet, tmp_path, "tablet-sign-in.png")
    qtbot.keyClicks(sign_in.pin, PINS["eve"])
    qtbot.keyClick(sign_in.pin, Qt.Key.Key_Return)
    listing = tablet.candidates_page
    qtbot.waitUntil(lambda: tablet.stack.currentWidget() is listing and listing.score_button.isEnabled(),
                    timeout=10000)
    texts = [listing.candidates.item(i).text() for i in range(listing.candidates.count())]
    assert texts == ["Ada Lovelace (C-001), seat 1: Mini checklist", "Grace Hopper (C-002), seat 2: Mini checklist"]
    _shot(tablet, tmp_path, "tablet-candidates.png")

    listing.candidates.setCurrentRow(1)
    qtbot.mouseClick(listing.score_button, Qt.MouseButton.LeftButton)
    form = tablet.form
    assert tablet.stack.currentWidget() is tablet.checklist_page and form is not None
    for key in (Qt.Key.Key_D, Qt.Key.Key_N):  # the first two steps by key; the third is left unmarked
        qtbot.keyClick(form.rows[form.current], key)
    qtbot.keyClicks(tablet.sign_off_bar.pin_edit, PINS["eve"])
    qtbot.mouseClick(tablet.sign_off_bar.sign_button, Qt.MouseButton.LeftButton)
    assert "still unmarked: step(s) 3" in tablet.marking_message.text()
    qtbot.keyClick(form.rows[2], Qt.Key.Key_A)
    qtbot.keyClicks(tablet.sign_off_bar.pin_edit, PINS["eve"])  # a critical step not done needs its reason
    qtbot.mouseClick(tablet.sign_off_bar.sign_button, Qt.MouseButton.LeftButton)
    assert "needs a short reason: step(s) 2" in tablet.marking_message.text()
    qtbot.keyClicks(form.rows[1].note_edit, "no lock on the disconnect")
    _shot(tablet, tmp_path, "tablet-checklist.png")
    qtbot.keyClicks(tablet.sign_off_bar.pin_edit, PINS["eve"])
    qtbot.mouseClick(tablet.sign_off_bar.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tablet.stack.currentWidget() is listing, timeout=10000)
    saved = list(tablet.session.signed.values())[-1]
    qtbot.waitUntil(lambda: saved.state == SAVED, timeout=10000)
    qtbot.waitUntil(lambda: "Saved on the station" in listing.signed.item(0).text(), timeout=5000)
    stored = world.center.evaluation.evaluations(saved.evaluation["candidate"])
    assert [(e.id, e.marks, e.notes) for e in stored] == [(saved.id, {"ppe": "done", "loto": "not_done", "label": "na"},
                                                           {"loto": "no lock on the disconnect"})]
    qtbot.waitUntil(lambda: listing.candidates.count() == 1, timeout=5000)  # Grace is scored by eve now
    _shot(tablet, tmp_path, "tablet-saved.png")
    _shot(window, tmp_path, "room-tablet-seat-map.png")
    tablet.shutdown()
    panel.close_room()


def test_the_tablet_says_saved_on_the_station_only_after_the_station_has_it(qtbot, open_room_with_staff, tablet,
                                                                            tmp_path) -> None:
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    window = TabletWindow(machine)
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    sign_in = window.sign_in_page
    qtbot.waitUntil(lambda: window.session.connected, timeout=10000)
    qtbot.keyClicks(sign_in.username, "eve")
    qtbot.keyClicks(sign_in.pin, "2468")
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    listing = window.candidates_page
    qtbot.waitUntil(lambda: listing.score_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(listing.score_button, Qt.MouseButton.LeftButton)
    for row in window.form.rows:
        qtbot.keyClick(row, Qt.Key.Key_D)
    link = window.session.link
    send = link.send  # the cable is pulled right after the PIN check: the evaluation cannot leave
    link.send = lambda message: None if message["type"] == "evaluation" else send(message)
    qtbot.keyClicks(window.sign_off_bar.pin_edit, "2468")
    qtbot.keyClick(window.sign_off_bar.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is listing, timeout=10000)
    assert "Kept on this tablet" in listing.message.text()
    assert "not on the station yet" in listing.signed.item(0).text()
    assert listing.candidates.count() == 1  # not offered twice while the station does not have it yet
    assert "Saved on the station" not in listing.message.text() + listing.signed.item(0).text()
    assert not any(world.center.evaluation.evaluations(c.id) for c in world.center.delivery.candidates(
        station.session_id))
    _shot(window, tmp_path, "tablet-waiting.png")
    link.send = send
    link.drop()  # the cable is back: the tablet reconnects and sends what it kept
    qtbot.waitUntil(lambda: "Saved on the station" in listing.signed.item(0).text(), timeout=10000)
    # the line above the list no longer says "being sent" under a list that says "Saved"
    qtbot.waitUntil(lambda: listing.message.text().startswith("Saved on the station"), timeout=5000)
    saved = next(iter(window.session.signed.values()))
    assert [e.id for e in world.center.evaluation.evaluations(saved.evaluation["candidate"])] == [saved.id]
    window.shutdown()


def test_every_tablet_page_names_its_controls_and_fits_at_200_percent_text(qtbot, open_room_with_staff, tablet, tmp_path) -> None:
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    app = QApplication.instance()
    original = QApplication.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(font)
    try:
        window = TabletWindow(machine)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.session.connected, timeout=10000)
        pages = [("sign-in", window.sign_in_page)]
        qtbot.keyClicks(window.sign_in_page.username, "eve")
        qtbot.keyClicks(window.sign_in_page.pin, "2468")
        qtbot.keyClick(window.sign_in_page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.candidates_page.score_button.isEnabled(), timeout=10000)
        pages.append(("candidates", window.candidates_page))
        window.candidates_page.candidates.setFocus()
        qtbot.keyClick(window.candidates_page.candidates, Qt.Key.Key_Return)  # the keyboard opens the checklist
        assert window.stack.currentWidget() is window.checklist_page
        pages.append(("checklist", window.checklist_page))
        for name, page in pages:
            window.stack.setCurrentWidget(page)
            assert unnamed(page) == [], name
            hint = window.minimumSizeHint()
            assert hint.width() <= 1400 and hint.height() <= 900, (name, hint)
            _shot(window, tmp_path, f"tablet-200-{name}.png")
        window.shutdown()
    finally:
        app.setFont(original)
    assert unnamed(window.pairing) == []


def tablet_window(qtbot, machine: TabletService) -> TabletWindow:
    window = TabletWindow(machine)
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    return window


def send_sign_in(qtbot, window: TabletWindow, username: str, pin: str) -> None:
    """Type the name and PIN on the sign-in page and send them (the answer is the station's)."""
    page = window.sign_in_page
    qtbot.waitUntil(lambda: window.session.connected and window.stack.currentWidget() is page, timeout=10000)
    page.username.clear()
    page.pin.clear()
    qtbot.keyClicks(page.username, username)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


def _sign_in(qtbot, window: TabletWindow, username: str, pin: str) -> None:
    send_sign_in(qtbot, window, username, pin)
    named = {"eve": "Eve Evaluator", "sam": "Sam Second"}[username]
    qtbot.waitUntil(lambda: named in window.candidates_page.title.text()
                    and window.candidates_page.score_button.isEnabled(), timeout=10000)


def _listed(window: TabletWindow) -> list[str]:
    listing = window.candidates_page.candidates
    return [listing.item(i).text() for i in range(listing.count())]


def _open(qtbot, window: TabletWindow, row: int):
    window.candidates_page.candidates.setCurrentRow(row)
    qtbot.mouseClick(window.candidates_page.score_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.checklist_page
    return window.form


def test_marks_in_progress_survive_a_killed_tablet_and_stay_the_evaluators_own(qtbot, open_room_with_staff, tablet) -> None:
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    world.center.accounts.create("sam", "Sam Second", "evaluator", "password12", pin="1357", by="admin")
    process = tablet_driver(machine.home.root, station.port, "draft", "eve", "2468")
    try:
        line = process.stdout.readline().split()
        assert line[0] == "drafted", line
    finally:
        process.kill()  # SIGKILL mid-task: the marks are only in the tablet's sealed journal
        process.wait(10)
        process.stdout.close()
    window = tablet_window(qtbot, machine)  # the tablet started again
    _sign_in(qtbot, window, "sam", "1357")  # another evaluator on the same tablet sees nothing of eve's marks
    assert not any("marks in progress" in text for text in _listed(window))
    form = _open(qtbot, window, 0)
    assert [row.mark for row in form.rows] == [None, None, None] and form.task_seconds() < 60
    qtbot.mouseClick(next(b for b in window.checklist_page.findChildren(type(window.candidates_page.score_button))
                          if b.text().startswith("&Back")), Qt.MouseButton.LeftButton)
    assert "Nothing was marked" in window.candidates_page.message.text()
    qtbot.mouseClick(window.candidates_page.sign_out_button, Qt.MouseButton.LeftButton)
    _sign_in(qtbot, window, "eve", "2468")
    assert _listed(window)[0].endswith("Mini checklist — your marks in progress")
    form = _open(qtbot, window, 0)
    assert [row.mark for row in form.rows] == ["done", "not_done", None] and form.rows[1].note() == "no lock"
    assert form.task_seconds() >= 300 and "went on" in window.marking_message.text()  # the timer kept its start
    assert min(button.height() for row in form.rows for button in row.buttons.values()) >= 64  # tablet-sized
    qtbot.keyClick(form.rows[2], Qt.Key.Key_D)
    qtbot.keyClicks(window.sign_off_bar.pin_edit, "2468")
    qtbot.keyClick(window.sign_off_bar.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.candidates_page, timeout=10000)
    signed = next(iter(window.session.signed.values()))
    qtbot.waitUntil(lambda: signed.state == SAVED, timeout=10000)
    (stored,) = world.center.evaluation.evaluations(signed.evaluation["candidate"])
    assert stored.marks == {"ppe": "done", "loto": "not_done", "label": "done"} and stored.task_seconds >= 300
    assert window.session.draft(signed.evaluation["candidate"], "mini-check") is None  # signed: no draft left
    window.shutdown()


def test_a_second_evaluator_on_a_tablet_sees_nothing_of_the_first(qtbot, open_room_with_staff, tablet) -> None:
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    world.center.accounts.create("sam", "Sam Second", "evaluator", "password12", pin="1357", by="admin")
    window = tablet_window(qtbot, machine)
    _sign_in(qtbot, window, "eve", "2468")
    form = _open(qtbot, window, 0)
    for key in (Qt.Key.Key_N, Qt.Key.Key_D, Qt.Key.Key_D):  # a failing first evaluation
        qtbot.keyClick(form.rows[form.current], key)
    qtbot.keyClicks(form.rows[0].note_edit, "bare hands")
    qtbot.keyClicks(window.sign_off_bar.pin_edit, "2468")
    qtbot.keyClick(window.sign_off_bar.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.signed and next(iter(window.session.signed.values())).state == SAVED,
                    timeout=10000)
    signed = next(iter(window.session.signed.values()))
    qtbot.mouseClick(window.candidates_page.sign_out_button, Qt.MouseButton.LeftButton)
    _sign_in(qtbot, window, "sam", "1357")
    page = window.candidates_page
    qtbot.waitUntil(lambda: any("second, independent" in text for text in _listed(window)), timeout=10000)
    shown = " ".join(_listed(window)) + page.message.text() + " ".join(
        page.signed.item(i).text() for i in range(page.signed.count()))
    for hidden in ("FAILED", "PASSED", "points", "critical", "bare hands", "Eve", "Saved on the station"):
        assert hidden not in shown, hidden  # nothing of eve's evaluation, its result or her tablet history
    assert page.signed.item(0).text() == "You have signed nothing on this tablet yet."
    row = next(i for i, text in enumerate(_listed(window)) if "second, independent" in text)
    form = _open(qtbot, window, row)
    assert [r.mark for r in form.rows] == [None, None, None] and all(not r.note() for r in form.rows)
    assert signed.evaluation["candidate"] == window.scoring[0].candidate_id
    window.shutdown()
