"""Every screen belongs to the exam: the exam window fills the primary one, a blank cover
fills each of the others, and screens plugged in or out during the exam are covered or
released as they come and go.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.lockdown_policy import ScreenInfo, ScreenPlan, plan_screens
from app.ui.widgets.application import gui_application

LOCKED_FLAGS = (Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint)


def screen_info(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(screen.name(), g.x(), g.y(), g.width(), g.height(), screen is primary)


def current_screens(excluding: QScreen | None = None) -> list[tuple[ScreenInfo, QScreen]]:
    app = gui_application()
    primary = app.primaryScreen()
    return [(screen_info(s, primary), s) for s in app.screens() if s is not excluding]


def fill_screen(widget: QWidget, screen: QScreen) -> None:
    """Show `widget` over the whole of `screen`. The geometry is set first: with no window
    manager (a kiosk X session) showFullScreen() alone does not resize the window."""
    widget.setGeometry(screen.geometry())
    if widget.windowHandle() is not None:
        widget.windowHandle().setScreen(screen)
    widget.showFullScreen()
    widget.setGeometry(screen.geometry())  # some platforms move it again when it maps


class CoverWindow(QWidget):
    """A blank screen that says why it is blank. It takes no focus: a click on it must not
    take the keyboard away from the exam."""

    def __init__(self, screen_name: str) -> None:
        super().__init__(None, LOCKED_FLAGS | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.screen_name = screen_name
        self.setObjectName("lockdownCover")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: black; color: #9a9a9a;")
        label = QLabel(self.tr("This screen is not used during the exam."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Screen not used during the exam"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setAccessibleName(self.tr("Covered screen"))
        self.may_close = False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Only the lockdown itself closes a cover, never Alt+F4 or the window manager.
        if self.may_close:
            event.accept()
        else:
            event.ignore()


class ScreenManager(QObject):
    """Places the exam window and the covers, and keeps them placed as screens change.

    `on_change(kind, screen)` is told about screens added or removed while running.
    """

    def __init__(self, window: QWidget, on_change: Callable[[str, ScreenInfo], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._on_change = on_change
        self.covers: dict[ScreenInfo, CoverWindow] = {}
        self.exam_screen: QScreen | None = None
        self.running = False

    def plan(self, forbid_extra: bool) -> ScreenPlan:
        return plan_screens([info for info, _ in current_screens()], forbid_extra)

    def start(self) -> None:
        self.running = True
        self.window.setWindowFlags(self.window.windowFlags() | LOCKED_FLAGS)
        self.sync()
        app = gui_application()
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self._removed)
        app.primaryScreenChanged.connect(self._primary_changed)

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        app = gui_application()
        app.screenAdded.disconnect(self._added)
        app.screenRemoved.disconnect(self._removed)
        app.primaryScreenChanged.disconnect(self._primary_changed)
        for info in list(self.covers):
            self._drop_cover(info)

    def sync(self, excluding: QScreen | None = None) -> None:
        """Make the windows match the screens as they are now."""
        pairs = current_screens(excluding)
        plan = plan_screens([info for info, _ in pairs], forbid_extra=False)
        qscreen = dict(pairs)
        if plan.exam is not None:
            self.exam_screen = qscreen[plan.exam]
            fill_screen(self.window, self.exam_screen)
        # Covers are keyed by name and geometry: a screen that moved gets a fresh cover.
        wanted = set(plan.covers)
        for info in set(self.covers) - wanted:
            self._drop_cover(info)
        for info in wanted - set(self.covers):
            cover = CoverWindow(info.name)
            fill_screen(cover, qscreen[info])
            self.covers[info] = cover
        self.window.raise_()  # covers are on top too; the exam must stay above its own screen
        self.window.activateWindow()

    def target_geometry(self) -> QRect | None:
        return self.exam_screen.geometry() if self.exam_screen is not None else None

    def refit(self) -> None:
        """Put the exam window back over its screen if something moved or resized it."""
        screen = self.exam_screen
        if screen is not None and self.window.isVisible() and self.window.geometry() != screen.geometry():
            fill_screen(self.window, screen)

    def restore(self) -> None:
        """Full screen again after a minimise (a window manager shortcut, or a script)."""
        if self.running and self.exam_screen is not None:
            fill_screen(self.window, self.exam_screen)

    def _drop_cover(self, info: ScreenInfo) -> None:
        cover = self.covers.pop(info)
        cover.may_close = True
        cover.close()

    def _added(self, screen: QScreen) -> None:
        self._on_change("added", screen_info(screen, QGuiApplication.primaryScreen()))
        self.sync()

    def _removed(self, screen: QScreen) -> None:
        self._on_change("removed", screen_info(screen, None))
        self.sync(excluding=screen)
        # Qt moves windows off a removed screen after this signal; place them again then.
        QTimer.singleShot(0, self, self._resync)

    def _resync(self) -> None:
        if self.running:
            self.sync()

    def _primary_changed(self, _screen: QScreen) -> None:
        self.sync()
