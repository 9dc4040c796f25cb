"""The staff screens in Spanish: every screen, tab and dialog opened with the Spanish translator
walks its visible texts and finds none left in English; the English run finds no broken text
(a placeholder left unformatted, a code name); the staff's language and a candidate's live side
by side on one station."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTableView,
    QTabWidget, QTextEdit, QWidget,
)

from app.services.home import Home
from app.services.seat import SeatService
from app.services.tablet import TabletService
from app.ui.admin.accounts import AccountsDialog
from app.ui.admin.check_screen import CheckScreen
from app.ui.admin.passphrase_dialog import NewPassphraseDialog
from app.ui.admin.results_window import ResultsWindow
from app.ui.candidate.i18n import CANDIDATE_CONTEXTS, install_translator, remove_translator, translations_dir
from app.ui.evaluator.tablet_window import TabletWindow
from app.ui.language import LANGUAGE_ENV, staff_language
from app.ui.lockdown.pin_dialog import ExitPinDialog
from app.ui.main_window import MainWindow
from app.ui.seat.seat_window import SeatWindow
from tests.conftest import World
from tests.staff_ui import check_in, session_window

pytestmark = pytest.mark.staffed  # every world here signs staff in: it comes with them (tests/conftest.py)

PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%\d|%n")
CODE_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b")  # in_progress, time_multiplier: a code on screen
# Column names of the roster file, quoted on purpose where the proctor prepares that file.
ROSTER_WORDS = {"time_multiplier", "rest_breaks", "text_scale", "prerequisite_number"}


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(translations_dir() / "es.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.findtext("numerusform") if message.get("numerus") == "yes" else translation.text
            found.append((context.findtext("name") or "", message.findtext("source"), text or ""))
    return found


def _plain(text: str) -> str:
    """What a person reads: no mnemonic marks, no markup, single spaces."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _pattern(source: str) -> re.Pattern[str]:
    """A source string as a pattern that matches it with its placeholders filled in."""
    parts = PLACEHOLDER.split(_plain(source))
    return re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


