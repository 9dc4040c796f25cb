"""Small pieces every staff screen (proctor, evaluator, administrator) shares: messages that
say what happened and what to do next, labelled fields, and buttons with accessible names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from app.domain.errors import ExamStationError
from app.ui.widgets.error_words import error_words, os_error_line
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # naming a Qt class makes its enums: a table's are not needed by the first screen
    from PySide6.QtWidgets import QAbstractItemView

TARGET = 44  # px: the least height of anything a person clicks or types in (WCAG 2.5.5)


def tr(text: str) -> str:
    """Translate text that belongs to no widget (module-level helpers). lupdate files a bare
    tr("…") call under the empty context, so that is the context looked up here."""
    return QCoreApplication.translate("", text)


def error_text(error: BaseException) -> str:
    """One line for the user: our errors carry their next step; anything else is unexpected."""
    if isinstance(error, ExamStationError):
        return error_words(error)
    if isinstance(error, OSError):   # a file the screen read or wrote: the system's refusal in words
        return os_error_line(error)
    if isinstance(error, ValueError) and str(error):
        # Domain checks (accommodation ranges, empty reasons) raise ValueError with a plain sentence.
        text = str(error)
        return text[0].upper() + text[1:] + tr(". Correct it and try again.")
    return tr("Something unexpected went wrong ({kind}). Nothing was changed; try again, and report it "
              "if it repeats.").format(kind=type(error).__name__)


class _CollapsingMessage(QLabel):
    """A message line that takes no room while it says nothing: on a crowded page at 200 % text an
    empty line kept a row of the console's table off the screen."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def message_label(name: str, collapse: bool = False) -> QLabel:
    """A label for results and refusals: wraps, can be selected and read by a screen reader.
    `collapse`: hidden while empty (for pages whose every line counts, such as the console)."""
    label = _CollapsingMessage() if collapse else QLabel()
    if collapse:
        label.setVisible(False)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setProperty("textInteractionFlags", "TextSelectableByMouse")  # by name: naming Qt costs the first screen 12 ms
    return label


def note(label: QLabel, text: str) -> None:
    """Neutral information (a summary), neither success nor refusal."""
    label.setText(text)
    _set_state(label, "info")
    label.setAccessibleDescription(text)


def dialog_width(widget: QWidget, characters: int = 64) -> int:
    """A dialog width that grows with the text size, so 200 % text wraps instead of clipping."""
    return widget.fontMetrics().averageCharWidth() * characters


def say(label: QLabel, text: str, ok: bool = True) -> None:
    label.setText(text)
    _set_state(label, "ok" if ok else "error")
    label.setAccessibleDescription(text)


def _set_state(label: QLabel, state: str) -> None:
    """The theme colours a message by its state (ok, error, info) in every contrast mode."""
    if label.property("state") != state:
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)


class _NotBelowItsText(QObject):
    """Keeps a button or check box at least TARGET px high and never squeezed below its text: the
    style sheet's least height (the target, without the text's own need) let a crowded window press
    200 % text buttons to 44 px, cutting their words at the bottom."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # not on Polish: a filter sees it before the style sheet sets its least height
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.Show) \
                and isinstance(watched, QWidget):
            watched.setMinimumHeight(max(TARGET, watched.sizeHint().height()))
        return False


def not_below_its_text(*widgets: QWidget) -> None:
    """Buttons and check boxes made outside button() that a crowded window must not squeeze."""
    for widget in widgets:
        widget.installEventFilter(_NotBelowItsText(widget))
        widget.setMinimumHeight(max(TARGET, widget.sizeHint().height()))


class _StaffButton(QPushButton):
    """A button kept as _NotBelowItsText keeps one, also right after its first polish."""

    # The font and text its least height was measured with: building a window sends each button
    # three font changes that change nothing, and each measure costs a tenth of a millisecond.
    _measured: tuple[QFont, str] | None = None

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        kind = event.type()
        if kind in (QEvent.Type.Polish, QEvent.Type.StyleChange) or (
                kind == QEvent.Type.FontChange and self._measured != (self.font(), self.text())):
            self.setMinimumHeight(max(TARGET, self.sizeHint().height()))
            self._measured = (self.font(), self.text())
        return handled


def button(text: str, accessible: str, slot: Callable[[], object] | None = None,
           parent: QWidget | None = None) -> QPushButton:
    widget = _StaffButton(text, parent)
    widget.setAccessibleName(accessible)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


def targets(*widgets: QWidget) -> None:
    """At least TARGET px high: a dialog's own buttons and fields, made outside button()."""
    for widget in widgets:
        widget.setMinimumHeight(max(TARGET, widget.minimumHeight()))


class _TallEnoughForItsText(QObject):
    """Keeps a dialog as tall as its wrapped text needs at the width it has: a dialog sized once
    for its widgets' least sizes cut long sentences (Spanish, 200 % text) at top and bottom."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest)   # a message shown later too
        if event.type() in kinds and isinstance(watched, QWidget):
            layout = watched.layout()
            needed = layout.totalHeightForWidth(watched.width()) if layout is not None else -1
            if needed > watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


def fit_wrapped_text(dialog: QWidget) -> None:
    """Make the dialog grow to show every line of its wrapped labels (see _TallEnoughForItsText)."""
    dialog.installEventFilter(_TallEnoughForItsText(dialog))


def target_rows(view: QAbstractItemView) -> None:
    """Table rows a person clicks to choose are TARGET px high (a style sheet cannot set that)."""
    rows = view.verticalHeader()  # type: ignore[attr-defined]
    rows.setMinimumSectionSize(TARGET)   # also when the rows are fitted to their wrapped text
    rows.setDefaultSectionSize(TARGET)


def add_row(form: QFormLayout, text: str, field: QWidget, accessible: str | None = None) -> QLabel:
    """A form row whose label is the field's buddy (Alt+letter reaches it) and accessible name.

    Labels do not wrap (a wrapped label in a form row is cut to the field's height); long rows
    put the field under its label instead, which is what happens at 200 % text."""
    label = QLabel(text)
    label.setBuddy(field)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    if not field.accessibleName():
        field.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
    form.addRow(label, field)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(f"<h{level}>{text}</h{level}>")
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("role", "hint")  # the theme's muted colour, readable in both contrast modes
    return label


def minutes_seconds(ms: int | None) -> str:
    """Time left as m:ss (h:mm:ss past an hour); a dash for an untimed exam."""
    if ms is None:
        return tr("untimed")
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


STATE_NAMES = {  # QT_TRANSLATE_NOOP lets lupdate find words that are translated later, by tr()
    "ready": QT_TRANSLATE_NOOP("", "ready, not started"), "in_progress": QT_TRANSLATE_NOOP("", "writing"),
    "paused": QT_TRANSLATE_NOOP("", "paused"), "not_started": QT_TRANSLATE_NOOP("", "not started"),
    "writing": QT_TRANSLATE_NOOP("", "writing"), "screen_closed": QT_TRANSLATE_NOOP("", "screen closed"),
    "on_break": QT_TRANSLATE_NOOP("", "on a rest break"), "submitted": QT_TRANSLATE_NOOP("", "submitted"),
    "timed_out": QT_TRANSLATE_NOOP("", "time over"), "voided": QT_TRANSLATE_NOOP("", "voided"),
    "transferred": QT_TRANSLATE_NOOP("", "moved to another station"),
}


def state_name(state: str) -> str:
    return tr(STATE_NAMES.get(state, state.replace("_", " ")))
