"""One response on the Marking tab: the question (with its passage), the answer, the rubric's
score points as large buttons, and for an adjudicator the two marks given. A digit key picks a
score point and Enter saves, from whichever part of the panel has focus."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QGroupBox, QLabel, QLayout, QLineEdit, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget,
)

from app.domain.marking import ADJUDICATION, DIGIT_KEYS, FIRST, SECOND
from app.services.marking import ResponseToMark
from app.ui.proctor.common import message_label, not_below_its_text, note, say
from app.ui.widgets.theme import set_role

TARGET = 44  # px: the smallest thing a person has to hit


class TargetButton(QPushButton):
    """A button at least TARGET px high, and never squeezed below what its text needs (the style
    sheet's least height let a crowded layout shrink "Save and next" to 44 px at 200 % text)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        not_below_its_text(self)

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(QSize(0, TARGET))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class TargetLineEdit(QLineEdit):
    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(QSize(0, TARGET))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return super().minimumSizeHint().expandedTo(QSize(0, TARGET))


def tell(label: QLabel, text: str, kind: str = "info") -> None:
    """A message (ok, error, or plain information), read out too: in the theme's colours when
    the window has a theme (text size, high contrast), else in the staff screens' colours."""
    if label.window().property("textScale") is None:
        if kind == "info":
            note(label, text)
        else:
            say(label, text, ok=kind == "ok")
        return
    label.setText(text)
    label.setStyleSheet("")
    set_role(label, {"ok": "ok", "error": "error"}.get(kind, ""))
    label.setAccessibleDescription(text)


class ResponsePanel(QWidget):
    def __init__(self, save: Callable[[], None], busy: Callable[[], bool]) -> None:
        super().__init__()
        self._save, self._busy = save, busy
        self.current: ResponseToMark | None = None
        self._wordings: list[QLabel] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # buttons and read-only text pass keys on to it
        self.setAccessibleName(self.tr("The answer to mark"))
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Which answer this is"))
        self.position.setProperty("role", "heading")
        self.position.setWordWrap(True)
        self.question = QTextBrowser()
        self.question.setAccessibleName(self.tr("Question"))
        self.answer = QTextBrowser()
        self.answer.setAccessibleName(self.tr("The candidate's answer"))
        for text in (self.question, self.answer):
            # the rest of the room when there is some (their own preferred height would push the
            # save button out of sight); never less than a few lines (_size_text_boxes)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._size_text_boxes()
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setAccessibleName(self.tr("The two marks given"))
        self.rubric_box = QGroupBox(self.tr("Rubric: pick a score point (keys 0–9)"))
        self.rubric_text = QLabel()
        self.rubric_text.setWordWrap(True)
        self.rubric_text.setAccessibleName(self.tr("What the rubric asks for"))
        self.points_layout = QGridLayout()   # a short button per score point, its wording wrapping beside it
        self.points_layout.setColumnStretch(1, 1)
        self.point_group = QButtonGroup(self)
        self.point_group.setExclusive(True)
        rubric = QVBoxLayout(self.rubric_box)
        rubric.addWidget(self.rubric_text)
        rubric.addLayout(self.points_layout)
        self.save_button = TargetButton(self.tr("Save and &next (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save the mark and show the next answer"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(lambda _checked=False: save())
        self.message = message_label(self.tr("Marking result"))
        self.column = layout = QVBoxLayout(self)
        # never squeezed below what its parts need: the scroll area around it scrolls instead
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.position)
        layout.addWidget(QLabel(self.tr("Question")))
        layout.addWidget(self.question, 1)
        layout.addWidget(QLabel(self.tr("Answer")))
        layout.addWidget(self.answer, 2)
        layout.addWidget(self.earlier)
        layout.addWidget(self.rubric_box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):   # a new text size
            self._size_text_boxes()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The least height at which nothing is squeezed: wrapped text at this width, the rest at
        their minimum. The layout's own minimum ignores how tall wrapped text gets, so at large
        text sizes the scroll area around the panel would squeeze the score point buttons."""
        layout = self.column
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        items = [layout.itemAt(i) for i in range(layout.count())]
        heights = [item.heightForWidth(inner) if item.hasHeightForWidth() else item.minimumSize().height()
                   for item in items if item is not None and not item.isEmpty()]
        return sum(heights) + layout.spacing() * max(0, len(heights) - 1) + margins.top() + margins.bottom()

    def _size_text_boxes(self) -> None:
        for text in (self.question, self.answer):   # a few lines always show, whatever the text size
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 4 + 2 * text.frameWidth() + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if len(text) == 1 and text.isdigit() and int(text) < DIGIT_KEYS:
            self.pick(int(text))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()
        else:
            super().keyPressEvent(event)

    def show_response(self, response: ResponseToMark, waiting: int) -> None:
        self.current = response
        kind = {FIRST: self.tr("first mark"), SECOND: self.tr("second mark, blind"),
                ADJUDICATION: self.tr("adjudication")}[response.kind]
        self.position.setText(self.tr("{exam}: answer 1 of {n} waiting for you ({kind})").format(
            exam=response.exam_title, n=waiting, kind=kind))
        parts = []
        if response.passage is not None:
            parts.append(f"<h4>{html.escape(response.passage.title)}</h4>{response.passage.html}<hr>")
        parts.append(response.question_html or f"<p>{html.escape(response.question)}</p>")
        self.question.setHtml("".join(parts))
        self.answer.setPlainText(response.answer)
        self.rubric_text.setText(response.rubric or self.tr("The rubric gives no further guidance."))
        self._point_buttons(response)
        if response.kind == ADJUDICATION:
            marks = "; ".join(self.tr("{points} ({text})").format(points=self.points(p), text=t)
                              for p, t in response.earlier)
            self.earlier.setText(self.tr("The two markers gave: {marks}. Your mark decides.").format(marks=marks))
        else:
            self.earlier.clear()
        self.earlier.setVisible(response.kind == ADJUDICATION)
        self.save_button.setEnabled(True)
        self.rubric_box.setEnabled(True)
        self.column.activate()   # new buttons take their room now, not at the next paint
        self.setFocus()

    def show_nothing(self, text: str) -> None:
        self.current = None
        self.position.setText(text)
        for widget in (self.question, self.answer, self.rubric_text):
            widget.clear()
        self.earlier.setVisible(False)
        self._clear_buttons()
        self.save_button.setEnabled(False)
        self.rubric_box.setEnabled(False)

    def _point_buttons(self, response: ResponseToMark) -> None:
        self._clear_buttons()
        for index, point in enumerate(response.scale):
            points = self.points(point.points)
            text = self.tr("{points} (key {n})").format(points=points, n=index) if index < DIGIT_KEYS else points
            choice = TargetButton(text)
            choice.setCheckable(True)
            wording = QLabel(point.text or self.tr("no description"))
            wording.setWordWrap(True)
            wording.setBuddy(choice)
            choice.setAccessibleName(self.tr("Score {points}: {text}").format(points=points, text=point.text))
            self.point_group.addButton(choice, index)
            self.points_layout.addWidget(choice, index, 0)
            self.points_layout.addWidget(wording, index, 1)
            self._wordings.append(wording)
            for widget in (choice, wording):
                widget.show()   # added to a panel already on screen: not shown by itself until the event loop runs

    def _clear_buttons(self) -> None:
        for old in self.point_group.buttons():
            self.point_group.removeButton(old)
            old.deleteLater()
        for wording in self._wordings:
            wording.deleteLater()
        self._wordings = []

    def points(self, value: float) -> str:
        return self.tr("1 point") if value == 1 else self.tr("{p:g} points").format(p=value)

    def pick(self, index: int) -> None:
        chosen = self.point_group.button(index)
        if self.current is None or chosen is None or self._busy():
            return
        chosen.setChecked(True)
        tell(self.message, self.tr("{points} chosen. Press Enter to save.").format(
            points=self.points(self.current.scale[index].points)))

    def chosen_points(self) -> float | None:
        index = self.point_group.checkedId()
        return None if self.current is None or index < 0 else self.current.scale[index].points
