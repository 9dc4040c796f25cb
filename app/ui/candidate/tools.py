"""The tool bar (calculator, exhibits, text size, high contrast) and the side panel that holds
the calculator and the reference exhibits while the candidate works."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.exam import Tools
from app.ui.candidate.controls import button, rename
from app.ui.widgets.calculator import Calculator
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.image_viewer import ZoomableImage
from app.ui.widgets.theme import MAX_SCALE, MIN_SCALE, SCALE_STEP

TEXT_SCALES = tuple(range(MIN_SCALE, MAX_SCALE + 1, SCALE_STEP))


class ToolBar(QWidget):
    text_scale_chosen = Signal(int)
    contrast_chosen = Signal(bool)

    def __init__(self, tools: Tools, text_scale: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calculator_button = button(self.tr("Calculator"), self.tr("Opens or closes the calculator. "
                                                                       "Shortcut: Alt+C"))
        self.exhibits_button = button(self.tr("Exhibits"), self.tr("Opens or closes the reference exhibits. "
                                                                   "Shortcut: Alt+E"))
        for tool in (self.calculator_button, self.exhibits_button):
            tool.setCheckable(True)
        self.break_button = button(self.tr("Rest break"), self.tr("Stops your time and hides the questions "
                                                                  "until you return. Shortcut: Alt+B"))
        self.break_button.setVisible(False)   # only for candidates granted rest breaks
        self.calculator_button.setVisible(tools.calculator)
        self.exhibits_button.setVisible(bool(tools.exhibits))
        self.size_box = QComboBox()
        for scale in TEXT_SCALES:
            self.size_box.addItem(self.tr("{percent} %").format(percent=scale), scale)
        self.size_box.setCurrentIndex(TEXT_SCALES.index(text_scale) if text_scale in TEXT_SCALES else 0)
        self.size_box.setAccessibleName(self.tr("Text size"))
        self.size_box.setAccessibleDescription(self.tr("From 100 to 200 percent. Shortcuts: Ctrl+Plus and "
                                                       "Ctrl+Minus"))
        self.size_box.activated.connect(lambda index: self.text_scale_chosen.emit(self.size_box.itemData(index)))
        size_label = QLabel(self.tr("Text size:"))
        size_label.setBuddy(self.size_box)
        self.contrast_button = button(self.tr("High contrast"), self.tr(
            "White and yellow on black. Shortcut: Alt+H"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.contrast_chosen)
        size_pair = QWidget()   # the label stays beside its list when the bar wraps
        pair = QHBoxLayout(size_pair)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(size_label)
        pair.addWidget(self.size_box)
        flow = FlowLayout(self)
        for widget in (self.calculator_button, self.exhibits_button, size_pair, self.contrast_button,
                       self.break_button):
            flow.addWidget(widget)

    def show_scale(self, scale: int) -> None:
        self.size_box.setCurrentIndex(TEXT_SCALES.index(scale))

    def show_tools(self, available: bool) -> None:
        """Calculator and exhibits only while questions are on screen."""
        self.calculator_button.setEnabled(available)
        self.exhibits_button.setEnabled(available)

    def show_breaks(self, left: int, granted: int, available: bool, finished: bool = False) -> None:
        """The count stays true during a break; the button works only while questions are shown,
        and goes once the exam is over."""
        self.break_button.setVisible(granted > 0 and not finished)
        self.break_button.setEnabled(available and left > 0)
        rename(self.break_button, self.tr("Rest break ({n} left)").format(n=left))


class ToolPanel(QWidget):
    """Calculator and exhibits beside the question; hidden when neither is open."""

    def __init__(self, tools: Tools, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tools, self.media = tools, media
        self.exhibit_loaded = False
        self.calculator_box = QGroupBox(self.tr("Calculator"))
        self.calculator = Calculator()
        QVBoxLayout(self.calculator_box).addWidget(self.calculator)
        self.exhibits_box = QGroupBox(self.tr("Exhibits"))
        self.exhibit_choice = QComboBox()
        self.exhibit_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exhibit_choice.setMinimumContentsLength(12)   # long titles must not widen the panel
        self.exhibit_choice.setAccessibleName(self.tr("Exhibit"))
        self.exhibit_choice.setAccessibleDescription(self.tr("Choose which exhibit to show"))
        for exhibit in tools.exhibits:
            self.exhibit_choice.addItem(exhibit.title, exhibit.media)
        self.exhibit_choice.currentIndexChanged.connect(self._show_exhibit)
        self.exhibit_view = ZoomableImage(self.tr("Exhibit"), box=(420, 520))
        exhibits = QVBoxLayout(self.exhibits_box)
        exhibits.addWidget(self.exhibit_choice)
        exhibits.addWidget(self.exhibit_view, 1)
        self.exhibit_choice.setVisible(len(tools.exhibits) > 1)
        self.inner = inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calculator_box, 0, Qt.AlignmentFlag.AlignTop)  # keys stay together at the top
        layout.addWidget(self.exhibits_box, 1)
        self.scroll = scroll = QScrollArea()   # both tools at 200 % text are taller than a screen
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.calculator_box.setVisible(False)
        self.exhibits_box.setVisible(False)
        self.setVisible(False)

    def show_calculator(self, on: bool) -> None:
        self.calculator_box.setVisible(on and self.tools.calculator)
        self._fit()
        if on:
            self.calculator.setFocus()

    def show_exhibits(self, on: bool) -> None:
        on = on and bool(self.tools.exhibits)
        self.exhibits_box.setVisible(on)
        if on and not self.exhibit_loaded:  # decoded on first use, not at start
            self._show_exhibit(self.exhibit_choice.currentIndex())
        self._fit()
        if on:
            self.exhibit_view.scroll.setFocus()

    def _fit(self) -> None:
        self.setVisible(not self.calculator_box.isHidden() or not self.exhibits_box.isHidden())
        self.fit_width()

    def fit_width(self) -> None:
        """As wide as the open tools need (scrolling only up and down), whatever the text size."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.inner.minimumSizeHint().width() + bar + 4)

    def _show_exhibit(self, index: int) -> None:
        if index < 0:
            return
        exhibit = self.tools.exhibits[index]
        self.exhibit_loaded = True
        self.exhibit_view.scroll.setAccessibleName(self.tr("Exhibit: {title}").format(title=exhibit.title))
        try:
            self.exhibit_view.set_image_data(self.media(exhibit.media))
        except (KeyError, OSError):
            self.exhibit_view.set_image_data(b"")
