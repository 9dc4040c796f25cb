"""Every staff window and dialog, in each of its states (each page of the main window, each tab
of a session, each dialog a proctor or administrator opens), offers each Alt+letter once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.main_window import MainWindow
from tests.conftest import World
from tests.mnemonics import clashes, letter
from tests.staff_ui import ADMIN, PASSWORD, check_in, session_window, sign_in

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)


def no_clash(window: QWidget, where: str) -> list[str]:
    return [f"{where}: Alt+{key.upper()} is {' and '.join(texts)}" for key, texts in clashes(window).items()]


@pytest.mark.parametrize(("text", "key"), [("&Open", "o"), ("Save && &quit", "q"), ("R&&D", None),
                                           ("Plain", None), ("Trailing &", None)])
def test_the_mnemonic_letter_is_read_as_qt_reads_it(text: str, key: str | None) -> None:
    assert letter(text) == key


def test_no_staff_window_or_dialog_has_two_controls_on_one_alt_letter(qtbot, world: World) -> None:
    found: list[str] = []
    fresh = world.home("fresh")
    first = MainWindow(fresh)
    qtbot.addWidget(first)
    first.show()
    found += no_clash(first, "first-run set-up")
    first.first_run.ask_backup_passphrase(world.root / "center.backup.json")
    found += no_clash(first.first_run.backup_dialog, "backup passphrase")
    first.first_run.backup_dialog.reject()
    first.first_run._ask_new_passphrase()
    found += no_clash(first.first_run.passphrase_dialog, "new key passphrase")
    first.first_run.passphrase_dialog.reject()
    first.close()

    window, session = session_window(qtbot, world)
    window.show_sign_in()
    found += no_clash(window, "sign-in")
    sign_in(qtbot, window, ADMIN, PASSWORD)
    found += no_clash(window, "session (administrator)")
    check_in(qtbot, session, "C-001", "Ada Lovelace", seat="1")
    session.evaluator.refresh()
    for tab in range(session.tabs.count()):
        session.tabs.setCurrentIndex(tab)
        found += no_clash(window, f"session tab {session.tabs.tabText(tab)}")
    window.show_accounts()
    accounts = window.accounts_dialog
    found += no_clash(accounts, "accounts")
    accounts.choose(ADMIN)
    for opener in (accounts.ask_unlock, accounts.ask_reset_pin, accounts.ask_active):
        opener()
        found += no_clash(accounts.change_dialog, f"account change ({opener.__name__})")
        accounts.change_dialog.reject()
    accounts.reject()
    console = session.console
    console.choose(console.rows()[0].attempt_id)
    for opener in (console.ask_pause, console.ask_extend, console.ask_void, console.ask_incident,
                   console.ask_pause_all):
        opener()
        found += no_clash(console.dialog, f"console ({opener.__name__})")
        console.dialog.reject()
    session.services.proctoring.void(console.rows()[0].attempt_id, session.exam, "test", by="pat")
    session.ask_end_session()
    found += no_clash(session.end_dialog, "end session")
    session.end_dialog.accept()
    found += no_clash(window, "ended session")
    session.ask_new_session()
    found += no_clash(session.new_dialog, "new session")
    session.new_dialog.reject()
    window.start_screen.show()
    window.stack.setCurrentWidget(window.start_screen)
    found += no_clash(window, "open an exam")
    assert found == [], "\n".join(found)
