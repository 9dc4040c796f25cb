"""One answer widget per item type. Every one of them offers the same small interface:

- `changed` signal: the answer changed and is to be saved now (a click, a choice, Enter);
- `edited` signal: text is being typed; it is saved after a short pause or on leaving;
- `response()`: the answer in its stored shape (see app.domain.scoring), None when empty;
- `set_response(value)`: show a stored answer without emitting anything;
- `instruction()`: one translated sentence that tells how to answer.

Answers chosen from options (single choice, multiple response) also have `strikes`
(app.ui.candidate.responses.strike.StrikeOuts): the options the candidate struck out.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from app.domain.exam import Item
from app.ui.candidate.responses.cloze import ClozeAnswer
from app.ui.candidate.responses.choices import MultipleResponseAnswer, SingleChoiceAnswer, TrueFalseAnswer
from app.ui.candidate.responses.hotspot import HotspotAnswer
from app.ui.candidate.responses.matching import MatchingAnswer
from app.ui.candidate.responses.ordering import OrderingAnswer
from app.ui.candidate.responses.typed import NumericAnswer, ShortTextAnswer, WrittenAnswer

Media = Callable[[str], bytes]


def answer_widget(item: Item, option_ids: tuple[str, ...], media: Media, parent: QWidget | None = None) -> Any:
    """The widget for answering `item`; `option_ids` is this candidate's display order."""
    kind = item.type
    if kind == "single_choice":
        return SingleChoiceAnswer(item, option_ids, parent, media)
    if kind == "multiple_response":
        return MultipleResponseAnswer(item, option_ids, parent, media)
    if kind == "true_false":
        return TrueFalseAnswer(item, parent)
    if kind == "numeric":
        return NumericAnswer(item, parent)
    if kind == "short_text":
        return WrittenAnswer(item, parent) if item.manually_scored else ShortTextAnswer(item, parent)
    if kind == "ordering":
        return OrderingAnswer(item, option_ids, parent, media)
    if kind == "matching":
        return MatchingAnswer(item, option_ids, parent, media)
    if kind == "hotspot":
        return HotspotAnswer(item, media, parent)
    if kind == "cloze":
        return ClozeAnswer(item, parent)
    raise ValueError(f"no answer widget for the item type {kind!r}")
