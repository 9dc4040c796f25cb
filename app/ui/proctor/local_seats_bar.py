"""The candidate screens running on this computer (single-computer mode), in plain words, above
the session: each is its own program, so the proctor's console stays in front and usable, and
what happened to a screen (started again after it stopped, finished, given up) is said here."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.local_seats import CLOSED, FAILED, FINISHED, LEFT, PROCTOR_CLOSED, LocalScreen, LocalSeats
from app.ui.proctor.common import heading, message_label, note, say

REFRESH_MS = 1000


class LocalSeatsBar(QFrame):
    def __init__(self, local_seats: LocalSeats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_seats = local_seats
        self.setObjectName("localSeats")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Candidate screens on this computer"))
        self.title = heading(self.tr("Candidate screens on this computer"), 3)
        self.lines: list[QLabel] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        screens = self.local_seats.screens()
        self.setVisible(bool(screens))
        while len(self.lines) < len(screens):
            label = message_label(self.tr("Candidate screen"))
            self.lines.append(label)
            self.layout_.addWidget(label)
        for label, screen in zip(self.lines, screens, strict=False):  # lines beyond the screens: hidden below
            label.setVisible(True)  # added to a bar already shown, a label stays hidden until told
            text, trouble = self.describe(screen)
            if label.text() != text:
                if trouble:
                    say(label, text, ok=False)
                else:
                    note(label, text)
                if screen.process_id:
                    label.setToolTip(self.tr("Program number {pid} on this computer").format(pid=screen.process_id))
        for label in self.lines[len(screens):]:
            label.setVisible(False)

    def describe(self, screen: LocalScreen) -> tuple[str, bool]:
        """What the proctor reads about one screen, and whether it needs them."""
        seat, name = screen.seat_name, screen.candidate_name
        if screen.state == FAILED:
            return self.tr("{seat}: {name}'s screen keeps stopping, so it is not started again. Every answer "
                           "saved so far is on the station. Choose {name} on the Console and press Open screen "
                           "to try again, or move them to a workstation on the Room tab.").format(
                seat=seat, name=name), True
        if screen.state == FINISHED:
            return self.tr("{seat}: {name} has finished; everything is on the station and the screen has "
                           "closed.").format(seat=seat, name=name), False
        if screen.state == LEFT:
            return self.tr("{seat}: {name} now sits at another seat; this screen has closed.").format(
                seat=seat, name=name), False
        if screen.state == PROCTOR_CLOSED:
            return self.tr("{seat}: a proctor closed {name}'s screen with their PIN. To bring it back, choose {name} "
                           "on the Console and press Open screen; if they were writing, they press "
                           "Continue.").format(seat=seat, name=name), False
        if screen.state == CLOSED:
            return self.tr("{seat}: {name}'s screen was closed with the station.").format(seat=seat, name=name), False
        if screen.restarts and screen.last_restart is not None:
            when = time.strftime("%H:%M:%S", time.localtime(screen.last_restart))
            return self.tr("{seat}: {name}'s screen stopped unexpectedly at {when} and was started again from "
                           "the station's copy; no saved answer is lost. If {name} was writing, they press "
                           "Continue to go on.").format(seat=seat, name=name, when=when), True
        return self.tr("{seat}: {name}'s exam is running in its own window.").format(seat=seat, name=name), False