MESSAGES = _messages()
# English sources that Spanish writes differently (PIN, Kappa, ExamStation stay as they are).
ENGLISH_ONLY = {_plain(source) for _c, source, spanish in MESSAGES if _plain(source) != _plain(spanish)}
SPANISH = {_plain(spanish) for _c, _s, spanish in MESSAGES}
ENGLISH_PATTERNS = [_pattern(s) for s in sorted(ENGLISH_ONLY) if PLACEHOLDER.search(s) and len(_plain(s)) > 12]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text of a window a person sees or a screen reader says, with where it is."""
    found = [("title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        kind = type(widget).__name__
        found += [(f"{kind} accessible name", widget.accessibleName()),
                  (f"{kind} accessible description", widget.accessibleDescription()),
                  (f"{kind} tooltip", widget.toolTip())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append(("group box", widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [("combo item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [("column heading", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount(QModelIndex()))]
    return [(where, _plain(text)) for where, text in found if text and _plain(text)]


def left_in_english(root: QWidget) -> list[str]:
    """Texts that are an English source string whose Spanish differs, as is or filled in."""
    left = []
    for where, text in visible_texts(root):
        if text in SPANISH:
            continue
        if text in ENGLISH_ONLY or any(p.match(text) for p in ENGLISH_PATTERNS):
            left.append(f"{where}: {text}")
    return sorted(set(left))


def broken(root: QWidget) -> list[str]:
    """Texts with a placeholder never filled in, or a code name instead of words."""
    bad = []
    for where, text in visible_texts(root):
        names = set(CODE_NAME.findall(text)) - ROSTER_WORDS
        if PLACEHOLDER.search(text) or names:
            bad.append(f"{where}: {text}")
    return sorted(set(bad))


def every_staff_window(qtbot, world: World, tmp_path: Path) -> list[QWidget]:
    """Each staff window, each tab on show in turn and each dialog, made in the language now
    installed; the caller walks them."""
    shown: list[QWidget] = []
    fresh = MainWindow(world.home("fresh"))
    qtbot.addWidget(fresh)
    shown += [fresh.first_run, fresh.sign_in]
    window, session = session_window(qtbot, world)
    shown += [window, window.start_screen, window.sign_in]
    check_in(qtbot, session, "C-001", "Ada Lovelace")
    session.evaluator.refresh()
    session.evaluator.start()
    for tab in range(session.tabs.count()):
        session.tabs.setCurrentIndex(tab)
        shown.append(session.tabs.widget(tab))
    session.console.choose(session.console.rows()[0].attempt_id)
    for opener in (session.console.ask_pause, session.console.ask_extend, session.console.ask_void,
                   session.console.ask_incident):
        opener()
        shown.append(session.console.dialog)
    accounts = AccountsDialog(window.services, "root", window)
    passphrase = NewPassphraseDialog(window)
    exit_pin = ExitPinDialog(window)
    shown += [accounts, passphrase, exit_pin]
    results = ResultsWindow(world.body)
    qtbot.addWidget(results)
    shown.append(results)
    check = CheckScreen(world.center)
    qtbot.addWidget(check)
    seat = SeatWindow(SeatService(Home.open(tmp_path / "seat")), lockdown=False)
    qtbot.addWidget(seat)
    tablet = TabletWindow(TabletService(Home.open(tmp_path / "tablet")))
    qtbot.addWidget(tablet)
    return shown + [check, seat, tablet]


def _close(shown: list[QWidget]) -> None:
    for widget in shown:
        if widget.isWindow():
            widget.close()


def test_every_staff_screen_shows_spanish_only(qtbot, world: World, tmp_path: Path, spanish_staff) -> None:
    shown = every_staff_window(qtbot, world, tmp_path)
    try:
        found = {f"{type(w).__name__}: {text}" for w in shown for text in left_in_english(w) + broken(w)}
        assert not found, "\n".join(sorted(found))
        assert "Abrir un examen" in {text for _w, text in visible_texts(shown[3])}
    finally:
        _close(shown)


def test_the_english_staff_screens_show_no_broken_text(qtbot, world: World, tmp_path: Path) -> None:
    shown = every_staff_window(qtbot, world, tmp_path)
    try:
        assert sorted({f"{type(w).__name__}: {text}" for w in shown for text in broken(w)}) == []
        assert any(text == "Open an exam" for _w, text in visible_texts(shown[3]))
    finally:
        _close(shown)


def test_the_candidates_language_wins_on_their_screen_and_the_staffs_on_theirs(spanish_staff) -> None:
    """Spanish staff, an English candidate; then English staff, a Spanish candidate."""
    english = install_translator("en")
    try:
        assert QCoreApplication.translate("ItemPage", "Review answers") == "Review answers"
        assert QCoreApplication.translate("ConsolePanel", "&Pause") == "&Pausar"
    finally:
        remove_translator(english)
    QCoreApplication.removeTranslator(spanish_staff)
    spanish = install_translator("es")
    try:
        assert QCoreApplication.translate("ItemPage", "Review answers") == "Revisar respuestas"
        assert QCoreApplication.translate("ConsolePanel", "&Pause") == "&Pause"
    finally:
        remove_translator(spanish)
        QCoreApplication.installTranslator(spanish_staff)


def test_the_staff_language_comes_from_the_option_the_environment_or_the_system(monkeypatch, capsys) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert staff_language("es-MX") == "es"
    assert staff_language("en") == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "es_ES")
    assert staff_language() == "es"
    monkeypatch.setenv(LANGUAGE_ENV, "xx")
    assert staff_language() == "en"
    assert "no translation for the language 'xx'" in capsys.readouterr().err


def test_the_language_option_reaches_the_screens_and_the_seat_programs(monkeypatch, tmp_path: Path, capsys) -> None:
    from app.main import main
    monkeypatch.setenv(LANGUAGE_ENV, "en")  # restored after the test
    assert main(["--home", str(tmp_path / "home"), "--language", "es", "keys", "show"]) == 0
    assert staff_language() == "es"  # what the window, and a seat program started from here, read
    capsys.readouterr()


def test_the_candidate_contexts_are_the_candidate_screens_classes(tmp_path: Path) -> None:
    """CANDIDATE_CONTEXTS decides which texts follow the candidate's language: it must name every
    context lupdate finds in the candidate's screens (a new class must be added there)."""
    from tests.test_candidate_access import lupdate_contexts
    found = lupdate_contexts(tmp_path, ["app/ui/candidate", "app/ui/widgets/calculator.py",
                                        "app/ui/widgets/image_viewer.py", "app/ui/lockdown/notice.py",
                                        "app/ui/lockdown/controller.py", "app/ui/lockdown/screens.py"])
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    assert found - {"ExitPinDialog"} == CANDIDATE_CONTEXTS
