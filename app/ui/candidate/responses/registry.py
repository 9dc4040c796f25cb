"""The screens' side of the item-type registry: for each item type the domain registers
(app/domain/item_types), the widget a candidate answers it with and the type's name in the
reader's language. The domain never imports Qt; the screens register their part here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from app.domain.exam import Item

Media = Callable[[str], bytes]
# (item, this candidate's option order, media reader, parent) -> an answer widget (see __init__)
WidgetFactory = Callable[[Item, tuple[str, ...], Media, "QWidget | None"], Any]


@dataclass(frozen=True, slots=True)
class AnswerKind:
    widget: WidgetFactory
    title: Callable[[], str]   # the type's name, translated when called (the language may change)


_ANSWERS: dict[str, AnswerKind] = {}


def register_answer_widget(type_name: str, widget: WidgetFactory, title: Callable[[], str]) -> None:
    if type_name in _ANSWERS:
        raise ValueError(f"an answer widget for the item type '{type_name}' is already registered")
    _ANSWERS[type_name] = AnswerKind(widget, title)


def unregister_answer_widget(type_name: str) -> None:
    _ANSWERS.pop(type_name, None)


def answer_kind(type_name: str) -> AnswerKind | None:
    return _ANSWERS.get(type_name)


def answer_widget(item: Item, option_ids: tuple[str, ...], media: Media, parent: QWidget | None = None) -> Any:
    """The widget for answering `item`; `option_ids` is this candidate's display order."""
    kind = _ANSWERS.get(item.type)
    if kind is None:
        raise ValueError(f"no answer widget for the item type {item.type!r}")
    return kind.widget(item, option_ids, media, parent)


def type_title(type_name: str) -> str:
    """An item type's name in plain words, translated ("Multiple response"); a type this program
    does not know (in results from a newer one) shows its name without underscores."""
    kind = _ANSWERS.get(type_name)
    return kind.title() if kind else type_name.replace("_", " ")
