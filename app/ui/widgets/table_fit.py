"""Tables whose columns share the width they have, wrapping their words instead of cutting them.

At 200 % text on a 1280 × 800 screen the console's columns sized to their contents were wider
than the table: the stretched name column got what was left ("Grac…") and the table scrolled
sideways; the body's release and marking tables squeezed their headings to a few letters. A
fitted table gives each column its whole text when everything fits; when it does not, each
column gets at least its longest word, the columns' longest texts are balanced over the fewest
lines they can share (a row is as tall as its tallest cell), the rest of the width goes by how much
more each column's text needs, the words wrap (headings too) and each row grows to its lines. Only when
the longest words alone are wider than the table does it scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

ROWS_MEASURED = 200   # a longer table is measured on its first rows (the console has one per candidate)
HEADING_PADDING = 2 * (4 + 3) + 2   # the theme's section padding and thickest border, both sides
MOST_LINES = 6   # a column's longest text is balanced over at most this many lines
WRAP_WASTE = 125   # percent: words wrapped onto lines leave the ends of the lines unfilled


def _widths(metrics: QFontMetrics, text: str) -> tuple[int, int]:
    """(the whole text on one line, its longest word)."""
    lines = text.split("\n")
    whole = max(metrics.horizontalAdvance(line) for line in lines)
    word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
    return whole, word


def _balanced(needs: dict[int, tuple[int, int]], room: int) -> dict[int, int]:
    """Widths when not everything fits on one line: the fewest lines the longest text of every
    column can share (the row is as tall as its tallest cell: shared in proportion to need, a long
    name took the room and "1:12:37 at the last save" stood on four lines), then what is left in
    proportion to what each column still wants. Never narrower than a column's longest word."""
    widths = {c: word for c, (_whole, word) in needs.items()}
    for lines in range(2, MOST_LINES + 1):
        wanted = {c: min(whole, max(word, -(-whole * WRAP_WASTE // (100 * lines))))
                  for c, (whole, word) in needs.items()}
        if sum(wanted.values()) <= room:
            widths = wanted
            break
    share = max(0, room - sum(widths.values()))
    wanting = sum(needs[c][0] - widths[c] for c in widths)
    if share and wanting > 0:
        widths = {c: width + share * (needs[c][0] - width) // wanting for c, width in widths.items()}
    return widths


class _Fitter(QObject):
    def __init__(self, view: QTableView, stretch: int | None) -> None:
        super().__init__(view)
        self.view, self.stretch = view, stretch
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.later = QTimer(self)   # a table filled cell by cell is fitted once, when it is full
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):
            self.later.start()
        return False

    def _column_needs(self, column: int) -> tuple[int, int]:
        view, model = self.view, self.view.model()
        cell_pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 4
        bold = QFont(view.horizontalHeader().font())
        bold.setBold(True)
        heading = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        whole, word = _widths(QFontMetrics(bold), str(heading or ""))
        whole, word = whole + HEADING_PADDING, word + HEADING_PADDING
        for row in range(min(model.rowCount(), ROWS_MEASURED)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or str(text) == "":
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(QFont(font) if isinstance(font, QFont) else view.font())
            cell_whole, cell_word = _widths(metrics, str(text))
            whole, word = max(whole, cell_whole + cell_pad), max(word, cell_word + cell_pad)
        return whole, word

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        if model is None or model.columnCount() == 0:
            return
        header = view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        needs = {c: self._column_needs(c) for c in columns}
        room = view.viewport().width()
        whole = sum(n[0] for n in needs.values())
        if whole <= room:
            widths = {c: needs[c][0] for c in columns}
            extra_to = self.stretch if self.stretch in widths else columns[-1]
            widths[extra_to] += room - whole
        else:
            widths = _balanced(needs, room)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._fit_heights(widths)

    def _fit_heights(self, widths: dict[int, int]) -> None:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics, flags = QFontMetrics(bold), int(Qt.TextFlag.TextWordWrap)
        tallest = max(metrics.boundingRect(QRect(0, 0, max(1, width - HEADING_PADDING), 10000), flags,
                                           str(model.headerData(c, Qt.Orientation.Horizontal) or "")).height()
                      for c, width in widths.items())
        header.setMinimumHeight(tallest + HEADING_PADDING)
        view.resizeRowsToContents()


def fit_columns(view: QTableView, stretch: int | None = None) -> None:
    """Keep the table's columns fitted to its width (see the module's words), now and whenever it is
    resized or its rows change; `stretch` takes what is left over when everything fits."""
    fitter = _Fitter(view, stretch)
    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.layoutChanged,
                       model.headerDataChanged):
            signal.connect(lambda *_changed: fitter.later.start())
    fitter.fit()
