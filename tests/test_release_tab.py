"""The release step and the credentials in the body's window, driven with pytest-qt: a held
attempt is decided with a reason, the session released, score letters saved as PDF; then
credentials issued, one revoked with a reason, the status list published; every target 44 px."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.ui.admin.results_window import ResultsWindow
from tests.test_release import REASON, _held_session, _mark_everything


def _wait_idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=60000)


def test_release_and_credentials_from_the_window(qtbot, world, tmp_path: Path) -> None:
    made = _held_session(world)
    world = made.world
    try:
        _mark_everything(world)
        window = ResultsWindow(world.body)
        qtbot.addWidget(window)
        window.resize(1200, 860)
        window.show()
        tabs = window.centralWidget()
        tab = window.release_tab
        tabs.setCurrentWidget(tab)  # opening the tab reads the sessions
        qtbot.waitUntil(lambda: tab.session_table.rowCount() == 1, timeout=60000)
        assert tab.session_table.item(0, 1).text() == "Center One"  # the center by name
        assert tab.session_table.item(0, 4).text() == "Not released"
        tab.select_session(0)
        qtbot.waitUntil(lambda: tab.review is not None and tab.attempt_table.rowCount() >= 1, timeout=60000)
        _wait_idle(qtbot, tab)
        assert "held for review" in tab.blockers.text() and "decide whether it counts" in tab.blockers.text()
        late_row = next(r for r in range(tab.attempt_table.rowCount()) if tab.attempt_table.item(r, 0).text() == "C-LATE")
        assert tab.attempt_table.item(late_row, 2).text() == "Held for review"
        assert "An answer while the attempt was timed out" in tab.attempt_table.item(late_row, 3).text()

        # releasing now is refused, with the reason on screen: first nobody's name, then the held attempt
        qtbot.mouseClick(tab.release_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "needs the name of who releases" in tab.message.text(), timeout=60000)
        qtbot.keyClicks(tab.who, "A. Admin")
        qtbot.mouseClick(tab.release_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "cannot be released yet" in tab.message.text(), timeout=60000)

        # a decision without a reason is refused; with one it is recorded, by keyboard
        tab.attempt_table.selectRow(late_row)
        assert "after the exam time ended at 20.0 min" in tab.details.toPlainText()  # every distinct finding
        tab.choice.setCurrentIndex(tab.choice.findData("exclude"))
        qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "needs a reason" in tab.message.text(), timeout=60000)
        tab.attempt_table.selectRow(late_row)
        qtbot.keyClicks(tab.reason, REASON)
        qtbot.keyClick(tab.decide_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "Recorded: do not count it" in tab.message.text() or tab.progress.isVisible(),
                        timeout=60000)
        qtbot.waitUntil(lambda: "Nothing stands in the way" in tab.blockers.text(), timeout=60000)
        qtbot.waitUntil(lambda: REASON in tab.details.toPlainText(), timeout=10000)  # the decision view keeps it
        [decision] = world.body.release.review(made.session).flagged[0].history or [None]
        assert decision.reason == REASON and decision.decided_by == "A. Admin"
        tab.grab().save(str(tmp_path / "release-decided.png"))

        qtbot.mouseClick(tab.release_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.session_table.rowCount() == 1
                        and tab.session_table.item(0, 4).text() == "Released by A. Admin", timeout=60000)
        qtbot.waitUntil(lambda: tab.letters_button.isEnabled(), timeout=60000)
        letters = tmp_path / "letters"
        tab.save_letters(letters)
        qtbot.waitUntil(lambda: "Saved 7 score letters" in tab.message.text(), timeout=60000)
        late_letter = next(letters.glob("score-letter-C-LATE-*.pdf"))
        text = " ".join(subprocess.run(["pdftotext", str(late_letter), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Result: Not counted" in text and REASON in text
        tab.grab().save(str(tmp_path / "release-released.png"))

        # credentials: issue, revoke with a reason, publish
        credentials = window.credentials_tab
        tabs.setCurrentWidget(credentials)
        _wait_idle(qtbot, credentials)
        out = tmp_path / "credentials"
        credentials.folder.setText(str(out))
        qtbot.mouseClick(credentials.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Issued" in credentials.message.text(), timeout=60000)
        _wait_idle(qtbot, credentials)
        issued = [p for p in out.glob("*.json") if p.name != "status-list.json"]
        assert issued and credentials.list.rowCount() == len(issued)
        assert {json.loads(p.read_text())["evidence"][0]["name"] for p in issued} == {"Assessed at Center One"}
        assert all(credentials.list.item(r, 4).text() == "Valid" for r in range(credentials.list.rowCount()))
        qtbot.mouseClick(credentials.revoke_button, Qt.MouseButton.LeftButton)
        assert "Choose a credential" in credentials.message.text()
        credentials.list.selectRow(0)
        qtbot.keyClicks(credentials.reason, "Identity fraud found later")
        qtbot.mouseClick(credentials.revoke_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: credentials.list.item(0, 4) is not None
                        and credentials.list.item(0, 4).text().startswith("Revoked on"), timeout=60000)
        assert "Identity fraud found later" in credentials.list.item(0, 4).text()
        revoked = world.body.credentials.issued()[0]
        assert revoked.revoked_reason == "Identity fraud found later"
        status = json.loads((out / "status-list.json").read_text())
        assert status["type"] and (out / "status-list.json").exists()
        qtbot.mouseClick(credentials.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Publish it where verifiers look" in credentials.message.text(), timeout=60000)
        _wait_idle(qtbot, credentials)
        credentials.grab().save(str(tmp_path / "credentials.png"))

        for page in (tab, credentials):
            for widget in page.findChildren(QPushButton) + page.findChildren(QLineEdit):
                assert widget.accessibleName(), widget.text()
                if widget.isVisible():
                    assert widget.height() >= 44, widget.accessibleName()
    finally:
        world.close()
