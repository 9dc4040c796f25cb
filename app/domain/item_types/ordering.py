"""Putting options in order: the response is the list of option ids, first to last."""

from __future__ import annotations

import random
from typing import Any

from app.domain.errors import template
from app.domain.exam import Item
from app.domain.fields import Fields
from app.domain.item_types.common import read_choices, scoring_rule, strings
from app.domain.item_types.kind import ItemKind


def _read(f: Fields) -> dict[str, Any]:
    options = read_choices(f, "options", 2)
    key = f.sequence("key")
    ids = [o.id for o in options]
    if options and sorted(map(str, key)) != sorted(ids):
        with f.problems.at("key"):
            f.problems.add(template("must list every option exactly once, in the right order ({listed})",
                                    listed=', '.join(ids)))
    return {"options": options, "key": tuple(key), **scoring_rule(f)}


def _score(item: Item, response: Any) -> float:
    order = strings(response)
    key = list(item.key)
    if item.scoring == "all_or_nothing":
        return 1.0 if order == key else 0.0
    return sum(1 for a, b in zip(order, key, strict=False) if a == b) / len(key)  # a short answer scores its part


def _wrong(item: Item, _rng: random.Random) -> Any:
    order = list(item.key)
    order[0], order[-1] = order[-1], order[0]
    return order


# Always shuffled: showing the options in key order would give the answer away.
ORDERING = ItemKind(
    name="ordering", label="Ordering", fields=("options", "key", "scoring"), read=_read, score=_score,
    key_response=lambda item: list(item.key), wrong_answer=_wrong, shown_options=lambda item: item.options,
    always_shuffled=True)
