"""The body's report charts: a title longer than its chart wraps onto more lines inside the chart
(the Spanish titles ran under the chart beside them), and the bars start below the title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetrics, QImage

from app.ui.admin.charts import BarChart
from app.ui.language import install_staff_translator, remove_staff_translator

TITLES = ("Score distribution (percent of points)", "Time used (minutes of exam time)")


def _spanish_titles(qapp) -> list[str]:
    translator = install_staff_translator(qapp, "es")
    try:
        return [QCoreApplication.translate("ResultsWindow", title) for title in TITLES]
    finally:
        remove_staff_translator(translator)


def test_a_long_title_wraps_inside_its_chart(qtbot, qapp) -> None:
    titles = _spanish_titles(qapp)
    assert titles[0] != TITLES[0], "the Spanish titles are translated"
    for title in titles:
        chart = BarChart(title)
        qtbot.addWidget(chart)
        font = chart.font()
        font.setPixelSize(26)   # about 200 % staff text
        chart.setFont(font)
        chart.set_bars([("0", 1.0), ("50", 4.0), ("100", 2.0)])
        chart.resize(300, 260)
        place = chart.title_rect()
        line = QFontMetrics(font).height()
        assert place.width() <= chart.width() and place.height() >= 2 * line, (title, place)
        image = QImage(chart.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        chart.render(image)
        bar = QColor("#1f5f8b").rgb()
        bar_rows = [y for y in range(image.height()) if any(image.pixel(x, y) == bar for x in range(image.width()))]
        assert bar_rows and min(bar_rows) > place.bottom(), "a bar drawn over the title"


def test_a_short_title_stays_on_one_line(qtbot) -> None:
    chart = BarChart("Scores")
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    assert chart.title_rect().height() <= QFontMetrics(chart.font()).height() + 2
