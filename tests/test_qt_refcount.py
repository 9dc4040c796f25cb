"""Guards against a Qt binding that leaks or over-releases references to None.

PySide6 6.12.0 released one reference to None per void method call; on Python 3.11
this ends in "Fatal Python error: none_dealloc" after enough calls (a long exam).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_release_references_to_none(qtbot) -> None:
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    label = QLabel()
    qtbot.addWidget(label)
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(pen)
        label.setText("x")
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 4000 calls"
