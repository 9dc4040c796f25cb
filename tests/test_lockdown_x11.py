"""Lockdown on a real X server (Xvfb, no window manager) with real windows and two screens.

Xvfb's `-screen 0 -screen 1` makes two X screens, which Qt does not show as two QScreens;
RandR 1.5 monitors (`xrandr --setmonitor`) on one wide screen do, and can be added and
removed while the exam runs, like a cable being plugged. Another X client plays the
intruder (takes focus, tries to grab the keyboard, puts text on the clipboard), and
xdotool types as a person would (through XTEST, so through the keyboard grab).

Run as `python -m tests.test_lockdown_x11 exam|intruder`, this file is those programs.
Screenshots go to the test's temp folder, or to docs/screens/lockdown/ when
EXAMSTATION_SCREENS=1 (they change with every run: the notice shows the time).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

XVFB = shutil.which("Xvfb")
XRANDR = shutil.which("xrandr")
XDOTOOL = shutil.which("xdotool")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (apt install xvfb)")]
EXAM_SCREEN = [0, 0, 1280, 800]
SIDE_SCREEN = [1280, 0, 1024, 768]


# --------------------------------------------------------------------------- the X server
@pytest.fixture
def display():
    """A fresh Xvfb on a display it picks itself (-displayfd), so parallel runs never clash."""
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "2304x800x24",
                               "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        name = f":{numbers.readline().strip()}"
    if XRANDR:  # two monitors side by side on the one wide X screen
        xrandr(name, "--setmonitor", "EXAM", "1280/338x800/211+0+0", "screen")
        xrandr(name, "--setmonitor", "SIDE", "1024/270x768/203+1280+0", "none")
    yield name
    server.terminate()
    server.wait(timeout=10)


def xrandr(name: str, *args: str) -> None:
    subprocess.run([XRANDR, *args], env={**os.environ, "DISPLAY": name}, check=True, capture_output=True)


def xdotool(name: str, *args: str) -> None:
    subprocess.run([XDOTOOL, *args], env={**os.environ, "DISPLAY": name}, check=True, capture_output=True)


class Program:
    """One of this file's programs on the X display, read line by line as JSON."""

    def __init__(self, name: str, role: str) -> None:
        env = {**os.environ, "DISPLAY": name, "QT_QPA_PLATFORM": "xcb", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen([sys.executable, "-m", "tests.test_lockdown_x11", role], cwd=ROOT,
                                        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[dict] = []
        self._used: set[int] = set()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))
        self.lines.put(None)

    def expect(self, wanted, timeout: float = 10.0) -> dict:
        """The first message not returned before for which `wanted(message)` is true, whether
        it came already or comes within `timeout` seconds."""
        for index, message in enumerate(self.seen):
            if index not in self._used and wanted(message):
                self._used.add(index)
                return message
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                message = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if message is None:
                break
            self.seen.append(message)
            if wanted(message):
                self._used.add(len(self.seen) - 1)
                return message
        raise AssertionError(f"not seen in time; got {self.seen}; stderr: {self._stderr()}")

    def incident(self, kind: str, timeout: float = 10.0) -> dict:
        return self.expect(lambda m: m.get("incident") == kind, timeout)["details"]

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.expect(lambda m: m.get("reply") == command.split()[0])

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read()[-2000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.reader.join(timeout=10)  # ends at the closed output; a test leaves no thread behind


@pytest.fixture
def exam(display):
    program = Program(display, "exam")
    program.expect(lambda m: m.get("reply") == "started")
    yield program
    program.stop()


def screenshot(name: str, display: str, tmp_path: Path) -> Path:
    folder = ROOT / "docs" / "screens" / "lockdown" if os.environ.get("EXAMSTATION_SCREENS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(target)], env={**os.environ, "DISPLAY": display},
                       check=True, capture_output=True)
    else:
        pytest.skip("imagemagick's import is not installed; no screenshot")
    assert target.read_bytes().startswith(b"\x89PNG")
    return target


# --------------------------------------------------------------------------- the tests
def test_the_exam_fills_its_screen_and_covers_the_other(exam: Program, display: str, tmp_path: Path) -> None:
    status = exam.ask("status")
    screens = {s["name"]: s["geometry"] for s in status["screens"]}
    assert status["window"] == screens[status["primary"]]  # set before showing: no WM to resize it
    assert status["frameless"] and status["on_top"] and status["active"]
    assert status["keyboard_grabbed"]  # like a screen locker: desktop shortcuts come to us
    if not XRANDR:
        pytest.skip("xrandr is not installed (apt install x11-xserver-utils): one screen only")
    assert screens == {"EXAM": EXAM_SCREEN, "SIDE": SIDE_SCREEN}
    assert status["window"] == EXAM_SCREEN and status["covers"] == [SIDE_SCREEN]
    assert exam.incident("extra_screens")["covered"] == ["SIDE 1024x768+1280+0"]
    screenshot("x11-two-screens-locked.png", display, tmp_path)


@pytest.mark.skipif(XRANDR is None, reason="xrandr is not installed (apt install x11-xserver-utils)")
def test_an_exam_that_forbids_extra_screens_refuses_to_start(display: str) -> None:
    program = Program(display, "exam-one-screen")
    try:
        refused = program.expect(lambda m: m.get("reply") == "refused")
        assert refused["message"] == ("This exam does not allow extra screens. Extra screens connected: 1. "
                                      "Disconnect them (or turn off screen mirroring), then start again.")
        assert refused["visible"] is False  # nothing was locked or shown
        assert program.process.wait(timeout=10) == 1
    finally:
        program.stop()


@pytest.mark.skipif(XRANDR is None, reason="xrandr is not installed (apt install x11-xserver-utils)")
def test_screens_plugged_in_and_out_are_covered_and_recorded(exam: Program, display: str) -> None:
    xrandr(display, "--delmonitor", "SIDE")
    assert exam.incident("screen_removed")["screen"] == "SIDE 1024x768+1280+0"
    assert exam.ask("status")["covers"] == []
    xrandr(display, "--setmonitor", "PROJECTOR", "1024/270x768/203+1280+0", "none")
    assert exam.incident("screen_added")["screen"] == "PROJECTOR 1024x768+1280+0"
    status = exam.ask("status")
    assert status["covers"] == [SIDE_SCREEN] and status["window"] == EXAM_SCREEN and status["active"]


def test_another_program_taking_focus_is_recorded_and_its_clipboard_removed(exam: Program, display: str,
                                                                           tmp_path: Path) -> None:
    intruder = Program(display, "intruder")
    try:
        said = intruder.expect(lambda m: m.get("reply") == "tried")
        assert said["keyboard_grab"] is False  # the exam holds the keyboard
        lost = exam.incident("focus_lost")
        assert lost["reason"] == "application_inactive"
        assert exam.incident("clipboard_blocked")["formats"]
        after = intruder.expect(lambda m: m.get("reply") == "clipboard")
        assert after["text"] == ""  # what it put there is gone
        back = exam.incident("focus_returned")  # with no WM, the exam takes the focus back
        assert back["away_ms"] >= 0 and exam.ask("status")["active"]
        notice = exam.ask("status")["notice"]
        assert "lost focus" in notice and "clipboard" in notice and "You left the exam window" in notice
        screenshot("x11-focus-lost-notice.png", display, tmp_path)
    finally:
        intruder.stop()


@pytest.mark.skipif(XDOTOOL is None, reason="xdotool is not installed (apt install xdotool)")
def test_keys_typed_on_the_x_keyboard_and_the_proctor_exit(exam: Program, display: str, tmp_path: Path) -> None:
    xdotool(display, "key", "Print")
    assert exam.incident("key_blocked")["key"] == "Print"
    xdotool(display, "key", "ctrl+alt+shift+e")
    exam.expect(lambda m: m.get("reply") == "dialog")
    xdotool(display, "type", "--delay", "20", "pat")
    xdotool(display, "key", "Tab")
    xdotool(display, "type", "--delay", "20", "1111")
    xdotool(display, "key", "Return")
    assert exam.incident("exit_pin_wrong")["tries"] == 1
    assert exam.ask("status")["window"] == exam.ask("status")["screens"][0]["geometry"]  # still locked
    screenshot("x11-proctor-exit.png", display, tmp_path)
    xdotool(display, "type", "--delay", "20", "pat")  # both fields were emptied: no name is left for a candidate
    xdotool(display, "key", "Tab")
    xdotool(display, "type", "--delay", "20", "2468")
    xdotool(display, "key", "Return")
    assert exam.incident("exit_unlocked")["proctor"] == "pat"
    assert exam.process.wait(timeout=10) == 0  # the window closed, so the program ended


def test_when_another_program_holds_the_keyboard_the_record_says_so(display: str) -> None:
    grabber = Program(display, "grabber")
    try:
        assert grabber.expect(lambda m: m.get("reply") == "grabbed")["ok"] is True
        exam = Program(display, "exam")
        try:
            assert "another program holds it" in exam.incident("keyboard_not_grabbed")["description"]
            assert exam.ask("status")["keyboard_grabbed"] is False
        finally:
            exam.stop()
    finally:
        grabber.stop()


# --------------------------------------------------------------------------- the programs
def _say(**message: object) -> None:
    print(json.dumps(message), flush=True)


def run_exam(forbid_extra_screens: bool = False) -> int:
    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    from app.ui.lockdown import LockdownController, LockdownOptions, LockdownRefused

    app = QApplication(sys.argv[:1])
    window = QWidget()
    title = QLabel("Candidate exam window (lockdown test)")
    title.setFont(QFont(title.font().family(), 20))
    answer = QLineEdit()
    answer.setAccessibleName("Answer")
    layout = QVBoxLayout(window)
    layout.addWidget(title, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(answer)
    options = LockdownOptions(focus_grace_ms=100, reclaim_ms=300, clipboard_poll_ms=200, heartbeat_ms=500)
    controller = LockdownController(window, exit_pin_check=lambda user, pin: (user, pin) == ("pat", "2468"),
                                    on_incident=lambda kind, details: _say(incident=kind, details=details),
                                    forbid_extra_screens=forbid_extra_screens, options=options)

    def status() -> dict:
        def rect(g) -> list[int]:
            return [g.x(), g.y(), g.width(), g.height()]
        flags = window.windowFlags()
        return {"window": rect(window.geometry()), "primary": QGuiApplication.primaryScreen().name(),
                "screens": [{"name": s.name(), "geometry": rect(s.geometry())} for s in app.screens()],
                "covers": sorted(rect(c.geometry()) for c in controller.screens.covers.values()),
                "frameless": bool(flags & Qt.WindowType.FramelessWindowHint),
                "on_top": bool(flags & Qt.WindowType.WindowStaysOnTopHint),
                "active": window.isActiveWindow(), "keyboard_grabbed": controller.keyboard_grabbed,
                "notice": controller.notice.text() if controller.notice.isVisible() else ""}

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "status":
            _say(reply="status", **status())

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    app.focusWindowChanged.connect(
        lambda w: controller._dialog is not None and w is controller._dialog.windowHandle() and _say(reply="dialog"))
    try:
        controller.start()
    except LockdownRefused as refused:
        _say(reply="refused", message=str(refused), visible=window.isVisible())
        return 1
    answer.setFocus()
    QTimer.singleShot(500, lambda: _say(reply="started"))
    return app.exec()


def run_intruder() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    other = QLabel("another program")
    other.setGeometry(100, 100, 400, 200)
    other.show()

    def take_over() -> None:
        other.activateWindow()  # with no window manager this is XSetInputFocus: it works
        QTimer.singleShot(300, lambda: (_say(reply="tried", keyboard_grab=other.windowHandle()
                                             .setKeyboardGrabEnabled(True)),
                                        app.clipboard().setText("smuggled answers")))
        QTimer.singleShot(1500, lambda: _say(reply="clipboard", text=app.clipboard().text()))
        QTimer.singleShot(4000, app.quit)

    QTimer.singleShot(300, take_over)
    return app.exec()


def run_grabber() -> int:
    """Holds the X keyboard, as some remote-control or macro tools do."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    other = QLabel("keyboard holder")
    other.setGeometry(0, 0, 200, 100)
    other.show()
    QTimer.singleShot(300, lambda: _say(reply="grabbed", ok=other.windowHandle().setKeyboardGrabEnabled(True)))
    return app.exec()


if __name__ == "__main__":
    sys.exit({"exam": run_exam, "exam-one-screen": lambda: run_exam(forbid_extra_screens=True),
              "intruder": run_intruder, "grabber": run_grabber}[sys.argv[1]]())
