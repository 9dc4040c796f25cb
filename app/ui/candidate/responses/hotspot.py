"""Hotspot: the candidate marks one point on an image. The mouse places the mark where it
clicks; from the keyboard, the arrow keys move a crosshair and Enter or Space place the mark
there. The answer is the point in the image's own units, whatever the zoom: pixels for a raster
image, user units (its viewBox) for an SVG, which is drawn as vectors at every zoom. Imported
QTI regions are converted into the same units (app/formats/qti/image_size.py)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.exam import Item
from app.ui.widgets.announce import announce
from app.ui.widgets.image_viewer import ZoomControls, fitting_zoom, pixmap_from_bytes, step_zoom, zoom_key

BOX = (640, 400)    # the image is first shown as large as fits this box


class Picture:
    """The image to mark: its size in answer units, and how to draw it into a rectangle."""

    def __init__(self, source: QPixmap | QSvgRenderer) -> None:
        self._source = source  # a raster, or an SVG kept as vectors
        self.size = source.viewBoxF().size() if isinstance(source, QSvgRenderer) else source.size().toSizeF()
        self._width, self._height = max(1, round(self.size.width())), max(1, round(self.size.height()))

    def width(self) -> int:
        return self._width

    def height(self) -> int:
        return self._height

    def draw(self, painter: QPainter, zoom: float) -> None:
        target = QRectF(0, 0, self.size.width() * zoom, self.size.height() * zoom)
        if isinstance(self._source, QSvgRenderer):
            self._source.render(painter, target)
        else:
            painter.drawPixmap(target, self._source, QRectF(self._source.rect()))


def picture_from_bytes(data: bytes) -> Picture | None:
    """An SVG (text starting with '<') is kept as vectors; anything else is decoded as a raster."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        renderer = QSvgRenderer(QByteArray(data))
        box = renderer.viewBoxF()
        return Picture(renderer) if renderer.isValid() and box.width() > 0 and box.height() > 0 else None
    pixmap = pixmap_from_bytes(data)
    return Picture(pixmap) if pixmap is not None else None


class HotspotCanvas(QWidget):
    """Paints the image at a zoom, the crosshair (keyboard) and the mark (the answer)."""

    marked = Signal()

    def __init__(self, picture: Picture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = picture
        self.zoom = fitting_zoom(picture.width(), picture.height(), *BOX)
        self.mark: tuple[int, int] | None = None
        self.crosshair = (picture.width() // 2, picture.height() // 2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(round(self.picture.width() * self.zoom), round(self.picture.height() * self.zoom))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.setFixedSize(self.sizeHint())
        self.update()

    def widget_point(self, image_x: float, image_y: float) -> QPointF:
        """Where an image pixel is on this widget (used by tests and by painting)."""
        return QPointF((image_x + 0.5) * self.zoom, (image_y + 0.5) * self.zoom)

    def image_point(self, position: QPointF) -> tuple[int, int]:
        x = min(self.picture.width() - 1, max(0, int(position.x() / self.zoom)))
        y = min(self.picture.height() - 1, max(0, int(position.y() / self.zoom)))
        return x, y

    def place(self, point: tuple[int, int]) -> None:
        self.mark = self.crosshair = point
        self.update()
        self.marked.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.place(self.image_point(event.position()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = 1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else max(
            1, round(min(self.picture.width(), self.picture.height()) / 40))
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            x = min(self.picture.width() - 1, max(0, self.crosshair[0] + dx))
            y = min(self.picture.height() - 1, max(0, self.crosshair[1] + dy))
            self.crosshair = (x, y)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.place(self.crosshair)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.picture.draw(painter, self.zoom)
        if self.hasFocus():
            self._draw_crosshair(painter, self.widget_point(*self.crosshair))
        if self.mark is not None:
            self._draw_mark(painter, self.widget_point(*self.mark))
        painter.end()

    def _draw_crosshair(self, painter: QPainter, centre: QPointF) -> None:
        # Two-tone lines stay visible on light and dark parts of any image.
        for colour, width in ((QColor("#000000"), 4), (QColor("#00ffff"), 2)):
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(centre.x() - 14, centre.y()), QPointF(centre.x() + 14, centre.y()))
            painter.drawLine(QPointF(centre.x(), centre.y() - 14), QPointF(centre.x(), centre.y() + 14))

    def _draw_mark(self, painter: QPainter, centre: QPointF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width, radius in ((QColor("#000000"), 6, 11), (QColor("#ffdd00"), 3, 11)):
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
        painter.setBrush(QColor("#ffdd00"))
        painter.drawEllipse(centre, 2.5, 2.5)


class HotspotAnswer(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        picture = picture_from_bytes(_read(media, item.image))
        self.canvas: HotspotCanvas | None = None
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Your mark"))
        if picture is None:
            layout.addWidget(QLabel(self.tr("This image cannot be shown. Tell the proctor.")))
            return
        self.canvas = HotspotCanvas(picture)
        self.canvas.setAccessibleName(self.tr("Image to mark"))
        self.canvas.setAccessibleDescription(self.tr(
            "Click the place on the image, or move the crosshair with the arrow keys (Shift for small "
            "steps) and press Enter or Space to mark it. Plus and minus zoom."))
        self.canvas.marked.connect(self._marked)
        self.canvas.installEventFilter(self)
        self.controls = ZoomControls(self.tr("image to mark"))
        self.controls.zoom_requested.connect(self.change_zoom)
        self.controls.show_zoom(self.canvas.zoom)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the canvas itself takes focus
        self.scroll_area.setMinimumHeight(min(self.canvas.height() + 8, BOX[1] + 8))
        layout.addWidget(self.controls)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.position)
        self.setFocusProxy(self.canvas)
        self._describe()

    def instruction(self) -> str:
        return self.tr("Mark the right place on the image: click it, or use the arrow keys and press Enter.")

    def change_zoom(self, direction: int) -> None:
        if self.canvas is None:
            return
        picture = self.canvas.picture
        zoom = (fitting_zoom(picture.width(), picture.height(), *BOX) if direction == 0
                else step_zoom(self.canvas.zoom, direction))
        self.canvas.set_zoom(zoom)
        self.controls.show_zoom(zoom)

    def _marked(self) -> None:
        self._describe()
        if self.canvas is not None:  # always so: only the canvas reports a mark
            announce(self.canvas, self.position.text(), urgent=False)
        self.changed.emit()

    def _describe(self) -> None:
        mark = self.canvas.mark if self.canvas else None
        self.position.setText(self.tr("No place marked yet.") if mark is None else self.tr(
            "Marked at {x}, {y} (image pixels).").format(x=mark[0], y=mark[1]))
        self.position.setAccessibleDescription(self.position.text())

    def response(self) -> Any:
        return list(self.canvas.mark) if self.canvas and self.canvas.mark else None

    def set_response(self, value: Any) -> None:
        if self.canvas is None:
            return
        valid = isinstance(value, list) and len(value) == 2
        self.canvas.mark = (round(value[0]), round(value[1])) if valid else None
        if self.canvas.mark:
            self.canvas.crosshair = self.canvas.mark
        self.canvas.update()
        self._describe()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.canvas and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            direction = zoom_key(event)
            if direction is not None:
                self.change_zoom(direction)
                return True
        return super().eventFilter(watched, event)


def _read(media: Callable[[str], bytes], path: str | None) -> bytes:
    try:
        return media(path) if path else b""
    except (KeyError, OSError):
        return b""
