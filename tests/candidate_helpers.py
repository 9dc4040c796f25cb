"""Shared set-up for the candidate screen tests (no tests here; tests/conftest.py registers it as
a plugin, so its fixtures need no import): a real station database in tmp_path, the mini exam
(every item type), controllable clocks, and helpers that drive the window with real key and
mouse events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from app.domain.accommodations import Accommodations
from app.domain.exam import Exam
from app.domain.records import KnownPackage
from app.formats.exam_source import load_exam_source
from app.services.delivery import DeliveryService
from app.services.live_attempt import LiveAttempt
from app.store.database import Database, open_database, sqlite_url
from app.store.repositories import PackageRepository
from app.ui.candidate import CandidateWindow
from tests.conftest import MINI_EXAM, station_database
from tests.engine_helpers import Clocks

EXAM = load_exam_source(MINI_EXAM)
SEED = 7
SAMPLE = Path(__file__).resolve().parents[1] / "exam_packages" / "ess-integration"
SAMPLE_EXAM = load_exam_source(SAMPLE)   # the sample exam: 26 questions, scientific calculator, cited exhibits


def media(path: str) -> bytes:
    """Stands in for OpenedPackage.media: the bytes of one media file."""
    return (MINI_EXAM / path).read_bytes()


@dataclass
class Station:
    service: DeliveryService
    clocks: Clocks
    db: Database
    session_id: str
    exam: Exam = EXAM

    def new_attempt(self, accommodations: Accommodations = Accommodations(), name: str = "Ada Lovelace") -> str:
        number = f"C-{len(self.service.attempts(self.session_id)) + 1:03d}"
        candidate = self.service.check_in(self.session_id, number, name, accommodations)
        return self.service.create_attempt(self.session_id, candidate, self.exam, accommodations, seed=SEED)

    def live(self, attempt_id: str) -> LiveAttempt:
        return self.service.live(attempt_id, self.exam)

    def proctor(self, attempt_id: str) -> LiveAttempt:
        """The proctor's console acting on the same attempt through the same database."""
        return self.service.observe(attempt_id, self.exam)


@pytest.fixture
def delivery_station(tmp_path: Path, migrated_station_db: Path):
    """A delivery service on its own station database in tmp_path, with a session of the mini
    exam open and clocks the test moves."""
    station = open_station(tmp_path, migrated_station_db, EXAM)
    yield station
    station.db.close()


def open_station(tmp_path: Path, migrated_station_db: Path, exam: Exam) -> Station:
    """A station database in tmp_path with a session of `exam` open (close its db when done)."""
    db = station_database(migrated_station_db, tmp_path / "station.db")
    clocks = Clocks()
    service = DeliveryService(lambda: db, monotonic=lambda: clocks.mono, wall=lambda: clocks.wall)
    now = datetime.now(timezone.utc)
    PackageRepository(db).record_opened(KnownPackage("p1", exam.id, exam.title, exam.version, "F", "/x", now, now))
    return Station(service, clocks, db, service.start_session("p1", exam), exam)


def open_window(qtbot, station: Station, accommodations: Accommodations = Accommodations(),
                language: str = "en", attempt_id: str | None = None) -> CandidateWindow:
    attempt_id = attempt_id or station.new_attempt(accommodations)
    window = CandidateWindow(station.live(attempt_id), media, "Ada Lovelace", accommodations, language)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def click(qtbot, widget) -> None:
    """A left click where a person would click: the middle of a button, or on the box and label
    of a check box or radio button (the empty width beside its label does not react)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_click_point(widget))


def _click_point(widget) -> QPoint:
    kinds = {QCheckBox: (QStyleOptionButton, QStyle.SubElement.SE_CheckBoxClickRect),
             QRadioButton: (QStyleOptionButton, QStyle.SubElement.SE_RadioButtonClickRect)}
    for kind, (option_type, element) in kinds.items():
        if isinstance(widget, kind):
            option = option_type()
            option.initFrom(widget)
            option.text = widget.text()
            return widget.style().subElementRect(element, option, widget).center()
    return widget.rect().center()


def start_exam(qtbot, window: CandidateWindow) -> None:
    """Confirm identity and start, with the mouse as a candidate would."""
    click(qtbot, window.welcome.identity_box)
    click(qtbot, window.welcome.start_button)
    assert window.stack.currentWidget() is window.item_page


def alt(qtbot, window: CandidateWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def stored_state(station: Station, window: CandidateWindow):
    """The attempt as the database has it, replayed from its events."""
    from app.domain.attempt import replay
    return replay(station.service.events(window.live.attempt_id))


class Sample:
    """The sample exam on a station database of its own, for screens that need its 26 questions,
    its scientific calculator or its exhibits."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = open_database(sqlite_url(tmp_path / "station.db"))
        self.clocks = Clocks()
        self.service = DeliveryService(lambda: self.db, monotonic=lambda: self.clocks.mono,
                                       wall=lambda: self.clocks.wall)
        now = datetime.now(timezone.utc)
        exam = SAMPLE_EXAM
        PackageRepository(self.db).record_opened(
            KnownPackage("p", exam.id, exam.title, exam.version, "F", "/x", now, now))
        self.session = self.service.start_session("p", exam)

    def attempt(self, accommodations: Accommodations) -> str:
        number = f"C-{len(self.service.attempts(self.session)) + 1:03d}"
        candidate = self.service.check_in(self.session, number, "Maria Fernández", accommodations)
        return self.service.create_attempt(self.session, candidate, SAMPLE_EXAM, accommodations,
                                           form_id="A", seed=11)

    def window(self, qtbot, scale: int = 100, breaks: int = 0, size: tuple[int, int] = (1280, 800),
               contrast: bool = False, language: str = "en", started: bool = True,
               attempt_id: str | None = None) -> CandidateWindow:
        accommodations = Accommodations(text_scale=scale, rest_breaks=breaks)
        attempt_id = attempt_id or self.attempt(accommodations)
        window = CandidateWindow(self.service.live(attempt_id, SAMPLE_EXAM), lambda p: (SAMPLE / p).read_bytes(),
                                 "Maria Fernández", accommodations, language)
        qtbot.addWidget(window)
        window.set_high_contrast(contrast)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if started:
            click(qtbot, window.welcome.identity_box)
            click(qtbot, window.welcome.start_button)
        settle(qtbot)
        return window


@pytest.fixture
def sample(tmp_path: Path):
    made = Sample(tmp_path)
    yield made
    made.db.close()


def settle(qtbot) -> None:
    """Let Qt finish laying out (and painting) what changed."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)
