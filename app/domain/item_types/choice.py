"""Answers chosen from a list: single choice (one option id), multiple response (a list of
option ids) and true / false (a bool)."""

from __future__ import annotations

import random
from typing import Any

from app.domain.errors import template
from app.domain.exam import Item
from app.domain.fields import Fields
from app.domain.item_types.common import known, one_text, option_ids, read_choices, scoring_rule, shown, strings
from app.domain.item_types.kind import ItemKind, Mapped


def _options(item: Item) -> tuple:
    return item.options


# -- single choice -----------------------------------------------------------------------------
def _read_single(f: Fields) -> dict[str, Any]:
    options = read_choices(f, "options", 2)
    key = f.raw("key")
    if key is not None and options:
        known(f, "key", key, [o.id for o in options])
    return {"options": options, "key": key}


def _score_single(item: Item, response: Any) -> float:
    return 1.0 if isinstance(response, str) and response == item.key else 0.0


def _wrong_single(item: Item, rng: random.Random) -> Any:
    return rng.choice([o.id for o in item.options if o.id != item.key])


SINGLE_CHOICE = ItemKind(
    name="single_choice", label="Single choice", fields=("options", "key"), read=_read_single,
    score=_score_single, key_response=lambda item: item.key, wrong_answer=_wrong_single,
    mapped=Mapped(option_ids, one_text), shown_options=_options, counts_choices=True)


# -- multiple response -------------------------------------------------------------------------
def _read_multiple(f: Fields) -> dict[str, Any]:
    options = read_choices(f, "options", 3)
    key = f.sequence("key")
    ids = [o.id for o in options]
    if not key and f.has("key"):
        with f.problems.at("key"):
            f.problems.add(template("needs at least one correct option"))
    for index, value in enumerate(key):
        if options:
            known(f, f"key[{index}]", value, ids)
    if len(set(map(str, key))) != len(key):
        with f.problems.at("key"):
            f.problems.add(template("lists an option more than once"))
    return {"options": options, "key": tuple(key), **scoring_rule(f)}


def _score_multiple(item: Item, response: Any) -> float:
    chosen = set(strings(response))
    key = set(item.key)
    if item.scoring == "all_or_nothing":
        return 1.0 if chosen == key else 0.0
    return (len(chosen & key) - len(chosen - key)) / len(key)


def _wrong_multiple(item: Item, rng: random.Random) -> Any:
    ids = [o.id for o in item.options]
    wrong = [i for i in ids if i not in item.key] or ids
    return sorted(set(rng.sample(list(item.key), max(1, len(item.key) - 1)) + [rng.choice(wrong)]))


def _chosen_parts(item: Item, response: Any, _parse_number: Any) -> list[Any]:
    if not isinstance(response, (list, tuple)):
        raise TypeError("expected a list")
    return sorted({r for r in response if isinstance(r, str)})


MULTIPLE_RESPONSE = ItemKind(
    name="multiple_response", label="Multiple response", fields=("options", "key", "scoring"),
    read=_read_multiple, score=_score_multiple, key_response=lambda item: list(item.key),
    wrong_answer=_wrong_multiple, mapped=Mapped(option_ids, _chosen_parts), shown_options=_options,
    counts_choices=True)


# -- true / false ------------------------------------------------------------------------------
def _read_true_false(f: Fields) -> dict[str, Any]:
    key = f.raw("key")
    if key is not None and not isinstance(key, bool):
        with f.problems.at("key"):
            f.problems.add(template("expected true or false, found {found}", found=shown(key)))
    return {"key": key}


def _score_true_false(item: Item, response: Any) -> float:
    return 1.0 if isinstance(response, bool) and response is item.key else 0.0


TRUE_FALSE = ItemKind(
    name="true_false", label="True or false", fields=("key",), read=_read_true_false,
    score=_score_true_false, key_response=lambda item: item.key,
    wrong_answer=lambda item, _rng: not item.key, counts_choices=True)
