"""One answer widget per item type. Every one of them offers the same small interface:

- `changed` signal: the answer changed and is to be saved now (a click, a choice, Enter);
- `edited` signal: text is being typed; it is saved after a short pause or on leaving;
- `response()`: the answer in its stored shape (see app.domain.scoring), None when empty;
- `set_response(value)`: show a stored answer without emitting anything;
- `instruction()`: one translated sentence that tells how to answer.

Answers chosen from options (single choice, multiple response) also have `strikes`
(app.ui.candidate.responses.strike.StrikeOuts): the options the candidate struck out.
Each type's widget and translated name are registered below (registry.py), one line per type.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.candidate.responses.cloze import ClozeAnswer
from app.ui.candidate.responses.choices import MultipleResponseAnswer, SingleChoiceAnswer, TrueFalseAnswer
from app.ui.candidate.responses.hotspot import HotspotAnswer
from app.ui.candidate.responses.matching import MatchingAnswer
from app.ui.candidate.responses.ordering import OrderingAnswer
from app.ui.candidate.responses.registry import (
    Media, answer_kind, answer_widget, register_answer_widget, type_title, unregister_answer_widget,
)
from app.ui.candidate.responses.typed import NumericAnswer, ShortTextAnswer, WrittenAnswer

__all__ = ["Media", "answer_kind", "answer_widget", "register_answer_widget", "type_title",
           "unregister_answer_widget"]

translate = QCoreApplication.translate  # spelled out below so pyside6-lupdate finds each name

BUILT_IN = (  # (type, widget for (item, option order, media, parent), name)
    ("single_choice", lambda item, ids, media, parent: SingleChoiceAnswer(item, ids, parent, media),
     lambda: translate("ItemTypes", "Single choice")),
    ("multiple_response", lambda item, ids, media, parent: MultipleResponseAnswer(item, ids, parent, media),
     lambda: translate("ItemTypes", "Multiple response")),
    ("true_false", lambda item, ids, media, parent: TrueFalseAnswer(item, parent),
     lambda: translate("ItemTypes", "True or false")),
    ("numeric", lambda item, ids, media, parent: NumericAnswer(item, parent),
     lambda: translate("ItemTypes", "Number")),
    ("short_text", lambda item, ids, media, parent:
        WrittenAnswer(item, parent) if item.manually_scored else ShortTextAnswer(item, parent),
     lambda: translate("ItemTypes", "Short text")),
    ("ordering", lambda item, ids, media, parent: OrderingAnswer(item, ids, parent, media),
     lambda: translate("ItemTypes", "Ordering")),
    ("matching", lambda item, ids, media, parent: MatchingAnswer(item, ids, parent, media),
     lambda: translate("ItemTypes", "Matching")),
    ("hotspot", lambda item, ids, media, parent: HotspotAnswer(item, media, parent),
     lambda: translate("ItemTypes", "Hotspot")),
    ("cloze", lambda item, ids, media, parent: ClozeAnswer(item, parent),
     lambda: translate("ItemTypes", "Fill in the blanks")),
)
for _name, _widget, _title in BUILT_IN:
    register_answer_widget(_name, _widget, _title)
