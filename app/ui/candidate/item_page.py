"""One question on the screen: its number, stem, image, answer widget, and the moves
(previous, flag, review, next, jump). The window decides what a move does."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.domain.annotations import Annotation
from app.domain.attempt import AttemptState
from app.domain.item_types import item_kind
from app.domain.plan import AttemptPlan
from app.ui.candidate.compact_row import CompactRow
from app.ui.candidate.controls import button, label, rename
from app.ui.candidate.highlights import HighlightedText
from app.ui.candidate.jump_grid import JumpGrid
from app.ui.candidate.passage import PassagePanel
from app.ui.candidate.responses import answer_widget
from app.ui.widgets.announce import announce
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.image_viewer import ZoomableImage
from app.ui.widgets.layouts import take_widget, widget_at


class ItemPage(QWidget):
    next_requested = Signal()
    previous_requested = Signal()
    review_requested = Signal()
    jump_requested = Signal(str)
    flag_requested = Signal(str, bool)
    answer_changed = Signal(str, object, bool)   # item id, response, save now (False: after a pause)
    annotation_changed = Signal(str, object)     # item id, its Annotation (highlights, struck options)
    stimulus_annotation_changed = Signal(str, object)   # stimulus id, its Annotation (highlights)

    def __init__(self, plan: AttemptPlan, media: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.media = plan, media
        self.item_id: str | None = None
        self.answer: Any = None
        self.annotation = Annotation()
        self.passage_annotation = Annotation()   # the shown stimulus's highlights
        self.number = label(role="heading")
        self.section = label(role="muted")
        self.flag_badge = label(role="warning")
        self.flag_badge.setVisible(False)
        self.stem = HighlightedText("stem")
        self.instruction = label(role="muted")
        for aligned in (self.section, self.instruction):  # line up with the framed heading and stem
            aligned.setContentsMargins(5, 0, 0, 0)
        self.body = QVBoxLayout()
        self.clear_button = button(self.tr("Clear answer"), self.tr("Removes your answer to this question"))
        self.clear_button.clicked.connect(self._clear)
        self.grid = JumpGrid(plan)
        self.grid.jump_requested.connect(self.jump_requested)
        self.passage = PassagePanel(media)   # a shared stimulus, beside the question that refers to it
        self.passage.clear_button.clicked.connect(self.clear_passage_highlights)
        self.marking: HighlightedText = self.stem   # the text the Highlight button works on: the last focused
        for text in (self.stem, self.passage.text):
            text.focused.connect(lambda text=text: setattr(self, "marking", text))
        self.beside = beside = QSplitter(Qt.Orientation.Horizontal)
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.passage)
        beside.addWidget(self._scrolling_body())
        layout = QVBoxLayout(self)
        layout.addWidget(beside, 1)
        layout.addLayout(self._moves())
        # The navigator sits under the buttons until the window takes it into its own layout, under
        # the question and any open tool: the whole width needs the fewest rows at large text sizes.
        layout.addWidget(self.grid)
        self._layout = layout

    def _header(self) -> QVBoxLayout:
        row = FlowLayout()   # the flag badge goes under the number when the line is full
        row.addWidget(self.number)
        row.addWidget(self.flag_badge)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addLayout(row)
        column.addWidget(self.section)   # under the number: a long section title wraps freely
        return column

    def take_grid(self) -> JumpGrid:
        """The navigator, out of this page's layout, for the window to place."""
        self._layout.removeWidget(self.grid)
        return self.grid

    def add_status(self, widget: QWidget) -> None:
        """A status (the window's "Saved") at the end of the navigator's legend line."""
        self.grid.add_status(widget)

    def _make_marking_buttons(self) -> None:
        self.highlight_button = button(self.tr("Highlight"), self.tr(
            "Select words of the question or of the passage with the mouse, or with Shift and the arrow keys, "
            "then highlight them; highlighting highlighted words removes it. Not scored. Shortcut: Alt+L"))
        self.clear_highlights_button = button(self.tr("Clear highlights"), self.tr(
            "Removes every highlight from this question's text"))
        self.highlight_button.clicked.connect(self.highlight_selection)
        self.clear_highlights_button.clicked.connect(self.clear_highlights)

    def _scrolling_body(self) -> QScrollArea:
        content = QWidget()
        column = QVBoxLayout(content)
        # The number, the flag and the section scroll with the question: at 200 % text in Spanish
        # beside an open tool they took the question's last lines (the navigator shows where one is).
        column.addLayout(self._header())
        column.addWidget(self.stem)
        column.addLayout(self.body)
        column.addWidget(self.instruction)
        self.answer_slot = QVBoxLayout()
        column.addLayout(self.answer_slot)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_button)
        clear_row.addStretch(1)
        column.addLayout(clear_row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.body_scroll = scroll
        return scroll

    def _moves(self) -> QHBoxLayout:
        self.previous_button = button(self.tr("‹ Previous"), self.tr("Go to the previous question. Shortcut: Alt+P"))
        self.flag_button = button(self.tr("Flag for review"), self.tr(
            "Marks this question so you can find it again on the review screen. Shortcut: Alt+F"))
        self.flag_button.setCheckable(True)
        self.review_button = button(self.tr("Review answers"), self.tr(
            "Shows which questions are answered, unanswered or flagged. Shortcut: Alt+R"))
        self.next_button = button(self.tr("Next ›"), self.tr("Go to the next question. Shortcut: Alt+N"), "primary")
        self.previous_button.clicked.connect(self.previous_requested)
        self.flag_button.clicked.connect(lambda on: self.flag_requested.emit(self.item_id, on))
        self.review_button.clicked.connect(self.review_requested)
        self.next_button.clicked.connect(self.next_requested)
        self._make_marking_buttons()
        # short faces, then wrapping, at large text sizes instead of widening the window: in Spanish
        # at 200 % beside a tool the full words took four rows and left the question one line
        self.moves = others = CompactRow()
        for widget in (self.previous_button, self.flag_button, self.review_button, self.highlight_button,
                       self.clear_highlights_button):
            others.add(widget)
        others.set_faces(self.previous_button, self.tr("‹ Previous"), "‹")
        others.set_faces(self.review_button, self.tr("Review answers"), self.tr("Review"))
        row = QHBoxLayout()
        row.addWidget(others, 1)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    # -- showing a question ----------------------------------------------------------
    def show_item(self, item_id: str, response: Any, state: AttemptState, marks: Annotation | None = None,
                  passage_marks: Annotation | None = None) -> None:
        """`marks`: the candidate's latest highlights and strike-outs, `passage_marks` those in the
        stimulus the question cites (by default, as the attempt has them)."""
        item = self.plan.exam.item(item_id)
        position = self.plan.item_ids.index(item_id) + 1
        another = item_id != self.item_id
        self.item_id = item_id
        self.number.setText(self.tr("Question {number} of {total}").format(number=position,
                                                                           total=len(self.plan.item_ids)))
        section_id = self.plan.section_of(item_id)
        self.section.setText(self.plan.section(section_id).title)
        self.annotation = state.annotations.get(item_id, Annotation()) if marks is None else marks
        # A formatted stem passed the safe-subset check when the package was read; others stay plain.
        self.stem.show_text(_framed_tables(item.stem_html) if item.stem_html else item.stem, bool(item.stem_html),
                            item.stem, self.annotation.highlights)
        self.stem.setAccessibleName(self.number.text())
        self.clear_highlights_button.setVisible(bool(self.annotation.highlights))
        appearing = self.passage.isHidden() and item.stimulus is not None
        self.passage_annotation = (Annotation() if not item.stimulus else passage_marks if passage_marks is not None
                                   else state.stimulus_annotations.get(item.stimulus, Annotation()))
        self.passage.show_stimulus(self.plan.exam.stimulus(item.stimulus) if item.stimulus else None,
                                   self.passage_annotation.highlights)
        if appearing:   # passage and question share the width evenly (the candidate may drag the divider)
            half = max(1, self.beside.width() // 2)
            self.beside.setSizes([half, half])
        self._replace_body(item)
        self._replace_answer(item, response)
        self._chain_tab_order()
        self.show_state(state)
        if another:   # a new question opens at its start, not where the last one was scrolled to
            self.body_scroll.verticalScrollBar().setValue(0)

    def focus_target(self) -> QWidget:
        return self.stem  # a screen reader then reads the new question

    def show_state(self, state: AttemptState) -> None:
        """Flag, jump grid and Previous as the attempt now stands."""
        if self.item_id is None:  # no question shown yet
            return
        flagged = self.item_id in state.flagged
        self.flag_button.setChecked(flagged)
        self.moves.set_faces(self.flag_button, self.tr("Flagged ⚑") if flagged else self.tr("Flag for review"), "⚑")
        self.flag_badge.setText(self.tr("Flagged for review"))
        self.flag_badge.setVisible(flagged)
        self.grid.refresh(state, self.item_id)
        index = self.plan.item_ids.index(self.item_id)
        earlier = self.plan.item_ids[index - 1] if index else None
        self.previous_button.setEnabled(earlier is not None and self.plan.can_go_back(self.item_id) and
                                        self.plan.section_of(earlier) not in state.locked_sections)

    def set_next_text(self, text: str, description: str) -> None:
        rename(self.next_button, text, description)

    def _replace_body(self, item) -> None:
        while self.body.count():
            old = take_widget(self.body, 0)
            if old is not None:
                old.hide()  # deleted later, but must not show meanwhile
                old.deleteLater()
        if item.media:
            viewer = ZoomableImage(self.tr("Image for this question"), parent=self)
            try:
                viewer.set_image_data(self.media(item.media))
            except (KeyError, OSError):
                viewer.set_image_data(b"")
            self.body.addWidget(viewer)
            viewer.show()

    def _replace_answer(self, item, response: Any) -> None:
        if self.answer is not None:
            # Leaving a text box emits "finished" once more; the window has already saved it.
            self.answer.changed.disconnect()
            self.answer.edited.disconnect()
            self.answer_slot.removeWidget(self.answer)
            self.answer.hide()
            self.answer.deleteLater()
        options = self.plan.options(item.id) if item_kind(item.type).has_options else ()
        self.answer = answer_widget(item, options, self.media, self)
        self.answer.set_response(response)
        widget, item_id = self.answer, item.id
        if hasattr(widget, "strikes"):
            widget.strikes.set_struck(self.annotation.struck)
            widget.strikes.changed.connect(lambda: self._annotate(Annotation(
                self.annotation.highlights, frozenset(widget.strikes.struck))))
        widget.changed.connect(lambda: self.answer_changed.emit(item_id, widget.response(), True))
        widget.edited.connect(lambda: self.answer_changed.emit(item_id, widget.response(), False))
        self.answer_slot.addWidget(self.answer)
        self.answer.show()  # now, not when the layout gets round to it: Tab must find it at once
        self.instruction.setText(self.answer.instruction())
        self.clear_button.setVisible(True)

    def _chain_tab_order(self) -> None:
        """Tab follows the reading order: passage, question, image, answer, then the moves. The
        image and answer widgets are made per question, so they would otherwise come last."""
        made_per_question = [widget_at(self.body, i) for i in range(self.body.count())] + [self.answer]
        chain = self.passage.focusable() + [self.stem] + [w for part in made_per_question if part is not None
                                                          for w in _focusable(part)]
        chain += [self.clear_button, self.previous_button, self.flag_button, self.review_button,
                  self.highlight_button, self.clear_highlights_button, self.next_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- the candidate's own marks: highlights and struck-out options (never scored) --------
    def highlight_selection(self) -> None:
        """Highlight the selected words of the question or the passage (or un-highlight them if
        they already are): of the text last focused, else of the other one."""
        if not self.isVisible():
            return
        texts = [self.marking] + [t for t in (self.stem, self.passage.text) if t is not self.marking]
        for source in texts:
            span = source.selection() if source.isVisible() else None
            if span is not None:
                break
        else:
            announce(self, self.tr("Select words of the question or of the passage first (Shift and the "
                                   "arrow keys), then highlight them."))
            return
        source.forget_selection()
        if source is self.stem:
            self._annotate(self.annotation.highlighted(*span))
        else:
            self._annotate_passage(self.passage_annotation.highlighted(*span))

    def clear_highlights(self) -> None:
        if self.annotation.highlights:
            self._annotate(self.annotation.without_highlights())

    def clear_passage_highlights(self) -> None:
        if self.passage_annotation.highlights:
            self._annotate_passage(Annotation())
            announce(self, self.tr("Highlights removed from the passage."))

    def strike_focused(self) -> None:
        """Strike out (or restore) the option that has the keyboard focus."""
        strikes = getattr(self.answer, "strikes", None)
        if not self.isVisible() or strikes is None:
            return
        option_id = strikes.focused_option()
        if option_id is None:
            announce(self, self.tr("Move to an option with Tab first, then press Alt+X to strike it out."))
            return
        strikes.toggle(option_id)
        said = self.tr("Option {letter} struck out.") if option_id in strikes.struck else self.tr(
            "Option {letter} restored.")
        announce(self, said.format(letter=strikes.letter(option_id)))

    def _annotate(self, annotation: Annotation) -> None:
        """Show the question's new marks and ask for them to be kept with the attempt."""
        self.annotation = annotation
        self.stem.show_highlights(annotation.highlights)
        self.clear_highlights_button.setVisible(bool(annotation.highlights))
        self.annotation_changed.emit(self.item_id, annotation)

    def _annotate_passage(self, annotation: Annotation) -> None:
        """Show the passage's new highlights and ask for them to be kept with the attempt."""
        stimulus_id = self.passage.shown_id
        if stimulus_id is None:
            return
        self.passage_annotation = annotation
        self.passage.show_highlights(annotation.highlights)
        self._chain_tab_order()   # Clear passage highlights came or went
        self.stimulus_annotation_changed.emit(stimulus_id, annotation)

    def _clear(self) -> None:
        self.answer.set_response(None)
        self.answer_changed.emit(self.item_id, None, True)


def _focusable(widget: QWidget) -> list[QWidget]:
    """`widget` and its descendants that Tab can reach, in the order they were made."""
    candidates = [widget] + widget.findChildren(QWidget)
    return [w for w in candidates if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden()
            and w.focusProxy() is None and w.window() is widget.window()]  # not a list's pop-up


def _framed_tables(html: str) -> str:
    """Tables in a formatted stem get rules and padding here: the content carries no styling."""
    return html.replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">')
