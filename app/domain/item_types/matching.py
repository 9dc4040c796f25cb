"""Matching premises to choices: the response is a {premise id: choice id} map."""

from __future__ import annotations

import random
from typing import Any, Mapping

from app.domain.errors import template
from app.domain.exam import Item
from app.domain.fields import Fields
from app.domain.item_types.common import known, read_choices, scoring_rule
from app.domain.item_types.kind import ItemKind, Mapped


def _read(f: Fields) -> dict[str, Any]:
    premises, choices = read_choices(f, "premises", 1), read_choices(f, "choices", 2)
    key = f.raw("key")
    if not isinstance(key, dict):
        if key is not None:
            with f.problems.at("key"):
                f.problems.add(template("expected a mapping of premise id to choice id"))
        return {"premises": premises, "choices": choices, "key": {}, **scoring_rule(f)}
    premise_ids, choice_ids = [p.id for p in premises], [c.id for c in choices]
    if premises and sorted(map(str, key)) != sorted(premise_ids):
        with f.problems.at("key"):
            f.problems.add(template("must give a choice for every premise ({listed})", listed=', '.join(premise_ids)))
    for premise, choice in key.items():
        if choices:
            known(f, f"key.{premise}", choice, choice_ids)
    return {"premises": premises, "choices": choices, "key": dict(key), **scoring_rule(f)}


def _score(item: Item, response: Any) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    right = sum(1 for p, c in item.key.items() if response.get(p) == c)
    if item.scoring == "all_or_nothing":
        return 1.0 if right == len(item.key) else 0.0
    return right / len(item.key)


def _wrong(item: Item, rng: random.Random) -> Any:
    choices = [c.id for c in item.choices]
    return {p: rng.choice(choices) for p in item.key}


def _pairs(values: dict[str, Any]) -> Any:
    return {f"{p.id} {c.id}" for p in values["premises"] for c in values["choices"]}.__contains__


def _pair_parts(_item: Item, response: Any, _parse_number: Any) -> list[Any]:
    if not isinstance(response, Mapping):
        raise TypeError("expected a mapping")
    return sorted(f"{p} {c}" for p, c in response.items() if isinstance(c, str))


MATCHING = ItemKind(
    name="matching", label="Matching", fields=("premises", "choices", "key", "scoring"), read=_read,
    score=_score, key_response=lambda item: dict(item.key), wrong_answer=_wrong,
    mapped=Mapped(_pairs, _pair_parts), shown_options=lambda item: item.choices,
    parts=lambda item: frozenset(p.id for p in item.premises))
