"""A small bar chart drawn with QPainter (Qt Charts would add 100+ MB of wheels for this)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

TITLE_FLAGS = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


class BarChart(QWidget):
    """Labelled bars, e.g. a score distribution; the values are also in the accessible description."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.marker: float | None = None   # e.g. the cut score, as a bar index position
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[tuple[str, float]], marker: float | None = None) -> None:
        self.bars, self.marker = list(bars), marker
        self.setAccessibleDescription("; ".join(f"{label}: {value:g}" for label, value in self.bars))
        self.update()

    def title_rect(self) -> QRect:
        """Where the bold title goes: wrapped to the chart's width (a Spanish title on one line ran
        under the chart beside it at 200 % text), as many lines as it needs."""
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold).boundingRect(QRect(0, 0, max(1, self.width()), 100000), TITLE_FLAGS, self.title)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        painter.setPen(text)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        line = painter.fontMetrics().height()
        title = self.title_rect()
        painter.drawText(QRectF(title), TITLE_FLAGS, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.drawText(self.rect().adjusted(0, title.height(), 0, 0), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No data yet"))
            return
        top, bottom = title.height() + line, self.height() - line * 2
        highest = max(value for _, value in self.bars) or 1
        width = self.width() / len(self.bars)
        for index, (label, value) in enumerate(self.bars):
            height = (bottom - top) * value / highest
            bar = QRectF(index * width + width * 0.15, bottom - height, width * 0.7, height)
            painter.fillRect(bar, QColor("#1f5f8b"))
            painter.drawText(QRectF(index * width, bottom + 2, width, line), Qt.AlignmentFlag.AlignHCenter, label)
            painter.drawText(QRectF(index * width, bottom - height - line, width, line),
                             Qt.AlignmentFlag.AlignHCenter, f"{value:g}")
        if self.marker is not None:
            painter.setPen(QColor("#9b0000"))
            x = self.marker * width
            painter.drawLine(int(x), int(top), int(x), int(bottom))
        painter.end()


def chart_image(title: str, bars: Sequence[tuple[str, float]], width: int = 1200, height: int = 360) -> QImage:
    """The chart drawn into an image, dark on white whatever the screen's theme, for the PDF."""
    chart = BarChart(title)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    chart.setPalette(palette)
    font = chart.font()
    font.setPixelSize(22)
    chart.setFont(font)
    chart.set_bars(bars)
    chart.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    chart.render(image)
    return image
