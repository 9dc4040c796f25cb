"""Item types: each type is one `ItemKind` (kind.py) defined in its own module here, and this is
the one place they are registered. Everything that depends on an item's type (reading its
source, scoring, mapped scoring, option order, progress, simulation, reports) looks the type up
here instead of naming it; the candidate screens register an answer widget for each type
(app/ui/candidate/responses). docs/architecture.md §4 says how to add a type."""

from __future__ import annotations

import random
from typing import Any

from app.domain.exam import Item
from app.domain.item_types.choice import MULTIPLE_RESPONSE, SINGLE_CHOICE, TRUE_FALSE
from app.domain.item_types.cloze_kind import CLOZE
from app.domain.item_types.hotspot import HOTSPOT
from app.domain.item_types.kind import ItemKind, Mapped
from app.domain.item_types.matching import MATCHING
from app.domain.item_types.numeric import NUMERIC
from app.domain.item_types.ordering import ORDERING
from app.domain.item_types.registry import (
    UnknownItemType, is_registered, item_kind, item_kinds, register, type_names, unregister,
)
from app.domain.item_types.short_text import SHORT_TEXT

BUILT_IN: tuple[ItemKind, ...] = (
    SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, NUMERIC, ORDERING, MATCHING, HOTSPOT, SHORT_TEXT, CLOZE,
)
for _kind in BUILT_IN:
    register(_kind)

__all__ = ["BUILT_IN", "ItemKind", "Mapped", "UnknownItemType", "is_registered", "item_kind", "item_kinds",
           "register", "simulated_answer", "type_names", "unregister"]


def simulated_answer(item: Item, rng: random.Random, correct: bool) -> Any:
    """What a simulated candidate answers: the key when right (never for an item a person
    scores: a text is made up instead), else the type's plausible mistake."""
    kind = item_kind(item.type)
    if correct and not item.manually_scored:
        return kind.key_response(item)
    return kind.wrong_answer(item, rng)
