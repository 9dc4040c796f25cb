"""Cloze: a text with numbered blanks, each chosen from a list or typed (the rules of a blank are
in app/domain/cloze.py). The response is a {blank id: option id or typed text} map."""

from __future__ import annotations

import random
from typing import Any

from app.domain.cloze import cloze_fraction, cloze_key, read_blanks
from app.domain.exam import Item
from app.domain.fields import Fields
from app.domain.item_types.common import parse_number, read_choices, scoring_rule
from app.domain.item_types.kind import ItemKind


def _read(f: Fields) -> dict[str, Any]:
    return {"blanks": read_blanks(f, read_choices), **scoring_rule(f)}


def _wrong(item: Item, rng: random.Random) -> Any:
    """One blank wrong, the others right: a near miss."""
    response = cloze_key(item)
    blank = rng.choice(item.blanks)
    response[blank.id] = next((o.id for o in blank.options if o.id != blank.key), "?") \
        if blank.kind == "choice" else "999" if blank.kind == "number" else "not sure"
    return response


CLOZE = ItemKind(
    name="cloze", label="Fill in the blanks", fields=("blanks", "scoring"), read=_read,
    score=lambda item, response: cloze_fraction(item, response, parse_number), key_response=cloze_key,
    wrong_answer=_wrong, parts=lambda item: frozenset(b.id for b in item.blanks))
