"""A zoomable image decoded from bytes in memory (decrypted media never touch the disk),
with buttons and keys (+, −, 0) to zoom and a scroll area to pan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)


def step_zoom(current: float, direction: int) -> float:
    """The next zoom step up (direction 1) or down (-1) from `current`."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current + 1e-9), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-9), ZOOM_STEPS[0])


def fitting_zoom(width: int, height: int, box_width: int, box_height: int) -> float:
    """The largest zoom step at which the image fits the box (at least the smallest step)."""
    fitting = [z for z in ZOOM_STEPS if width * z <= box_width and height * z <= box_height]
    return fitting[-1] if fitting else ZOOM_STEPS[0]


MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]


def zoom_to_fit(width: int, height: int, box_width: int, box_height: int) -> float:
    """The zoom at which the whole image just fits the box (any value, not only a step)."""
    if width <= 0 or height <= 0 or box_width <= 0 or box_height <= 0:
        return 1.0
    return max(MIN_ZOOM, min(MAX_ZOOM, box_width / width, box_height / height))


def filling_zoom(width: int, height: int, box_width: int, box_height: int, scroll_bar: int) -> float:
    """Fit in a panel: the panel's width, always. A figure that is then no taller than the panel
    shows whole (filling its height too where it is as tall); a table or a page taller than that
    is read by scrolling down, the vertical scroll bar's `scroll_bar` pixels left free. Fitting
    a tall page whole in a short panel would make a stamp of unreadable text."""
    whole = zoom_to_fit(width, height, box_width, box_height)
    across = zoom_to_fit(width, height, box_width - scroll_bar, 1 << 30)
    return max(whole, across)


def pixmap_from_bytes(data: bytes) -> QPixmap | None:
    pixmap = QPixmap()
    return pixmap if data and pixmap.loadFromData(data) else None


class ZoomControls(QWidget):
    """Zoom out / zoom in / fit buttons and the current zoom, for any zoomable view."""

    zoom_requested = Signal(int)   # +1 in, -1 out, 0 fit

    def __init__(self, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        specs = ((self.tr("Zoom out"), "−", -1), (self.tr("Zoom in"), "+", 1), (self.tr("Fit"), self.tr("Fit"), 0))
        for name, face, direction in specs:
            button = QPushButton(face)
            button.setAccessibleName(f"{name}: {subject}")
            button.setAccessibleDescription(self.tr("Keys: plus, minus and 0 when the image has focus"))
            button.setToolTip(name)
            button.clicked.connect(lambda _=False, d=direction: self.zoom_requested.emit(d))
            row.addWidget(button)
        self.level = QLabel()
        self.level.setAccessibleName(self.tr("Zoom level"))
        row.addWidget(self.level)
        row.addStretch(1)

    def show_zoom(self, zoom: float) -> None:
        self.level.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))


class ZoomableImage(QWidget):
    """An image with zoom controls above it; keyboard focus goes to the scrolling view."""

    def __init__(self, name: str, description: str = "", parent: QWidget | None = None,
                 box: tuple[int, int] = (640, 420), fit_view: bool = False) -> None:
        """`box`: the size Fit aims at; with `fit_view` Fit fills whatever room the view has
        instead (its width, and its height too for a figure: filling_zoom), and keeps filling it
        as the view is resized until the candidate zooms."""
        super().__init__(parent)
        self.zoom = 1.0
        self.box = box
        self.fit_view = fit_view
        self.fitted = True   # showing at the fitting size (not zoomed by hand)
        self._pixmap: QPixmap | None = None
        self.controls = ZoomControls(name)
        self.controls.zoom_requested.connect(self.change_zoom)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(name)
        self.scroll_area.setAccessibleDescription(description or self.tr(
            "Image. Plus and minus zoom, 0 fits it, arrow keys scroll."))
        self.scroll_area.installEventFilter(self)
        self.scroll_area.viewport().installEventFilter(self)  # wheel events arrive at the viewport
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        layout.addWidget(self.scroll_area, 1)

    def set_image_data(self, data: bytes) -> bool:
        """Show the image; False (and a message in its place) when the bytes are not an image."""
        self._pixmap = pixmap_from_bytes(data)
        if self._pixmap is None:
            self.picture.setText(self.tr("This image cannot be shown. Tell the proctor."))
            return False
        self.change_zoom(0)
        return True

    def change_zoom(self, direction: int) -> None:
        if self._pixmap is None:
            return
        size = self._pixmap.size()
        self.fitted = direction == 0
        if direction != 0:
            self.zoom = step_zoom(self.zoom, direction)
        elif self.fit_view:
            room = self.scroll_area.maximumViewportSize()   # as if no scroll bar took any of it
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            self.zoom = filling_zoom(size.width(), size.height(), room.width() - 2, room.height() - 2, bar)
        else:
            self.zoom = fitting_zoom(size.width(), size.height(), *self.box)
        scaled = self._pixmap.scaled(size * self.zoom, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(scaled)
        if not self.fit_view:   # a view that fills its room takes no height from its image
            self.scroll_area.setMinimumHeight(min(scaled.height() + 8, self.box[1]))
        self.controls.show_zoom(self.zoom)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize and self.fit_view \
                and self.fitted and self._pixmap is not None:
            self.change_zoom(0)   # the panel grew or shrank: the image still fits it
        if watched is self.scroll_area and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            direction = zoom_key(event)
            if direction is not None:
                self.change_zoom(direction)
                return True
        if watched is self.scroll_area.viewport() and isinstance(event, QWheelEvent) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.change_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)


def zoom_key(event: QKeyEvent) -> int | None:
    """+1, -1 or 0 (fit) for the zoom keys, None for any other key."""
    return {"+": 1, "=": 1, "-": -1, "0": 0}.get(event.text())
