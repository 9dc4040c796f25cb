"""The tool bar (calculator, exhibits, text size, high contrast) and the side panel that holds
the calculator and the reference exhibits while the candidate works: docked beside the question
(never over it), on the right or, at the candidate's choice, the left; only as wide as the
calculator needs, and two fifths of the width when an exhibit is open."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.exam import Item, Tools
from app.domain.exhibit_citation import cited_exhibit
from app.ui.candidate.compact_row import CompactRow
from app.ui.candidate.controls import button
from app.ui.candidate.scientific import ScientificCalculator
from app.ui.widgets.calculator import Calculator
from app.ui.widgets.image_viewer import ZoomableImage
from app.ui.widgets.theme import MAX_SCALE, MIN_SCALE, SCALE_STEP

TEXT_SCALES = tuple(range(MIN_SCALE, MAX_SCALE + 1, SCALE_STEP))


class ToolBar(CompactRow):
    """In one row at any text size where it can: short faces first (app/ui/candidate/compact_row.py)."""

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
        self.side_button = button(self.tr("Tools on the left"), self.tr(
            "Puts the calculator and exhibits on the other side of the question"))
        self.side_button.setVisible(tools.calculator or bool(tools.exhibits))
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
        for widget in (self.calculator_button, self.exhibits_button, self.side_button, size_pair,
                       self.contrast_button, self.break_button):
            self.add(widget)
        self.spare.append(size_label)   # compact: the list alone, named "Text size"
        self.set_faces(self.side_button, self.tr("Tools on the left"), "⇄")
        self.set_faces(self.contrast_button, self.tr("High contrast"), self.tr("Contrast"))

    def show_scale(self, scale: int) -> None:
        self.size_box.setCurrentIndex(TEXT_SCALES.index(scale))

    def show_tools(self, available: bool) -> None:
        """Calculator and exhibits only while questions are on screen."""
        self.calculator_button.setEnabled(available)
        self.exhibits_button.setEnabled(available)
        self.side_button.setEnabled(available)

    def show_side(self, on_left: bool) -> None:
        self.set_faces(self.side_button, self.tr("Tools on the right") if on_left else self.tr("Tools on the left"),
                       "⇄")

    def show_breaks(self, left: int, granted: int, available: bool, finished: bool = False) -> None:
        """The count stays true during a break; the button works only while questions are shown,
        and goes once the exam is over."""
        self.break_button.setVisible(granted > 0 and not finished)
        self.break_button.setEnabled(available and left > 0)
        self.set_faces(self.break_button, self.tr("Rest break ({n} left)").format(n=left),
                       self.tr("Break ({n})").format(n=left))


class ToolPanel(QWidget):
    """Calculator and exhibits beside the question; hidden when neither is open."""

    side_changed = Signal(bool)   # True: now on the left of the question

    def __init__(self, tools: Tools, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tools, self.media = tools, media
        self.exhibit_loaded = False
        self.cited: int | None = None   # the exhibit the question on screen cites
        self.body: QHBoxLayout | None = None
        self.on_left = False
        self.calculator_box = QGroupBox(self.tr("Calculator"))
        self.calculator = ScientificCalculator() if tools.scientific_calculator else Calculator()
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
        self.exhibit_view = ZoomableImage(self.tr("Exhibit"), fit_view=True)
        exhibits = QVBoxLayout(self.exhibits_box)
        exhibits.addWidget(self.exhibit_choice)
        exhibits.addWidget(self.exhibit_view, 1)
        self.exhibit_choice.setVisible(len(tools.exhibits) > 1)
        self.inner = inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calculator_box, 0, Qt.AlignmentFlag.AlignTop)  # keys stay together at the top
        layout.addWidget(self.exhibits_box, 1)
        self.scroll_area = scroll = QScrollArea()   # both tools at 200 % text are taller than a screen
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

    def dock_in(self, body: QHBoxLayout) -> None:
        """Beside the question (already in `body`), on the right to begin with."""
        self.body = body
        body.addWidget(self, 2)

    def switch_side(self) -> None:
        """Left of the question or right of it."""
        if self.body is None:
            return
        self.on_left = not self.on_left
        self.body.removeWidget(self)
        self.body.insertWidget(0 if self.on_left else 1, self, 2)
        self.fit_width()
        self.side_changed.emit(self.on_left)

    def show_question(self, item: Item | None) -> None:
        """The question on screen: an open exhibit turns to the one it cites."""
        self.cited = cited_exhibit(item.stem, self.tools.exhibits) if item is not None else None
        if self.cited is not None and not self.exhibits_box.isHidden():
            self.exhibit_choice.setCurrentIndex(self.cited)

    def show_calculator(self, on: bool) -> None:
        self.calculator_box.setVisible(on and self.tools.calculator)
        self._fit()
        if on:
            self.calculator.setFocus()

    def show_exhibits(self, on: bool) -> None:
        on = on and bool(self.tools.exhibits)
        self.exhibits_box.setVisible(on)
        if on and self.cited is not None and self.cited != self.exhibit_choice.currentIndex():
            self.exhibit_choice.setCurrentIndex(self.cited)   # opens at the exhibit the question cites
        elif on and not self.exhibit_loaded:  # decoded on first use, not at start
            self._show_exhibit(self.exhibit_choice.currentIndex())
        self._fit()
        if on:
            self.exhibit_view.scroll_area.setFocus()

    def _fit(self) -> None:
        self.setVisible(not self.calculator_box.isHidden() or not self.exhibits_box.isHidden())
        self.fit_width()

    def fit_width(self) -> None:
        """As wide as the open tools need (scrolling only up and down), whatever the text size;
        no wider for the calculator alone; an exhibit takes the room the panel has."""
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        for part in self.inner.findChildren(QWidget):   # drop sizes remembered from while it was hidden
            part.updateGeometry()
        least = self.inner.minimumSizeHint().width() + bar + 4
        self.setMinimumWidth(least)
        self.setMaximumWidth(least if self.exhibits_box.isHidden() else 16777215)

    def _show_exhibit(self, index: int) -> None:
        if index < 0:
            return
        exhibit = self.tools.exhibits[index]
        self.exhibit_loaded = True
        self.exhibit_view.scroll_area.setAccessibleName(self.tr("Exhibit: {title}").format(title=exhibit.title))
        try:
            self.exhibit_view.set_image_data(self.media(exhibit.media))
        except (KeyError, OSError):
            self.exhibit_view.set_image_data(b"")
